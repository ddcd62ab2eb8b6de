package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DeadlineCommandTest {
  private final CapturedCli cli = new CapturedCli();

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(cli.out.toString());
  }

  @Test
  void prints_the_published_2017_example_as_json() throws Exception {
    assertThat(cli.run("deadline", "--received", "2017-06-18", "--channel", "email")).isZero();
    JsonNode j = json();
    assertThat(j.get("regime").asText()).isEqualTo("2008");
    assertThat(j.get("channel").asText()).isEqualTo("email");
    assertThat(j.get("receiptRule").get("confirmationNeeded").asBoolean()).isFalse(); // 207号: e-mail dated on arrival
    assertThat(j.get("receiptRule").get("citation").asText()).contains("207号");
    assertThat(j.get("receiptDate").asText()).isEqualTo("2017-06-18");
    assertThat(j.get("effectiveReceiptDate").asText()).isEqualTo("2017-06-19");
    assertThat(j.get("dueDate").asText()).isEqualTo("2017-07-10");
    assertThat(j.get("extendedDueDate").asText()).isNotEmpty();
    assertThat(j.get("calendarVersion").asText()).startsWith("cn-national");
    assertThat(j.get("trace").isArray()).isTrue();
    assertThat(j.get("trace").findValuesAsText("rule")).contains("receipt", "rest-day-receipt", "reply-period");
    assertThat(j.get("trace").findValuesAsText("citation")).contains("《中华人民共和国政府信息公开条例》第二十四条");
  }

  @Test
  void applies_extension_pauses_and_correction() throws Exception {
    assertThat(
            cli.run(
                "deadline",
                "--received", "2025-11-03",
                "--regime", "2019",
                "--extended",
                "--pause", "2025-11-05..2025-11-11",
                "--pause", "other-agency:2025-11-10..2025-11-14"))
        .isZero();
    JsonNode j = json();
    assertThat(j.get("dueDate").asText()).isEqualTo("2025-12-11");
    assertThat(j.get("extensionGranted").asBoolean()).isTrue();
    assertThat(j.get("effectiveDueDate").asText()).isEqualTo(j.get("extendedDueDate").asText());
    assertThat(j.get("excludedPeriods")).hasSize(1);

    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--corrected", "2025-11-10")).isZero();
    assertThat(json().get("dueDate").asText()).isEqualTo("2025-12-08");
  }

  @Test
  void derives_consultation_pauses_and_the_correction_check_from_event_dates() throws Exception {
    // received Mon 2025-11-03; third party asked 2025-11-05, replied 2025-11-11: by default the
    // days from the day after sending to the reply day (11-06, 11-07, 11-10, 11-11) are not counted,
    // so the 20th working day moves from 2025-12-01 to 2025-12-05
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--consultation", "2025-11-05..2025-11-11")).isZero();
    JsonNode j = json();
    assertThat(j.get("dueDate").asText()).isEqualTo("2025-12-05");
    assertThat(j.get("excludedPeriods")).hasSize(1);
    assertThat(j.get("excludedPeriods").get(0).get("start").asText()).isEqualTo("2025-11-06");
    assertThat(j.get("excludedPeriods").get(0).get("end").asText()).isEqualTo("2025-11-11");

    // the same dates as a hand-computed pause still work and agree
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--pause", "2025-11-06..2025-11-11")).isZero();
    assertThat(json().get("dueDate").asText()).isEqualTo("2025-12-05");

    // an unanswered 2019 consultation runs to the 15-working-day reply window (Art.32)
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--consultation", "other-agency:2025-11-03")).isZero();
    JsonNode open = json();
    assertThat(open.get("excludedPeriods").get(0).get("kind").asText()).isEqualTo("other-agency");
    assertThat(open.get("excludedPeriods").get(0).get("end").asText()).isEqualTo("2025-11-24");

    // correction notice on day 8 is late (7 working days, Art.30); the corrected request restarts the clock
    cli.out.getBuffer().setLength(0);
    assertThat(
            cli.run(
                "deadline",
                "--received", "2025-11-03",
                "--correction-notice", "2025-11-13",
                "--corrected", "2025-11-17"))
        .isZero();
    JsonNode c = json();
    assertThat(c.get("correctionNoticeDue").asText()).isEqualTo("2025-11-12");
    assertThat(c.get("correctionNoticeDate").asText()).isEqualTo("2025-11-13");
    assertThat(c.get("trace").findValuesAsText("note")).anyMatch(t -> t.contains("late"));
    assertThat(c.get("dueDate").asText()).isEqualTo("2025-12-15");

    cli.err.getBuffer().setLength(0);
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--consultation", "fee-notice:2025-11-05")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--consultation");
    cli.err.getBuffer().setLength(0);
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--consultation", "2025-11-05..2025-11-04")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("2025-11-05");
  }

  @Test
  void exits_2_with_a_clear_message_outside_the_calendar() {
    assertThat(cli.run("deadline", "--received", "2031-01-05")).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("gongkai: ").contains("2031-01-05").contains("covers");
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void exits_2_for_malformed_input() {
    assertThat(cli.run("deadline", "--received", "yesterday")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--received").contains("yyyy-mm-dd");
    cli.err.getBuffer().setLength(0);
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--pause", "2025-11-05")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("FROM..TO");
    cli.err.getBuffer().setLength(0);
    assertThat(cli.run("deadline", "--received", "2025-11-03", "--channel", "pigeon")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("channel").contains("pigeon");
  }
}
