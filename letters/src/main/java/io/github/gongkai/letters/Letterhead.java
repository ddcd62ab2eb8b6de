package io.github.gongkai.letters;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the agency supplies to its letters without forking the library: its name, document number
 * pattern, the review body and court its remedy notice names, contact details, extra paragraphs per
 * kind of letter, its own wording for any letter-text key, and a seal image. Load one from a template
 * directory with {@link #fromDirectory(Path)}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Letterhead {
  Letterhead() {}

  /** Name of the properties file in a template directory. */
  public static final String PROPERTIES = "letterhead.properties";

  /** Name of the seal image in a template directory. */
  public static final String SEAL = "seal.png";

  /**
   * The agency's name as it signs, e.g. {@code 江河市自然资源和规划局}.
   *
   * @return the name
   */
  public abstract String getAgency();

  /**
   * The document number pattern, with {@code {year}} and {@code {serial}}, e.g. {@code
   * 江河自然资规公开〔{year}〕{serial}号}.
   *
   * @return the pattern, or null when letters carry no document number
   */
  public abstract @Nullable String getDocumentNumberPattern();

  /**
   * The administrative review body the remedy notice names, e.g. {@code 江河市人民政府}.
   *
   * @return the body, or null (the notice then says "the competent review body")
   */
  public abstract @Nullable String getReviewBody();

  /**
   * The court the remedy notice names.
   *
   * @return the court, or null (the notice then says "the people's court with jurisdiction")
   */
  public abstract @Nullable String getCourt();

  /**
   * The postal address for the contact paragraph.
   *
   * @return the address, or null
   */
  public abstract @Nullable String getAddress();

  /**
   * The telephone number for the contact paragraph (an office number, printed as given).
   *
   * @return the number, or null
   */
  public abstract @Nullable String getPhone();

  /**
   * Extra paragraphs the agency adds before the remedy notice, per kind of letter.
   *
   * @return the paragraphs by kind
   */
  public abstract Map<LetterKind, List<String>> getExtraParagraphs();

  /**
   * The agency's own wording for letter-text keys in Chinese, replacing the library's.
   *
   * @return text by key
   */
  public abstract Map<String, String> getTextsZh();

  /**
   * The agency's own wording for letter-text keys in English.
   *
   * @return text by key
   */
  public abstract Map<String, String> getTextsEn();

  /**
   * The seal image (PNG) printed over the signature.
   *
   * @return the image file, or null
   */
  public abstract @Nullable Path getSealImage();

  /**
   * The document number of a letter.
   *
   * @param year the year in 〔〕
   * @param serial the serial number, without leading zeros
   * @return the number, or null when the agency has no pattern
   */
  public @Nullable String documentNumber(int year, int serial) {
    String pattern = getDocumentNumberPattern();
    if (pattern == null) {
      return null;
    }
    if (serial < 1) {
      throw new InvalidValueException("serial", Integer.toString(serial), "must be at least 1");
    }
    return pattern.replace("{year}", Integer.toString(year)).replace("{serial}", Integer.toString(serial));
  }

  /**
   * The agency's wording of a key in a language, if it has its own.
   *
   * @param key the letter-text key
   * @param locale the language
   * @return the text, or null
   */
  @Nullable String text(String key, Locale locale) {
    return ("zh".equals(locale.getLanguage()) ? getTextsZh() : getTextsEn()).get(key);
  }

  @Value.Check
  void check() {
    if (getAgency().isBlank()) {
      throw new InvalidValueException("agency", getAgency(), "must not be blank");
    }
    String pattern = getDocumentNumberPattern();
    if (pattern != null && !pattern.contains("{serial}")) {
      throw new InvalidValueException(
          "documentNumberPattern", pattern, "must contain {serial}, e.g. 江河自然资规公开〔{year}〕{serial}号");
    }
  }

  /**
   * A letterhead with only the agency's name.
   *
   * @param agency the name
   * @return the letterhead
   */
  public static Letterhead of(String agency) {
    return builder().agency(agency).build();
  }

  /**
   * Loads a letterhead from a template directory: {@value #PROPERTIES} (UTF-8; keys {@code agency},
   * {@code documentNumberPattern}, {@code reviewBody}, {@code court}, {@code address}, {@code
   * phone}, and {@code extra.KIND.N} for extra paragraphs, e.g. {@code extra.answer.1}), optional
   * {@code letters_zh.properties} and {@code letters.properties} with the agency's wording for any
   * letter-text key, and an optional {@value #SEAL}.
   *
   * @param dir the directory
   * @return the letterhead
   * @throws InvalidValueException when a file is missing or malformed
   */
  public static Letterhead fromDirectory(Path dir) {
    Properties p = read(dir.resolve(PROPERTIES), true);
    Builder b = builder();
    String agency = p.getProperty("agency");
    if (agency == null) {
      throw new InvalidValueException(PROPERTIES, "agency", "must name the agency");
    }
    b.agency(agency)
        .documentNumberPattern(p.getProperty("documentNumberPattern"))
        .reviewBody(p.getProperty("reviewBody"))
        .court(p.getProperty("court"))
        .address(p.getProperty("address"))
        .phone(p.getProperty("phone"));
    Map<LetterKind, List<String>> extra = new EnumMap<>(LetterKind.class);
    for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
      if (key.startsWith("extra.")) {
        String[] parts = key.split("\\.");
        if (parts.length != 3) {
          throw new InvalidValueException(PROPERTIES, key, "must read extra.KIND.N, e.g. extra.answer.1");
        }
        extra.computeIfAbsent(LetterKind.ofCode(parts[1]), k -> new ArrayList<>()).add(p.getProperty(key));
      } else if (!List.of("agency", "documentNumberPattern", "reviewBody", "court", "address", "phone")
          .contains(key)) {
        throw new InvalidValueException(PROPERTIES, key, "is not a letterhead key");
      }
    }
    b.extraParagraphs(extra);
    b.textsZh(asMap(read(dir.resolve("letters_zh.properties"), false)));
    b.textsEn(asMap(read(dir.resolve("letters.properties"), false)));
    Path seal = dir.resolve(SEAL);
    if (Files.isRegularFile(seal)) {
      b.sealImage(seal);
    }
    return b.build();
  }

  private static Map<String, String> asMap(Properties p) {
    Map<String, String> m = new TreeMap<>();
    p.forEach((k, v) -> m.put(k.toString(), v.toString()));
    return m;
  }

  private static Properties read(Path file, boolean required) {
    Properties p = new Properties();
    if (!Files.isRegularFile(file)) {
      if (required) {
        throw new InvalidValueException("template", file.getFileName().toString(), "is missing");
      }
      return p;
    }
    try (InputStream in = Files.newInputStream(file);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
      return p;
    } catch (IOException | IllegalArgumentException e) {
      throw new GongkaiException("cannot read template file " + file.getFileName(), e);
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Letterhead}. */
  public static final class Builder extends ImmutableLetterhead.Builder {
    Builder() {}
  }
}
