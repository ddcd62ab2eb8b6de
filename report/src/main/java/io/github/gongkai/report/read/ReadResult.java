package io.github.gongkai.report.read;

import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.check.Finding;
import io.github.gongkai.report.internal.JsonText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a published report gives: the report, and the reading log — for each printed row and
 * column label the standard row or column it was matched to and how, how each run of digits was
 * split, the rows whose cells could not be read, and the findings (warnings for near-miss and
 * position matches and mixed formats, errors for rows not read). Immutable and thread-safe.
 */
public final class ReadResult {
  private final AnnualReport report;
  private final SourceFormat source;
  private final Map<ReportTable, ReportFormat> tableFormats;
  private final List<LabelMatch> labels;
  private final List<Map<String, Object>> splits;
  private final List<ReadProblem> problems;
  private final List<Finding> findings;

  ReadResult(
      AnnualReport report,
      SourceFormat source,
      Map<ReportTable, ReportFormat> tableFormats,
      List<LabelMatch> labels,
      List<Map<String, Object>> splits,
      List<ReadProblem> problems,
      List<Finding> findings) {
    this.report = report;
    this.source = source;
    this.tableFormats = Collections.unmodifiableMap(new LinkedHashMap<>(tableFormats));
    this.labels = List.copyOf(labels);
    List<Map<String, Object>> s = new ArrayList<>();
    for (Map<String, Object> m : splits) {
      s.add(Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    }
    this.splits = Collections.unmodifiableList(s);
    this.problems = List.copyOf(problems);
    this.findings = List.copyOf(findings);
  }

  /**
   * The report read; cells that could not be read are blank.
   *
   * @return the report
   */
  public AnnualReport getReport() {
    return report;
  }

  /**
   * The form read.
   *
   * @return the source format
   */
  public SourceFormat getSource() {
    return source;
  }

  /**
   * The format each table was found to be in (tables not found are absent).
   *
   * @return table to format
   */
  public Map<ReportTable, ReportFormat> getTableFormats() {
    return tableFormats;
  }

  /**
   * Whether the tables are of different formats (the 2019 trial table 二 with the 2021 table 三).
   *
   * @return true if mixed
   */
  public boolean isMixed() {
    return tableFormats.values().stream().distinct().count() > 1;
  }

  /**
   * Every label read, in the order printed: rows and columns of each table, and the tables' titles.
   *
   * @return the matches
   */
  public List<LabelMatch> getLabels() {
    return labels;
  }

  /**
   * The rows whose cells could not be read with certainty (left blank).
   *
   * @return the problems
   */
  public List<ReadProblem> getProblems() {
    return problems;
  }

  /**
   * Whether some cells could not be read.
   *
   * @return true if there are problems
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * The reading's findings: a warning for each near-miss or position match and for mixed formats, an
   * error for each row not read.
   *
   * @return the findings
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * The reading log as a JSON document of plain values: {@code source}, {@code format}, {@code
   * tableFormats}, {@code labels} ({@link LabelMatch#toDocument()}), {@code splits} (each run of
   * digits: table, row, the run, the cells and how the split was decided), {@code problems} ({@link
   * ReadProblem#toDocument()}) and {@code findings} ({@link Finding#toDocument()}).
   *
   * @return a new map
   */
  public Map<String, Object> toLogDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("source", source.getCode());
    o.put("format", report.getFormat().getCode());
    Map<String, Object> tf = new LinkedHashMap<>();
    tableFormats.forEach((t, f) -> tf.put(t.getCode(), f.getCode()));
    o.put("tableFormats", tf);
    o.put("mixed", isMixed());
    List<Object> l = new ArrayList<>();
    labels.forEach(m -> l.add(m.toDocument()));
    o.put("labels", l);
    o.put("splits", new ArrayList<Object>(splits));
    List<Object> p = new ArrayList<>();
    problems.forEach(x -> p.add(x.toDocument()));
    o.put("problems", p);
    List<Object> f = new ArrayList<>();
    findings.forEach(x -> f.add(x.toDocument()));
    o.put("findings", f);
    return o;
  }

  /**
   * The reading log as indented JSON (two-space indent, final newline).
   *
   * @return the JSON text
   */
  public String logToJson() {
    return JsonText.pretty(toLogDocument());
  }

  @Override
  public String toString() {
    return "ReadResult{" + report + ", " + labels.size() + " labels, " + problems.size() + " problems}";
  }
}
