package io.github.gongkai.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Format characters (Unicode Cf) inside an identifier do not hide it. */
class FormatCharactersTest {
  private static final PersonalDataScanner SCANNER =
      PersonalDataScanner.builder().referenceDate(LocalDate.of(2026, 1, 1)).build();

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200b\u200d"})
  void an_identifier_with_format_characters_inside_is_found_with_its_whole_span(String f) throws IOException {
    String mobile = "138" + f + "1234 5678";
    String id = "1101" + f + "05194912310 02X".replace(" ", f);
    String text = "电话" + mobile + "，身份证" + id + "。";
    for (List<PersonalDataMatch> found : List.of(SCANNER.scan(text), streamed(text))) {
      assertThat(found).extracting(x -> x.getType()).contains(FindingType.MOBILE, FindingType.RESIDENT_ID);
      PersonalDataMatch m = found.stream().filter(x -> x.getType() == FindingType.MOBILE).findFirst().orElseThrow();
      assertThat(m.getStart()).isEqualTo(text.indexOf(mobile));
      assertThat(m.getText()).isEqualTo(mobile);
      PersonalDataMatch r = found.stream().filter(x -> x.getType() == FindingType.RESIDENT_ID).findFirst().orElseThrow();
      assertThat(r.getStart()).isEqualTo(text.indexOf(id));
      assertThat(r.getEnd()).isEqualTo(text.indexOf(id) + id.length());
      assertThat(r.getText()).isEqualTo(id);
    }
  }

  @Test
  void format_characters_outside_a_finding_stay_outside_and_offsets_after_them_are_right() {
    String text = "\ufeff\u200b电话\u200b13812345678\u200b，又\u200b\u200b13912345678";
    List<PersonalDataMatch> found = SCANNER.scan(text);
    assertThat(found).extracting(PersonalDataMatch::getText).containsExactly("13812345678", "13912345678");
    for (PersonalDataMatch x : found) {
      assertThat(text.substring((int) x.getStart(), (int) x.getEnd())).isEqualTo(x.getText());
    }
  }

  @Test
  void format_characters_are_ignored_as_in_the_displayed_text() {
    // displayed as Tel13812345678: not a number on its own, with or without the zero-width space
    assertThat(SCANNER.scan("Tel\u200b13812345678")).isEqualTo(SCANNER.scan("Tel13812345678")).isEmpty();
  }

  @Test
  void a_long_run_of_format_characters_separates_and_the_position_map_stays_bounded() throws IOException {
    String run = "\u200b".repeat(FormatFilter.MAX_HIDDEN + 1);
    assertThat(SCANNER.scan("138" + run + "12345678")).isEmpty();
    // many format characters far apart: the map keeps only what lies within reach of the window
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 300_000; k++) {
      sb.append("a\u200b");
    }
    sb.append("，13812345678");
    String text = sb.toString();
    FormatFilter filter = new FormatFilter(ScanRun.source(text));
    char[] b = new char[ScanRun.BUF];
    int max = 0;
    while (filter.read(b, 0, b.length) >= 0) {
      max = Math.max(max, filter.mapSize());
    }
    assertThat(max).isLessThanOrEqualTo((int) FormatFilter.HORIZON + ScanRun.BUF);
    List<PersonalDataMatch> found = streamed(text);
    assertThat(found).extracting(PersonalDataMatch::getStart).containsExactly((long) text.indexOf("138"));
  }

  private static List<PersonalDataMatch> streamed(String text) throws IOException {
    List<PersonalDataMatch> out = new ArrayList<>();
    SCANNER.scan(new StringReader(text), out::add);
    return out;
  }
}
