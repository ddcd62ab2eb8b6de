package io.github.gongkai.rules.scan;

import static io.github.gongkai.rules.scan.PersonalDataScanner.C_DIGIT;
import static io.github.gongkai.rules.scan.PersonalDataScanner.C_LETTER;
import static io.github.gongkai.rules.scan.PersonalDataScanner.C_NONE;

import io.github.gongkai.core.id.Luhn;
import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The state of one scan: a sliding window over the input and the candidate examiners. */
final class ScanRun {
  static final int BUF = 1 << 16;
  /** Chars an examination may read ahead of its start. */
  static final int LOOKAHEAD = 512;
  /** Chars kept behind the current position when the window slides. */
  static final int KEEP_BEHIND = 80;
  /** Longest run of letters and digits examined; longer runs are skipped whole. */
  static final int MAX_RUN = 40;
  /** A label applies to a candidate starting at most this many chars after the label's end. */
  static final int LABEL_WINDOW = 24;

  private static final int MAX_GROUPS = 6;
  private static final int K_DIGITS = 0;
  private static final int K_ID_X = 1;
  private static final int K_MIXED = 2;
  /** With no reference date, any real birth date passes: gongkai reads no clock of its own. */
  private static final LocalDate NO_LATEST_BIRTH = LocalDate.of(9999, 12, 31);

  private static final Set<Check> ID_CHECKS =
      EnumSet.of(Check.FORMAT, Check.REGION_CODE, Check.BIRTH_DATE, Check.MOD_11_2);
  private static final Set<Check> LEGACY_CHECKS =
      EnumSet.of(Check.FORMAT, Check.REGION_CODE, Check.BIRTH_DATE);
  private static final Set<Check> CC_CHECKS =
      EnumSet.of(Check.FORMAT, Check.REGISTRATION_TYPE, Check.MOD_31);
  private static final Set<Check> MOBILE_CHECKS = EnumSet.of(Check.FORMAT, Check.MOBILE_PREFIX);
  private static final Set<Check> LANDLINE_CHECKS = EnumSet.of(Check.FORMAT, Check.AREA_CODE);
  private static final Set<Check> CARD_CHECKS =
      EnumSet.of(Check.FORMAT, Check.LUHN, Check.IIN_PREFIX);
  private static final Set<Check> EMAIL_CHECKS = EnumSet.of(Check.FORMAT, Check.EMAIL_DOMAIN);
  private static final Set<Check> FORMAT_ONLY = EnumSet.of(Check.FORMAT);
  private static final Set<Check> KEYWORD_CHECKS = EnumSet.of(Check.KEYWORD);
  private static final String[] NAME_STOP_WORDS = {
    "性别", "男", "女", "身份", "证件", "电话", "手机", "住址", "地址", "年龄", "民族", "出生", "联系",
    "职务", "职业", "单位", "工作", "籍贯", "学历", "邮箱", "同志", "先生", "女士", "等", "的", "于", "在"
  };

  /** A source of chars. */
  interface Source {
    int read(char[] b, int off, int len) throws IOException;
  }

  static Source source(CharSequence cs) {
    return new Source() {
      private int pos;

      @Override
      public int read(char[] b, int off, int len) {
        int n = Math.min(len, cs.length() - pos);
        if (n <= 0) {
          return -1;
        }
        if (cs instanceof String) {
          ((String) cs).getChars(pos, pos + n, b, off);
        } else if (cs instanceof StringBuilder) {
          ((StringBuilder) cs).getChars(pos, pos + n, b, off);
        } else {
          for (int k = 0; k < n; k++) {
            b[off + k] = cs.charAt(pos + k);
          }
        }
        pos += n;
        return n;
      }
    };
  }

  static Source source(Reader r) {
    return r::read;
  }

