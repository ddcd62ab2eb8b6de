package io.github.gongkai.rules.deadline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.internal.Texts;
import io.github.gongkai.rules.internal.RulesTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One step of a deadline computation: which rule, on what legal basis or policy parameter, between
 * which dates, and how many working days were counted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlineStep.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDeadlineStep.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "legalBasis", "citation", "policy", "start", "end", "workingDays", "note", "noteZh"})
public abstract class DeadlineStep {
  DeadlineStep() {}

  /**
   * The rule applied.
   *
   * @return the rule
   */
  public abstract DeadlineRule getRule();

  /**
   * The provision applied, or null when the step applies only a policy parameter.
   *
   * @return the legal basis, or null
   */
  public abstract @Nullable LegalBasis getLegalBasis();

  /**
   * The legal basis in Chinese, e.g. {@code 《中华人民共和国政府信息公开条例》第三十三条第二款}.
   *
   * @return the citation, or null when there is no legal basis
   */
  @Value.Lazy
  public @Nullable String getCitation() {
    LegalBasis b = getLegalBasis();
    return b == null ? null : b.toChinese();
  }

  /**
   * The {@link DeadlinePolicy} parameter this step depends on, e.g. {@code "restDayReceipt=next-working-day"}.
   *
   * @return the parameter and its value, or null
   */
  public abstract @Nullable String getPolicy();

  /**
   * The first date of the step (the day counting starts after, or the first day of a span).
   *
   * @return the date
   */
  public abstract LocalDate getStart();

  /**
   * The resulting date (the last day counted, or the last day of a span).
   *
   * @return the date
   */
  public abstract LocalDate getEnd();

  /**
   * Working days counted (or excluded, for a pause) in this step.
   *
   * @return the count, 0 or more
   */
  public abstract int getWorkingDays();

  /**
   * The key of the step's note in the deadline text bundle ({@code i18n/deadline*.properties}).
   *
   * @return the key
   */
  @JsonIgnore
  abstract String noteKey();

  /**
   * The arguments of the note's pattern: dates, counts, pauses, and coded constants (given as
   * their label in the note's language).
   *
   * @return the arguments
   */
  @JsonIgnore
  abstract List<Object> noteArguments();

  /**
   * What happened, in English.
   *
   * @return the note
   */
  @Value.Lazy
  public String getNote() {
    return getNote(Locale.ENGLISH);
  }

  /**
   * What happened, in Chinese.
   *
   * @return the note
   */
  @Value.Lazy
  public String getNoteZh() {
    return getNote(Locale.CHINESE);
  }

  /**
   * The note in a locale: Chinese for any Chinese locale, English otherwise. The text is formatted
   * when asked for, from the step's key and arguments.
   *
   * @param locale the locale; not null
   * @return the note
   */
  public String getNote(Locale locale) {
    List<Object> args = noteArguments();
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      Object a = args.get(i);
      values[i] = a instanceof Coded ? Texts.labels((Coded) a).label((Coded) a, locale) : a;
    }
    return RulesTexts.DEADLINE.format(noteKey(), locale, values);
  }

  static DeadlineStep of(
      DeadlineRule rule,
      @Nullable LegalBasis basis,
      @Nullable String policy,
      LocalDate from,
      LocalDate to,
      int days,
      String noteKey,
      Object... noteArguments) {
    return ImmutableDeadlineStep.builder()
        .rule(rule)
        .legalBasis(basis)
        .policy(policy)
        .start(from)
        .end(to)
        .workingDays(days)
        .noteKey(noteKey)
        .addNoteArguments(noteArguments)
        .build();
  }
}
