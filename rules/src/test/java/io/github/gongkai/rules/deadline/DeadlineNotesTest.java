package io.github.gongkai.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.rules.internal.RulesTexts;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The deadline steps' notes come from one bundle pair, formatted when asked for. */
class DeadlineNotesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  @Test
  void bothLanguagesHaveTheSameKeysAndEachPatternTheSameArguments() {
    Set<String> en = RulesTexts.DEADLINE.keys(false);
    assertThat(RulesTexts.DEADLINE.keys(true)).isEqualTo(en);
    for (String key : en) {
      String english = RulesTexts.DEADLINE.get(key, Locale.ENGLISH);
      String chinese = RulesTexts.DEADLINE.get(key, Locale.CHINA);
      assertThat(new MessageFormat(english, Locale.ENGLISH).getFormats()).as(key).hasSameSizeAs(
          new MessageFormat(chinese, Locale.CHINA).getFormats());
      assertThat(arguments(chinese)).as(key).isEqualTo(arguments(english));
      assertThat(chinese).as(key).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void aNoteIsFormattedFromItsKeyInEitherLanguageAndLabelsACodedArgument() {
    LocalDate due = LocalDate.of(2024, 1, 19);
    DeadlineStep step = DeadlineStep.of(
        DeadlineRule.CONSULTATION_REPLY, null, null, LocalDate.of(2024, 1, 2), due, 15,
        "consultation-reply.other-agency", PauseKind.OTHER_AGENCY, due);
    assertThat(step.getNote()).isEqualTo(
        "Consultation of another agency: reply due by 2024-01-19; silence counts as consent (Art.34)");
    assertThat(step.getNoteZh()).isEqualTo(
        "征求其他机关意见：被征求意见方应于2024-01-19前提出意见；逾期未提出意见的视为同意公开（第三十四条）");
    assertThat(step.getNote(Locale.TRADITIONAL_CHINESE)).isEqualTo(step.getNoteZh());
    assertThat(step.getNote(Locale.FRENCH)).isEqualTo(step.getNote());
  }

  @Test
  void theEngineNotesAnExtensionWithThePausedDaysItAddsInBothLanguages() {
    DeadlineEngine engine = DeadlineEngine.of(ChinaCalendars.official());
    DeadlineResult r = engine.compute(DeadlineInput.builder()
        .receiptDate(LocalDate.of(2024, 3, 1))
        .addPauses(Pause.of(PauseKind.THIRD_PARTY, LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 3)))
        .build());
    DeadlineStep ext = r.getTrace().stream().filter(s -> s.getRule() == DeadlineRule.EXTENSION).findFirst()
        .orElseThrow();
    assertThat(ext.getNote()).startsWith("no extension granted; with the maximum of 20 working days the reply is due by "
        + r.getExtendedDueDate());
    assertThat(ext.getNoteZh()).startsWith("未延长；按最长延长20个工作日计，答复期限至" + r.getExtendedDueDate());
    boolean morePaused = ext.getNote().endsWith("more paused working day(s) not counted)");
    assertThat(ext.getNoteZh().endsWith("个工作日的征求意见时间不计算在内）")).isEqualTo(morePaused);
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
