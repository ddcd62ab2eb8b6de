package io.github.gongkai.rules.decision;

import static io.github.gongkai.rules.decision.Items.internal;
import static io.github.gongkai.rules.decision.Items.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.json.SchemaVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code decide} document as a value: exactly one of {@code item} and {@code items}, the
 * assessment per item when there are several, the 2019 context when none is given, and the
 * policy's decider.
 */
class DecisionInputTest {

  @Test
  void one_item_without_assessment_context_or_policy_takes_the_documented_defaults() {
    DecisionInput in = DecisionInput.builder().item(plain("A-1")).build();
    assertThat(in.getSchemaVersion()).isEqualTo(SchemaVersion.CURRENT).isPositive();
    assertThat(in.effectiveContext().getRegime()).isEqualTo(Regime.R2019);
    assertThat(in.assessedItems())
        .singleElement()
        .satisfies(a -> {
          assertThat(a.getItem().getId()).isEqualTo("A-1");
          assertThat(a.getAssessment()).isEqualTo(ItemAssessment.none());
        });
  }

  @Test
  void a_given_context_and_assessment_are_used_as_given() {
    ItemAssessment separable = ItemAssessment.builder().separable(true).build();
    DecisionContext c2008 = DecisionContext.of(Regime.R2008);
    DecisionInput in =
        DecisionInput.builder().item(plain("A-1")).assessment(separable).context(c2008).build();
    assertThat(in.effectiveContext()).isSameAs(c2008);
    assertThat(in.assessedItems()).singleElement().satisfies(a -> assertThat(a.getAssessment()).isEqualTo(separable));
  }

  @Test
  void several_items_are_decided_in_their_order_with_their_own_assessments() {
    AssessedItem first = AssessedItem.of(plain("A-1"));
    AssessedItem second =
        AssessedItem.of(internal("A-2", InternalAffairsKind.PERSONNEL),
            ItemAssessment.builder().discretionaryChoice(DiscretionaryChoice.DISCLOSE).build());
    DecisionInput in = DecisionInput.builder().addItems(first, second).build();
    assertThat(in.assessedItems()).containsExactly(first, second);
  }

  @Test
  void exactly_one_of_item_and_items_is_required() {
    assertThatThrownBy(() -> DecisionInput.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("exactly one of item and items");
    assertThatThrownBy(
            () -> DecisionInput.builder().item(plain("A-1")).addItems(AssessedItem.of(plain("A-2"))).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("exactly one of item and items");
  }

  @Test
  void an_assessment_beside_several_items_is_refused_it_belongs_inside_each_item() {
    assertThatThrownBy(
            () ->
                DecisionInput.builder()
                    .addItems(AssessedItem.of(plain("A-1")))
                    .assessment(ItemAssessment.none())
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be given per item inside items");
    // one item with its assessment beside it is the one-item form and is accepted
    assertThat(DecisionInput.builder().item(plain("A-1")).assessment(ItemAssessment.none()).build().getItem())
        .isNotNull();
  }

  @Test
  void a_newer_schema_version_is_refused() {
    assertThatThrownBy(
            () -> DecisionInput.builder().schemaVersion(SchemaVersion.CURRENT + 1).item(plain("A-1")).build())
        .isInstanceOf(GongkaiException.class)
        .hasMessageContaining("newer");
  }

  @Test
  void the_decider_follows_the_policy_of_the_document() {
    // 2019 Art.16 para.1: internal-affairs information "may" be withheld; the policy sets the default choice
    DecisionInput withoutPolicy = DecisionInput.builder().item(internal("A-1", InternalAffairsKind.LOGISTICS)).build();
    DecisionInput disclosing =
        DecisionInput.builder()
            .from(withoutPolicy)
            .policy(DecisionPolicy.builder().defaultDiscretionaryChoice(DiscretionaryChoice.DISCLOSE).build())
            .build();
    DecisionContext c = DecisionContext.of(Regime.R2019);
    assertThat(withoutPolicy.decider().decide(internal("A-1", InternalAffairsKind.LOGISTICS), c).getDisposition())
        .isEqualTo(Disposition.WITHHOLD);
    assertThat(disclosing.decider().decide(internal("A-1", InternalAffairsKind.LOGISTICS), c).getDisposition())
        .isEqualTo(Disposition.RELEASE);
  }

  @Test
  void the_list_of_one_assessed_item_is_a_fresh_list_each_time() {
    DecisionInput in = DecisionInput.builder().item(plain("A-1")).build();
    List<AssessedItem> a = in.assessedItems();
    assertThat(in.assessedItems()).isEqualTo(a).isNotSameAs(a);
  }
}
