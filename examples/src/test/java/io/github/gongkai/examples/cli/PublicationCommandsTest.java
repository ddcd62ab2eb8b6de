package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai publication-due} and {@code gongkai agenda}. */
class PublicationCommandsTest {
  private static final String SAMPLE = "src/main/resources/samples/agenda-2024.jsonl";
  private final CapturedCli cli = new CapturedCli();
  private final InputStream stdin = System.in;
  @TempDir Path dir;

  @AfterEach
  void restore() {
    System.setIn(stdin);
  }

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(cli.out.toString());
  }

  private static List<String> ids(JsonNode entries) {
    List<String> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.get("id").asText()));
    return out;
  }

  @Test
  void publication_due_of_a_proactive_item_formed_before_national_day_2024() throws Exception {
    // Fri 2024-09-27 + 20 working days, Sun 09-29 and Sat 10-12 worked, 10-01..10-07 off: Wed 10-30
    assertThat(cli.run("publication-due", "--from", "2024-09-27", "--kind", "proactive")).isZero();
    JsonNode j = json();
    assertThat(j.get("kind").asText()).isEqualTo("proactive");
    assertThat(j.get("from").asText()).isEqualTo("2024-09-27");
    assertThat(j.get("dueDate").asText()).isEqualTo("2024-10-30");
    assertThat(j.get("calendarVersion").asText()).startsWith("cn-national");
    assertThat(j.get("trace").findValuesAsText("citation")).containsExactly("《中华人民共和国政府信息公开条例》第二十六条");
  }

  @Test
  void publication_due_with_a_stricter_local_limit_names_the_policy() throws Exception {
    // 15 working days from Fri 2024-09-27: Wed 10-23
    assertThat(cli.run("publication-due", "--from", "2024-09-27", "--kind", "proactive", "--limit", "15")).isZero();
    JsonNode j = json();
    assertThat(j.get("dueDate").asText()).isEqualTo("2024-10-23");
    assertThat(j.get("trace").findValuesAsText("rule")).containsExactly("proactive-publication", "publication-limit");
    assertThat(j.get("trace").get(1).get("policy").asText()).isEqualTo("proactiveWorkingDays=15");
  }

  @Test
  void publication_due_of_decisions_and_withdrawals_over_spring_festival_2025() throws Exception {
    // licence decided Fri 2025-01-24: Sun 01-26 (1), 01-27 (2), 02-05..02-07 (5), Sat 02-08 (6), Mon 02-10 (7)
    assertThat(cli.run("publication-due", "--from", "2025-01-24", "--kind", "licence")).isZero();
    JsonNode licence = json();
    assertThat(licence.get("dueDate").asText()).isEqualTo("2025-02-10");
    assertThat(licence.get("trace").get(0).get("legalBasis").get("interpretation").asBoolean()).isTrue();
    assertThat(licence.get("trace").get(0).get("citation").asText()).contains("国办发〔2015〕51号");
    cli.out.getBuffer().setLength(0);
    // penalty on the market-regulation route: 20 working days -> Thu 02-27
    assertThat(cli.run("publication-due", "--from", "2025-01-24", "--kind", "penalty", "--route", "market-regulation")).isZero();
    JsonNode penalty = json();
    assertThat(penalty.get("dueDate").asText()).isEqualTo("2025-02-27");
    assertThat(penalty.get("route").asText()).isEqualTo("market-regulation");
    cli.out.getBuffer().setLength(0);
    // revoked Mon 2025-01-27: 3 working days -> Fri 02-07; the days are working days by 行政处罚法 Art.85
    assertThat(cli.run("publication-due", "--from", "2025-01-27", "--kind", "withdrawal")).isZero();
    JsonNode withdrawal = json();
    assertThat(withdrawal.get("dueDate").asText()).isEqualTo("2025-02-07");
    assertThat(withdrawal.get("trace").findValuesAsText("citation"))
        .containsExactly("《中华人民共和国行政处罚法》第八十五条", "《中华人民共和国行政处罚法》第四十八条");
  }

  @Test
  void publication_due_with_an_agency_limit_for_licences() throws Exception {
    // the 7 working days of 国办发〔2015〕51号 are policy; an agency's 5: from Fri 2025-01-24,
    // Sun 01-26 (1), 01-27 (2), 02-05 (3), 02-06 (4), 02-07 (5)
    assertThat(cli.run("publication-due", "--from", "2025-01-24", "--kind", "licence", "--limit", "5")).isZero();
    JsonNode j = json();
    assertThat(j.get("dueDate").asText()).isEqualTo("2025-02-07");
    assertThat(j.get("trace").get(0).get("policy").asText()).isEqualTo("licenceWorkingDays=5");
  }

  @Test
  void publication_due_refuses_bad_input_with_exit_code_2() {
    assertThat(cli.run("publication-due", "--from", "2024-02-30", "--kind", "proactive")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--from");
    assertThat(cli.run("publication-due", "--from", "2024-09-27", "--kind", "coercion")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("coercion");
    assertThat(cli.run("publication-due", "--from", "2024-09-27", "--kind", "withdrawal", "--limit", "5")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("1 to 3");
    assertThat(cli.run("publication-due", "--from", "2024-09-27", "--kind", "proactive", "--limit", "21")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("proactiveWorkingDays");
    assertThat(cli.run("publication-due", "--from", "2021-08-31", "--kind", "penalty", "--route", "market-regulation")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("2021-09-01");
    assertThat(cli.run("publication-due", "--kind", "proactive")).isEqualTo(2);
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void agenda_of_the_sample_with_nothing_overdue_exits_0() throws Exception {
    // As of Mon 2024-10-28, 5 working days (to Mon 11-04), the quarantine class excluded:
    //  - item 00052 formed 09-27, due 10-30, awaiting approval: due soon
    //  - licence 118号 decided Tue 10-22, 7 working days: 10-23..10-25, 10-28..10-31 -> due Thu 10-31: due soon
    //  - request 0311 received Mon 09-30: 10-08..10-11 (4), Sat 10-12 (5), 10-14..10-25 (15), 10-28..11-01 (20) -> due Fri 11-01
    //  - item 00049 and penalty 31号 were published in time, request 0302 answered, item 00057 due 11-18
    assertThat(cli.run("agenda", "--input", SAMPLE, "--as-of", "2024-10-28", "--exclude-category", "检验检疫类")).isZero();
    JsonNode j = json();
    assertThat(j.get("windowEnd").asText()).isEqualTo("2024-11-04");
    assertThat(j.get("overdue")).isEmpty();
    assertThat(ids(j.get("dueSoon"))).containsExactly("11350100M-2024-00052", "江自然资许〔2024〕118号", "JH-2024-0311");
    assertThat(j.get("dueSoon").get(2).get("duty").asText()).isEqualTo("reply");
    assertThat(j.get("dueSoon").get(2).get("dueDate").asText()).isEqualTo("2024-11-01");
    assertThat(j.get("dueSoon").get(1).get("workingDaysLeft").asInt()).isEqualTo(3);
  }

  @Test
  void agenda_with_something_overdue_exits_1_with_days_late() throws Exception {
    // As of Tue 2024-11-05 without the exclusion: the quarantine licence decided Tue 10-08
    // (10-09..10-11, Sat 10-12, 10-14..10-16 -> due Wed 10-16) is 20 calendar and 14 working days late.
    assertThat(cli.run("agenda", "--input", SAMPLE, "--as-of", "2024-11-05", "--within", "0")).isEqualTo(1);
    JsonNode j = json();
    assertThat(ids(j.get("overdue")))
        .containsExactly("江自然资许〔2024〕109号", "11350100M-2024-00052", "江自然资许〔2024〕118号", "JH-2024-0311");
    JsonNode first = j.get("overdue").get(0);
    assertThat(first.get("dueDate").asText()).isEqualTo("2024-10-16");
    assertThat(first.get("daysLate").asInt()).isEqualTo(20);
    // working days after 10-16 up to 11-05: 10-17, 10-18, 10-21..10-25, 10-28..11-01, 11-04, 11-05
    assertThat(first.get("workingDaysLate").asInt()).isEqualTo(14);
    assertThat(j.get("overdueCount").asInt()).isEqualTo(4);
  }

  @Test
  void agenda_masks_a_natural_persons_name() throws Exception {
    Path in = dir.resolve("one.jsonl");
    Files.writeString(in,
        "{\"decision\":{\"decisionNumber\":\"某罚〔2024〕1号\",\"kind\":\"penalty\",\"party\":{\"type\":\"natural-person\","
            + "\"name\":\"陈建国\",\"identifier\":\"110101199003071234\"},\"decidedOn\":\"2024-10-16\",\"legalBasis\":\"某法\"}}\n");
    assertThat(cli.run("agenda", "--input", in.toString(), "--as-of", "2024-10-28")).isEqualTo(1);
    assertThat(cli.out.toString()).contains("\"party\" : \"陈**\"").doesNotContain("建国").doesNotContain("19900307");
  }

  @Test
  void agenda_names_the_first_bad_line_and_exits_2() throws Exception {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in,
        Files.readString(Path.of(SAMPLE)).lines().findFirst().orElseThrow() + "\n"
            + "{\"item\":{\"id\":\"X\",\"title\":\"t\",\"formedOn\":\"2024-10-01\",\"evnts\":[]}}\n");
    assertThat(cli.run("agenda", "--input", in.toString(), "--as-of", "2024-10-28")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("line 2").contains("evnts");
    assertThat(cli.out.toString()).isEmpty();
    Files.writeString(in, "{\"item\":{\"id\":\"X\",\"title\":\"t\",\"formedOn\":\"2024-10-01\"},"
        + "\"request\":null}\n{}\n");
    assertThat(cli.run("agenda", "--input", in.toString(), "--as-of", "2024-10-28")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("line 2").contains("exactly one");
    assertThat(cli.run("agenda", "--input", in.toString(), "--as-of", "yesterday")).isEqualTo(2);
  }

  @Test
  void agenda_reads_standard_input() throws Exception {
    String line = Files.readString(Path.of(SAMPLE)).lines().findFirst().orElseThrow();
    assertThat(cli.runWithInput(line + "\n", "agenda", "--input", "-", "--as-of", "2024-10-28", "--within", "2")).isZero();
    assertThat(ids(json().get("dueSoon"))).containsExactly("11350100M-2024-00052");
  }
}
