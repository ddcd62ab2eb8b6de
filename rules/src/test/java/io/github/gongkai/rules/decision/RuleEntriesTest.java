package io.github.gongkai.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.LegalInstrument;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the rule table is exercised: it fires in a case written for it and not in that
 * case's negation (one fact changed), and cites first the provision written for it; and the table is
 * the only source of the rules, so that a changed table changes the decisions without any change of
 * code. A new entry needs its witness here, and nothing else.
 */
class RuleEntriesTest {
  static final DecisionContext Y2024 = DecisionContext.of(LocalDate.of(2024, 3, 1));
  static final DecisionContext Y2015 = DecisionContext.of(LocalDate.of(2015, 3, 1));
  static final String LAW = "某规章第五条";

  /** An input: item, assessment, request. */
  record Case(InformationItem item, ItemAssessment assessment, DecisionContext context) {
    static Case of(InformationItem item) {
      return new Case(item, ItemAssessment.none(), Y2024);
    }

    static Case assessed(UnaryOperator<ItemAssessment.Builder> a) {
      return new Case(Items.plain("x"), a.apply(ItemAssessment.builder()).build(), Y2024);
    }

    static Case asked(UnaryOperator<DecisionContext.Builder> c) {
      return new Case(Items.plain("x"), ItemAssessment.none(), c.apply(DecisionContext.builder().from(Y2024)).build());
    }

    Case with(UnaryOperator<ItemAssessment.Builder> a) {
      return new Case(item, a.apply(ItemAssessment.builder().from(assessment)).build(), context);
    }

    Case on(DecisionContext c) {
      return new Case(item, assessment, c);
    }

    TraceEntry trace(DisclosureDecider decider, DecisionRule rule) {
      return DisclosureDeciderTest.traceOf(decider.explain(item, assessment, context), rule);
    }
  }

  /**
   * A case in which the rule fires, its negation, in which it does not, and the rule's reply-type
   * provision (the first it cites) under each regime, in {@code LegalBasis} notation, {@code "-"}
   * where it has no counterpart (it is then never considered under that regime). The provisions are
   * written from the instruments (《政府信息公开条例》(2019) and (2008), 国办发〔2010〕5号,
   * 法释〔2011〕17号), not copied from the table, which is checked against them.
   */
  record Witness(String first2019, String first2008, Case fires, Case negation) {}

  /** The witnesses by rule code. */
  static final Map<String, Witness> WITNESSES = new LinkedHashMap<>();

  static void witness(String rule, String first2019, String first2008, Case fires, Case negation) {
    assertThat(WITNESSES.put(rule, new Witness(first2019, first2008, fires, negation))).as("one witness for " + rule).isNull();
  }

