package io.github.gongkai.report.aggregate;

/**
 * Which review and litigation cases table 四 of a year counts. The formats do not say (docs/legal-reference.md
 * §5.1; unconfirmed), so this is a policy with a documented default. In both, a case's column is
 * its result as known on 31 December ({@link io.github.gongkai.core.remedy.RemedyCase#resultAsOf}),
 * so a case still pending then is 尚未审结.
 */
public enum CaseCounting {
  /**
   * Cases filed in the year, and cases filed earlier that were still pending at its start (so a
   * case reported 尚未审结 last year is reported again with its result). Default.
   */
  ACTIVE_IN_YEAR,
  /** Only cases filed in the year. */
  FILED_IN_YEAR
}
