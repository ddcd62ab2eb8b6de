package io.github.gongkai.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format characters far behind a finding, across reads, and more of them than the map first holds. */
class FormatFilterEdgesTest {
  private static final PersonalDataScanner SCANNER =
      PersonalDataScanner.builder().referenceDate(LocalDate.of(2026, 1, 1)).build();
  private static final String ZWSP = "\u200b";

  static List<PersonalDataMatch> streamed(String text, int chunk) throws IOException {
    List<PersonalDataMatch> out = new ArrayList<>();
    SCANNER.scan(ChunkedReader.fixed(text, chunk), out::add);
    return out;
  }

  @Test
  void aFormatCharacterFarBehindStillShiftsTheOffsets() throws IOException {
    // the dropped character is older than the position map's horizon: only its count is kept
    String text = ZWSP + "，".repeat((int) FormatFilter.HORIZON + 5000) + "电话13812345678。";
    long start = text.indexOf("138");
    for (List<PersonalDataMatch> found : List.of(SCANNER.scan(text), streamed(text, 4096))) {
      assertThat(found).hasSize(1);
      assertThat(found.get(0).getStart()).isEqualTo(start);
      assertThat(found.get(0).getEnd()).isEqualTo(start + 11);
      assertThat(found.get(0).getText()).isEqualTo("13812345678");
    }
  }

  @Test
  void aRunOfFormatCharactersSplitAcrossReadsCountsAsOneRun() throws IOException {
    String tooMany = "138" + ZWSP.repeat(FormatFilter.MAX_HIDDEN + 1) + "12345678";
    String allowed = "138" + ZWSP.repeat(FormatFilter.MAX_HIDDEN) + "12345678";
    for (int chunk = 1; chunk <= 6; chunk++) {
      assertThat(streamed(tooMany, chunk)).as("chunk %d", chunk).isEmpty();
      assertThat(streamed(allowed, chunk)).as("chunk %d", chunk)
          .extracting(PersonalDataMatch::getText).containsExactly(allowed);
    }
  }

  @Test
  void aFindingKeepsItsFormatCharactersWhenTheMapGrows() {
    String mobile = "138" + ZWSP + "12345678";
    String text = "电话" + mobile + "，" + ("a" + ZWSP).repeat(100) + "，电话139" + ZWSP + "12345678。";
    List<PersonalDataMatch> found = SCANNER.scan(text);
    assertThat(found).extracting(PersonalDataMatch::getText).containsExactly(mobile, "139" + ZWSP + "12345678");
    for (PersonalDataMatch m : found) {
      assertThat(text.substring((int) m.getStart(), (int) m.getEnd())).isEqualTo(m.getText());
    }
  }

  @Test
  void theMapHoldsTheDroppedCharactersUntilTheyFallBehind() throws IOException {
    FormatFilter filter = new FormatFilter(ScanRun.source("a" + ZWSP + "b" + ZWSP + ZWSP + "c"));
    char[] b = new char[16];
    int n = filter.read(b, 0, b.length);
    assertThat(new String(b, 0, n)).isEqualTo("abc");
    assertThat(filter.mapSize()).isEqualTo(3);
    assertThat(filter.identity()).isFalse();
    assertThat(filter.start(1)).isEqualTo(2);
    assertThat(filter.end(2)).isEqualTo(3);
    assertThat(filter.toString()).isEqualTo("FormatFilter{kept=3, dropped=3, map=3}");
  }
}