  private final PersonalDataScanner sc;
  private final byte[] cls;
  private final Source src;
  private final FormatFilter formats;
  private final Consumer<PersonalDataMatch> sink;
  private final LocalDate ref;
  private final boolean[] on = new boolean[FindingType.values().length];
  private final char[] buf;
  private long base;
  private int lim;
  private boolean eof;
  private long chars;
  private long work;
  private long found;
  private final char[] scratch = new char[64];
  private final CharBuffer sv = CharBuffer.wrap(scratch);
  private final long[] lastLabel = new long[LabelKind.values().length];
  private final int[] gs = new int[MAX_GROUPS];
  private final int[] ge = new int[MAX_GROUPS];
  private final int[] gk = new int[MAX_GROUPS];
  private int gm;

  ScanRun(PersonalDataScanner sc, Source src, Consumer<PersonalDataMatch> sink) {
    this(sc, src, sink, BUF);
  }

  /** A scan with a window of {@code min(capacity, BUF)} chars; a whole short text needs length + 1. */
  ScanRun(PersonalDataScanner sc, Source src, Consumer<PersonalDataMatch> sink, int capacity) {
    this.buf = new char[Math.max(1, Math.min(capacity, BUF))];
    this.sc = sc;
    this.cls = sc.classes;
    this.formats = new FormatFilter(src);
    this.src = formats;
    this.sink = sink;
    LocalDate r = sc.referenceDate;
    this.ref = r != null ? r : NO_LATEST_BIRTH;
    for (FindingType t : sc.types) {
      on[t.ordinal()] = true;
    }
    java.util.Arrays.fill(lastLabel, -1L);
  }

