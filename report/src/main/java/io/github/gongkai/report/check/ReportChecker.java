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
import io.github.gongkai.report.internal.ReportTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * value-domain} still enters sums as printed. The messages, in Chinese and English, are the patterns
 * of the report module's message bundle ({@code io/github/gongkai/report/i18n/messages*.properties}).
 * Immutable and thread-safe.
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
    return CheckResult.of(run.findings, run.undecided);
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
          Phrase message =
              new Phrase(
                  format("check.table-missing", ZH, table.getNumeral(), t.getTitleZh()),
                  format("check.table-missing", EN, Integer.toString(table.ordinal() + 2), t.getTitleEn()));
          findings.add(finding(CheckRule.TABLE_MISSING, List.of(), List.of(), List.of(), null, null, message));
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
            String want = "check.want." + kind.getCode();
            Phrase message =
                new Phrase(
                    format("check.value-domain", ZH, t.describeZh(e.getKey()), v.toString(), text(want, ZH)),
                    format("check.value-domain", EN, t.describeEn(e.getKey()), v.toString(), text(want, EN)));
            findings.add(
                finding(
                    CheckRule.VALUE_DOMAIN, List.of(e.getKey()), List.of(v), List.of(t.describeZh(e.getKey())),
                    null, null, message));
          }
        }
      }
    }

    void table3() {
      TableLayout t = report.getLayout().getTable(ReportTable.TABLE_3);
      List<ColumnLayout> columns = t.getColumns(RowLayout.NEW);
      for (ColumnLayout c : columns) {
        Phrase column = Phrase.of("check.context.t3-column", c.getLabelZh(), c.getLabelEn());
        equation(
            CheckRule.T3_BALANCE,
            List.of(a(t, RowLayout.NEW, c), a(t, RowLayout.CARRIED_OVER, c)),
            List.of(a(t, RowLayout.TOTAL, c), a(t, RowLayout.CARRIED_FORWARD, c)),
            column, Phrase.of("check.term.items-1-2"), Phrase.of("check.term.total-7-and-4"));
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
                  CheckRule.T3_SUBTOTAL, List.of(sub), kids, column,
                  new Phrase(r.getNumber() + r.getLabelZh(), r.getLabelEn()), Phrase.of("check.term.sub-items"));
            }
          }
        }
        equation(
            CheckRule.T3_OUTCOME_TOTAL, List.of(a(t, RowLayout.TOTAL, c)), outcomes, column,
            Phrase.of("check.term.total-7"), Phrase.of("check.term.outcomes-1-6"));
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
            Phrase.of("check.context.t3-row", r.getPrintedZh(), r.getLabelEn()),
            Phrase.of("check.term.total"), Phrase.of("check.term.applicant-columns"));
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
        String nameZh = r.getGroupZh() == null ? r.getLabelZh() : r.getGroupZh() + "·" + r.getLabelZh();
        equation(
            CheckRule.T4_TOTAL, List.of(total), parts,
            Phrase.of("check.context.t4-row", nameZh, r.getLabelEn()),
            Phrase.of("check.term.total"), Phrase.of("check.term.t4-results"));
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
          String year = Integer.toString(previous.getYear());
          Phrase message =
              new Phrase(
                  format("check.continuity", ZH, c.getLabelZh(), plain(l.known), year, plain(r.known)),
                  format("check.continuity", EN, c.getLabelEn(), plain(l.known), year, plain(r.known)));
          findings.add(
              finding(
                  CheckRule.CONTINUITY, List.of(here, there), List.of(v1, v0),
                  List.of(t.describeZh(here), p.describeZh(there)), l.known, r.known, message));
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

    /**
     * Checks {@code left = right}: returns quietly when it holds or may still hold, records the
     * equation as undecided when blank or "/" cells leave it open, and adds a finding otherwise.
     */
    void equation(
        CheckRule rule, List<CellAddress> left, List<CellAddress> right, Phrase context, Phrase leftName,
        Phrase rightName) {
      List<CellValue> lv = values(left);
      List<CellValue> rv = values(right);
      Side l = side(lv);
      Side r = side(rv);
      if (l.allUnknown && r.allUnknown) {
        return;
      }
      Phrase message = mismatch(context, l, leftName, r, rightName);
      if (message == null) {
        if (l.unknown || r.unknown) {
          undecided.add(rule.getCode() + ": " + context.en);
        }
        return;
      }
      List<CellAddress> cells = new ArrayList<>(left);
      cells.addAll(right);
      List<CellValue> vals = new ArrayList<>(lv);
      vals.addAll(rv);
      List<String> where = new ArrayList<>();
      for (CellAddress c : cells) {
        where.add(report.getLayout().getTable(c.getTable()).describeZh(c));
      }
      findings.add(finding(rule, cells, vals, where, l.known, r.known, message));
    }

    /**
     * The message for an equation that cannot hold whatever the blank cells are, or null if it holds
     * or may still hold: both sides fully given and unequal, or the numbers given on one side already
     * more than the fully given other side.
     */
    private @Nullable Phrase mismatch(Phrase context, Side l, Phrase leftName, Side r, Phrase rightName) {
      if (!l.unknown && !r.unknown) {
        return l.known.compareTo(r.known) == 0 ? null : sentence("check.unequal", context, leftName, l, rightName, r);
      }
      if (!l.unknown && r.known.compareTo(l.known) > 0) {
        return sentence("check.exceeds", context, rightName, r, leftName, l);
      }
      if (!r.unknown && l.known.compareTo(r.known) > 0) {
        return sentence("check.exceeds", context, leftName, l, rightName, r);
      }
      return null;
    }

    private Phrase sentence(String key, Phrase context, Phrase firstName, Side first, Phrase secondName, Side second) {
      return new Phrase(
          format(key, ZH, context.zh, firstName.zh, plain(first.known), secondName.zh, plain(second.known)),
          format(key, EN, context.en, firstName.en, plain(first.known), secondName.en, plain(second.known)));
    }
  }

  private static Finding finding(
      CheckRule rule,
      List<CellAddress> cells,
      List<CellValue> values,
      List<String> where,
      @Nullable BigDecimal left,
      @Nullable BigDecimal right,
      Phrase message) {
    return Finding.builder()
        .rule(rule)
        .severity(Severity.ERROR)
        .cells(cells)
        .values(values)
        .where(where)
        .left(left)
        .right(right)
        .messageZh(message.zh)
        .messageEn(message.en)
        .build();
  }

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static String text(String key, Locale locale) {
    return ReportTexts.MESSAGES.get(key, locale);
  }

  private static String format(String key, Locale locale, String... args) {
    return ReportTexts.MESSAGES.format(key, locale, (Object[]) args);
  }

  /** A text in Chinese and English. */
  private static final class Phrase {
    final String zh;
    final String en;

    Phrase(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    /** A message of the bundle without arguments. */
    static Phrase of(String key) {
      return new Phrase(text(key, ZH), text(key, EN));
    }

    /** A message of the bundle with one argument, given in each language. */
    static Phrase of(String key, String argZh, String argEn) {
      return new Phrase(format(key, ZH, argZh), format(key, EN, argEn));
    }
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}