  static {
    InformationItem secret = Items.secret("s");
    InformationItem objected = Items.privacy("p", "张某", ConsentState.OBJECTED);
    InformationItem draft = Items.process("d", ProcessInformationKind.DRAFT);
    // Art.39 para.1
    witness(
        "petition-or-complaint",
        "OGI-2019:39.1",
        "~GUIDANCE-2010-5:",
        Case.asked(c -> c.petitionOrComplaint(true)),
        Case.asked(c -> c.petitionOrComplaint(false)));
    // Art.35, new in 2019
    witness(
        "excessive-request",
        "OGI-2019:35",
        "-",
        Case.asked(c -> c.excessiveRequest(ExcessiveRequestFinding.UNREASONABLE)),
        Case.asked(c -> c.excessiveRequest(ExcessiveRequestFinding.REASONABLE)));
    // Art.36(6)
    witness(
        "repeated-request",
        "OGI-2019:36(6)",
        "~GUIDANCE-2010-5:",
        Case.assessed(a -> a.repeated(true)),
        Case.assessed(a -> a.repeated(false)));
    // Art.39 para.2
    witness(
        "published-material",
        "OGI-2019:39.2",
        "~GUIDANCE-2010-5:",
        Case.assessed(a -> a.publishedMaterial(true)),
        Case.assessed(a -> a.publishedMaterial(false)));
    // table 三（五）5
    witness(
        "confirmation-or-reissue",
        "~OGI-2019:38",
        "-",
        Case.assessed(a -> a.confirmationOrReissue(true)),
        Case.assessed(a -> a.confirmationOrReissue(false)));
    // 2008 Art.13 三需要
    witness(
        "special-need",
        "-",
        "OGI-2008:13",
        Case.of(Items.plain("x")).on(DecisionContext.builder().from(Y2015).specialNeed(SpecialNeedFinding.NOT_SHOWN).build()),
        Case.of(Items.plain("x")).on(DecisionContext.builder().from(Y2015).specialNeed(SpecialNeedFinding.SHOWN).build()));
    // Art.30; 2008 Art.21(4)
    witness(
        "still-unclear",
        "OGI-2019:30",
        "~OGI-2008:21(4)",
        Case.asked(c -> c.stillUnclearAfterCorrection(true)),
        Case.asked(c -> c.stillUnclearAfterCorrection(false)));
    // Art.2
    witness(
        "not-government-information",
        "OGI-2019:2",
        "OGI-2008:2",
        Case.assessed(a -> a.notGovernmentInformation(true)),
        Case.assessed(a -> a.notGovernmentInformation(false)));
    // Art.36(5)
    witness(
        "not-this-agency",
        "OGI-2019:36(5)",
        "OGI-2008:21(3)",
        Case.assessed(a -> a.notThisAgency(true)),
        Case.assessed(a -> a.notThisAgency(false)));
    // SPC Art.2(4)
    witness(
        "case-file-by-party",
        "SPC-2011:2(4)",
        "SPC-2011:2(4)",
        Case.of(Items.caseFile("c")).on(DecisionContext.builder().from(Y2024).applicantPartyToProceeding(true).build()),
        Case.of(Items.caseFile("c")));
    // Art.36(7)
    witness(
        "special-access-route",
        "OGI-2019:36(7)",
        "-",
        Case.of(Items.specialRoute("r", SpecialAccessRoute.BUSINESS_REGISTRATION)),
        Case.of(Items.plain("r")));
    // Art.36(4)
    witness(
        "not-held",
        "OGI-2019:36(4)",
        "OGI-2008:21(3)",
        Case.assessed(a -> a.notHeld(true)),
        Case.assessed(a -> a.notHeld(false)));
    // Art.38
    witness(
        "requires-creation",
        "OGI-2019:38",
        "~GUIDANCE-2010-5:",
        Case.assessed(a -> a.requiresCreationOrAnalysis(true)),
        Case.assessed(a -> a.requiresCreationOrAnalysis(false)));
    // Art.36(1)
    witness(
        "already-published",
        "OGI-2019:36(1)",
        "OGI-2008:21(1)",
        Case.of(Items.published("p")),
        Case.of(Items.plain("p")));
    // Art.14
    witness(
        "state-secret",
        "OGI-2019:14",
        "OGI-2008:14",
        Case.of(secret),
        Case.of(declassified()));
    // Art.14
    witness(
        "prohibited-by-law",
        "OGI-2019:14",
        "~OGI-2008:21(2)",
        Case.of(Items.prohibited("l", "某法")),
        Case.of(Items.plain("l")));
    // Art.14; 2008 Art.8
    witness(
        "endangers-security",
        "OGI-2019:14",
        "OGI-2008:8",
        Case.assessed(a -> a.endangersSecurityOrStability(true)),
        Case.assessed(a -> a.endangersSecurityOrStability(false)));
    // Art.17 para.3
    witness(
        "confidentiality-doubt",
        "OGI-2019:17.3",
        "OGI-2008:14",
        Case.assessed(a -> a.confidentialityDoubtful(true)),
        Case.assessed(a -> a.confidentialityDoubtful(false)));
    // Art.15
    witness(
        "third-party-rights",
        "OGI-2019:15",
        "OGI-2008:14",
        Case.of(objected),
        Case.of(Items.privacy("p", "张某", ConsentState.CONSENTED)));
    // Art.15 proviso
    witness(
        "public-interest-override",
        "OGI-2019:15",
        "OGI-2008:14",
        Case.of(objected).with(a -> a.publicInterestReasons("涉及重大公共利益")),
        Case.of(objected));
    // Art.16 para.1
    witness(
        "internal-affairs",
        "OGI-2019:16.1",
        "~GUIDANCE-2010-5:",
        Case.of(Items.internal("i", InternalAffairsKind.PERSONNEL)),
        Case.of(Items.plain("i")));
    // Art.16 para.2
    witness(
        "process-information",
        "OGI-2019:16.2",
        "~GUIDANCE-2010-5:",
        Case.of(draft),
        Case.of(Items.plain("d")));
    // Art.16 para.2
    witness(
        "enforcement-case-file",
        "OGI-2019:16.2",
        "-",
        Case.of(Items.caseFile("c")),
        Case.of(Items.caseFile("c")).on(Y2015)); // no case-file exemption under 2008
    // 从其规定
    witness(
        "law-requires-disclosure",
        "OGI-2019:16.2",
        "~GUIDANCE-2010-5:",
        Case.of(draft).with(a -> a.lawRequiringDisclosure(LAW)),
        Case.of(draft));
    // Art.37; 2008 Art.22
    witness(
        "separation",
        "OGI-2019:37",
        "OGI-2008:22",
        Case.of(secret).with(a -> a.separable(true)),
        Case.of(secret));
    // Art.36(2); Art.13
    witness(
        "release",
        "OGI-2019:36(2)",
        "OGI-2008:21(1)",
        Case.of(Items.plain("x")),
        Case.of(secret));
  }

