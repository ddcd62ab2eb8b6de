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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One module's user-facing text: a pair of UTF-8 properties bundles, {@code NAME.properties}
 * (English) and {@code NAME_zh.properties} (Chinese), read through the module's own class so that
 * they are found on the class path and on the module path alike. Chinese is chosen for every {@code
 * zh} locale, English otherwise — never the JVM's default locale. Patterns use {@link
 * MessageFormat}. Not part of the public API.
 */
public final class Texts {
  private static final ConcurrentMap<String, Texts> LABELS = new ConcurrentHashMap<>();

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
   * The label bundle of the module that declares a coded constant: for a type in package {@code
   * io.github.gongkai.M…}, {@code /io/github/gongkai/M/i18n/labels}. Loaded once per module and read
   * through the constant's own class, so that it is found on the module path too (the module opens
   * its {@code i18n} package).
   *
   * @param constant the constant
   * @return the module's labels
   */
  public static Texts labels(Coded constant) {
    Class<?> type = typeOf(constant);
    String[] parts = type.getPackageName().split("\\.");
    if (parts.length < 4) {
      throw new GongkaiException("no label bundle for " + type.getName());
    }
    String path = "/" + String.join("/", parts[0], parts[1], parts[2], parts[3]) + "/i18n/labels";
    return LABELS.computeIfAbsent(path, p -> load(type, p));
  }

  private static Class<?> typeOf(Coded constant) {
    return constant instanceof Enum<?> ? ((Enum<?>) constant).getDeclaringClass() : constant.getClass();
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
    return get(typeOf(constant).getSimpleName() + "." + constant.getCode(), locale);
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
