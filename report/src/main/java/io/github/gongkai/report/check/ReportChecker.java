package io.github.gongkai.report.check;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ColumnKind;
import io.github.gongkai.report.ColumnLayout;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.RowLayout;
import io.github.gongkai.report.TableLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks an annual report, computed or typed in from a published table (docs/legal-reference.md §5.1):
 *
 * <ul>
 *   <li>{@code t3-balance}: per column of table 三, 一 + 二 = （七） + 四;
 *   <li>{@code t3-applicant-total}: per row, 总计 = 自然人 + the five organisation columns;
 *   <li>{@code t3-outcome-total}: per column, （七） = （一）…（六) — where a category's sub-items are
 *       not all given but the category itself is, the category counts instead;
 *   <li>{@code t3-subtotal}: a category given a number of its own equals its sub-items (the official
 *       tables print none, but typed reports sometimes add one);
 *   <li>{@code t4-total}: per row of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结;
 *   <li>{@code value-domain}: counts are non-negative integers, 万元 amounts non-negative, 增/减
 *       integers;
 *   <li>{@code continuity}: given last year's report, each column's 二 equals last year's 四.
 * </ul>
 *
 * <p>Partial disclosure counted once: a request partly released belongs in （二） only; counting it
 * again elsewhere makes （一）…（六） exceed （七）, reported by {@code t3-outcome-total}.
 *
 * <p>Blank and "/" cells are handled by a {@link NonNumberPolicy}; by default an equation is
 * reported only if no values of the missing cells could make it hold. A value that breaks {@code
 * value-domain} still enters sums as printed. Immutable and thread-safe.
 */
public final class ReportChecker {
  private final NonNumberPolicy policy;

  private ReportChecker(NonNumberPolicy policy) {
    this.policy = policy;
  }

  /**
   * A checker with the default policy ({@link NonNumberPolicy#UNKNOWN}).
   *
   * @return the checker
   */
  public static ReportChecker standard() {
    return new ReportChecker(NonNumberPolicy.UNKNOWN);
  }

  /**
   * A checker with a policy for blank and "/" cells.
   *
   * @param policy the policy; not null
   * @return the checker
   */
  public static ReportChecker withPolicy(NonNumberPolicy policy) {
    return new ReportChecker(InvalidValueException.requireNonNull(policy, "policy"));
  }

  /**
   * The policy for blank and "/" cells.
   *
   * @return the policy
   */
  public NonNumberPolicy getPolicy() {
    return policy;
  }

  /**
   * Checks a report on its own.
   *
   * @param report the report; not null
   * @return the findings
   */
  public CheckResult check(AnnualReport report) {
    return check(report, null);
  }

  /**
   * Checks a report, and its continuity with last year's report when given.
   *
   * @param report the report; not null
   * @param previous last year's report of the same agency, or null
   * @return the findings
   * @throws InvalidValueException if {@code previous} is not for the year before
   */
  public CheckResult check(AnnualReport report, @Nullable AnnualReport previous) {
    InvalidValueException.requireNonNull(report, "report");
    if (previous != null && previous.getYear() != report.getYear() - 1) {
      throw new InvalidValueException(
          "previous.year",
          Integer.toString(previous.getYear()),
          "must be the year before " + report.getYear());
    }
    Run run = new Run(report);
    run.requiredTables();
    run.valueDomain();
    run.table3();
    run.table4();
    if (previous != null) {
      run.continuity(previous);
    }
    return new CheckResult(run.findings, run.undecided);
  }

  private final class Run {
    final AnnualReport report;
    final List<Finding> findings = new ArrayList<>();
    final List<String> undecided = new ArrayList<>();

    Run(AnnualReport report) {
      this.report = report;
    }

    /**
     * Tables 三 and 四 hold the report's checked figures; one with no number or "/" at all was left
     * out (a computed report fills every cell, 0 included). Table 二 is supplied from outside the
     * request records and has no sums, so a blank table 二 is not reported here.
     */
    void requiredTables() {
      for (ReportTable table : List.of(ReportTable.TABLE_3, ReportTable.TABLE_4)) {
        boolean given = false;
        for (CellAddress a : report.getFilledCells().keySet()) {
          given |= a.getTable() == table;
        }
        if (!given) {
          TableLayout t = report.getLayout().getTable(table);
          findings.add(
              new Finding(
                  CheckRule.TABLE_MISSING, Severity.ERROR, List.of(), List.of(), List.of(), null, null,
                  "表" + table.getNumeral() + "（" + t.getTitleZh() + "）缺失：报告未给出该表的任何数字或“/”，无法核对。",
                  "table " + (table.ordinal() + 2) + " (" + t.getTitleEn() + ") is missing: the report gives no"
                      + " number or \"/\" in it, so it cannot be checked."));
        }
      }
    }

