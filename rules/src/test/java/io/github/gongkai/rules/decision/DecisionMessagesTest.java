package io.github.gongkai.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.Regime;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The zh and en reason bundles of the decision trace. */
class DecisionMessagesTest {
  static final ResourceBundle ZH = Explanations.bundle(Locale.CHINESE);
  static final ResourceBundle EN = Explanations.bundle(Locale.ROOT);

  @Test
  void every_key_exists_in_both_languages_with_the_same_arguments() {
    Set<String> zh = new TreeSet<>(Collections.list(ZH.getKeys()));
    Set<String> en = new TreeSet<>(Collections.list(EN.getKeys()));
    assertThat(zh).isEqualTo(en);
    for (String k : zh) {
      assertThat(ZH.getString(k)).as(k).isNotBlank();
      assertThat(EN.getString(k)).as(k).isNotBlank();
      assertThat(new MessageFormat(ZH.getString(k)).getFormats().length)
          .as("arguments of " + k)
          .isEqualTo(new MessageFormat(EN.getString(k)).getFormats().length);
    }
    // the Chinese bundle really is Chinese, not a fallback to the root bundle
    assertThat(ZH.getString("rule.release.fired")).isNotEqualTo(EN.getString("rule.release.fired"));
  }

  @Test
  void every_rule_of_the_table_has_fired_and_not_fired_reasons() {
    for (RuleTable.Entry e : RuleTable.of(Regime.R2019).entries) {
      boolean fired =
          EN.containsKey(e.reasonKey + ".fired")
              || EN.containsKey(e.reasonKey + ".fired.unknown")
              || EN.containsKey(e.reasonKey + ".what");
      assertThat(fired).as(e.reasonKey + ".fired").isTrue();
      assertThat(EN.containsKey(e.reasonKey + ".not-fired")).as(e.reasonKey + ".not-fired").isTrue();
    }
  }

  @Test
  void quotes_and_spaces_survive_formatting() {
    DisclosureDecision d =
        DisclosureDecider.standard()
            .explain(
                Items.internal("x", io.github.gongkai.core.item.InternalAffairsKind.PERSONNEL),
                ItemAssessment.none(),
                DecisionContext.of(java.time.LocalDate.of(2024, 3, 1)));
    TraceEntry t =
        d.getTrace().stream().filter(x -> x.getRule() == DecisionRule.ofCode("internal-affairs")).findFirst().orElseThrow();
    assertThat(t.getReasonEn()).contains("choice: withhold (no choice stated: policy default)");
    assertThat(t.getReasonZh()).contains("选择：不予公开（行政机关未作选择，适用政策默认）");
  }
}
