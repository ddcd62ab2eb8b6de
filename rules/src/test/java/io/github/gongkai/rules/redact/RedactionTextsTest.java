package io.github.gongkai.rules.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.Texts;
import io.github.gongkai.rules.internal.RulesTexts;
import io.github.gongkai.rules.scan.FindingType;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The redaction texts ({@code i18n/redaction*.properties}): every key in both languages with the
 * same arguments, every pattern one that MessageFormat reads as written, and the sentences they make.
 */
class RedactionTextsTest {
  private static final Texts TEXTS = RulesTexts.REDACTION;
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  @Test
  void every_key_exists_in_both_languages() {
    assertThat(TEXTS.keys(true)).isEqualTo(TEXTS.keys(false));
    // the keys the redact package reads, no more: a missing one fails at run time, an extra one is stale
    assertThat(TEXTS.keys(false))
        .containsExactlyInAnyOrder(
            "entry", "entry.types.none", "entry.types.separator", "entry.grounds.separator",
            "summary.ground", "summary.count", "summary.count.separator", "summary.type.none",
            "summary.next", "bases.separator");
  }

  @Test
  void every_pattern_parses_with_the_same_arguments_in_both_languages() {
    for (String key : TEXTS.keys(false)) {
      String en = TEXTS.get(key, Locale.ENGLISH);
      String zh = TEXTS.get(key, Locale.CHINESE);
      assertThat(zh).as(key).isNotBlank().isNotEqualTo(en);
      assertThat(en).as(key).isNotEmpty();
      assertThat(arguments(zh)).as("arguments of %s", key).isEqualTo(arguments(en));
    }
  }

