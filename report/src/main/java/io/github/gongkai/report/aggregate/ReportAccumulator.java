package io.github.gongkai.report.aggregate;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ColumnLayout;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.RowLayout;
import io.github.gongkai.report.TableLayout;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Counts one year of request records and remedy cases into the cells of tables 三 and 四.
 *
 * <p>For the year Y (1 January to 31 December), a request received (2019 Art.31) on day r and closed
 * on day c (answered, withdrawn or deemed abandoned; none while open):
 *
 * <ul>
 *   <li>is outside the report if r is after 31 December Y, if it was never received, or if c is
 *       before 1 January Y;
 *   <li>counts in 一 (本年新收) if r is in Y, else in 二 (上年结转: received before Y and not closed at
 *       its start);
 *   <li>counts in its outcome row — once, in the row of the outcome of the request as a whole, so a
 *       request answered in part is in （二） only — if c is in Y, else in 四 (结转下年度: not closed at
 *       the end of Y).
 * </ul>
 *
 * <p>So 一 + 二 = （七） + 四 in every column by construction, and Y's 四 is exactly Y+1's 二.
 *
 * <p>The state is a fixed array of counters — memory does not grow with the input — and {@link
 * #merge(ReportAccumulator)} adds them: merging is associative and commutative, so departments roll
 * up into their government's total and input can be split across threads ({@link #collector(int)}).
 * Mutable and not thread-safe: give each thread its own accumulator and merge.
 */
public final class ReportAccumulator {
  /** For {@link #add(ApplicantType, long, long, OutcomeGround)}: the request is not closed. */
  public static final long OPEN = Long.MAX_VALUE;

  private static final ApplicantType[] APPLICANTS = ApplicantType.values();
  private static final OutcomeGround[] GROUNDS = OutcomeGround.values();
  private static final CaseResult[] RESULTS = CaseResult.values();
  private static final int NEW = 0;
  private static final int CARRIED_OVER = 1;
  private static final int CARRIED_FORWARD = 2;
  private static final int FIRST_GROUND = 3;
  private static final int STRIDE = FIRST_GROUND + GROUNDS.length;
  /** Table 四 rows: review, litigation-direct, litigation-after-review. */
  private static final String[] CASE_ROWS = {"review", "litigation-direct", "litigation-after-review"};

  private final int year;
  private final long yearStart;
  private final long yearEnd;
  private final CaseCounting caseCounting;
  private final long[] counts = new long[APPLICANTS.length * STRIDE];
  private final long[] cases = new long[CASE_ROWS.length * RESULTS.length];
  private long outside;

  private ReportAccumulator(int year, CaseCounting caseCounting) {
    this.year = year;
    this.yearStart = LocalDate.of(year, 1, 1).toEpochDay();
    this.yearEnd = LocalDate.of(year, 12, 31).toEpochDay();
    this.caseCounting = caseCounting;
  }

  /**
   * An empty accumulator for a report year, counting cases by {@link CaseCounting#ACTIVE_IN_YEAR}.
   *
   * @param year the report year, 2008 to 9999
   * @return the accumulator
   * @throws InvalidValueException for a year out of range
   */
  public static ReportAccumulator forYear(int year) {
    return forYear(year, CaseCounting.ACTIVE_IN_YEAR);
  }

  /**
   * An empty accumulator for a report year.
   *
   * @param year the report year, 2008 to 9999
   * @param caseCounting which remedy cases table 四 counts; not null
   * @return the accumulator
   * @throws InvalidValueException for a year out of range
   */
  public static ReportAccumulator forYear(int year, CaseCounting caseCounting) {
    if (year < 2008 || year > 9999) {
      throw new InvalidValueException("year", Integer.toString(year), "must be 2008 to 9999");
    }
    return new ReportAccumulator(year, InvalidValueException.requireNonNull(caseCounting, "caseCounting"));
  }

  /**
   * A collector of request facts into an accumulator, for sequential or parallel streams.
   *
   * @param year the report year
   * @return the collector
   */
  public static Collector<RequestFacts, ReportAccumulator, ReportAccumulator> collector(int year) {
    forYear(year);
    Supplier<ReportAccumulator> supplier = () -> forYear(year);
    BiConsumer<ReportAccumulator, RequestFacts> add = ReportAccumulator::add;
    return Collector.of(
        supplier, add, ReportAccumulator::merge, Function.identity(),
        Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
  }

  /**
   * The report year.
   *
   * @return the year
   */
  public int getYear() {
    return year;
  }

  /**
   * The case-counting policy.
   *
   * @return the policy
   */
  public CaseCounting getCaseCounting() {
    return caseCounting;
  }

  /**
   * Adds a request, replaying its history with the lifecycle.
   *
   * @param request the request; not null
   * @param calendar the working calendar; not null
   * @return this accumulator
   * @throws io.github.gongkai.rules.lifecycle.InconsistentHistoryException for an impossible history
   */
  public ReportAccumulator add(InformationRequest request, WorkingCalendar calendar) {
    return add(RequestFacts.of(request, calendar));
  }

  /**
   * Adds a request's facts.
   *
   * @param facts the facts; not null
   * @return this accumulator
   */
  public ReportAccumulator add(RequestFacts facts) {
    InvalidValueException.requireNonNull(facts, "facts");
    LocalDate r = facts.getReceivedOn();
    if (r == null) {
      outside++;
      return this;
    }
    LocalDate c = facts.getClosedOn();
    add(facts.getApplicantType(), r.toEpochDay(), c == null ? OPEN : c.toEpochDay(), facts.getOutcome());
    return this;
  }

  /**
   * Adds a request given as its applicant type and epoch days — the allocation-free path for bulk
   * input.
   *
   * @param applicant the applicant type; not null
   * @param receivedEpochDay receipt date as {@link LocalDate#toEpochDay()}
   * @param closedEpochDay closing date as epoch day, or {@link #OPEN}
   * @param ground the table 三 row when closed; ignored (and may be null) while open
   * @throws InvalidValueException for a null applicant, or a request closed in the year without a
   *     ground
   */
  public void add(
      ApplicantType applicant, long receivedEpochDay, long closedEpochDay, @Nullable OutcomeGround ground) {
    if (receivedEpochDay > yearEnd || closedEpochDay < yearStart) {
      outside++;
      return;
    }
    InvalidValueException.requireNonNull(applicant, "applicant");
    int base = applicant.ordinal() * STRIDE;
    counts[base + (receivedEpochDay >= yearStart ? NEW : CARRIED_OVER)]++;
    if (closedEpochDay <= yearEnd) {
      if (ground == null) {
        throw new InvalidValueException("ground", null, "is required for a request closed in the year");
      }
      counts[base + FIRST_GROUND + ground.ordinal()]++;
    } else {
      counts[base + CARRIED_FORWARD]++;
    }
  }

  /**
   * Adds a review or litigation case to table 四, if the {@link CaseCounting} policy counts it in
   * this year; its column is its result on 31 December.
   *
   * @param remedyCase the case; not null
   * @return this accumulator
   */
  public ReportAccumulator add(RemedyCase remedyCase) {
    InvalidValueException.requireNonNull(remedyCase, "remedyCase");
    long filed = remedyCase.getFiledOn().toEpochDay();
    LocalDate decided = remedyCase.getDecidedOn();
    boolean counted =
        filed <= yearEnd
            && (filed >= yearStart
                || (caseCounting == CaseCounting.ACTIVE_IN_YEAR
                    && (decided == null || decided.toEpochDay() >= yearStart)));
    if (!counted) {
      return this;
    }
    int row;
    if (remedyCase instanceof ReviewCase) {
      row = 0;
    } else {
      row = ((LitigationCase) remedyCase).getRoute().ordinal() + 1;
    }
    cases[row * RESULTS.length + remedyCase.resultAsOf(LocalDate.ofEpochDay(yearEnd)).ordinal()]++;
    return this;
  }

  /**
   * Adds another accumulator's counts to this one (departments into their government, or partial
   * results of a split input).
   *
   * @param other an accumulator for the same year and case policy; not null
   * @return this accumulator
   * @throws InvalidValueException if the year or policy differs
   */
  public ReportAccumulator merge(ReportAccumulator other) {
    InvalidValueException.requireNonNull(other, "other");
    if (other.year != year || other.caseCounting != caseCounting) {
      throw new InvalidValueException(
          "other", other.year + "/" + other.caseCounting, "must be an accumulator for " + year + "/" + caseCounting);
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    for (int i = 0; i < cases.length; i++) {
      cases[i] += other.cases[i];
    }
    outside += other.outside;
    return this;
  }

  /**
   * Requests seen that belong to no cell of this year (never received, received after the year,
   * or closed before it).
   *
   * @return the count
   */
  public long getOutside() {
    return outside;
  }

  /**
   * Requests counted in the year: 一 + 二 over all columns.
   *
   * @return the count
   */
  public long getCounted() {
    long n = 0;
    for (int a = 0; a < APPLICANTS.length; a++) {
      n += counts[a * STRIDE + NEW] + counts[a * STRIDE + CARRIED_OVER];
    }
    return n;
  }

  /**
   * The report in a format with tables: table 三 and 四 from the counts (every cell a number, 0
   * included; category rows with sub-items left blank as in the official tables), table 二 blank.
   *
   * @param format the format (2021 or 2019 trial); not null
   * @param agency the reporting agency; not blank
   * @return the report
   */
  public AnnualReport toReport(ReportFormat format, String agency) {
    return toReport(format, agency, Map.of());
  }

  /**
   * The report, with table 二 from supplied proactive-disclosure figures.
   *
   * @param format the format (2021 or 2019 trial); not null
   * @param agency the reporting agency; not blank
   * @param table2 cells of table 二 (e.g. {@code table2/licensing/decisions} → 120); not null
   * @return the report
   * @throws InvalidValueException if a supplied cell is not in table 二 of the format
   */
  public AnnualReport toReport(ReportFormat format, String agency, Map<CellAddress, CellValue> table2) {
    InvalidValueException.requireNonNull(table2, "table2");
    AnnualReport.Builder b = AnnualReport.builder(format, year, agency);
    for (Map.Entry<CellAddress, CellValue> e : table2.entrySet()) {
      if (e.getKey().getTable() != ReportTable.TABLE_2) {
        throw new InvalidValueException("table2", e.getKey().toString(), "must be a cell of table 二");
      }
      b.set(e.getKey(), e.getValue());
    }
    TableLayout t3 = format.getLayout().getTable(ReportTable.TABLE_3);
    long[] totals = new long[t3.getRows().size()];
    for (ColumnLayout col : t3.getColumns(RowLayout.NEW)) {
      ApplicantType a = col.getApplicantType();
      if (a == null) {
        continue;
      }
      int base = a.ordinal() * STRIDE;
      long[] row = new long[t3.getRows().size()];
      java.util.List<RowLayout> rows = t3.getRows();
      for (int i = 0; i < rows.size(); i++) {
        RowLayout r = rows.get(i);
        switch (r.getCode()) {
          case RowLayout.NEW:
            row[i] = counts[base + NEW];
            break;
          case RowLayout.CARRIED_OVER:
            row[i] = counts[base + CARRIED_OVER];
            break;
          case RowLayout.CARRIED_FORWARD:
            row[i] = counts[base + CARRIED_FORWARD];
            break;
          default:
            break;
        }
      }
      long closed = 0;
      for (OutcomeGround g : GROUNDS) {
        long n = counts[base + FIRST_GROUND + g.ordinal()];
        closed += n;
        row[rows.indexOf(t3.rowFor(g))] += n;
      }
      for (int i = 0; i < rows.size(); i++) {
        RowLayout r = rows.get(i);
        if (r.getRole() == RowLayout.Role.OUTCOME_TOTAL) {
          row[i] = closed;
        }
        if (r.isPrinted()) {
          b.set(CellAddress.of(ReportTable.TABLE_3, r.getCode(), col.getCode()), CellValue.ofCount(row[i]));
          totals[i] += row[i];
        }
      }
    }
    java.util.List<RowLayout> rows = t3.getRows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).isPrinted()) {
        b.set(CellAddress.of(ReportTable.TABLE_3, rows.get(i).getCode(), ColumnLayout.TOTAL),
            CellValue.ofCount(totals[i]));
      }
    }
    for (int row = 0; row < CASE_ROWS.length; row++) {
      long total = 0;
      for (CaseResult r : RESULTS) {
        long n = cases[row * RESULTS.length + r.ordinal()];
        total += n;
        b.set(CellAddress.of(ReportTable.TABLE_4, CASE_ROWS[row], r.getCode()), CellValue.ofCount(n));
      }
      b.set(CellAddress.of(ReportTable.TABLE_4, CASE_ROWS[row], ColumnLayout.TOTAL), CellValue.ofCount(total));
    }
    return b.build();
  }

  /**
   * Whether two accumulators hold the same counts (same year and policy).
   *
   * @param other the other accumulator
   * @return true if equal
   */
  public boolean sameCounts(ReportAccumulator other) {
    return year == other.year && caseCounting == other.caseCounting && outside == other.outside
        && Arrays.equals(counts, other.counts) && Arrays.equals(cases, other.cases);
  }

  @Override
  public String toString() {
    return "ReportAccumulator{" + year + ", counted " + getCounted() + ", outside " + outside + "}";
  }
}
