package io.github.gongkai.rules.decision;

import io.github.gongkai.core.InvalidValueException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.Regime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of decision-rules.tsv, checked against the provision it cites. */
class RuleTableTest {
  /**
   * The reply-type provision of each rule: 2019 Regulation (legal/政府信息公开条例(2019-04-03).md),
   * 2008 Regulation per DOMAIN.md §3, SPC 2011 (legal/最高人民法院关于审理政府信息公开行政案件若干问题的规定).
   */
  static final Map<String, String[]> FIRST = new HashMap<>();

  static {
    FIRST.put("petition-or-complaint", new String[] {"OGI-2019:39.1", "~GUIDANCE-2010-5:"}); // Art.39 para.1
    FIRST.put("excessive-request", new String[] {"OGI-2019:35", null}); // Art.35, new in 2019
    FIRST.put("repeated-request", new String[] {"OGI-2019:36(6)", "~GUIDANCE-2010-5:"}); // Art.36(6)
    FIRST.put("published-material", new String[] {"OGI-2019:39.2", "~GUIDANCE-2010-5:"}); // Art.39 para.2
    FIRST.put("confirmation-or-reissue", new String[] {"~OGI-2019:38", null}); // table 三（五）5
    FIRST.put("special-need", new String[] {null, "OGI-2008:13"}); // 2008 Art.13 三需要
    FIRST.put("still-unclear", new String[] {"OGI-2019:30", "~OGI-2008:21(4)"}); // Art.30; 2008 Art.21(4)
    FIRST.put("not-government-information", new String[] {"OGI-2019:2", "OGI-2008:2"}); // Art.2
    FIRST.put("not-this-agency", new String[] {"OGI-2019:36(5)", "OGI-2008:21(3)"}); // Art.36(5)
    FIRST.put("case-file-by-party", new String[] {"SPC-2011:2(4)", "SPC-2011:2(4)"}); // SPC Art.2(4)
    FIRST.put("special-access-route", new String[] {"OGI-2019:36(7)", null}); // Art.36(7)
    FIRST.put("not-held", new String[] {"OGI-2019:36(4)", "OGI-2008:21(3)"}); // Art.36(4)
    FIRST.put("requires-creation", new String[] {"OGI-2019:38", "~GUIDANCE-2010-5:"}); // Art.38
    FIRST.put("already-published", new String[] {"OGI-2019:36(1)", "OGI-2008:21(1)"}); // Art.36(1)
    FIRST.put("state-secret", new String[] {"OGI-2019:14", "OGI-2008:14"}); // Art.14
    FIRST.put("prohibited-by-law", new String[] {"OGI-2019:14", "~OGI-2008:21(2)"}); // Art.14
    FIRST.put("endangers-security", new String[] {"OGI-2019:14", "OGI-2008:8"}); // Art.14; 2008 Art.8
    FIRST.put("confidentiality-doubt", new String[] {"OGI-2019:17.3", "OGI-2008:14"}); // Art.17 para.3
    FIRST.put("third-party-rights", new String[] {"OGI-2019:15", "OGI-2008:14"}); // Art.15
    FIRST.put("public-interest-override", new String[] {"OGI-2019:15", "OGI-2008:14"}); // Art.15 proviso
    FIRST.put("internal-affairs", new String[] {"OGI-2019:16.1", "~GUIDANCE-2010-5:"}); // Art.16 para.1
    FIRST.put("process-information", new String[] {"OGI-2019:16.2", "~GUIDANCE-2010-5:"}); // Art.16 para.2
    FIRST.put("enforcement-case-file", new String[] {"OGI-2019:16.2", null}); // Art.16 para.2
    FIRST.put("law-requires-disclosure", new String[] {"OGI-2019:16.2", "~GUIDANCE-2010-5:"}); // 从其规定
    FIRST.put("separation", new String[] {"OGI-2019:37", "OGI-2008:22"}); // Art.37; 2008 Art.22
    FIRST.put("release", new String[] {"OGI-2019:36(2)", "OGI-2008:21(1)"}); // Art.36(2); Art.13
  }

  static List<String> notations(List<LegalBasis> bases) {
    return bases.stream().map(LegalBasis::toNotation).collect(Collectors.toList());
  }

  static List<DecisionRule> rules() {
    return DecisionRule.values();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void every_rule_cites_its_reply_provision_first_under_each_regime(DecisionRule rule) {
    String[] expected = FIRST.get(rule.getCode());
    assertThat(expected).as("expectation for " + rule).isNotNull();
    for (Regime regime : Regime.values()) {
      RuleTable t = RuleTable.of(regime);
      String e = expected[regime == Regime.R2019 ? 0 : 1];
      if (e == null) {
        assertThat(t.applies(rule)).as(rule + " under " + regime).isFalse();
        continue;
      }
      assertThat(t.applies(rule)).isTrue();
      assertThat(t.first(rule).toNotation()).isEqualTo(e);
      for (LegalBasis b : t.bases(rule)) {
        assertThat(b.getRegime()).isEqualTo(regime);
        assertThat(b.getInstrument().appliesTo(regime)).isTrue();
        if (b.getInstrument() == LegalInstrument.REGULATION_2019) {
          assertThat(b.getArticle()).isBetween(1, 56); // the 2019 text has 56 articles
        }
        if (b.getInstrument() == LegalInstrument.SPC_PROVISIONS_2011) {
          assertThat(b.getArticle()).isBetween(1, 13); // the SPC provisions have 13 articles
        }
      }
    }
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
