package io.github.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.ReportJson;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.TestCodecs;
import io.github.gongkai.report.check.Finding;
import io.github.gongkai.report.check.ReportChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three real published reports of {@code real/} (sources in its README): reading the raw page or
 * text gives exactly the tables of the transcribed report JSON, cell by cell, and checking the
 * result gives exactly the findings that checking the transcription gives.
 */
class RealReportsTest {
  static String resource(String path) throws IOException {
    try (InputStream in = RealReportsTest.class.getResourceAsStream("real/" + path)) {
      return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ReadResult read(String folder, String file) throws IOException {
    String content = resource(folder + "/" + file);
    return ReportReader.standard().read(content, SourceFormat.detect(file, content));
  }

  static AnnualReport expected(String folder) throws IOException {
    return ReportJson.read(resource(folder + "/report.json"), TestCodecs.JACKSON2);
  }

  @ParameterizedTest
  @CsvSource({
    "pingtan-2024, page.html, 平潭综合实验区, 2024",
    "pingtan-gaj-2022, page.txt, 平潭综合实验区公安局, 2022",
    "pingtan-jtj-2024, page.txt, 平潭综合实验区交通与建设局, 2024"
  })
  void every_cell_of_tables_2_3_and_4_is_the_transcribed_one(String folder, String file, String agency, int year)
      throws IOException {
    ReadResult result = read(folder, file);
    AnnualReport want = expected(folder);
    AnnualReport got = result.getReport();
    assertThat(got.getFormat()).isEqualTo(want.getFormat());
    assertThat(got.getYear()).isEqualTo(year);
    assertThat(got.getAgency()).isEqualTo(agency);
    Map<String, Object> gotDoc = got.toDocument();
    Map<String, Object> wantDoc = want.toDocument();
    for (ReportTable t : ReportTable.values()) {
      assertThat(gotDoc.get(t.getCode())).as(folder + " " + t.getCode()).isEqualTo(wantDoc.get(t.getCode()));
    }
  }

  @ParameterizedTest
  @CsvSource({"pingtan-2024, page.html", "pingtan-gaj-2022, page.txt", "pingtan-jtj-2024, page.txt"})
  void checking_the_reading_gives_the_findings_of_the_transcription(String folder, String file) throws IOException {
    List<Finding> got = ReportChecker.standard().check(read(folder, file).getReport()).getFindings();
    List<Finding> want = ReportChecker.standard().check(expected(folder)).getFindings();
    assertThat(got).isEqualTo(want);
  }
}
