package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.report.internal.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of checking a report: the findings, and the equations that could not be decided
 * because of blank or "/" cells. Immutable and thread-safe; equal when the findings and the
 * undecided equations are equal.
 *
 * <p>JSON (written by {@link #toJson()}, or by any Jackson 2 or 3 mapper through {@link
 * #toDocument()}):
 *
 * <pre>{@code
 * {"consistent":false,"errors":true,
 *  "findings":[ {"rule":"t3-balance", ...}, ... ],   // as Finding
 *  "undecided":["t3-balance: table 3, column \"Natural persons\"", ...]}
 * }</pre>
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@Value.Immutable
public abstract class CheckResult {
  CheckResult() {}

  /**
   * The findings, in table order.
   *
   * @return the findings; empty when the report is consistent
   */
  public abstract List<Finding> getFindings();

  /**
   * Whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if the report has errors
   */
  public boolean hasErrors() {
    return getFindings().stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
  }

  /**
   * Whether there are no findings at all.
   *
   * @return true if consistent
   */
  public boolean isConsistent() {
    return getFindings().isEmpty();
  }

  /**
   * Equations not decided because some cells hold no number, as {@code rule-id: description}.
   *
   * @return the undecided equations
   */
  public abstract List<String> getUndecided();

  /** The result of a check, for the checker. */
  static CheckResult of(List<Finding> findings, List<String> undecided) {
    return ImmutableCheckResult.builder().findings(findings).undecided(undecided).build();
  }

  /**
   * This result as its JSON document of plain Java values; what JSON libraries write.
   *
   * @return a new map
   */
  @JsonValue
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("consistent", isConsistent());
    o.put("errors", hasErrors());
    List<Object> list = new ArrayList<>();
    for (Finding f : getFindings()) {
      list.add(f.toDocument());
    }
    o.put("findings", list);
    o.put("undecided", new ArrayList<Object>(getUndecided()));
    return o;
  }

  /**
   * This result as one line of JSON, without any JSON library.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JsonText.compact(toDocument());
  }

  @Override
  public String toString() {
    return "CheckResult{" + getFindings().size() + " findings, " + getUndecided().size() + " undecided}";
  }
}
