package io.github.gongkai.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the rule table is exercised: it fires in a case written for it and not in that
 * case's negation (one fact changed); and the table is the only source of the rules, so that a
 * changed table changes the decisions without any change of code.
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

  /** A case in which the rule fires, and its negation, in which it does not. */
  record Witness(Case fires, Case negation) {}

  static final Map<DecisionRule, Witness> WITNESSES = new EnumMap<>(DecisionRule.class);

  static void witness(DecisionRule rule, Case fires, Case negation) {
    WITNESSES.put(rule, new Witness(fires, negation));
  }

  static {
    InformationItem secret = Items.secret("s");
    InformationItem objected = Items.privacy("p", "张某", ConsentState.OBJECTED);
    InformationItem draft = Items.process("d", ProcessInformationKind.DRAFT);
    witness(
        DecisionRule.PETITION_OR_COMPLAINT,
        Case.asked(c -> c.petitionOrComplaint(true)),
        Case.asked(c -> c.petitionOrComplaint(false)));
    witness(
        DecisionRule.EXCESSIVE_REQUEST,
        Case.asked(c -> c.excessiveRequest(ExcessiveRequestFinding.UNREASONABLE)),
        Case.asked(c -> c.excessiveRequest(ExcessiveRequestFinding.REASONABLE)));
    witness(DecisionRule.REPEATED_REQUEST, Case.assessed(a -> a.repeated(true)), Case.assessed(a -> a.repeated(false)));
    witness(
        DecisionRule.PUBLISHED_MATERIAL,
        Case.assessed(a -> a.publishedMaterial(true)),
        Case.assessed(a -> a.publishedMaterial(false)));
    witness(
        DecisionRule.CONFIRMATION_OR_REISSUE,
        Case.assessed(a -> a.confirmationOrReissue(true)),
        Case.assessed(a -> a.confirmationOrReissue(false)));
    witness(
        DecisionRule.SPECIAL_NEED,
        Case.of(Items.plain("x")).on(DecisionContext.builder().from(Y2015).specialNeed(SpecialNeedFinding.NOT_SHOWN).build()),
        Case.of(Items.plain("x")).on(DecisionContext.builder().from(Y2015).specialNeed(SpecialNeedFinding.SHOWN).build()));
    witness(
        DecisionRule.STILL_UNCLEAR,
        Case.asked(c -> c.stillUnclearAfterCorrection(true)),
        Case.asked(c -> c.stillUnclearAfterCorrection(false)));
    witness(
        DecisionRule.NOT_GOVERNMENT_INFORMATION,
        Case.assessed(a -> a.notGovernmentInformation(true)),
        Case.assessed(a -> a.notGovernmentInformation(false)));
    witness(
        DecisionRule.NOT_THIS_AGENCY,
        Case.assessed(a -> a.notThisAgency(true)),
        Case.assessed(a -> a.notThisAgency(false)));
    witness(
        DecisionRule.CASE_FILE_BY_PARTY,
        Case.of(Items.caseFile("c")).on(DecisionContext.builder().from(Y2024).applicantPartyToProceeding(true).build()),
        Case.of(Items.caseFile("c")));
    witness(
        DecisionRule.SPECIAL_ACCESS_ROUTE,
        Case.of(Items.specialRoute("r", SpecialAccessRoute.BUSINESS_REGISTRATION)),
        Case.of(Items.plain("r")));
    witness(DecisionRule.NOT_HELD, Case.assessed(a -> a.notHeld(true)), Case.assessed(a -> a.notHeld(false)));
    witness(
        DecisionRule.REQUIRES_CREATION,
        Case.assessed(a -> a.requiresCreationOrAnalysis(true)),
        Case.assessed(a -> a.requiresCreationOrAnalysis(false)));
    witness(DecisionRule.ALREADY_PUBLISHED, Case.of(Items.published("p")), Case.of(Items.plain("p")));
    witness(DecisionRule.STATE_SECRET, Case.of(secret), Case.of(declassified()));
    witness(DecisionRule.PROHIBITED_BY_LAW, Case.of(Items.prohibited("l", "某法")), Case.of(Items.plain("l")));
    witness(
        DecisionRule.ENDANGERS_SECURITY,
        Case.assessed(a -> a.endangersSecurityOrStability(true)),
        Case.assessed(a -> a.endangersSecurityOrStability(false)));
    witness(
        DecisionRule.CONFIDENTIALITY_DOUBT,
        Case.assessed(a -> a.confidentialityDoubtful(true)),
        Case.assessed(a -> a.confidentialityDoubtful(false)));
    witness(
        DecisionRule.THIRD_PARTY_RIGHTS,
        Case.of(objected),
        Case.of(Items.privacy("p", "张某", ConsentState.CONSENTED)));
    witness(
        DecisionRule.PUBLIC_INTEREST_OVERRIDE,
        Case.of(objected).with(a -> a.publicInterestReasons("涉及重大公共利益")),
        Case.of(objected));
    witness(
        DecisionRule.INTERNAL_AFFAIRS,
        Case.of(Items.internal("i", InternalAffairsKind.PERSONNEL)),
        Case.of(Items.plain("i")));
    witness(DecisionRule.PROCESS_INFORMATION, Case.of(draft), Case.of(Items.plain("d")));
    witness(
        DecisionRule.ENFORCEMENT_CASE_FILE,
        Case.of(Items.caseFile("c")),
        Case.of(Items.caseFile("c")).on(Y2015)); // no case-file exemption under 2008
    witness(
        DecisionRule.LAW_REQUIRES_DISCLOSURE,
        Case.of(draft).with(a -> a.lawRequiringDisclosure(LAW)),
        Case.of(draft));
    witness(DecisionRule.SEPARATION, Case.of(secret).with(a -> a.separable(true)), Case.of(secret));
    witness(DecisionRule.RELEASE, Case.of(Items.plain("x")), Case.of(secret));
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
    Witness w = WITNESSES.get(entry.rule);
    assertThat(w).as("a witness for " + entry.rule.getCode()).isNotNull();
    DisclosureDecider decider = DisclosureDecider.standard();
    assertThat(w.fires().trace(decider, entry.rule).isFired()).as(entry.rule.getCode() + " fires").isTrue();
    assertThat(w.negation().trace(decider, entry.rule).isFired()).as(entry.rule.getCode() + " negated").isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // the table is the only source

  /** The rows of the standard table, as the resource holds them. */
  static List<String[]> standardRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RuleTable.class.getResourceAsStream(RuleTable.RESOURCE)) {
      assertThat(in).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  /** The standard rows with one column of one rule replaced. */
  static List<String[]> change(List<String[]> rows, DecisionRule rule, int column, String value) {
    List<String[]> out = new ArrayList<>();
    for (String[] row : rows) {
      String[] copy = row.clone();
      if (copy[0].equals(rule.getCode())) {
        copy[column] = value;
      }
      out.add(copy);
    }
    return out;
  }

  static DisclosureDecider over(List<String[]> rows) {
    return DisclosureDecider.of(DecisionPolicy.defaults(), RuleTable.of("changed", rows));
  }

  @Test
  void the_same_rows_decide_as_the_standard_table() throws IOException {
    DisclosureDecider copy = over(standardRows());
    for (Witness w : WITNESSES.values()) {
      for (Case c : List.of(w.fires(), w.negation())) {
        assertThat(copy.explain(c.item(), c.assessment(), c.context()))
            .isEqualTo(DisclosureDecider.standard().explain(c.item(), c.assessment(), c.context()));
      }
    }
  }

  @Test
  void a_changed_condition_changes_the_decision() throws IOException {
    // an expired secrecy marking still withholding, in a table that reads only "classified"
    DisclosureDecider changed = over(change(standardRows(), DecisionRule.STATE_SECRET, 2, "classified"));
    InformationItem item = declassified();
    assertThat(DisclosureDecider.standard().decide(item, Y2024).getReportRow()).isEqualTo(OutcomeGround.RELEASED);
    assertThat(changed.decide(item, Y2024).getReportRow()).isEqualTo(OutcomeGround.WITHHELD_STATE_SECRET);
  }

  @Test
  void a_changed_lift_and_nature_change_the_decision() throws IOException {
    // 2019 第十六条第二款 lets a law requiring disclosure lift process information; a table without
    // that lift withholds
    Case c = Case.of(Items.process("d", ProcessInformationKind.DRAFT)).with(a -> a.lawRequiringDisclosure(LAW));
    assertThat(DisclosureDecider.standard().decide(c.item(), c.assessment(), c.context()).getDisposition())
        .isEqualTo(Disposition.RELEASE);
    DisclosureDecider noLift = over(change(standardRows(), DecisionRule.PROCESS_INFORMATION, 3, "-"));
    DisclosureDecision d = noLift.decide(c.item(), c.assessment(), c.context());
    assertThat(d.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_PROCESS_INFORMATION);
    // an agency's choice to disclose internal affairs binds nothing once the table calls it mandatory
    Case disclose =
        Case.of(Items.internal("i", InternalAffairsKind.PERSONNEL))
            .with(a -> a.discretionaryChoice(DiscretionaryChoice.DISCLOSE));
    assertThat(DisclosureDecider.standard().decide(disclose.item(), disclose.assessment(), disclose.context()).getReportRow())
        .isEqualTo(OutcomeGround.RELEASED);
    DisclosureDecider mandatory = over(change(standardRows(), DecisionRule.INTERNAL_AFFAIRS, 6, "mandatory"));
    DisclosureDecision m = mandatory.decide(disclose.item(), disclose.assessment(), disclose.context());
    assertThat(m.getReportRow()).isEqualTo(OutcomeGround.WITHHELD_INTERNAL_AFFAIRS);
    assertThat(m.getNature()).isEqualTo(ExemptionNature.MANDATORY);
  }

  @Test
  void the_order_of_the_gates_is_the_order_of_the_rows() throws IOException {
    // both "another agency's" and "not held" fire; the earlier row decides
    Case both = Case.assessed(a -> a.notThisAgency(true).notHeld(true));
    assertThat(decisiveRule(DisclosureDecider.standard(), both)).isEqualTo(DecisionRule.NOT_THIS_AGENCY);
    List<String[]> rows = standardRows();
    int agency = indexOf(rows, DecisionRule.NOT_THIS_AGENCY);
    int held = indexOf(rows, DecisionRule.NOT_HELD);
    String[] moved = rows.remove(held);
    rows.add(agency, moved);
    assertThat(decisiveRule(over(rows), both)).isEqualTo(DecisionRule.NOT_HELD);
  }

  static DecisionRule decisiveRule(DisclosureDecider decider, Case c) {
    return decider.explain(c.item(), c.assessment(), c.context()).getTrace().stream()
        .filter(TraceEntry::isDecisive)
        .map(TraceEntry::getRule)
        .findFirst()
        .orElseThrow();
  }

  static int indexOf(List<String[]> rows, DecisionRule rule) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i)[0].equals(rule.getCode())) {
        return i;
      }
    }
    throw new AssertionError(rule.getCode());
  }

  @Test
  void malformed_conditions_are_rejected_naming_the_rule() throws IOException {
    List<String[]> rows = standardRows();
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.NOT_HELD, 2, "not-hold")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not-held")
        .hasMessageContaining("unknown fact 'not-hold'");
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.NOT_HELD, 2, "all(not-held")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("')' expected");
    assertThatThrownBy(
            () -> RuleTable.of("t", change(rows, DecisionRule.EXCESSIVE_REQUEST, 2, "excessive-request=maybe")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no value 'maybe'");
    // a rule may only read rules before it
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.NOT_HELD, 2, "fired(release)")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'release' is not earlier in the table");
    assertThatThrownBy(() -> RuleTable.of("t", change(rows, DecisionRule.NOT_HELD, 3, "repeated")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only an exemption can be lifted");
  }

  @Test
  void conditions_read_back_as_written() throws IOException {
    for (String[] row : standardRows()) {
      RuleTable.Entry e = RuleTable.of(Regime.R2019).entry(DecisionRule.ofCode(row[0]));
      assertThat(String.valueOf(e.when == null ? "-" : e.when)).isEqualTo(row[2]);
      assertThat(String.valueOf(e.lifted == null ? "-" : e.lifted)).isEqualTo(row[3]);
    }
  }
}
