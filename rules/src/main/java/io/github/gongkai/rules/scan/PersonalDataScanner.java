package io.github.gongkai.rules.scan;

import io.github.gongkai.core.InvalidValueException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds personal data in text: a hand-written, single-pass scanner with bounded lookahead.
 *
 * <h2>What it finds</h2>
 *
 * <table>
 *   <caption>Finding types, checks and confidence</caption>
 *   <tr><th>type</th><th>accepted when</th><th>confidence</th></tr>
 *   <tr><td>{@code resident-id}</td><td>18 chars (also grouped 6-8-4 or 6-4-4-4) passing region code, birth
 *       date and MOD 11-2 ({@link io.github.gongkai.core.id.ResidentIdNumbers}); in any other grouping
 *       into runs of 3 or more by single spaces or hyphens, 0.95</td><td>0.99</td></tr>
 *   <tr><td>{@code resident-id-legacy}</td><td>15 digits, region code and a 19yy birth date</td>
 *       <td>0.7; 0.95 after an ID label</td></tr>
 *   <tr><td>{@code social-credit-code}</td><td>18 chars passing registration type and MOD 31
 *       ({@link io.github.gongkai.core.id.UnifiedSocialCreditCodes})</td><td>0.99</td></tr>
 *   <tr><td>{@code mobile}</td><td>1[3-9] + 9 digits, optional +86/0086, grouped 3-4-4, 3-8 or
 *       7-4 by space or hyphen</td><td>0.9; 0.97 after a phone label</td></tr>
 *   <tr><td>{@code landline}</td><td>area code (010, 02x, 0[3-9]xx) + 7–8 digits, as
 *       {@code 0xx-xxxxxxxx}, {@code 0xx xxxxxxxx} or {@code (0xx)xxxxxxxx}; unseparated only with
 *       lower confidence</td><td>0.8 (unseparated 0.4); +0.15 after a phone label</td></tr>
 *   <tr><td>{@code bank-card}</td><td>16, 17 or 19 digits (or groups of 4) passing Luhn with a
 *       plausible issuer prefix (first digit 3, 4, 5, 6 or 9; 2200–2204, 2221–2720; 81); 18 digits
 *       only after a bank-card label</td><td>0.9; 0.97 after a label</td></tr>
 *   <tr><td>{@code email}</td><td>local part @ domain with a dot and a letter TLD</td>
 *       <td>0.95</td></tr>
 *   <tr><td>{@code passport}</td><td>E/G + 8 digits, E + letter + 7 digits, D/S/P(+E) + 7–8
 *       digits</td><td>0.4; 0.9 after a passport label</td></tr>
 *   <tr><td>{@code name}</td><td>2–4 Han chars (more with ·) after a name label and a colon, as in
 *       {@code 姓名：张三}, ending before a label or a word such as 性别; a longer unbroken run gives its
 *       first 3 chars</td><td>0.8; 0.4 for the first 3 of a longer run</td></tr>
 *   <tr><td>{@code sensitive-keyword}</td><td>a keyword of a {@link SensitiveCategory}</td>
 *       <td>0.5</td></tr>
 * </table>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Boundaries.</b> Nothing is reported inside a longer run of letters and digits, nor when
 *       joined to one by {@code @}, or by {@code .}, {@code _} or {@code -} (so parts of an e-mail
 *       address or of a hyphenated longer number are not reported). Within a space-separated digit
 *       sequence that was rejected as a whole (say a grouped card number with a wrong check digit),
 *       later groups are not read as a landline or card, only as an ID or a mobile number.
 *   <li><b>Resident ID versus credit code.</b> A string valid as both (possible when it is all
 *       digits, or digits and a final X) is a resident ID, unless a credit-code label (统一社会信用代码…)
 *       stands within 24 chars before it and no ID label does; the ambiguous reading lowers the
 *       confidence to 0.9. A string with the layout of a resident ID (17 digits, region code,
 *       valid birth date) whose check character is wrong is not reported as a credit code unless
 *       labelled as one: it is a mistyped ID, and a wrong check character must not yield a finding.
 *       For the same reason 18-digit strings are bank cards only after a bank-card label.
 *   <li><b>Full-width forms.</b> Full-width digits, letters and punctuation (０-９, Ａ-Ｚ, ＋, ＠,
 *       （）, －, ：) and the ideographic space are read as their ASCII forms, so {@code
 *       １１０１０５…} is found. Offsets are those of the original text (each full-width char is
 *       one UTF-16 unit) and {@link PersonalDataMatch#getText()} is the original text.
 *   <li><b>Lower-case x</b> is accepted as the check character of a resident ID.
 *   <li><b>Format characters</b> (Unicode category Cf: zero-width space U+200B, joiners U+200C and
 *       U+200D, word joiner U+2060, U+FEFF, soft hyphen U+00AD …) are ignored, so {@code
 *       138\u200b1234 5678} is a mobile number; a finding's offsets and text span the format
 *       characters inside it. At most 8 in a row are ignored; a longer run separates.
 * </ul>
 *
 * <h2>Complexity and streaming</h2>
 *
 * <p>Each input char is read once by a table-driven skip loop; a char that may start a finding
 * triggers an examination that reads at most a fixed number of chars ahead (512) or behind (80).
 * Runs of letters and digits longer than 40 chars are skipped whole. Work is therefore linear in
 * the input whatever it contains; {@link ScanStatistics} reports the counts. Input from a {@link
 * Reader} is read through a 64K-char window; offsets are global, and a finding never starts more
 * than {@link #MAX_LAG} chars before the end of what has been read from the reader, so a consumer
 * that rewrites the stream (a streaming redactor) need only hold that much text back.
 *
 * <p>Instances are immutable and thread-safe; each scan uses its own state.
 */
public final class PersonalDataScanner {
  /**
   * The most chars by which the start of a finding reported by {@link #scan(Reader, Consumer)}
   * lies behind the end of the text read from the reader so far.
   */
  public static final int MAX_LAG = (FormatFilter.MAX_HIDDEN + 2) * ScanRun.BUF;

  static final byte C_NONE = 0;
  static final byte C_DIGIT = 1;
  static final byte C_LETTER = 2;
  static final byte C_PLUS = 3;
  static final byte C_LPAREN = 4;
  static final byte C_AT = 5;
  static final byte C_KEYWORD = 6;

  private static final PersonalDataScanner STANDARD = builder().build();

  final @Nullable LocalDate referenceDate;
  final SensitiveKeywords keywords;
  final Set<FindingType> types;
  final byte[] classes;
  /** For each char: 1 + index into keywordsByFirst of the entries starting with it, or 0. */
  final short[] keywordSlots;
  /** Bit set of hashed (first, second) char pairs of entries, to reject most keyword starts fast. */
  final long[] keywordPairs = new long[1024];
  /** For each first char, the entries starting with it, longest first. */
  final int[][] keywordsByFirst;
  final char[][] entryText;
  /** Category index per entry, or -1. */
  final int[] entryCategory;
  /** LabelKind ordinal per entry, or -1. */
  final int[] entryLabel;
  final String[] categoryCodes;

  private PersonalDataScanner(Builder b) {
    this.referenceDate = b.referenceDate;
    this.keywords = b.keywords;
    this.types = Set.copyOf(b.types);
    this.classes = new byte[65536];
    this.keywordSlots = new short[65536];
    for (char c = '0'; c <= '9'; c++) {
      classes[c] = C_DIGIT;
      classes[c + 0xFEE0] = C_DIGIT;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      classes[c] = C_LETTER;
      classes[c + 0xFEE0] = C_LETTER;
      classes[c + 32] = C_LETTER;
      classes[c + 32 + 0xFEE0] = C_LETTER;
    }
    classes['+'] = C_PLUS;
    classes['+' + 0xFEE0] = C_PLUS;
    classes['('] = C_LPAREN;
    classes['(' + 0xFEE0] = C_LPAREN;
    classes['@'] = C_AT;
    classes['@' + 0xFEE0] = C_AT;

    // keyword and label entries, merged by text
    Map<String, int[]> entries = new LinkedHashMap<>();
    List<SensitiveCategory> cats = keywords.getCategories();
    categoryCodes = new String[cats.size()];
    if (types.contains(FindingType.SENSITIVE_KEYWORD)) {
      for (int ci = 0; ci < cats.size(); ci++) {
        categoryCodes[ci] = cats.get(ci).getCode();
        for (String k : cats.get(ci).getKeywords()) {
          entries.computeIfAbsent(k, x -> new int[] {-1, -1})[0] = ci;
        }
      }
    }
    for (LabelKind kind : LabelKind.values()) {
      for (String w : kind.words()) {
        entries.computeIfAbsent(w, x -> new int[] {-1, -1})[1] = kind.ordinal();
      }
    }
    int n = entries.size();
    entryText = new char[n][];
    entryCategory = new int[n];
    entryLabel = new int[n];
    TreeMap<Character, List<Integer>> byFirst = new TreeMap<>();
    int e = 0;
    for (Map.Entry<String, int[]> en : entries.entrySet()) {
      entryText[e] = en.getKey().toCharArray();
      entryCategory[e] = en.getValue()[0];
      entryLabel[e] = en.getValue()[1];
      char first = en.getKey().charAt(0);
      int h = pairHash(first, en.getKey().length() > 1 ? en.getKey().charAt(1) : '\0');
      keywordPairs[h >>> 6] |= 1L << h;
      if (en.getKey().length() == 1) {
        for (int c = 0; c < 65536; c++) {
          int any = pairHash(first, (char) c);
          keywordPairs[any >>> 6] |= 1L << any;
        }
      }
      byFirst.computeIfAbsent(first, x -> new ArrayList<>()).add(e);
      classes[first] = C_KEYWORD;
      e++;
    }
    keywordsByFirst = new int[byFirst.size()][];
    int f = 0;
    for (Map.Entry<Character, List<Integer>> en : byFirst.entrySet()) {
      List<Integer> list = new ArrayList<>(en.getValue());
      list.sort(Comparator.comparingInt((Integer x) -> entryText[x].length).reversed());
      keywordsByFirst[f] = list.stream().mapToInt(Integer::intValue).toArray();
      f++;
      keywordSlots[en.getKey()] = (short) f;
    }
  }

  /**
   * The scanner with default settings: all types, {@link SensitiveKeywords#defaults()}, birth dates
   * checked against today (China Standard Time).
   *
   * @return the standard scanner
   */
  public static PersonalDataScanner standard() {
    return STANDARD;
  }

  /**
   * A builder starting from the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Scans a text.
   *
   * @param text the text; not null
   * @return the findings, ordered by start
   */
  public List<PersonalDataMatch> scan(CharSequence text) {
    List<PersonalDataMatch> out = new ArrayList<>();
    scan(text, out::add);
    out.sort(Comparator.comparingLong(PersonalDataMatch::getStart));
    return out;
  }

  /**
   * Scans a text, passing each finding to {@code sink} in text order.
   *
   * @param text the text; not null
   * @param sink receives the findings; not null
   * @return what the scan did
   */
  public ScanStatistics scan(CharSequence text, Consumer<PersonalDataMatch> sink) {
    InvalidValueException.requireNonNull(text, "text");
    InvalidValueException.requireNonNull(sink, "sink");
    try {
      // a text shorter than the window is read whole into a buffer of its own size
      int capacity = text.length() < ScanRun.BUF ? text.length() + 1 : ScanRun.BUF;
      return new ScanRun(this, ScanRun.source(text), sink, capacity).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen for a CharSequence
    }
  }

  /**
   * Scans a stream of text, passing each finding to {@code sink} in text order. Offsets are
   * counted from the first char read. The reader is not closed.
   *
   * @param reader the text; not null
   * @param sink receives the findings; not null
   * @return what the scan did
   * @throws IOException if reading fails
   */
  public ScanStatistics scan(Reader reader, Consumer<PersonalDataMatch> sink) throws IOException {
    InvalidValueException.requireNonNull(reader, "reader");
    InvalidValueException.requireNonNull(sink, "sink");
    return new ScanRun(this, ScanRun.source(reader), sink).run();
  }

  /**
   * The latest birth date a resident identity number may carry, or null for none (any real date
   * from 1900 on: gongkai reads no clock of its own).
   *
   * @return the reference date, or null
   */
  public @Nullable LocalDate getReferenceDate() {
    return referenceDate;
  }

  /**
   * The sensitive-information categories.
   *
   * @return the keywords
   */
  public SensitiveKeywords getKeywords() {
    return keywords;
  }

  /**
   * The finding types reported.
   *
   * @return the types, unmodifiable
   */
  public Set<FindingType> getTypes() {
    return types;
  }

  static int pairHash(char first, char second) {
    return (first * 31 + second) & 0xFFFF;
  }

  /** Whether some entry may start with {@code first} followed by {@code second}. */
  boolean mayStartEntry(char first, char second) {
    int h = pairHash(first, second);
    return (keywordPairs[h >>> 6] & 1L << h) != 0;
  }

  int keywordSlot(char c) {
    return keywordSlots[c] - 1;
  }

  /** Builds a {@link PersonalDataScanner}. Not thread-safe. */
  public static final class Builder {
    private @Nullable LocalDate referenceDate;
    private SensitiveKeywords keywords = SensitiveKeywords.defaults();
    private Set<FindingType> types = EnumSet.allOf(FindingType.class);

    Builder() {}

    /**
     * Birth dates after this date are rejected, e.g. {@code LocalDate.now(clock)} with the
     * application's clock; default (null): no latest birth date, so a number with a future birth
     * date is still found — the safe side for redaction.
     *
     * @param referenceDate the date, or null for no latest birth date
     * @return this builder
     */
    public Builder referenceDate(@Nullable LocalDate referenceDate) {
      this.referenceDate = referenceDate;
      return this;
    }

    /**
     * The sensitive-information categories; default {@link SensitiveKeywords#defaults()}.
     *
     * @param keywords the categories; not null
     * @return this builder
     */
    public Builder keywords(SensitiveKeywords keywords) {
      this.keywords = InvalidValueException.requireNonNull(keywords, "keywords");
      return this;
    }

    /**
     * The finding types to report; default all.
     *
     * @param types the types; not null
     * @return this builder
     */
    public Builder types(Set<FindingType> types) {
      InvalidValueException.requireNonNull(types, "types");
      this.types = types.isEmpty() ? EnumSet.noneOf(FindingType.class) : EnumSet.copyOf(types);
      return this;
    }

    /**
     * Builds the scanner.
     *
     * @return the scanner
     */
    public PersonalDataScanner build() {
      return new PersonalDataScanner(this);
    }
  }
}
