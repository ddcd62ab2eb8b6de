package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One line of an {@link Agenda}: a duty not done on the agenda date, overdue or coming due, with the
 * provision (or policy parameter) that set its due date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgendaEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAgendaEntry.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "status", "subject", "id", "duty", "title", "party", "countedFrom", "dueDate",
  "workingDaysLeft", "daysLate", "workingDaysLate", "citation", "interpretation", "policy"
})
public abstract class AgendaEntry {
  AgendaEntry() {}

  /**
   * Overdue or due soon.
   *
   * @return the status
   */
  public abstract AgendaStatus getStatus();

  /**
   * What the entry is about.
   *
   * @return the subject
   */
  public abstract AgendaSubject getSubject();

  /**
   * The item's id, the decision number or the request's id.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * The duty.
   *
   * @return the duty
   */
  public abstract AgendaDuty getDuty();

  /**
   * The item's title or the decision's matter.
   *
   * @return the title, or null
   */
  public abstract @Nullable String getTitle();

  /**
   * A decision's party as published (a natural person masked).
   *
   * @return the party, or null
   */
  public abstract @Nullable String getParty();

  /**
   * The day the limit runs from.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getCountedFrom();

  /**
   * The due date.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getDueDate();

  /**
   * For a duty due soon: working days after the agenda date up to the due date (0 when due that day).
   *
   * @return the days, or null when overdue
   */
  public abstract @Nullable Integer getWorkingDaysLeft();

  /**
   * For an overdue duty: calendar days from the due date to the agenda date.
   *
   * @return the days, or null when not overdue
   */
  public abstract @Nullable Long getDaysLate();

  /**
   * For an overdue duty: working days after the due date up to the agenda date.
   *
   * @return the days, or null when not overdue
   */
  public abstract @Nullable Integer getWorkingDaysLate();

  /**
   * The provision that set the due date, in Chinese, e.g. {@code 《中华人民共和国政府信息公开条例》第二十六条}.
   *
   * @return the citation, or null when only a policy set it
   */
  public abstract @Nullable String getCitation();

  /**
   * Whether the citation is gongkai's interpretation rather than a binding provision: the 7 working
   * days of 国办发〔2015〕51号 are policy (docs/legal-reference.md §8A).
   *
   * @return true for an interpretation
   */
  public abstract boolean isInterpretation();

  /**
   * The policy parameter that set the due date, e.g. {@code proactiveWorkingDays=15}.
   *
   * @return the parameter, or null
   */
  public abstract @Nullable String getPolicy();
}