    void valueDomain() {
      for (TableLayout t : report.getLayout().getTables()) {
        for (Map.Entry<CellAddress, CellValue> e : report.getFilledCells().entrySet()) {
          if (e.getKey().getTable() != t.getTable() || !e.getValue().isNumber()) {
            continue;
          }
          ColumnKind kind = t.getColumn(e.getKey()).getKind();
          CellValue v = e.getValue();
          boolean ok =
              kind == ColumnKind.COUNT
                  ? v.isNonNegativeInteger()
                  : kind == ColumnKind.SIGNED_COUNT ? v.isInteger() : v.getNumber().signum() >= 0;
          if (!ok) {
            String wantZh = kind == ColumnKind.COUNT ? "非负整数" : kind == ColumnKind.SIGNED_COUNT ? "整数" : "非负数";
            String wantEn =
                kind == ColumnKind.COUNT
                    ? "a non-negative integer"
                    : kind == ColumnKind.SIGNED_COUNT ? "an integer" : "a non-negative amount";
            findings.add(
                new Finding(
                    CheckRule.VALUE_DOMAIN,
                    Severity.ERROR,
                    List.of(e.getKey()),
                    List.of(v),
                    List.of(t.describeZh(e.getKey())),
                    null,
                    null,
                    t.describeZh(e.getKey()) + " 的值 " + v + " 应为" + wantZh + "。",
                    t.describeEn(e.getKey()) + ": " + v + " must be " + wantEn + "."));
          }
        }
      }
    }

    void table3() {
      TableLayout t = report.getLayout().getTable(ReportTable.TABLE_3);
      List<ColumnLayout> columns = t.getColumns(RowLayout.NEW);
      for (ColumnLayout c : columns) {
        String colZh = "表三「" + c.getLabelZh() + "」列";
        String colEn = "table 3, column \"" + c.getLabelEn() + "\"";
        equation(
            CheckRule.T3_BALANCE,
            List.of(a(t, RowLayout.NEW, c), a(t, RowLayout.CARRIED_OVER, c)),
            List.of(a(t, RowLayout.TOTAL, c), a(t, RowLayout.CARRIED_FORWARD, c)),
            colZh, colEn, "一 + 二", "items 1 + 2", "（七）+ 四", "(7) + item 4");
        List<CellAddress> outcomes = new ArrayList<>();
        for (RowLayout r : t.getRows()) {
          if (r.getRole() == RowLayout.Role.OUTCOME && r.getParent() == null) {
            outcomes.add(a(t, r.getCode(), c));
          } else if (r.getRole() == RowLayout.Role.OUTCOME_SUBTOTAL) {
            CellAddress sub = a(t, r.getCode(), c);
            boolean childrenComplete = true;
            for (String child : r.getChildren()) {
              childrenComplete &= report.get(a(t, child, c)).isNumber();
            }
            if (!childrenComplete && report.get(sub).isNumber()) {
              outcomes.add(sub);
            } else {
              for (String child : r.getChildren()) {
                outcomes.add(a(t, child, c));
              }
            }
            if (report.get(sub).isNumber()) {
              List<CellAddress> kids = new ArrayList<>();
              for (String child : r.getChildren()) {
                kids.add(a(t, child, c));
              }
              equation(
                  CheckRule.T3_SUBTOTAL, List.of(sub), kids, colZh, colEn,
                  r.getNumber() + r.getLabelZh(), r.getLabelEn(),
                  r.getNumber() + "1…" + r.getChildren().size(), "its sub-items");
            }
          }
        }
        equation(
            CheckRule.T3_OUTCOME_TOTAL, List.of(a(t, RowLayout.TOTAL, c)), outcomes, colZh, colEn,
            "（七）总计", "(7) total", "（一）至（六）之和", "(1) to (6)");
      }
      ColumnLayout total = columns.stream().filter(ColumnLayout::isTotal).findFirst().orElseThrow();
      for (RowLayout r : t.getRows()) {
        List<CellAddress> parts = new ArrayList<>();
        for (ColumnLayout c : columns) {
          if (!c.isTotal()) {
            parts.add(a(t, r.getCode(), c));
          }
        }
        equation(
            CheckRule.T3_APPLICANT_TOTAL, List.of(a(t, r.getCode(), total)), parts,
            "表三 " + r.getPrintedZh() + " 行", "table 3, row \"" + r.getLabelEn() + "\"",
            "总计", "total", "各申请人类别之和", "the applicant columns");
      }
    }

    void table4() {
      TableLayout t = report.getLayout().getTable(ReportTable.TABLE_4);
      for (RowLayout r : t.getRows()) {
        List<CellAddress> parts = new ArrayList<>();
        CellAddress total = null;
        for (ColumnLayout c : t.getColumns(r.getCode())) {
          if (c.isTotal()) {
            total = a(t, r.getCode(), c);
          } else {
            parts.add(a(t, r.getCode(), c));
          }
        }
        if (total == null) {
          continue;
        }
        String group = r.getGroupZh() == null ? "" : r.getGroupZh() + "·";
        equation(
            CheckRule.T4_TOTAL, List.of(total), parts,
            "表四「" + group + r.getLabelZh() + "」", "table 4, \"" + r.getLabelEn() + "\"",
            "总计", "total", "维持+纠正+其他+尚未审结", "upheld + corrected + other + pending");
      }
    }

