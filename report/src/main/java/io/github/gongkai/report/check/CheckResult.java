package io.github.gongkai.report.check;

import java.util.List;

/**
 * The outcome of checking a report: the findings, and the equations that could not be decided
 * because of blank or "/" cells. Immutable and thread-safe.
 */
public final class CheckResult {
  private final List<Finding> findings;
  private final List<String> undecided;

  CheckResult(List<Finding> findings, List<String> undecided) {
    this.findings = List.copyOf(findings);
    this.undecided = List.copyOf(undecided);
  }

  /**
   * The findings, in table order.
   *
   * @return the findings; empty when the report is consistent
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if the report has errors
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
  }

  /**
   * Whether there are no findings at all.
   *
   * @return true if consistent
   */
  public boolean isConsistent() {
    return findings.isEmpty();
  }

  /**
   * Equations not decided because some cells hold no number, as {@code rule-id: description}.
   *
   * @return the undecided equations
   */
  public List<String> getUndecided() {
    return undecided;
  }

  @Override
  public String toString() {
    return "CheckResult{" + findings.size() + " findings, " + undecided.size() + " undecided}";
  }
}
