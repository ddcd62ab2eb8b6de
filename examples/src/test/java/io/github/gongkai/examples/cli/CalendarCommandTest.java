package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
  private final CapturedCli cli = new CapturedCli();

  private List<String> lines() {
    return Arrays.stream(cli.out.toString().split("\n")).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void printsEveryDayOffAndMakeupDayOfTheYearSorted() {
    assertThat(cli.run("calendar", "--year", "2015")).isZero();
    List<String> lines = lines();
    assertThat(lines).hasSize(26 + 5); // the notices: 26 days off, 5 make-up working days
    assertThat(lines.get(0)).isEqualTo("2015-01-01\tOFF\t元旦");
    assertThat(lines)
        .contains(
            "2015-01-03\tOFF\t元旦", // a Saturday
            "2015-01-04\tWORK\t元旦",
            "2015-02-15\tWORK\t春节",
            "2015-09-03\tOFF\t中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
            "2015-09-06\tWORK\t中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
            "2015-10-10\tWORK\t国庆节")
        .isSorted()
        .allSatisfy(l -> assertThat(l).matches("2015-\\d\\d-\\d\\d\t(OFF|WORK)\t\\S.*"));
    assertThat(cli.err.toString()).isEmpty();
  }

  @Test
  void includesDaysSetByTheNextYearsNotice() {
    assertThat(cli.run("calendar", "--year", "2018")).isZero();
    assertThat(lines()).endsWith("2018-12-29\tWORK\t元旦", "2018-12-30\tOFF\t元旦", "2018-12-31\tOFF\t元旦");
  }

  @Test
  void englishNames() {
    assertThat(cli.run("calendar", "-y", "2020", "--english")).isZero();
    assertThat(lines()).contains("2020-02-02\tOFF\tSpring Festival").doesNotContain("2020-02-01\tWORK\tSpring Festival");
  }

  @Test
  void uncoveredYearExitsTwoWithAClearMessage() {
    assertThat(cli.run("calendar", "--year", "2027")).isEqualTo(2);
    assertThat(cli.out.toString()).isEmpty();
    assertThat(cli.err.toString())
        .startsWith("gongkai: ")
        .contains("2027")
        .contains("2008-01-01..2026-12-31");
    assertThat(cli.run("calendar", "--year", "2007")).isEqualTo(2);
  }

  @Test
  void missingYearIsAUsageError() {
    assertThat(cli.run("calendar")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--year");
  }

  @Test
  void addedYearAndRegionalOverlay(@TempDir Path dir) throws IOException {
    Path y2027 = dir.resolve("2027.tsv");
    Files.writeString(
        y2027,
        "@version\tcn-national/2027-test\n@coverage\t2027-01-01\t2027-12-31\n@source\ttest notice\n"
            + "2027-01-01\tOFF\t元旦\tNew Year's Day\n",
        StandardCharsets.UTF_8);
    Path gx = dir.resolve("gx.tsv");
    Files.writeString(
        gx,
        "@version\tcn-gx/2027\n@coverage\t2027-04-08\t2027-04-09\n@source\t广西 test\n"
            + "2027-04-08\tOFF\t壮族三月三\tSanyuesan Festival\n",
        StandardCharsets.UTF_8);
    assertThat(cli.run("calendar", "--year", "2027", "--add", y2027.toString(), "--overlay", gx.toString()))
        .isZero();
    assertThat(lines()).containsExactly("2027-01-01\tOFF\t元旦", "2027-04-08\tOFF\t壮族三月三");
  }
}