  static InformationItem declassified() {
    return Items.with(
        "s",
        b ->
            b.secrecyMarking(
                SecrecyMarking.builder()
                    .level(SecrecyLevel.SECRET)
                    .markedOn(LocalDate.of(2010, 1, 1))
                    .declassifiedOn(LocalDate.of(2020, 1, 1))
                    .build()));
  }

  static Stream<RuleTable.Entry> entries() {
    return RuleTable.of(Regime.R2019).entries.stream();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void every_entry_fires_in_its_case_and_not_in_the_negation(RuleTable.Entry entry) {
    Witness w = WITNESSES.get(entry.rule.getCode());
    assertThat(w).as("a witness for " + entry.rule.getCode()).isNotNull();
    DisclosureDecider decider = DisclosureDecider.standard();
    assertThat(w.fires().trace(decider, entry.rule).isFired()).as(entry.rule.getCode() + " fires").isTrue();
    assertThat(w.negation().trace(decider, entry.rule).isFired()).as(entry.rule.getCode() + " negated").isFalse();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void every_entry_cites_its_reply_provision_first_under_each_regime(RuleTable.Entry entry) {
    Witness w = WITNESSES.get(entry.rule.getCode());
    assertThat(w).as("a witness for " + entry.rule.getCode()).isNotNull();
    for (Regime regime : Regime.values()) {
      RuleTable t = RuleTable.of(regime);
      String expected = regime == Regime.R2019 ? w.first2019() : w.first2008();
      if (expected.equals("-")) {
        assertThat(t.applies(entry.rule)).as(entry.rule + " under " + regime).isFalse();
        continue;
      }
      assertThat(t.applies(entry.rule)).as(entry.rule + " under " + regime).isTrue();
      assertThat(t.first(entry.rule).toNotation()).isEqualTo(expected);
      for (LegalBasis b : t.bases(entry.rule)) {
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

  // ---------------------------------------------------------------------------------------------
  // the table is the only source

  /** The entries of the standard table, as the resource holds them, in a list that may be changed. */
  static List<RuleRows.Row> standardRows() {
    return new ArrayList<>(RuleRows.read(RuleTable.class, RuleTable.RESOURCE));
  }

  /** The standard rows with one column of one rule replaced. */
  static List<RuleRows.Row> change(List<RuleRows.Row> rows, DecisionRule rule, int column, String value) {
    List<RuleRows.Row> out = new ArrayList<>();
    for (RuleRows.Row row : rows) {
      out.add(row.code().equals(rule.getCode()) ? row.with(column, value) : row);
    }
    return out;
  }

  static DisclosureDecider over(List<RuleRows.Row> rows) {
    return DisclosureDecider.of(DecisionPolicy.defaults(), RuleTable.of("changed", rows));
  }

  @Test
  void the_same_rows_decide_as_the_standard_table() {
    DisclosureDecider copy = over(standardRows());
    for (Witness w : WITNESSES.values()) {
      for (Case c : List.of(w.fires(), w.negation())) {
        assertThat(copy.explain(c.item(), c.assessment(), c.context()))
            .isEqualTo(DisclosureDecider.standard().explain(c.item(), c.assessment(), c.context()));
      }
    }
  }

  @Test
  void a_changed_condition_changes_the_decision() {
    // an expired secrecy marking still withholding, in a table that reads only "classified"
    DisclosureDecider changed = over(change(standardRows(), DecisionRule.ofCode("state-secret"), 2, "classified"));
    InformationItem item = declassified();
    assertThat(DisclosureDecider.standard().decide(item, Y2024).getReportRow()).isEqualTo(OutcomeGround.RELEASED);
    assertThat(changed.decide(item, Y2024).getReportRow()).isEqualTo(OutcomeGround.WITHHELD_STATE_SECRET);
  }

  @Test
  void a_changed_lift_and_nature_change_the_decision() {
    // 2019 第十六条第二款 lets a law requiring disclosure lift process information; a table without
    // that lift withholds
    Case c = Case.of(Items.process("d", ProcessInformationKind.DRAFT)).with(a -> a.lawRequiringDisclosure(LAW));
    assertThat(DisclosureDecider.standard().decide(c.item(), c.assessment(), c.context()).getDisposition())
        .isEqualTo(Disposition.RELEASE);
    DisclosureDecider noLift = over(change(standardRows(), DecisionRule.ofCode("process-information"), 3, "-"));
    DisclosureDecision d = noLift.decide(c.item(), c.assessment(), c.context());
    assertThat(d.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_PROCESS_INFORMATION);
    // an agency's choice to disclose internal affairs binds nothing once the table calls it mandatory
    Case disclose =
        Case.of(Items.internal("i", InternalAffairsKind.PERSONNEL))
            .with(a -> a.discretionaryChoice(DiscretionaryChoice.DISCLOSE));
    assertThat(DisclosureDecider.standard().decide(disclose.item(), disclose.assessment(), disclose.context()).getReportRow())
        .isEqualTo(OutcomeGround.RELEASED);
    DisclosureDecider mandatory = over(change(standardRows(), DecisionRule.ofCode("internal-affairs"), 6, "mandatory"));
    DisclosureDecision m = mandatory.decide(disclose.item(), disclose.assessment(), disclose.context());
    assertThat(m.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_INTERNAL_AFFAIRS);
    assertThat(m.getNature()).isEqualTo(ExemptionNature.MANDATORY);
  }

  @Test
  void the_order_of_the_gates_is_the_order_of_the_rows() {
    // both "another agency's" and "not held" fire; the earlier row decides
    Case both = Case.assessed(a -> a.notThisAgency(true).notHeld(true));
    assertThat(decisiveRule(DisclosureDecider.standard(), both)).isEqualTo(DecisionRule.ofCode("not-this-agency"));
    List<RuleRows.Row> rows = standardRows();
    int agency = indexOf(rows, DecisionRule.ofCode("not-this-agency"));
    int held = indexOf(rows, DecisionRule.ofCode("not-held"));
    RuleRows.Row moved = rows.remove(held);
    rows.add(agency, moved);
    assertThat(decisiveRule(over(rows), both)).isEqualTo(DecisionRule.ofCode("not-held"));
  }

  static DecisionRule decisiveRule(DisclosureDecider decider, Case c) {
    return decider.explain(c.item(), c.assessment(), c.context()).getTrace().stream()
        .filter(TraceEntry::isDecisive)
        .map(TraceEntry::getRule)
        .findFirst()
        .orElseThrow();
  }

  static int indexOf(List<RuleRows.Row> rows, DecisionRule rule) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).code().equals(rule.getCode())) {
        return i;
      }
    }
    throw new AssertionError(rule.getCode());
  }

  @Test
  void malformed_conditions_are_rejected_naming_the_rule() {
    List<RuleRows.Row> rows = standardRows();
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.ofCode("not-held"), 2, "not-hold")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not-held")
        .hasMessageContaining("unknown fact 'not-hold'");
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.ofCode("not-held"), 2, "all(not-held")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("')' expected");
    assertThatThrownBy(
            () -> RuleTable.of("t", change(rows, DecisionRule.EXCESSIVE_REQUEST, 2, "excessive-request=maybe")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no value 'maybe'");
    // a rule may only read rules before it
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.ofCode("not-held"), 2, "fired(release)")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'release' is not earlier in the table");
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.ofCode("not-held"), 3, "repeated")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only an exemption can be lifted");
  }

  /** The standard rows with the texts of one rule changed. */
  static List<RuleRows.Row> texts(List<RuleRows.Row> rows, String rule, UnaryOperator<List<RuleRows.Text>> edit) {
    List<RuleRows.Row> out = new ArrayList<>();
    for (RuleRows.Row row : rows) {
      out.add(row.code().equals(rule) ? new RuleRows.Row(row.fields(), edit.apply(new ArrayList<>(row.texts()))) : row);
    }
    return out;
  }

  static UnaryOperator<List<RuleRows.Text>> adding(String key) {
    return t -> {
      t.add(new RuleRows.Text(key, "某", "some"));
      return t;
    };
  }

  /** A table whose not-held entry has its texts changed is refused with a message naming the rule. */
  static void refused(UnaryOperator<List<RuleRows.Text>> edit, String message) {
    assertThatThrownBy(() -> RuleTable.of("t", texts(standardRows(), "not-held", edit)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t: not-held: ")
        .hasMessageContaining(message);
  }

  @Test
  void malformed_texts_are_rejected_naming_the_rule() {
    refused(t -> t.subList(0, 2), "no text 'not-fired'");
    refused(adding("not-fird"), "unknown text 'not-fird'");
    refused(adding("label"), "text 'label' appears twice");
    refused(adding("not-fired.searched"), "'not-fired.searched': a not-fired variant, and only one, takes 'when'");
    refused(adding("fired when not-held"), "'fired when not-held': a not-fired variant, and only one, takes 'when'");
    refused(adding("not-fired.x when searched"), "unknown fact 'searched'");
    // a variant, like a condition, reads only rules before its own
    refused(adding("not-fired.x when fired(release)"), "'release' is not earlier in the table");
  }

  @Test
  void a_changed_variant_changes_the_reason() {
    // the first variant whose condition holds gives the reason; without a variant, "not-fired"
    Case declassified = Case.of(declassified());
    TraceEntry standard = declassified.trace(DisclosureDecider.standard(), DecisionRule.ofCode("state-secret"));
    assertThat(standard.getReasonEn()).startsWith("The secrecy marking is no longer in force");
    DisclosureDecider without =
        over(texts(standardRows(), "state-secret", t -> {
          t.removeIf(x -> x.name().equals("not-fired.expired"));
          return t;
        }));
    assertThat(declassified.trace(without, DecisionRule.ofCode("state-secret")).getReasonEn())
        .isEqualTo("The item carries no secrecy marking");
  }

  @Test
  void conditions_read_back_as_written() {
    for (RuleRows.Row row : standardRows()) {
      RuleTable.Entry e = RuleTable.of(Regime.R2019).entry(DecisionRule.ofCode(row.code()));
      assertThat(String.valueOf(e.when == null ? "-" : e.when)).isEqualTo(row.field(2));
      assertThat(String.valueOf(e.lifted == null ? "-" : e.lifted)).isEqualTo(row.field(3));
    }
  }
}
