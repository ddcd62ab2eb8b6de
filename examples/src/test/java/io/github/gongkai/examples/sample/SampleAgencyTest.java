package io.github.gongkai.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.Withdrawn;
import io.github.gongkai.jackson2.GongkaiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleAgencyTest {

  @Test
  void bundled_file_is_exactly_what_the_generator_writes() throws IOException {
    StringWriter expected = new StringWriter();
    SampleAgency.writeJsonLines(SampleAgency.generate(), expected);
    try (InputStream in = SampleAgency.class.getResourceAsStream(SampleAgency.RESOURCE)) {
      assertThat(in).as("bundled sample").isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
  }

  @Test
  void bundled_cases_are_exactly_what_the_generator_writes() throws IOException {
    StringWriter expected = new StringWriter();
    SampleAgency.writeJsonLines(SampleAgency.cases(SampleAgency.generate()), expected);
    try (InputStream in = SampleAgency.class.getResourceAsStream(SampleAgency.CASES_RESOURCE)) {
      assertThat(in).as("bundled cases").isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
  }

  @Test
  void sample_reads_back_and_covers_every_row_column_and_channel() throws IOException {
    List<InformationRequest> requests;
    try (InputStream in = SampleAgency.class.getResourceAsStream(SampleAgency.RESOURCE)) {
      requests = JsonLinesReader.of(GongkaiJson.codec(), InformationRequest.class).readAll(in);
    }
    assertThat(requests).hasSizeGreaterThanOrEqualTo(200).isEqualTo(SampleAgency.generate());

    Set<OutcomeGround> rows = EnumSet.noneOf(OutcomeGround.class);
    Set<ApplicantType> columns = EnumSet.noneOf(ApplicantType.class);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    boolean withdrawn = false;
    for (InformationRequest r : requests) {
      columns.add(r.getApplicant().getType());
      channels.add(r.getChannel());
      for (RequestEvent e : r.getEvents()) {
        if (e instanceof Answered) {
          rows.add(((Answered) e).getOutcome());
        } else if (e instanceof DeemedAbandoned) {
          rows.add(((DeemedAbandoned) e).getGround());
        } else if (e instanceof Withdrawn) {
          withdrawn = true;
        }
      }
    }
    assertThat(rows).containsExactlyInAnyOrder(OutcomeGround.values());
    assertThat(columns).containsExactlyInAnyOrder(ApplicantType.values());
    assertThat(channels).containsExactlyInAnyOrder(Channel.values());
    assertThat(withdrawn).isTrue();
  }

  @Test
  void sample_crosses_both_year_boundaries() {
    List<InformationRequest> requests = SampleAgency.generate();
    LocalDate start = LocalDate.of(SampleAgency.YEAR, 1, 1);
    LocalDate end = LocalDate.of(SampleAgency.YEAR, 12, 31);
    long carriedIn =
        requests.stream()
            .filter(r -> r.getSubmittedOn().isBefore(start))
            .filter(r -> !lastDate(r).isBefore(start))
            .count();
    long carriedOut =
        requests.stream()
            .filter(r -> !r.getSubmittedOn().isAfter(end))
            .filter(r -> lastDate(r).isAfter(end) || r.getEvents().size() == 1)
            .count();
    assertThat(carriedIn).isPositive();
    assertThat(carriedOut).isPositive();
  }

  private static LocalDate lastDate(InformationRequest r) {
    return r.getEvents().get(r.getEvents().size() - 1).getDate();
  }
}
