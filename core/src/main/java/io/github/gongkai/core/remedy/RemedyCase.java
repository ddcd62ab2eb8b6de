package io.github.gongkai.core.remedy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.SchemaVersion;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An administrative review or litigation case about disclosure, as counted in table 四 of the annual
 * report.
 *
 * <p>The attributes both kinds of case share are declared here once, with their JSON and validation
 * annotations: a top-level JSON document with {@code "schemaVersion"}, dates as {@code yyyy-MM-dd}
 * strings, absent values left out. The builders reject a blank id, a decision date before the filing
 * date, and a result that disagrees with the decision date ({@link CaseResult#PENDING} exactly when
 * there is none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface RemedyCase permits ReviewCase, LitigationCase {

  /**
   * The JSON schema version; {@link SchemaVersion#CURRENT} unless read from an older document.
   *
   * @return the version
   */
  @Value.Default
  default int getSchemaVersion() {
    return SchemaVersion.CURRENT;
  }

  /**
   * The case id, e.g. the case number.
   *
   * @return the id, not blank
   */
  @NotBlank(message = "{gongkai.case.id.NotBlank}") String getId();

  /**
   * The agency whose disclosure decision or conduct is challenged (被申请人 / 被告).
   *
   * @return the agency's name
   */
  @NotBlank(message = "{gongkai.case.agency.NotBlank}") String getAgency();

  /**
   * The id of the disclosure request the case concerns, if it concerns one.
   *
   * @return the request id, or null
   */
  @Nullable String getRequestId();

  /**
   * The day the case was filed (申请 or 起诉).
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  LocalDate getFiledOn();

  /**
   * The day the case was decided, or null while pending.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  @Nullable LocalDate getDecidedOn();

  /**
   * The result; {@link CaseResult#PENDING} by default, and exactly when {@link #getDecidedOn()} is
   * null.
   *
   * @return the result
   */
  @Value.Default
  default CaseResult getResult() {
    return CaseResult.PENDING;
  }

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
