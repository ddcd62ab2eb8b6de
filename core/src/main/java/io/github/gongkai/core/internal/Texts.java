package io.github.gongkai.core.internal;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.GongkaiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One module's user-facing text: a pair of UTF-8 properties bundles, {@code NAME.properties}
 * (English) and {@code NAME_zh.properties} (Chinese), read through the module's own class so that
 * they are found on the class path and on the module path alike. Chinese is chosen for every {@code
 * zh} locale, English otherwise — never the JVM's default locale. Patterns use {@link
 * MessageFormat}. Not part of the public API.
 */
public final class Texts {
  private final String name;
  private final ResourceBundle en;
  private final ResourceBundle zh;

  private Texts(String name, ResourceBundle en, ResourceBundle zh) {
    this.name = name;
    this.en = en;
    this.zh = zh;
  }

  /**
   * Loads a bundle pair.
   *
   * @param anchor a class of the module that holds the files (its module reads them)
   * @param path the absolute resource path without suffix, e.g. {@code
   *     /io/github/gongkai/core/i18n/labels}
   * @return the texts
   * @throws GongkaiException if either file is missing or unreadable (a packaging error)
   */
  public static Texts load(Class<?> anchor, String path) {
    return new Texts(path, read(anchor, path + ".properties"), read(anchor, path + "_zh.properties"));
  }

  private static ResourceBundle read(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new GongkaiException("missing text resource " + resource);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(r);
      }
    } catch (IOException e) {
      throw new GongkaiException("cannot read text resource " + resource, e);
    }
  }

  /**
   * Whether a locale reads Chinese.
   *
   * @param locale the locale
   * @return true for any {@code zh} locale
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * The text of a key.
   *
   * @param key the key
   * @param locale the locale
   * @return the text
   * @throws GongkaiException if the key is missing (a packaging error)
   */
  public String get(String key, Locale locale) {
    ResourceBundle b = isChinese(locale) ? zh : en;
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      throw new GongkaiException("missing text " + key + " in " + name + (isChinese(locale) ? "_zh" : ""), e);
    }
  }

  /**
   * A key's pattern formatted with {@link MessageFormat} in the locale.
   *
   * @param key the key
   * @param locale the locale
   * @param args the arguments
   * @return the text
   */
  public String format(String key, Locale locale, Object... args) {
    return new MessageFormat(get(key, locale), locale).format(args);
  }

  /**
   * The label of a coded constant: key {@code SimpleName.code}.
   *
   * @param constant the constant
   * @param locale the locale
   * @return the label
   */
  public String label(Coded constant, Locale locale) {
    Class<?> type =
        constant instanceof Enum<?> ? ((Enum<?>) constant).getDeclaringClass() : constant.getClass();
    return get(type.getSimpleName() + "." + constant.getCode(), locale);
  }

  /**
   * The keys of one language, for completeness tests.
   *
   * @param chinese true for the Chinese file
   * @return the keys
   */
  public Set<String> keys(boolean chinese) {
    return (chinese ? zh : en).keySet();
  }
}
