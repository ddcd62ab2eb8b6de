package io.github.gongkai.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the deadline tests share: the official calendar, dates written {@code yyyy-MM-dd}, inputs
 * with corrections, pauses or an extension, engines with one policy setting changed, and the
 * steps of a trace.
 */
final class DeadlineFixtures {
  /** The official calendar. */
  static final WorkingCalendar CAL = ChinaCalendars.official();

  private DeadlineFixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** An engine on the official calendar whose policy is the default changed by {@code change}. */
  static DeadlineEngine engineWith(Consumer<DeadlinePolicy.Builder> change) {
    DeadlinePolicy.Builder policy = DeadlinePolicy.builder();
    change.accept(policy);
    return DeadlineEngine.of(CAL, policy.build());
  }

  static Pause pause(PauseKind kind, String from, String to) {
    return Pause.of(kind, d(from), d(to));
  }

  /** A request received on {@code receipt} whose clock the pauses stop. */
  static DeadlineInput withPauses(String receipt, Pause... pauses) {
    return DeadlineInput.builder().receiptDate(d(receipt)).addPauses(pauses).build();
  }

  /** A request received, told to correct itself and received again corrected. */
  static DeadlineInput corrected(String receipt, String correctionNotice, String correctedReceipt) {
    return DeadlineInput.builder()
        .receiptDate(d(receipt))
        .correctionNoticeDate(d(correctionNotice))
        .correctedReceiptDate(d(correctedReceipt))
        .build();
  }

  /** A request received on {@code receipt} whose reply period was extended on {@code approvedOn}. */
  static DeadlineInput extended(String receipt, int workingDays, String approvedOn) {
    return DeadlineInput.builder()
        .receiptDate(d(receipt))
        .extensionWorkingDays(workingDays)
        .extensionApprovedOn(d(approvedOn))
        .build();
  }

  /** The one step of the trace under {@code rule}; fails unless there is exactly one. */
  static DeadlineStep only(DeadlineResult r, DeadlineRule rule) {
    List<DeadlineStep> steps = r.getTrace().stream().filter(s -> s.getRule() == rule).toList();
    assertThat(steps).as(rule.toString()).hasSize(1);
    return steps.get(0);
  }

  static long count(DeadlineResult r, DeadlineRule rule) {
    return r.getTrace().stream().filter(s -> s.getRule() == rule).count();
  }
}