  /** Full-width ASCII variants and the ideographic space to ASCII; other chars unchanged. */
  static char fold(char c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return (char) (c - 0xFEE0);
    }
    return c == 0x3000 ? ' ' : c;
  }

  ScanStatistics run() throws IOException {
    fill();
    int i = 0;
    final byte[] cls = this.cls;
    final char[] buf = this.buf;
    while (true) {
      int safe = eof ? lim : lim - LOOKAHEAD;
      while (i + 4 <= safe && (cls[buf[i]] | cls[buf[i + 1]] | cls[buf[i + 2]] | cls[buf[i + 3]]) == C_NONE) {
        i += 4;
      }
      while (i < safe && cls[buf[i]] == C_NONE) {
        i++;
      }
      if (i >= safe) {
        if (eof) {
          break;
        }
        i = slide(i);
        continue;
      }
      switch (cls[buf[i]]) {
        case C_DIGIT:
        case C_LETTER:
          if (isAlnum(at(i - 1))) {
            while (i < lim && isAlnumRaw(buf[i])) {
              i++;
            }
          } else {
            i = onRun(i);
          }
          break;
        case PersonalDataScanner.C_PLUS:
          i = onPlus(i);
          break;
        case PersonalDataScanner.C_LPAREN:
          i = onParen(i);
          break;
        case PersonalDataScanner.C_AT:
          i = onAt(i);
          break;
        default:
          i = sc.mayStartEntry(buf[i], i + 1 < lim ? buf[i + 1] : '\0') ? onKeyword(i) : i + 1;
          break;
      }
    }
    return ScanStatistics.of(chars, work, found);
  }

  // ---------------------------------------------------------------- window

  private void fill() throws IOException {
    while (!eof && lim < buf.length) {
      int n = src.read(buf, lim, buf.length - lim);
      if (n < 0) {
        eof = true;
      } else {
        lim += n;
        chars += n;
      }
    }
  }

  /** Slides the window so that {@code i} keeps {@link #KEEP_BEHIND} chars behind it; refills. */
  private int slide(int i) throws IOException {
    int keep = Math.max(0, Math.min(i, lim) - KEEP_BEHIND);
    System.arraycopy(buf, keep, buf, 0, lim - keep);
    base += keep;
    lim -= keep;
    fill();
    return i - keep;
  }

  /** The folded char at {@code j}, or NUL outside the window. Counts an inspection. */
  private char at(int j) {
    work++;
    return j >= 0 && j < lim ? fold(buf[j]) : '\0';
  }

  private boolean isAlnumRaw(char c) {
    byte k = cls[c];
    return k == C_DIGIT || k == C_LETTER;
  }

  private boolean isDigitRaw(int j) {
    return j < lim && cls[buf[j]] == C_DIGIT;
  }

  private static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF;
  }

  private boolean leftOk(int s) {
    char c = at(s - 1);
    if (isAlnum(c) || c == '@') {
      return false;
    }
    return !((c == '.' || c == '_' || c == '-') && isAlnum(at(s - 2)));
  }

  private boolean rightOk(int e) {
    char c = at(e);
    if (isAlnum(c) || c == '@') {
      return false;
    }
    return !((c == '.' || c == '_' || c == '-') && isAlnum(at(e + 1)));
  }

  private boolean labelled(LabelKind kind, int s) {
    long g = base + s;
    long le = lastLabel[kind.ordinal()];
    return le >= 0 && g >= le && g - le <= LABEL_WINDOW;
  }

  /** Copies the folded chars {@code [from, to)} into scratch at {@code off}; returns the new off. */
  private int copy(int from, int to, int off) {
    for (int j = from; j < to; j++) {
      scratch[off++] = at(j);
    }
    return off;
  }

  private int len(int g) {
    return ge[g] - gs[g];
  }

  /**
   * Emits a resident ID written over groups 0 to {@code last} (18 characters in all) when it passes
   * every check.
   */
  private boolean groupedId(int last, double confidence) {
    int n = 0;
    for (int g = 0; g <= last; g++) {
      n = copy(gs[g], ge[g], n);
    }
    if (ResidentIdNumbers.isValid(sv, 0, 18, ref) && rightOk(ge[last])) {
      emit(FindingType.RESIDENT_ID, gs[0], ge[last], confidence, ID_CHECKS, labelled(LabelKind.RESIDENT_ID, gs[0]));
      return true;
    }
    return false;
  }

  private void emit(
      FindingType t, int s, int e, double confidence, Set<Check> checks, boolean label) {
    emit(t, s, e, confidence, checks, label, null);
  }

  private void emit(
      FindingType t,
      int s,
      int e,
      double confidence,
      Set<Check> checks,
      boolean label,
      @Nullable String category) {
    Set<Check> cs = checks;
    if (label) {
      cs = EnumSet.copyOf(checks);
      cs.add(Check.LABEL);
    }
    PersonalDataMatch f;
    if (formats.identity()) {
      f = PersonalDataMatch.of(t, base + s, base + e, confidence, cs, category, new String(buf, s, e - s));
    } else {
      // positions and text in the input, with the format characters dropped inside put back
      f = PersonalDataMatch.of(t, formats.start(base + s), formats.end(base + e), confidence, cs, category,
          formats.text(buf, s, base + s, base + e));
    }
    sink.accept(f);
    found++;
  }

  // ---------------------------------------------------------------- runs of digits and letters

  /**
   * Collects up to {@link #MAX_GROUPS} runs from {@code s}: the first maximal run of letters and
   * digits, then further all-digit runs each joined to the previous all-digit run by one space or
   * hyphen. {@code gm == 0} means the first run is longer than {@link #MAX_RUN}.
   */
  private void collectGroups(int s) {
    gm = 0;
    int p = s;
    while (gm < MAX_GROUPS) {
      int e = p;
      int letters = 0;
      char last = 0;
      while (e - p <= MAX_RUN) {
        char c = at(e);
        if (isDigit(c)) {
          last = c;
        } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
          letters++;
          last = c;
        } else {
          break;
        }
        e++;
      }
      if (e - p > MAX_RUN) {
        return; // a long run (gm stays as is; the caller skips it)
      }
      int kind = letters == 0 ? K_DIGITS : letters == 1 && (last == 'X' || last == 'x') ? K_ID_X : K_MIXED;
      if (gm > 0 && kind == K_MIXED) {
        return;
      }
      gs[gm] = p;
      ge[gm] = e;
      gk[gm] = kind;
      gm++;
      if (kind != K_DIGITS) {
        return;
      }
      char sep = at(e);
      if (sep != ' ' && sep != '-' || !isDigit(at(e + 1))) {
        return;
      }
      p = e + 1;
    }
  }

  private int onRun(int s) {
    // fast path: a short run with no separator, '@' or check letter after it cannot be anything
    int e = s;
    while (e - s < 8 && e < lim && cls[buf[e]] == C_DIGIT) {
      e++;
    }
    if (e - s < 8) {
      char next = e < lim ? buf[e] : ' ';
      if (next > 0x7F && next < 0x3000 || next > 0x3000 && next < 0xFF01 || next > 0xFF5E
          || next == '\u3002' || next == '\uFF0C' || next == '.' && !isDigitRaw(e + 1)) {
        work += e - s + 1;
        return e;
      }
    }
    if (!leftOk(s)) {
      return skipRun(s);
    }
    collectGroups(s);
    if (gm == 0) {
      return s + MAX_RUN; // inside a long run: the main loop skips the rest
    }
    if (gm >= 2) {
      int end = multi();
      if (end > 0) {
        return end;
      }
    }
    single();
    return ge[0];
  }

  private int skipRun(int s) {
    int e = s;
    while (e < lim && isAlnumRaw(buf[e])) {
      e++;
    }
    work += e - s;
    return e;
  }

  /**
   * Patterns over several separated groups; returns the end of a match or -1. When the first group
   * continues a space-separated digit sequence that started earlier (a rejected grouped number,
   * e.g. a bank card with a wrong check digit), only the ID and mobile groupings are tried: a
   * suffix of groups of four must not be reported as a landline or card.
   */
  private int multi() {
    boolean continuation = at(gs[0] - 1) == ' ' && isDigit(at(gs[0] - 2));
    int end = groupedResidentId();
    if (end >= 0) {
      return end;
    }
    if (continuation) {
      return groupedMobile(0);
    }
    end = internationalMobile();
    if (end < 0) {
      end = groupedBankCard();
    }
    if (end < 0) {
      end = groupedMobile(0);
    }
    return end >= 0 ? end : groupedLandline();
  }

  /** A resident ID grouped 6-8-4 or 6-4-4-4, or over any other groups of 3 or more digits. */
  private int groupedResidentId() {
    if (!on(FindingType.RESIDENT_ID)) {
      return -1;
    }
    if (gm >= 3 && len(0) == 6) {
      int last = -1;
      if (len(1) == 8 && len(2) == 4) {
        last = 2;
      } else if (gm >= 4 && len(1) == 4 && len(2) == 4 && len(3) == 4) {
        last = 3;
      }
      if (last > 0 && groupedId(last, 0.99)) {
        return ge[last];
      }
    }
    // any other grouping into runs of 3 or more (e.g. 15 + 3): 18 chars over all-digit groups, the
    // last possibly ending in X; the check character makes a chance match rare
    int total = 0;
    for (int g = 0; g < gm && total < 18; g++) {
      if (gk[g] == K_MIXED || len(g) < 3) {
        break;
      }
      total += len(g);
      if (total == 18 && g >= 1 && groupedId(g, 0.95)) {
        return ge[g];
      }
    }
    return -1;
  }

  /** A mobile number 3-4-4, 3-8 or 7-4 from group {@code first}, emitted. */
  private int groupedMobile(int first) {
    int last = mobileFrom(first);
    if (last > 0) {
      emitMobile(gs[0], ge[last]);
      return ge[last];
    }
    return -1;
  }

  /** 0086 followed by a grouped mobile number. */
  private int internationalMobile() {
    if (len(0) == 4 && gk[0] == K_DIGITS) {
      copy(gs[0], ge[0], 0);
      if (scratch[0] == '0' && scratch[1] == '0' && scratch[2] == '8' && scratch[3] == '6') {
        return groupedMobile(1);
      }
    }
    return -1;
  }

  /** A bank card in groups of four (and a last group of up to three). */
  private int groupedBankCard() {
    int q = 0;
    while (q < gm && len(q) == 4 && gk[q] == K_DIGITS) {
      q++;
    }
    if (q == 4 && on(FindingType.BANK_CARD)) {
      int last = gm > 4 && len(4) <= 3 && gk[4] == K_DIGITS ? 4 : 3;
      int n = 0;
      for (int g = 0; g <= last; g++) {
        n = copy(gs[g], ge[g], n);
      }
      if (Luhn.isValid(sv, 0, n) && iinOk() && rightOk(ge[last])) {
        boolean label = labelled(LabelKind.BANK_CARD, gs[0]);
        emit(FindingType.BANK_CARD, gs[0], ge[last], label ? 0.97 : 0.9, CARD_CHECKS, label);
        return ge[last];
      }
    }
    return -1;
  }

  /** A landline: an area code, then 7-8 digits (or 4 + 4). */
  private int groupedLandline() {
    if (gk[0] == K_DIGITS && (len(0) == 3 || len(0) == 4) && gk[1] == K_DIGITS) {
      copy(gs[0], ge[0], 0);
      int area = areaLength(scratch);
      if (area == len(0)) {
        int lastGroup = 1;
        int local = len(1);
        if (gm > 2 && len(1) == 4 && len(2) == 4 && gk[2] == K_DIGITS) {
          lastGroup = 2;
          local = 8;
        }
        copy(gs[1], ge[1], 0);
        if (localOk(area, local, scratch[0]) && rightOk(ge[lastGroup])) {
          emitLandline(gs[0], ge[lastGroup], 0.8);
          return ge[lastGroup];
        }
      }
    }
    return -1;
  }

  private boolean on(FindingType t) {
    return on[t.ordinal()];
  }

  /** A mobile number over groups from {@code g}; returns the index of its last group or -1. */
  private int mobileFrom(int g) {
    if (!on(FindingType.MOBILE) || g >= gm) {
      return -1;
    }
    int last = -1;
    if (g + 2 < gm && len(g) == 3 && len(g + 1) == 4 && len(g + 2) == 4) {
      last = g + 2;
    } else if (g + 1 < gm && (len(g) == 3 && len(g + 1) == 8 || len(g) == 7 && len(g + 1) == 4)) {
      last = g + 1;
    } else if (len(g) == 11) {
      last = g;
    }
    if (last < 0) {
      return -1;
    }
    for (int k = g; k <= last; k++) {
      if (gk[k] != K_DIGITS) {
        return -1;
      }
    }
    copy(gs[g], gs[g] + 2, 0);
    if (scratch[0] != '1' || scratch[1] < '3' || !rightOk(ge[last])) {
      return -1;
    }
    return last;
  }

  private void emitMobile(int s, int e) {
    boolean label = labelled(LabelKind.PHONE, s);
    emit(FindingType.MOBILE, s, e, label ? 0.97 : 0.9, MOBILE_CHECKS, label);
  }

  private void emitLandline(int s, int e, double confidence) {
    if (!on(FindingType.LANDLINE)) {
      return;
    }
    boolean label = labelled(LabelKind.PHONE, s);
    emit(FindingType.LANDLINE, s, e, Math.min(0.95, confidence + (label ? 0.15 : 0)), LANDLINE_CHECKS, label);
  }

  /** Length of the area code at the start of {@code d} (3 or 4), or 0 if none. */
  private static int areaLength(char[] d) {
    if (d[0] != '0') {
      return 0;
    }
    if (d[1] == '1') {
      return d[2] == '0' ? 3 : 0;
    }
    if (d[1] == '2') {
      return 3;
    }
    return d[1] >= '3' && d[1] <= '9' ? 4 : 0;
  }

  private static boolean localOk(int area, int local, char first) {
    if (first < '2' || first > '9') {
      return false;
    }
    return area == 3 ? local == 8 : local == 7 || local == 8;
  }

  /**
   * Plausible issuer prefix of the card digits in scratch: by the major industry identifier (ISO/IEC
   * 7812-1), first digit 3 (travel), 4, 5 (banking), 6 (banking, UnionPay 62), 9 (national use, as
   * domestic 95xxx/96xxx cards), plus 2200–2204 and 2221–2720 (Mir, Mastercard) and 81 (UnionPay).
   */
  private boolean iinOk() {
    char d = scratch[0];
    if (d == '3' || d == '4' || d == '5' || d == '6' || d == '9') {
      return true;
    }
    int two = (d - '0') * 10 + scratch[1] - '0';
    int four = two * 100 + (scratch[2] - '0') * 10 + scratch[3] - '0';
    return two == 81 || four >= 2200 && four <= 2204 || four >= 2221 && four <= 2720;
  }

  /** Patterns over the first group alone. */
  private void single() {
    int s = gs[0];
    int e = ge[0];
    int n = e - s;
    int kind = gk[0];
    if (!rightOk(e)) {
      return;
    }
    if (n == 18) {
      copy(s, e, 0);
      eighteen(s, e, kind);
      return;
    }
    if (kind == K_MIXED) {
      if ((n == 8 || n == 9) && on(FindingType.PASSPORT)) {
        copy(s, e, 0);
        if (passport(n)) {
          boolean label = labelled(LabelKind.PASSPORT, s);
          emit(FindingType.PASSPORT, s, e, label ? 0.9 : 0.4, FORMAT_ONLY, label);
        }
      }
      return;
    }
    if (kind != K_DIGITS) {
      return;
    }
    copy(s, e, 0);
    switch (n) {
      case 11:
        if (scratch[0] == '1' && scratch[1] >= '3') {
          if (on(FindingType.MOBILE)) {
            emitMobile(s, e);
          }
        } else {
          contiguousLandline(s, e, n);
        }
        break;
      case 12:
        contiguousLandline(s, e, n);
        break;
      case 15:
        if (on(FindingType.RESIDENT_ID_LEGACY) && ResidentIdNumbers.isValidLegacy15(sv, 0, 15, ref)) {
          boolean label = labelled(LabelKind.RESIDENT_ID, s);
          emit(FindingType.RESIDENT_ID_LEGACY, s, e, label ? 0.95 : 0.7, LEGACY_CHECKS, label);
        } else if (scratch[0] == '0' && scratch[1] == '0' && scratch[2] == '8' && scratch[3] == '6'
            && scratch[4] == '1' && scratch[5] >= '3' && on(FindingType.MOBILE)) {
          emitMobile(s, e);
        }
        break;
      case 16:
      case 17:
      case 19:
        if (on(FindingType.BANK_CARD) && Luhn.isValid(sv, 0, n) && iinOk()) {
          boolean label = labelled(LabelKind.BANK_CARD, s);
          emit(FindingType.BANK_CARD, s, e, label ? 0.97 : 0.9, CARD_CHECKS, label);
        }
        break;
      default:
        break;
    }
  }

  private void contiguousLandline(int s, int e, int n) {
    int area = areaLength(scratch);
    if (area > 0 && localOk(area, n - area, scratch[area])) {
      emitLandline(s, e, 0.4);
    }
  }

  /** An 18-char run in scratch: resident ID, credit code, or (labelled) bank card. */
  private void eighteen(int s, int e, int kind) {
    boolean idOk =
        kind != K_MIXED && on(FindingType.RESIDENT_ID) && ResidentIdNumbers.isValid(sv, 0, 18, ref);
    boolean ccOk = on(FindingType.SOCIAL_CREDIT_CODE) && UnifiedSocialCreditCodes.isValid(sv, 0, 18);
    boolean idLabel = labelled(LabelKind.RESIDENT_ID, s);
    boolean ccLabel = labelled(LabelKind.CREDIT_CODE, s);
    if (idOk && ccOk) {
      if (ccLabel && !idLabel) {
        emit(FindingType.SOCIAL_CREDIT_CODE, s, e, 0.9, CC_CHECKS, true);
      } else {
        emit(FindingType.RESIDENT_ID, s, e, 0.9, ID_CHECKS, idLabel);
      }
    } else if (idOk) {
      emit(FindingType.RESIDENT_ID, s, e, 0.99, ID_CHECKS, idLabel);
    } else if (ccOk) {
      if (ccLabel || !ResidentIdNumbers.hasValidLayout(sv, 0, 18, ref)) {
        emit(FindingType.SOCIAL_CREDIT_CODE, s, e, 0.99, CC_CHECKS, ccLabel);
      }
    } else if (kind == K_DIGITS
        && on(FindingType.BANK_CARD)
        && labelled(LabelKind.BANK_CARD, s)
        && Luhn.isValid(sv, 0, 18)
        && !ResidentIdNumbers.hasValidLayout(sv, 0, 18, ref)) {
      emit(FindingType.BANK_CARD, s, e, 0.9, CARD_CHECKS, true);
    }
  }

  /** Passport shapes over the {@code n} chars in scratch. */
  private boolean passport(int n) {
    char a = scratch[0];
    char b = scratch[1];
    if (n == 9) {
      if ((a == 'E' || a == 'G') && allDigits(1, 9)) {
        return true;
      }
      if (a == 'E' && b >= 'A' && b <= 'Z' && b != 'I' && b != 'O' && allDigits(2, 9)) {
        return true;
      }
      if (a == 'D' || a == 'S' || a == 'P') {
        return b == 'E' && allDigits(2, 9) || allDigits(1, 9);
      }
      return false;
    }
    return (a == 'D' || a == 'S' || a == 'P') && allDigits(1, 8);
  }

  private boolean allDigits(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isDigit(scratch[k])) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- + ( @ and keywords

  private int onPlus(int i) {
    if (!on(FindingType.MOBILE) || at(i + 1) != '8' || at(i + 2) != '6' || isAlnum(at(i - 1))) {
      return i + 1;
    }
    collectGroups(i + 1);
    if (gm == 0) {
      return i + 1;
    }
    if (len(0) == 2 && gk[0] == K_DIGITS) {
      int last = mobileFrom(1);
      if (last > 0) {
        emitMobile(i, ge[last]);
        return ge[last];
      }
    } else if (len(0) == 13 && gk[0] == K_DIGITS && rightOk(ge[0])) {
      copy(gs[0] + 2, gs[0] + 4, 0);
      if (scratch[0] == '1' && scratch[1] >= '3') {
        emitMobile(i, ge[0]);
        return ge[0];
      }
    }
    return i + 1;
  }

  private int onParen(int i) {
    if (!on(FindingType.LANDLINE)) {
      return i + 1;
    }
    int k = i + 1;
    while (k - i <= 5 && isDigit(at(k))) {
      k++;
    }
    int alen = k - i - 1;
    if (alen < 3 || alen > 4 || at(k) != ')') {
      return i + 1;
    }
    copy(i + 1, k, 0);
    int area = areaLength(scratch);
    if (area != alen) {
      return i + 1;
    }
    k++;
    char sep = at(k);
    if (sep == ' ' || sep == '-') {
      k++;
    }
    int ls = k;
    while (k - ls <= 8 && isDigit(at(k))) {
      k++;
    }
    int local = k - ls;
    if (local == 4 && (at(k) == ' ' || at(k) == '-')) {
      int m = k + 1;
      while (m - k <= 5 && isDigit(at(m))) {
        m++;
      }
      if (m - k - 1 == 4) {
        local = 8;
        k = m;
      }
    }
    if (!localOk(area, local, at(ls)) || !rightOk(k)) {
      return i + 1;
    }
    emitLandline(i, k, 0.85);
    return k;
  }

  private static boolean isLocalPart(char c) {
    return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private int onAt(int a) {
    if (!on(FindingType.EMAIL)) {
      return a + 1;
    }
    // the local part is at most 64 chars (RFC 5321, 4.5.3.1.1): j stops at most 65 chars back
    int j = a - 1;
    while (a - j <= 65 && isLocalPart(at(j))) {
      j--;
    }
    if (a - j > 65) {
      return a + 1; // local part too long
    }
    int ls = j + 1;
    while (ls < a && !isAlnum(at(ls))) {
      ls++;
    }
    if (ls == a || at(a - 1) == '.') {
      return a + 1;
    }
    int k = a + 1;
    int lastDot = -1;
    int label = 0;
    while (k - a <= 254) {
      char c = at(k);
      if (isAlnum(c)) {
        label++;
      } else if (c == '-' && label > 0) {
        label++;
      } else if (c == '.' && label > 0 && isAlnum(at(k + 1))) {
        lastDot = k;
        label = 0;
      } else {
        break;
      }
      k++;
    }
    if (k - a > 254 || lastDot < 0 || at(k - 1) == '-' || at(k) == '@') {
      return a + 1;
    }
    for (int t = lastDot + 1; t < k; t++) {
      char c = at(t);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return a + 1;
      }
    }
    if (k - lastDot - 1 < 2) {
      return a + 1;
    }
    emit(FindingType.EMAIL, ls, k, 0.95, EMAIL_CHECKS, false);
    return k;
  }

  private int onKeyword(int i) {
    int slot = sc.keywordSlot(buf[i]);
    if (slot < 0) {
      return i + 1;
    }
    for (int entry : sc.keywordsByFirst[slot]) {
      char[] t = sc.entryText[entry];
      if (matches(i, t)) {
        int e = i + t.length;
        int next = e;
        int cat = sc.entryCategory[entry];
        if (cat >= 0 && on(FindingType.SENSITIVE_KEYWORD)) {
          emit(FindingType.SENSITIVE_KEYWORD, i, e, 0.5, KEYWORD_CHECKS, false, sc.categoryCodes[cat]);
        }
        int label = sc.entryLabel[entry];
        if (label >= 0) {
          lastLabel[label] = base + e;
          if (label == LabelKind.NAME.ordinal() && on(FindingType.NAME)) {
            next = Math.max(next, nameAfter(e));
          }
        }
        return next;
      }
    }
    return i + 1;
  }

  private boolean matches(int i, char[] t) {
    if (i + t.length > lim) {
      return false;
    }
    work += t.length;
    for (int k = 1; k < t.length; k++) {
      if (buf[i + k] != t[k]) {
        return false;
      }
    }
    return true;
  }

  /** A name after a name label ending at {@code e}: optional spaces, a colon, 2-4 Han chars. */
  private int nameAfter(int e) {
    int k = e;
    int sp = 0;
    while (sp < 3 && at(k) == ' ') {
      k++;
      sp++;
    }
    if (at(k) != ':') {
      return e;
    }
    k++;
    sp = 0;
    while (sp < 3 && at(k) == ' ') {
      k++;
      sp++;
    }
    int ns = k;
    int han = 0;
    boolean dot = false;
    while (k - ns < 16) {
      char c = at(k);
      if (isHan(c)) {
        if (han >= 2 && startsStopWord(k) || startsEntry(k)) {
          break;
        }
        han++;
        k++;
      } else if ((c == '·' || c == '•' || c == '\u30FB') && han > 0 && isHan(at(k + 1))) {
        dot = true;
        k++;
      } else {
        break;
      }
    }
    if (han < 2 || dot && k - ns >= 16) {
      return e;
    }
    double confidence = 0.8;
    if (!dot && han > 4) {
      k = ns + 3;
      confidence = 0.4;
    }
    emit(FindingType.NAME, ns, k, confidence, FORMAT_ONLY, true);
    return k;
  }

  /** Whether a keyword or label starts at {@code k}. */
  private boolean startsEntry(int k) {
    if (k >= lim || cls[buf[k]] != PersonalDataScanner.C_KEYWORD) {
      return false;
    }
    int slot = sc.keywordSlot(buf[k]);
    if (slot < 0) {
      return false;
    }
    for (int entry : sc.keywordsByFirst[slot]) {
      if (matches(k, sc.entryText[entry])) {
        return true;
      }
    }
    return false;
  }

  private boolean startsStopWord(int k) {
    for (String w : NAME_STOP_WORDS) {
      boolean match = true;
      for (int m = 0; m < w.length(); m++) {
        if (at(k + m) != w.charAt(m)) {
          match = false;
          break;
        }
      }
      if (match) {
        return true;
      }
    }
    return false;
  }
}
