package io.github.gongkai.rules.decision;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.InformationItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of every decision and of combining decisions (issue 4: "Done when"). */
class DecisionPropertiesTest {
  static final DisclosureDecider DECIDER = DisclosureDecider.standard();
  static final ObjectMapper JSON =
      new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static Gen<Scenario> scenarios() {
    return Scenario.any();
  }

  static Gen<List<Scenario>> requests() {
    return lists().of(Scenario.any()).ofSizeBetween(1, 6);
  }

  static DisclosureDecision decide(Scenario s) {
    return DECIDER.decide(s.item(), s.assessment(), s.context());
  }

  /** Checks the explained decision of every scenario drawn. */
  static void forEveryExplained(BiConsumer<Scenario, DisclosureDecision> check) {
    qt().forAll(scenarios()).checkAssert(s -> check.accept(s, DECIDER.explain(s.item(), s.assessment(), s.context())));
  }

  @Test
  void a_decision_carries_grounds_from_the_catalogue_with_bases_valid_for_its_regime() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              DisclosureDecision d = decide(s);
              Regime regime = d.getRegime();
              assertThat(regime).isEqualTo(s.context().getEffectiveRegime());
              assertThat(d.getGrounds()).isNotEmpty();
              assertThat(d.getReportRow().isAvailableUnder(regime)).isTrue();
              for (AppliedGround g : d.getGrounds()) {
                assertThat(g.getGround().isAvailableUnder(regime)).as(g.getGround().getCode()).isTrue();
                assertThat(g.getLegalBases()).isNotEmpty();
                assertThat(g.getLegalBases()).extracting(LegalBasis::getRegime).containsOnly(regime);
                if (g.getGround() != OutcomeGround.OTHER) {
                  // a ground cites the provisions of its catalogue row that the answer rests on (e.g.
                  // only Art.36(4) of row （四）1 for "not held"); only OTHER, which has no catalogue
                  // basis, cites its rule's provisions instead
                  assertThat(g.getGround().getLegalBases(regime)).containsAll(g.getLegalBases());
                }
              }
              assertThat(d.getLegalBases()).isNotEmpty().doesNotHaveDuplicates();
              assertThat(d.getLegalBases()).extracting(LegalBasis::getRegime).containsOnly(regime);
              for (RequiredStep st : d.getSteps()) {
                assertThat(st.getLegalBasis().getRegime()).isEqualTo(regime);
              }
              assertThat(d.isProvisional()).isEqualTo(d.getSteps().stream().anyMatch(RequiredStep::isBlocking));
            });
  }

  @Test
  void disposition_and_report_row_agree() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              DisclosureDecision d = decide(s);
              OutcomeCategory c = d.getReportRow().getCategory();
              switch (d.getDisposition()) {
                case RELEASE:
                  assertThat(d.getReportRow()).isEqualTo(OutcomeGround.RELEASED);
                  break;
                case RELEASE_IN_PART:
                  assertThat(d.getReportRow()).isEqualTo(OutcomeGround.PARTIALLY_RELEASED);
                  assertThat(d.getGrounds()).allSatisfy(g -> assertThat(g.getGround().getCategory()).isEqualTo(OutcomeCategory.WITHHELD));
                  break;
                case WITHHOLD:
                  assertThat(c).isEqualTo(OutcomeCategory.WITHHELD);
                  assertThat(d.getNature()).isNotEqualTo(ExemptionNature.NONE);
                  break;
                case CANNOT_PROVIDE:
                  assertThat(c).isIn(OutcomeCategory.CANNOT_PROVIDE, OutcomeCategory.OTHER);
                  break;
                case NOT_PROCESSED:
                  assertThat(c).isIn(OutcomeCategory.NOT_PROCESSED, OutcomeCategory.OTHER);
                  break;
                case REFER_ELSEWHERE:
                  assertThat(d.getReportRow())
                      .isIn(OutcomeGround.CANNOT_PROVIDE_NOT_HELD, OutcomeGround.WITHHELD_ADMINISTRATIVE_QUERY, OutcomeGround.OTHER);
                  break;
                default:
                  throw new AssertionError(d.getDisposition());
              }
            });
  }

  @Test
  void the_fast_path_and_the_explained_decision_agree() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              InformationItem item = s.item();
              DisclosureDecision fast = DECIDER.decide(item, s.assessment(), s.context());
              DisclosureDecision explained = DECIDER.explain(item, s.assessment(), s.context());
              assertThat(fast.getTrace()).isEmpty();
              assertThat(explained.withoutTrace()).isEqualTo(fast);
              assertThat(explained.getTrace()).extracting(TraceEntry::getRule).containsExactlyElementsOf(DecisionRule.values());
              assertThat(explained.getTrace()).filteredOn(TraceEntry::isDecisive).isNotEmpty().allMatch(TraceEntry::isFired);
            });
  }

  @Test
  void shared_decisions_equal_freshly_built_ones() {
    qt(500).forAll(scenarios())
        .checkAssert(
            s -> {
              // the shared decider has served every earlier try; a fresh one has an empty table
              DisclosureDecision shared = DECIDER.decide(s.item(), s.assessment(), s.context());
              DisclosureDecision fresh =
                  DisclosureDecider.of(DecisionPolicy.defaults()).decide(s.item(), s.assessment(), s.context());
              assertThat(shared).isEqualTo(fresh);
            });
  }

  @Test
  void shared_decisions_equal_freshly_built_ones_exhaustively_over_item_facts() {
    // every combination of the 10 item facts, with no finding or one finding at a time
    DisclosureDecider shared = DisclosureDecider.of(DecisionPolicy.defaults());
    DiscretionaryChoice[] choices = {null, DiscretionaryChoice.WITHHOLD, DiscretionaryChoice.DISCLOSE};
    io.github.gongkai.core.item.ConsentState[] states = io.github.gongkai.core.item.ConsentState.values();
    int n = 0;
    for (int itemBits = 0; itemBits < (1 << 10); itemBits++) {
      for (int f = -1; f < 17; f++) {
        Scenario s =
            new Scenario(
                itemBits,
                f < 0 ? 0 : 1 << f,
                0,
                states[(itemBits + f + 1) % states.length],
                choices[(itemBits + f + 1) % 3],
                null,
                Scenario.DATES[(itemBits + f + 1) % Scenario.DATES.length],
                null);
        DisclosureDecision a = shared.decide(s.item(), s.assessment(), s.context());
        DisclosureDecision b = DisclosureDecider.of(DecisionPolicy.defaults()).decide(s.item(), s.assessment(), s.context());
        assertThat(a).as(s.toString()).isEqualTo(b);
        n++;
      }
    }
    assertThat(n).isEqualTo(1024 * 18);
  }

  @Test
  void a_mandatory_exemption_never_yields_a_full_release_unless_already_published() {
    forEveryExplained(
        (s, d) -> {
          // Reg2019 Art.14 不予公开: only the Art.36(1) "already disclosed" reply can release such an item
          boolean art14 = s.item(0) || s.item(1) || s.assess(8);
          if (art14 && d.getDisposition() == Disposition.RELEASE) {
            assertThat(DisclosureDeciderTest.traceOf(d, DecisionRule.ofCode("already-published")).isDecisive()).isTrue();
          }
        });
  }

  @Test
  void every_discretionary_exemption_is_recorded() {
    forEveryExplained(
        (s, d) -> {
          // Reg2019 Art.16: the agency's choice is recorded, including a policy default; the
          // discretionary exemptions are those the table calls so
          RuleTable table = RuleTable.of(d.getRegime());
          boolean art16 =
              d.getTrace().stream()
                  .anyMatch(t -> t.isFired() && table.entry(t.getRule()).nature == ExemptionNature.DISCRETIONARY);
          boolean gated =
              d.getTrace().stream()
                  .anyMatch(t -> t.isDecisive() && table.entry(t.getRule()).stage == RuleTable.Stage.GATE);
          if (art16 && !gated) {
            assertThat(d.getDiscretion()).isNotNull();
            assertThat(d.getDiscretion().isChoiceByPolicyDefault()).isEqualTo(s.choice == null);
          }
        });
  }

  @Test
  void decisions_round_trip_through_json() {
    forEveryExplained(
        (s, d) -> {
          try {
            String json = JSON.writeValueAsString(d);
            assertThat(JSON.readValue(json, DisclosureDecision.class)).isEqualTo(d);
            assertThat(JSON.readValue(JSON.writeValueAsString(s.assessment()), ItemAssessment.class)).isEqualTo(s.assessment());
            assertThat(JSON.readValue(JSON.writeValueAsString(s.context()), DecisionContext.class)).isEqualTo(s.context());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  // --- combining the items of one request

  static List<ItemDecision> decideAll(List<Scenario> scenarios) {
    // one request: one context (the first scenario's) for every item
    DecisionContext ctx = scenarios.get(0).context();
    List<ItemDecision> out = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      out.add(ItemDecision.of("i" + i, DECIDER.decide(s.item("i" + i), s.assessment(), ctx)));
    }
    return out;
  }

  /** Checks the decisions of the items of every request drawn (one request date each). */
  static void forEveryRequest(BiConsumer<List<Scenario>, List<ItemDecision>> check) {
    qt().forAll(requests()).checkAssert(scenarios -> check.accept(scenarios, decideAll(scenarios)));
  }

  @Test
  void combining_is_independent_of_item_order() {
    qt().forAll(requests(), longs().all())
        .checkAssert(
            (scenarios, seed) -> {
              List<ItemDecision> items = decideAll(scenarios);
              List<ItemDecision> shuffled = new ArrayList<>(items);
              Collections.shuffle(shuffled, new Random(seed));
              RequestDecision a = RequestDecision.combine(items);
              RequestDecision b = RequestDecision.combine(shuffled);
              assertThat(b.getDisposition()).isEqualTo(a.getDisposition());
              assertThat(b.getReportRow()).isEqualTo(a.getReportRow());
              assertThat(b.getGrounds()).isEqualTo(a.getGrounds());
              assertThat(b.isProvisional()).isEqualTo(a.isProvisional());
            });
  }

  @Test
  void partial_when_some_is_released_and_some_not_counted_once() {
    forEveryRequest(
        (scenarios, items) -> {
          RequestDecision r = RequestDecision.combine(items);
          boolean all = items.stream().allMatch(i -> i.getDecision().getDisposition() == Disposition.RELEASE);
          boolean any = items.stream().anyMatch(i -> i.getDecision().getDisposition().releasesSomething());
          if (all) {
            assertThat(r.getReportRow()).isEqualTo(OutcomeGround.RELEASED);
          } else if (any) {
            assertThat(r.getReportRow()).isEqualTo(OutcomeGround.PARTIALLY_RELEASED);
            assertThat(r.getDisposition()).isEqualTo(Disposition.RELEASE_IN_PART);
          } else {
            // the earliest row of table 三 among the items' rows
            OutcomeGround min =
                items.stream().map(i -> i.getDecision().getReportRow()).min(Enum::compareTo).orElseThrow();
            assertThat(r.getReportRow()).isEqualTo(min);
            assertThat(r.getDisposition().releasesSomething()).isFalse();
          }
        });
  }

  @Test
  void adding_a_withheld_item_never_turns_a_refusal_into_a_release() {
    forEveryRequest(
        (scenarios, items) -> {
          RequestDecision before = RequestDecision.combine(items);
          DecisionContext ctx = scenarios.get(0).context();
          List<ItemDecision> more = new ArrayList<>(items);
          more.add(ItemDecision.of("secret", DECIDER.decide(Items.secret("secret"), ctx)));
          RequestDecision after = RequestDecision.combine(more);
          assertThat(after.getDisposition()).isNotEqualTo(Disposition.RELEASE);
          if (!before.getDisposition().releasesSomething()) {
            assertThat(after.getDisposition().releasesSomething()).isFalse();
          }
          if (before.getDisposition().releasesSomething()) {
            // something was released: still released in part
            assertThat(after.getDisposition()).isEqualTo(Disposition.RELEASE_IN_PART);
          }
        });
  }
}