    void continuity(AnnualReport previous) {
      TableLayout t = report.getLayout().getTable(ReportTable.TABLE_3);
      TableLayout p = previous.getLayout().getTable(ReportTable.TABLE_3);
      for (ColumnLayout c : t.getColumns(RowLayout.CARRIED_OVER)) {
        if (p.findColumn(RowLayout.CARRIED_FORWARD, c.getCode()).isEmpty()) {
          continue;
        }
        CellAddress here = a(t, RowLayout.CARRIED_OVER, c);
        CellAddress there = a(p, RowLayout.CARRIED_FORWARD, c);
        CellValue v1 = report.get(here);
        CellValue v0 = previous.get(there);
        Side l = side(List.of(v1));
        Side r = side(List.of(v0));
        if (l.unknown || r.unknown) {
          undecided.add(CheckRule.CONTINUITY.getCode() + ": " + here);
          continue;
        }
        if (l.known.compareTo(r.known) != 0) {
          findings.add(
              new Finding(
                  CheckRule.CONTINUITY, Severity.ERROR, List.of(here, there), List.of(v1, v0),
                  List.of(t.describeZh(here), p.describeZh(there)),
                  l.known, r.known,
                  "表三「" + c.getLabelZh() + "」列：本年度上年结转为 " + plain(l.known) + "，而"
                      + previous.getYear() + "年度报告的结转下年度为 " + plain(r.known) + "。",
                  "table 3, column \"" + c.getLabelEn() + "\": carried over " + plain(l.known)
                      + " but the " + previous.getYear() + " report carried forward " + plain(r.known) + "."));
        }
      }
    }

    private CellAddress a(TableLayout t, String row, ColumnLayout c) {
      return CellAddress.of(t.getTable(), row, c.getCode());
    }

    private static final class Side {
      BigDecimal known = BigDecimal.ZERO;
      boolean unknown;
      boolean allUnknown = true;
    }

    private Side side(List<CellValue> values) {
      Side s = new Side();
      for (CellValue v : values) {
        if (v.isNumber()) {
          s.known = s.known.add(v.getNumber());
          s.allUnknown = false;
        } else if (policy == NonNumberPolicy.UNKNOWN) {
          s.unknown = true;
        } else {
          s.allUnknown = false;
        }
      }
      return s;
    }

    private List<CellValue> values(List<CellAddress> cells) {
      List<CellValue> out = new ArrayList<>();
      for (CellAddress c : cells) {
        out.add(report.get(c));
      }
      return out;
    }

    void equation(
        CheckRule rule,
        List<CellAddress> left,
        List<CellAddress> right,
        String ctxZh,
        String ctxEn,
        String leftZh,
        String leftEn,
        String rightZh,
        String rightEn) {
      List<CellValue> lv = values(left);
      List<CellValue> rv = values(right);
      Side l = side(lv);
      Side r = side(rv);
      if (l.allUnknown && r.allUnknown) {
        return;
      }
      List<CellAddress> cells = new ArrayList<>(left);
      cells.addAll(right);
      List<CellValue> vals = new ArrayList<>(lv);
      vals.addAll(rv);
      String zh;
      String en;
      if (!l.unknown && !r.unknown) {
        if (l.known.compareTo(r.known) == 0) {
          return;
        }
        zh = ctxZh + "：" + leftZh + " = " + plain(l.known) + "，而" + rightZh + " = " + plain(r.known) + "，两者不等。";
        en = ctxEn + ": " + leftEn + " = " + plain(l.known) + " but " + rightEn + " = " + plain(r.known) + ".";
      } else if (!l.unknown && r.known.compareTo(l.known) > 0) {
        zh = ctxZh + "：" + rightZh + " 已填数字之和为 " + plain(r.known) + "，已超过" + leftZh + " = "
            + plain(l.known) + "（空白或“/”单元格未计入）。";
        en = ctxEn + ": the numbers given for " + rightEn + " already add up to " + plain(r.known)
            + ", more than " + leftEn + " = " + plain(l.known) + " (blank and \"/\" cells not counted).";
      } else if (!r.unknown && l.known.compareTo(r.known) > 0) {
        zh = ctxZh + "：" + leftZh + " 已填数字之和为 " + plain(l.known) + "，已超过" + rightZh + " = "
            + plain(r.known) + "（空白或“/”单元格未计入）。";
        en = ctxEn + ": the numbers given for " + leftEn + " already add up to " + plain(l.known)
            + ", more than " + rightEn + " = " + plain(r.known) + " (blank and \"/\" cells not counted).";
      } else {
        if (l.unknown || r.unknown) {
          undecided.add(rule.getCode() + ": " + ctxEn);
        }
        return;
      }
      List<String> where = new ArrayList<>();
      for (CellAddress c : cells) {
        where.add(report.getLayout().getTable(c.getTable()).describeZh(c));
      }
      findings.add(new Finding(rule, Severity.ERROR, cells, vals, where, l.known, r.known, zh, en));
    }
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}
