package io.github.gongkai.rules.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.FindingType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary of a streamed redaction: counts that cannot be negative, kept as a copy, in zh and en. */
class RedactionSummaryTest {

  private static RedactionSummary.Builder summary() {
    return RedactionSummary.builder().regime(Regime.R2019).entryCount(0).charsRead(0).charsWritten(0);
  }

  @Test
  void zero_counts_are_valid_and_mean_nothing_was_redacted() {
    RedactionSummary s = summary().build();
    assertThat(s.isRedacted()).isFalse();
    assertThat(s.getSummary(Locale.CHINA)).isEmpty();
    assertThat(summary().entryCount(1).build().isRedacted()).isTrue();
  }

  @Test
  void negative_counts_are_refused() {
    assertThatThrownBy(() -> summary().entryCount(-1).build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> summary().charsRead(-1).build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> summary().charsWritten(-1).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void the_counts_are_a_copy_that_cannot_be_changed() {
    Map<Optional<FindingType>, Integer> byType = new LinkedHashMap<>();
    byType.put(Optional.of(FindingType.MOBILE), 2);
    Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts = new EnumMap<>(OutcomeGround.class);
    counts.put(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, byType);
    RedactionSummary s = summary().entryCount(2).counts(counts).build();
    byType.put(Optional.of(FindingType.MOBILE), 5);
    Map<Optional<FindingType>, Integer> kept = s.getCounts().get(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS);
    assertThat(kept).containsEntry(Optional.of(FindingType.MOBILE), 2);
    assertThatThrownBy(() -> kept.put(Optional.empty(), 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void content_of_no_finding_type_is_named_other_content_in_both_languages() {
    Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts = new EnumMap<>(OutcomeGround.class);
    counts.put(OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS, Map.of(Optional.empty(), 3));
    RedactionSummary s = summary().entryCount(3).counts(counts).build();
    assertThat(s.getSummary(Locale.CHINA)).contains("其他内容3处").contains("区分处理");
    assertThat(s.getSummary(Locale.ENGLISH)).contains("other content ×3").startsWith("Withheld in part");
  }
}
