package io.github.gongkai.core.remedy;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.SchemaVersion;
import java.time.LocalDate;

/** The invariants every {@link RemedyCase} keeps, checked by the builders of both kinds of case. */
final class RemedyCaseChecks {
  private RemedyCaseChecks() {}

  /**
   * Rejects an unsupported schema version, a blank id, a decision date before the filing date, and
   * a result that disagrees with the decision date.
   */
  static void check(RemedyCase c) {
    SchemaVersion.check(c.getSchemaVersion());
    if (c.getId().isBlank()) {
      throw new InvalidValueException("id", c.getId(), "must not be blank");
    }
    LocalDate decided = c.getDecidedOn();
    if (decided != null && decided.isBefore(c.getFiledOn())) {
      throw new InvalidValueException(
          "decidedOn", decided.toString(), "must not be before filedOn " + c.getFiledOn());
    }
    if ((decided == null) != (c.getResult() == CaseResult.PENDING)) {
      throw new InvalidValueException(
          "result",
          c.getResult().getCode(),
          decided == null
              ? "must be pending when there is no decidedOn date"
              : "must not be pending when decidedOn is set (" + decided + ")");
    }
  }
}