  @Test
  void every_pattern_formats_to_what_it_says() {
    // no quote is swallowed and no argument is a number or date format (numbers are passed as text)
    for (String key : TEXTS.keys(false)) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        String pattern = TEXTS.get(key, locale);
        String expected = ARGUMENT.matcher(pattern).replaceAll("<$1>");
        assertThat(format(pattern, locale)).as("%s in %s", key, locale).isEqualTo(expected);
      }
    }
  }

  @Test
  void an_entry_names_every_type_and_ground_and_writes_positions_without_grouping() {
    Set<OutcomeGround> grounds =
        EnumSet.of(OutcomeGround.WITHHELD_STATE_SECRET, OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
    List<LegalBasis> bases = new ArrayList<>();
    for (OutcomeGround g : grounds) {
      for (LegalBasis b : Redactor.bases(g, Regime.R2019)) {
        if (!bases.contains(b)) {
          bases.add(b);
        }
      }
    }
    RedactionLogEntry e =
        RedactionLogEntry.builder()
            .start(12344).end(1234567).redactedStart(0).redactedEnd(1)
            .types(List.of(FindingType.MOBILE, FindingType.EMAIL))
            .grounds(grounds).regime(Regime.R2019).legalBases(bases).mask(Mask.full())
            .build();
    assertThat(e.toChinese())
        .isEqualTo("第12345至1234567字符（手机号码、电子邮箱）已作区分处理，理由：属于国家秘密、保护第三方合法权益，"
            + "依据《中华人民共和国政府信息公开条例》第十四条、第三十七条、第十五条、第三十二条。");
    String law = ", Regulations on Open Government Information (2019)";
    assertThat(e.toEnglish())
        .isEqualTo("Chars 12345–1234567 (mobile number, e-mail address) withheld in part; ground: State secret; "
            + "Protection of a third party's lawful rights (commercial secrets, personal privacy); basis: Art. 14" + law
            + "; Art. 37" + law + "; Art. 15" + law + "; Art. 32" + law + ".");
  }

  @Test
  void an_entry_without_a_type_names_other_content() {
    RedactionLogEntry e =
        RedactionLogEntry.builder()
            .start(0).end(3).redactedStart(0).redactedEnd(3)
            .grounds(EnumSet.of(OutcomeGround.WITHHELD_STATE_SECRET)).regime(Regime.R2019)
            .legalBases(Redactor.bases(OutcomeGround.WITHHELD_STATE_SECRET, Regime.R2019)).mask(Mask.full())
            .build();
    assertThat(e.toChinese()).startsWith("第1至3字符（其他应当不予公开的内容）已作区分处理，理由：属于国家秘密，");
    assertThat(e.toEnglish()).startsWith("Chars 1–3 (other content not to be disclosed) withheld in part; ground: State secret; ");
  }

  @Test
  void a_summary_has_one_sentence_per_ground_in_either_language() {
    Map<Optional<FindingType>, Integer> secret = new LinkedHashMap<>();
    secret.put(Optional.of(FindingType.RESIDENT_ID), 1234);
    secret.put(Optional.empty(), 2);
    Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts = new EnumMap<>(OutcomeGround.class);
    counts.put(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, Map.of(Optional.of(FindingType.MOBILE), 1));
    counts.put(OutcomeGround.WITHHELD_STATE_SECRET, secret);
    assertThat(RedactionSummary.text(counts, Regime.R2019, Locale.CHINESE))
        .isEqualTo("因属于国家秘密，依据《中华人民共和国政府信息公开条例》第十四条、第三十七条，"
            + "对以下内容作区分处理后公开：居民身份证号码1234处、其他内容2处。"
            + "因保护第三方合法权益，依据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十七条，"
            + "对以下内容作区分处理后公开：手机号码1处。");
    String law = ", Regulations on Open Government Information (2019)";
    String en =
        "Withheld in part on the ground of state secret (Art. 14" + law + "; Art. 37" + law + "): "
            + "resident identity number ×1234, other content ×2. "
            + "Withheld in part on the ground of protection of a third party's lawful rights (commercial secrets, "
            + "personal privacy) (Art. 15" + law + "; Art. 32" + law + "; Art. 37" + law + "): mobile number ×1.";
    assertThat(RedactionSummary.text(counts, Regime.R2019, Locale.ENGLISH)).isEqualTo(en);
    // any other locale reads English, any zh locale Chinese; digits stay ASCII whatever the locale's own
    assertThat(RedactionSummary.text(counts, Regime.R2019, Locale.forLanguageTag("ar-EG"))).isEqualTo(en);
    assertThat(RedactionSummary.text(counts, Regime.R2019, Locale.GERMANY)).isEqualTo(en);
    assertThat(RedactionSummary.text(counts, Regime.R2019, Locale.TAIWAN))
        .isEqualTo(RedactionSummary.text(counts, Regime.R2019, Locale.CHINESE));
  }

  @Test
  void a_change_of_instrument_names_the_next_instrument_again() {
    Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts = new EnumMap<>(OutcomeGround.class);
    counts.put(OutcomeGround.WITHHELD_PROCESS_INFORMATION, Map.of(Optional.of(FindingType.MOBILE), 4));
    assertThat(RedactionSummary.text(counts, Regime.R2008, Locale.CHINESE))
        .isEqualTo("因属于四类过程性信息，依据《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）、"
            + "《中华人民共和国政府信息公开条例》第二十二条，对以下内容作区分处理后公开：手机号码4处。");
  }

  /** The pattern formatted with the marker {@code <i>} for each argument i. */
  private static String format(String pattern, Locale locale) {
    MessageFormat f = new MessageFormat(pattern, locale);
    Object[] markers = new Object[f.getFormatsByArgumentIndex().length];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = "<" + i + ">";
    }
    return f.format(markers);
  }

  /** The argument indexes a pattern uses, as MessageFormat reads it. */
  private static Set<Integer> arguments(String pattern) {
    Set<Integer> used = new TreeSet<>();
    Matcher m = Pattern.compile("<(\\d+)>").matcher(format(pattern, Locale.ROOT));
    while (m.find()) {
      used.add(Integer.parseInt(m.group(1)));
    }
    return used;
  }
}
