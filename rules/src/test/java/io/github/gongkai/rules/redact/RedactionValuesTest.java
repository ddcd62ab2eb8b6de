package io.github.gongkai.rules.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.Check;
import io.github.gongkai.rules.scan.FindingType;
import io.github.gongkai.rules.scan.PersonalDataMatch;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The redaction values as values: defaults, overrides, invariants and equality. */
class RedactionValuesTest {

  @Test
  void default_policy_is_the_documented_one_and_builders_start_from_it() {
    RedactionPolicy d = RedactionPolicy.defaults();
    assertThat(d.getRegime()).isEqualTo(Regime.R2019);
    assertThat(d.maskFor(FindingType.RESIDENT_ID).getCode()).isEqualTo("keep-3-4");
    assertThat(d.maskFor(FindingType.NAME).getCode()).isEqualTo("keep-1-0");
    assertThat(d.maskFor(FindingType.EMAIL).getCode()).isEqualTo("full");
    assertThat(d.getCallerMask()).isEqualTo(Mask.full());
    assertThat(d.getTypes())
        .doesNotContain(FindingType.SENSITIVE_KEYWORD, FindingType.SOCIAL_CREDIT_CODE)
        .contains(FindingType.RESIDENT_ID, FindingType.MOBILE, FindingType.NAME);
    assertThat(d.getMinConfidence()).isZero();
    assertThat(RedactionPolicy.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);

    // one override keeps every other default mask
    RedactionPolicy p = RedactionPolicy.builder().mask(FindingType.MOBILE, Mask.full()).build();
    assertThat(p.maskFor(FindingType.MOBILE)).isEqualTo(Mask.full());
    assertThat(p.maskFor(FindingType.RESIDENT_ID).getCode()).isEqualTo("keep-3-4");
    assertThat(p).isNotEqualTo(d);

    RedactionPolicy all = RedactionPolicy.builder().maskAll(Mask.fixed("[删]")).build();
    for (FindingType t : FindingType.values()) {
      assertThat(all.maskFor(t).getCode()).isEqualTo("fixed:[删]");
    }
    assertThat(all.getCallerMask().getCode()).isEqualTo("fixed:[删]");
  }

  @Test
  void policy_refuses_a_confidence_outside_zero_to_one() {
    assertThatThrownBy(() -> RedactionPolicy.builder().minConfidence(1.01).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("minConfidence")
        .hasMessageContaining("must be in [0, 1]");
    assertThatThrownBy(() -> RedactionPolicy.builder().minConfidence(Double.NaN).build())
        .isInstanceOf(InvalidValueException.class);
    assertThat(RedactionPolicy.builder().minConfidence(1).build().getMinConfidence()).isEqualTo(1.0);
  }

  @Test
  void masks_are_equal_by_code_and_keep_their_counts() {
    assertThat(Mask.keep(3, 4)).isEqualTo(Mask.parse("keep-3-4")).hasSameHashCodeAs(Mask.parse("keep-3-4"));
    assertThat(Mask.keep(3, 4)).isNotEqualTo(Mask.keep(4, 3));
    assertThat(Mask.keep(3, 4).getKeepFirst()).isEqualTo(3);
    assertThat(Mask.keep(3, 4).getKeepLast()).isEqualTo(4);
    assertThat(Mask.fixed("某").getReplacement()).isEqualTo("某");
    assertThat(Mask.fixed("")).isNotEqualTo(Mask.full());
    assertThat(Mask.full().toString()).isEqualTo("Mask{full}");
    assertThatThrownBy(() -> Mask.keep(9, 0)).hasMessageContaining("first").hasMessageContaining("0..8");
    assertThatThrownBy(() -> Mask.keep(0, -1)).hasMessageContaining("last").hasMessageContaining("0..8");
  }

  @Test
  void spans_check_their_range_and_ground_and_default_to_an_empty_note() {
    RedactionSpan s =
        RedactionSpan.builder().start(2).end(5).ground(OutcomeGround.WITHHELD_STATE_SECRET).build();
    assertThat(s.getNote()).isEmpty();
    assertThat(s.getType()).isNull();
    assertThat(s).isEqualTo(RedactionSpan.of(2, 5, OutcomeGround.WITHHELD_STATE_SECRET, null, null, ""));
    assertThatThrownBy(
            () -> RedactionSpan.builder().start(5).end(5).ground(OutcomeGround.WITHHELD_STATE_SECRET).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("0 <= start < end");
    assertThatThrownBy(() -> RedactionSpan.builder().start(0).end(1).ground(OutcomeGround.RELEASED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("withholding ground");
  }

  @Test
  void a_match_becomes_a_third_party_span_and_masks_its_text() {
    PersonalDataMatch m =
        PersonalDataMatch.of(FindingType.MOBILE, 3, 14, 0.9, EnumSet.of(Check.FORMAT), null, "13812345678");
    RedactionSpan s = RedactionSpan.of(m);
    assertThat(s.getStart()).isEqualTo(3);
    assertThat(s.getEnd()).isEqualTo(14);
    assertThat(s.getType()).isEqualTo(FindingType.MOBILE);
    assertThat(s.getGround()).isEqualTo(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
    assertThat(m.toString()).doesNotContain("13812345678").startsWith("PersonalDataMatch{mobile [3, 14)");
    assertThatThrownBy(() -> m.getChecks().add(Check.LABEL)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void log_entries_need_a_ground_and_name_the_first_one() {
    RedactionLogEntry.Builder b =
        RedactionLogEntry.builder()
            .start(0)
            .end(4)
            .redactedStart(0)
            .redactedEnd(4)
            .regime(Regime.R2019)
            .mask(Mask.full());
    assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("grounds");
    RedactionLogEntry e =
        b.addGrounds(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, OutcomeGround.WITHHELD_STATE_SECRET).build();
    // catalogue order, whatever the order given
    assertThat(e.getGround()).isEqualTo(OutcomeGround.WITHHELD_STATE_SECRET);
    assertThat(e.getType()).isNull();
  }
}
