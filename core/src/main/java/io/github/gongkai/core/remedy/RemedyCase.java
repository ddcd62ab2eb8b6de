package io.github.gongkai.core.remedy;

import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An administrative review or litigation case about disclosure, as counted in table 四 of the annual
 * report.
 */
public sealed interface RemedyCase permits ReviewCase, LitigationCase {

  /**
   * The case id.
   *
   * @return the id
   */
  String getId();

  /**
   * The day the case was filed (申请 or 起诉).
   *
   * @return the date
   */
  LocalDate getFiledOn();

  /**
   * The day the case was decided, or null while pending.
   *
   * @return the date, or null
   */
  @Nullable LocalDate getDecidedOn();

  /**
   * The result; {@link CaseResult#PENDING} exactly when {@link #getDecidedOn()} is null.
   *
   * @return the result
   */
  CaseResult getResult();

  /**
   * The result as known on {@code date}: {@link CaseResult#PENDING} if the case was not decided by
   * then, e.g. for a report covering a year that ended before the decision.
   *
   * @param date the date; not null
   * @return the result on that date
   */
  default CaseResult resultAsOf(LocalDate date) {
    InvalidValueException.requireNonNull(date, "date");
    LocalDate decided = getDecidedOn();
    return decided == null || decided.isAfter(date) ? CaseResult.PENDING : getResult();
  }
}
