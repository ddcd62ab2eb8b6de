package io.github.gongkai.report.check;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.report.internal.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a report: the findings, and the equations that could not be decided
 * because of blank or "/" cells. Immutable and thread-safe.
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
    for (Finding f : findings) {
      list.add(f.toDocument());
    }
    o.put("findings", list);
    o.put("undecided", new ArrayList<Object>(undecided));
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
    return "CheckResult{" + findings.size() + " findings, " + undecided.size() + " undecided}";
  }
}
