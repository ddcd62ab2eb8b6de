package io.github.gongkai.rules.scan;

import io.github.gongkai.core.id.Luhn;
import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Deterministic generator of Chinese text with valid and invalid identifiers, for tests. */
final class Corpus {
  static final String[] FILLER = {
    "根据《中华人民共和国政府信息公开条例》第三十六条的规定，现答复如下。",
    "经检索，本机关未制作或者获取您申请公开的相关政府信息。",
    "你单位报送的材料已收悉，经研究，同意该项目按程序推进。",
    "请于收到本告知书之日起十五个工作日内到本机关办理相关手续。",
    "本年度共收到政府信息公开申请一百二十件，均已按期答复。",
    "会议要求各部门进一步加强协调配合，确保各项工作落到实处。",
    "二〇二三年五月，市人民政府办公室印发了实施方案。",
    "如对本答复不服，可以在收到之日起六十日内申请行政复议。",
    "第12号文件，共3页，附件2份，编号2021-07-15。",
    "联系地址：北京市西城区某某街道10号，邮编100032。",
  };
  static final String[] CC_PREFIX = {"11", "12", "13", "31", "51", "52", "53", "91", "92", "93", "Y1"};

  final Random rnd;
  final LocalDate ref = LocalDate.of(2026, 1, 1);

  Corpus(long seed) {
    this.rnd = new Random(seed);
  }

  String filler() {
    return FILLER[rnd.nextInt(FILLER.length)];
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  String first17() {
    List<String> provinces = new ArrayList<>(ResidentIdNumbers.provinceCodes().keySet());
    String p = provinces.get(rnd.nextInt(provinces.size()));
    LocalDate b = LocalDate.of(1900, 1, 1).plusDays(rnd.nextInt(45_000));
    return p + digits(4) + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + digits(3);
  }

  /** {@code payload} followed by its check character. */
  private static String withCheck(String payload, Function<String, Character> check) {
    return payload + check.apply(payload);
  }

  /** {@code payload} followed by a character of {@code alphabet} that is not its check character. */
  private String withWrongCheck(String payload, Function<String, Character> check, String alphabet) {
    char right = check.apply(payload);
    char wrong;
    do {
      wrong = alphabet.charAt(rnd.nextInt(alphabet.length()));
    } while (wrong == right);
    return payload + wrong;
  }

  String validId() {
    return withCheck(first17(), ResidentIdNumbers::checkCharacter);
  }

  String invalidId() {
    return withWrongCheck(first17(), ResidentIdNumbers::checkCharacter, "0123456789X");
  }

  String ccFirst17() {
    StringBuilder sb = new StringBuilder(CC_PREFIX[rnd.nextInt(CC_PREFIX.length)]).append(digits(6));
    for (int i = 0; i < 9; i++) {
      sb.append(UnifiedSocialCreditCodes.ALPHABET.charAt(rnd.nextInt(31)));
    }
    return sb.toString();
  }

  String validCc() {
    return withCheck(ccFirst17(), UnifiedSocialCreditCodes::checkCharacter);
  }

  String invalidCc() {
    return withWrongCheck(ccFirst17(), UnifiedSocialCreditCodes::checkCharacter, UnifiedSocialCreditCodes.ALPHABET);
  }

  String cardPayload() {
    int len = rnd.nextBoolean() ? 16 : 19;
    String[] iin = {"62", "4", "52", "60"};
    String p = iin[rnd.nextInt(iin.length)];
    return p + digits(len - 1 - p.length());
  }

  String validCard() {
    return withCheck(cardPayload(), Luhn::checkDigit);
  }

  String invalidCard() {
    String p = cardPayload();
    char right = Luhn.checkDigit(p);
    return p + (char) ('0' + (right - '0' + 1 + rnd.nextInt(9)) % 10);
  }

  /** A document and the spans of its valid checksummed identifiers. */
  static final class Doc {
    final String text;
    final List<long[]> valid; // {start, end, typeOrdinal}
    final List<long[]> invalid;

    Doc(String text, List<long[]> valid, List<long[]> invalid) {
      this.text = text;
      this.valid = valid;
      this.invalid = invalid;
    }
  }

  private static final String[] BEFORE = {"", "号码", "：", "为", " ", "（", "，证号", "编号："};
  private static final String[] AFTER = {"", "。", "，", "）", " ", "的", "号"};

  Doc doc(int identifiers) {
    return doc(identifiers, false);
  }

  static String group(String s, FindingType type) {
    if (type == FindingType.RESIDENT_ID) {
      return s.substring(0, 6) + " " + s.substring(6, 14) + " " + s.substring(14);
    }
    if (type == FindingType.BANK_CARD) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < s.length(); i += 4) {
        sb.append(i == 0 ? "" : " ").append(s, i, Math.min(s.length(), i + 4));
      }
      return sb.toString();
    }
    return s;
  }

  /** A document; {@code grouped} writes IDs as 6-8-4 and cards in groups of four, with spaces. */
  Doc doc(int identifiers, boolean grouped) {
    StringBuilder sb = new StringBuilder();
    List<long[]> valid = new ArrayList<>();
    List<long[]> invalid = new ArrayList<>();
    for (int k = 0; k < identifiers; k++) {
      sb.append(filler()).append(BEFORE[rnd.nextInt(BEFORE.length)]);
      int kind = rnd.nextInt(6);
      String id;
      FindingType type;
      boolean ok = kind % 2 == 0;
      switch (kind) {
        case 0: id = validId(); type = FindingType.RESIDENT_ID; break;
        case 1: id = invalidId(); type = FindingType.RESIDENT_ID; break;
        case 2: id = validCc(); type = FindingType.SOCIAL_CREDIT_CODE; break;
        case 3: id = invalidCc(); type = FindingType.SOCIAL_CREDIT_CODE; break;
        case 4: id = validCard(); type = FindingType.BANK_CARD; break;
        default: id = invalidCard(); type = FindingType.BANK_CARD; break;
      }
      long start = sb.length();
      sb.append(grouped ? group(id, type) : id);
      (ok ? valid : invalid).add(new long[] {start, sb.length(), type.ordinal()});
      sb.append(AFTER[rnd.nextInt(AFTER.length)]);
    }
    sb.append(filler());
    return new Doc(sb.toString(), valid, invalid);
  }
}
