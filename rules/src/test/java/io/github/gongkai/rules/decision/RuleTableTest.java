package io.github.gongkai.rules.decision;

import io.github.gongkai.core.InvalidValueException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Regime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The entries of decision-rules.tsv: their codes, labels, texts, stages and the facts they read. */
class RuleTableTest {
  static List<DecisionRule> rules() {
    return DecisionRule.values();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void every_rule_has_labels_and_a_stable_code(DecisionRule rule) {
    assertThat(rule.getLabelZh()).isNotBlank();
    assertThat(rule.getLabelEn()).isNotBlank();
    assertThat(DecisionRule.ofCode(rule.getCode())).isSameAs(rule);
    assertThatThrownBy(() -> DecisionRule.ofCode(rule.getCode().toUpperCase(Locale.ROOT).replace('-', '_')))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("did you mean `" + rule.getCode() + "`?");
  }

  @ParameterizedTest
  @EnumSource(StepKind.class)
  void every_step_kind_has_labels_and_a_stable_code(StepKind kind) {
    assertThat(kind.getLabelZh()).isNotBlank();
    assertThat(StepKind.ofCode(kind.getCode())).isSameAs(kind);
  }

  @ParameterizedTest
  @EnumSource(Disposition.class)
  void every_disposition_has_a_stable_code(Disposition d) {
    assertThat(Disposition.ofCode(d.getCode())).isSameAs(d);
    assertThat(d.getLabelZh()).isNotBlank();
  }

  @org.junit.jupiter.api.Test
  void every_fact_a_rule_reads_is_a_property_of_the_decision_input() {
    Map<String, Class<?>> owners =
        Map.of(
            "item", io.github.gongkai.core.item.InformationItem.class,
            "assessment", ItemAssessment.class,
            "context", DecisionContext.class,
            "policy", DecisionPolicy.class);
    for (RuleTable.Entry e : RuleTable.of(Regime.R2019).entries) {
      if (e.stage == RuleTable.Stage.RELEASE) {
        assertThat(e.reads).as(e.rule.getCode()).isEmpty();
        continue;
      }
      assertThat(e.reads).as(e.rule.getCode()).isNotEmpty();
      for (String fact : e.reads) {
        String[] parts = fact.split("\\.");
        Class<?> owner = owners.get(parts[0]);
        assertThat(owner).as(fact).isNotNull();
        String cap = Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
        boolean found =
            java.util.Arrays.stream(owner.getMethods())
                .anyMatch(m -> m.getParameterCount() == 0 && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap)));
        assertThat(found).as(e.rule.getCode() + " reads " + fact).isTrue();
      }
    }
  }

  @org.junit.jupiter.api.Test
  void the_table_holds_every_rule_once_and_orders_the_trace() {
    RuleTable t = RuleTable.of(Regime.R2019);
    assertThat(t.entries).extracting(e -> e.rule).containsExactlyInAnyOrderElementsOf(DecisionRule.values());
    // gates come first, release last
    assertThat(t.entries.get(0).stage).isEqualTo(RuleTable.Stage.GATE);
    assertThat(t.entries.get(t.entries.size() - 1).rule).isEqualTo(DecisionRule.ofCode("release"));
    // mandatory exemptions (2019 第十四条、第十五条) before discretionary ones (第十六条), as table 三（三）
    assertThat(t.exemptions).extracting(e -> e.nature)
        .containsExactly(
            ExemptionNature.MANDATORY, ExemptionNature.MANDATORY, ExemptionNature.MANDATORY, ExemptionNature.MANDATORY,
            ExemptionNature.DISCRETIONARY, ExemptionNature.DISCRETIONARY, ExemptionNature.DISCRETIONARY);
    DisclosureDecision d = DisclosureDecider.standard().explain(Items.plain("a"), ItemAssessment.none(), DecisionContext.of(java.time.LocalDate.of(2024, 3, 1)));
    assertThat(d.getTrace()).extracting(TraceEntry::getRule).containsExactlyElementsOf(t.entries.stream().map(e -> e.rule).collect(Collectors.toList()));
    // gate rows name a ground and a disposition; every reason key is the rule's
    for (RuleTable.Entry g : t.gates) {
      assertThat(g.disposition).as(g.rule.getCode()).isNotNull();
    }
    for (RuleTable.Entry e : t.entries) {
      assertThat(e.reasonKey).isEqualTo("rule." + e.rule.getCode());
    }
  }

  @org.junit.jupiter.api.Test
  void every_entry_has_its_label_and_reasons_in_chinese_and_english() {
    for (RuleRows.Row row : RuleRows.STANDARD) {
      Set<String> keys = row.texts().stream().map(RuleRows.Text::name).collect(Collectors.toSet());
      assertThat(keys).as(row.code()).contains("label", "not-fired");
      assertThat(keys.contains("fired") || keys.contains("what")).as(row.code() + ": fired or what").isTrue();
      for (RuleRows.Text t : row.texts()) {
        assertThat(t.zh()).as(row.code() + " " + t.key() + " (zh)").isNotBlank().containsPattern("\\p{IsHan}");
        assertThat(t.en()).as(row.code() + " " + t.key() + " (en)").isNotBlank().doesNotContainPattern("\\p{IsHan}");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void the_rules_are_the_entries_of_the_table_in_its_order() {
    assertThat(DecisionRule.values())
        .extracting(DecisionRule::getCode)
        .containsExactlyElementsOf(RuleRows.STANDARD.stream().map(RuleRows.Row::code).collect(Collectors.toList()));
    List<DecisionRule> sorted = new ArrayList<>(DecisionRule.values());
    Collections.reverse(sorted);
    Collections.sort(sorted);
    assertThat(sorted).containsExactlyElementsOf(DecisionRule.values());
    // the rules the engine names are entries of the table like any other
    assertThat(DecisionRule.THIRD_PARTY_RIGHTS).isSameAs(DecisionRule.ofCode("third-party-rights"));
    assertThat(DecisionRule.EXCESSIVE_REQUEST).isSameAs(DecisionRule.ofCode("excessive-request"));
    DecisionRule secret = DecisionRule.ofCode("state-secret");
    assertThat(secret).isEqualTo(DecisionRule.values().get(DecisionRule.values().indexOf(secret))).hasToString("state-secret");
    assertThat(secret.hashCode()).isEqualTo("state-secret".hashCode());
    assertThat(secret).isNotEqualTo(DecisionRule.ofCode("release")).isNotEqualTo("state-secret");
    assertThat(secret.compareTo(DecisionRule.ofCode("release"))).isNegative();
    // labels from the table's label line, Chinese for every zh locale
    assertThat(secret.getLabel(Locale.TRADITIONAL_CHINESE)).isEqualTo(secret.getLabelZh()).isEqualTo("国家秘密");
    assertThat(secret.getLabel(Locale.FRENCH)).isEqualTo(secret.getLabelEn()).isEqualTo("State secret");
  }

  @org.junit.jupiter.api.Test
  void an_unknown_rule_code_is_refused_listing_the_codes() {
    assertThatThrownBy(() -> DecisionRule.ofCode("withheld"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("decisionRule: must be one of petition-or-complaint, excessive-request, ")
        .hasMessageContaining(", release - but was: withheld")
        .hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> DecisionRule.ofCode("relase")).hasMessageContaining("did you mean `release`?");
    assertThatThrownBy(() -> DecisionRule.ofCode("110101199003071234")).hasMessageNotContaining("110101199003071234");
    assertThatThrownBy(() -> DecisionRule.ofCode(null)).isInstanceOf(io.github.gongkai.core.GongkaiException.class);
  }

  @org.junit.jupiter.api.Test
  void unknown_codes_are_rejected_naming_the_field() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Disposition.ofCode("maybe"))
        .isInstanceOf(io.github.gongkai.core.InvalidValueException.class)
        .hasMessageStartingWith("disposition:");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiscretionaryChoice.ofCode("perhaps"))
        .isInstanceOf(io.github.gongkai.core.InvalidValueException.class)
        .hasMessageContaining("withhold, disclose");
  }
}
