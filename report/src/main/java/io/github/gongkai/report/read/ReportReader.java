package io.github.gongkai.report.read;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.AnnualReport;
import io.github.gongkai.report.BlockLayout;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ColumnLayout;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.RowLayout;
import io.github.gongkai.report.TableLayout;
import io.github.gongkai.report.check.CheckRule;
import io.github.gongkai.report.check.Finding;
import io.github.gongkai.report.check.Severity;
import io.github.gongkai.report.internal.ReportTexts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a published annual report from its web page (HTML) or text into an {@link AnnualReport},
 * with a reading log ({@link ReadResult}).
 *
 * <ul>
 *   <li><b>HTML</b>: every {@code <table>} of the page (jsoup), merged cells expanded into a grid;
 *       a table is 二, 三 or 四 by its headings; a row's label is its last label cell (the merged
 *       cells before it are its group), its header the header cells above each value.
 *   <li><b>Text</b> (cells run together, e.g. {@code 1000001}): the tables lie between the section
 *       headings 二 to 五 (a misprinted heading is found by edit distance); each run of digits is
 *       a row's cells, the text before it ends with the row's label. A run is split into the row's
 *       cells by lengths alone where only one split fits, else by the row's identity (总计 = the
 *       applicant columns; table 四: 总计 = the four results), else by table 三's column identities
 *       (（七） = （一）…（六）; 一 + 二 = （七） + 四) given the rows already read; a row that still
 *       has none or several splits is left blank and listed ({@link ReadProblem}), never guessed.
 * </ul>
 *
 * <p>Labels are matched by {@link LabelMatcher} (exact, normalised, near-miss) or, failing that, by
 * position; near-miss and position matches are warnings ({@link CheckRule#READ_LABEL}). The format
 * is found from the tables: table 二's columns (2021: 本年制发件数 …; 2019 trial: 本年新制作数量 …),
 * and table 三's （六）其他处理 (sub-items in 2021, one row in the 2019 trial format). A 2019 table
 * 二 with a 2021 table 三 is read as a 2021 report whose table 二 is only in the log ({@link
 * CheckRule#READ_FORMAT}). The year and agency come from the page's title unless given. Immutable
 * and thread-safe.
 */
public final class ReportReader {
  private static final Pattern TITLE = Pattern.compile("^(.*?)\\s*((?:19|20)\\d{2})\\s*年");

  private final @Nullable Integer year;
  private final @Nullable String agency;

  private ReportReader(@Nullable Integer year, @Nullable String agency) {
    this.year = year;
    this.agency = agency;
  }

  /**
   * A reader taking the year and agency from the page's title.
   *
   * @return the reader
   */
  public static ReportReader standard() {
    return new ReportReader(null, null);
  }

  /**
   * This reader with the report year given.
   *
   * @param reportYear the year
   * @return a new reader
   */
  public ReportReader withYear(int reportYear) {
    return new ReportReader(reportYear, agency);
  }

  /**
   * This reader with the agency given.
   *
   * @param agencyName the agency; not blank
   * @return a new reader
   */
  public ReportReader withAgency(String agencyName) {
    if (InvalidValueException.requireNonNull(agencyName, "agency").isBlank()) {
      throw new InvalidValueException("agency", agencyName, "must not be blank");
    }
    return new ReportReader(year, agencyName);
  }

  /**
   * Reads a report.
   *
   * @param content the page or text; not null
   * @param format HTML or text; not null
   * @return the report and its reading log
   * @throws InvalidValueException if no table of a report is found, or the year or agency is neither
   *     given nor in the title
   */
  public ReadResult read(String content, SourceFormat format) {
    InvalidValueException.requireNonNull(content, "content");
    InvalidValueException.requireNonNull(format, "format");
    PageTables page = format == SourceFormat.HTML ? PageTables.ofHtml(content) : PageTables.ofText(content);
    return new Reading(page, format).run();
  }

  /** One printed row matched to a standard row; its cells once read. */
  private static final class RowRead {
    final String code;
    final LabelMatch match;
    final String context;
    final PageTables.RawRow raw;
    @Nullable List<String> cells;
    DigitSplitter.@Nullable Result split;
    DigitSplitter.Basis basis = DigitSplitter.Basis.NONE;

    RowRead(String code, LabelMatch match, String context, PageTables.RawRow raw) {
      this.code = code;
      this.match = match;
      this.context = context;
      this.raw = raw;
    }
  }

  /** The reading of one table against one layout. */
  private static final class TableRead {
    final TableLayout layout;
    final List<RowRead> rows = new ArrayList<>();
    final List<LabelMatch> labels = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
    final List<Map<String, Object>> splits = new ArrayList<>();
    /** Per block, the standard column of each printed column where the headers name them in another order. */
    final Map<String, List<String>> columnOrder = new LinkedHashMap<>();

    TableRead(TableLayout layout) {
      this.layout = layout;
    }

    int score() {
      int s = 0;
      for (LabelMatch m : labels) {
        s += m.getKind() == MatchKind.EXACT || m.getKind() == MatchKind.NORMALISED ? 1 : 0;
      }
      return s;
    }

    boolean has(String code) {
      return rows.stream().anyMatch(r -> r.code.equals(code));
    }
  }

  private final class Reading {
    final PageTables page;
    final SourceFormat source;

    Reading(PageTables page, SourceFormat source) {
      this.page = page;
      this.source = source;
    }

    ReadResult run() {
      boolean any = page.table4Run != null;
      for (List<PageTables.RawRow> r : page.rows.values()) {
        any |= !r.isEmpty();
      }
      if (!any) {
        throw new InvalidValueException(
            "input", null, "must hold the tables of an annual report (表二, 表三, 表四); none was found");
      }
      TableLayout t3layout = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_3);
      TableRead t3 = readRows(t3layout, page.rowsOf(ReportTable.TABLE_3));
      resolveByColumns(t3);
      TableRead t4 = readTable4();
      TableRead t2 = null;
      ReportFormat t2format = null;
      if (!page.rowsOf(ReportTable.TABLE_2).isEmpty()) {
        TableRead a = readRows(ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_2), page.rowsOf(ReportTable.TABLE_2));
        resolveByColumns(a);
        TableRead b = readRows(ReportFormat.TRIAL_2019.getLayout().getTable(ReportTable.TABLE_2), page.rowsOf(ReportTable.TABLE_2));
        resolveByColumns(b);
        boolean trial = b.score() > a.score();
        t2 = trial ? b : a;
        t2format = trial ? ReportFormat.TRIAL_2019 : ReportFormat.FORMAT_2021;
      }
      Integer reportYear = year;
      String agencyName = agency;
      String title = page.title == null ? "" : page.title;
      Matcher m = TITLE.matcher(title);
      boolean titled = m.find();
      if (reportYear == null) {
        if (!titled) {
          throw new InvalidValueException(
              "year", LabelText.tidy(title), "must be given: the title names no report year");
        }
        reportYear = Integer.valueOf(m.group(2));
      }
      if (agencyName == null) {
        if (!titled || m.group(1).isBlank()) {
          throw new InvalidValueException("agency", LabelText.tidy(title), "must be given: the title names no agency");
        }
        agencyName = LabelText.tidy(m.group(1));
      }
      boolean sixRows = t3.has("other-correction-not-made") || t3.has("other-fee-not-paid") || t3.has("other");
      boolean sixSingle = t3.has("all-other") && !sixRows;
      ReportFormat t3format = null;
      if (!t3.rows.isEmpty()) {
        if (!sixSingle) {
          t3format = ReportFormat.FORMAT_2021;
        } else if (t2format != null) {
          t3format = t2format;
        } else {
          t3format = reportYear >= 2021 ? ReportFormat.FORMAT_2021 : ReportFormat.TRIAL_2019;
        }
      }
      ReportFormat format = t3format != null ? t3format : t2format != null ? t2format : ReportFormat.forYear(reportYear);
      Map<ReportTable, ReportFormat> tableFormats = new EnumMap<>(ReportTable.class);
      if (t2format != null) {
        tableFormats.put(ReportTable.TABLE_2, t2format);
      }
      if (t3format != null) {
        tableFormats.put(ReportTable.TABLE_3, t3format);
      }
      AnnualReport.Builder b = AnnualReport.builder(format, reportYear, agencyName);
      List<LabelMatch> labels = new ArrayList<>();
      List<ReadProblem> problems = new ArrayList<>();
      List<Map<String, Object>> splits = new ArrayList<>();
      for (ReportTable t : ReportTable.values()) {
        PageTables.Heading h = page.headings.get(t);
        if (h != null) {
          String standard = ReportFormat.FORMAT_2021.getLayout().getSections().get(t.ordinal() + 1).getNumber() + "、"
              + ReportFormat.FORMAT_2021.getLayout().getTable(t).getTitleZh();
          labels.add(LabelMatch.of(t, LabelMatch.Axis.TABLE, h.printed(), t.getCode(), standard,
              h.distance() > 0 ? MatchKind.NEAR_MISS
                  : h.printed().equals(standard) ? MatchKind.EXACT : MatchKind.NORMALISED,
              h.distance()));
        }
      }
      ReportFormat t2f = t2format;
      boolean mixed = t2f != null && t2f != format;
      for (TableRead t : java.util.Arrays.asList(t2, t3, t4)) {
        if (t == null) {
          continue;
        }
        labels.addAll(t.labels);
        problems.addAll(t.problems);
        splits.addAll(t.splits);
        if (t == t2 && mixed) {
          continue;
        }
        place(b, t);
      }
      AnnualReport report = b.build();
      List<Finding> findings = new ArrayList<>();
      if (t2f != null && mixed) {
        findings.add(finding(CheckRule.READ_FORMAT, Severity.WARNING, List.of(), report,
            "read.mixed", t2f.getCode(), format.getCode()));
      }
      if (sixSingle && format == ReportFormat.FORMAT_2021) {
        List<CellAddress> cells = new ArrayList<>();
        for (ColumnLayout c : t3layout.getColumns("all-other")) {
          cells.add(CellAddress.of(ReportTable.TABLE_3, "all-other", c.getCode()));
        }
        findings.add(finding(CheckRule.READ_FORMAT, Severity.WARNING, cells, report, "read.single-other"));
      }
      for (LabelMatch l : labels) {
        if (!l.getKind().isWarning()) {
          continue;
        }
        List<CellAddress> cells = new ArrayList<>();
        if (l.getAxis() == LabelMatch.Axis.ROW && !(mixed && l.getTable() == ReportTable.TABLE_2)) {
          TableLayout layout = format.getLayout().getTable(l.getTable());
          if (layout.findRow(l.getCode()).isPresent()) {
            for (ColumnLayout c : layout.getColumns(l.getCode())) {
              cells.add(CellAddress.of(l.getTable(), l.getCode(), c.getCode()));
            }
          }
        }
        String numeral = l.getTable().getNumeral();
        if (l.getKind() == MatchKind.NEAR_MISS) {
          findings.add(finding(CheckRule.READ_LABEL, Severity.WARNING, cells, report, "read.near-miss",
              numeral, l.getPrinted(), l.getStandard(), Integer.toString(l.getDistance())));
        } else {
          findings.add(finding(CheckRule.READ_LABEL, Severity.WARNING, cells, report, "read.position",
              numeral, l.getPrinted(), l.getStandard()));
        }
      }
      for (ReadProblem p : problems) {
        List<CellAddress> cells = new ArrayList<>();
        TableLayout layout = format.getLayout().getTable(p.getTable());
        if (!p.getRow().isEmpty() && layout.findRow(p.getRow()).isPresent() && !(mixed && p.getTable() == ReportTable.TABLE_2)) {
          for (ColumnLayout c : layout.getColumns(p.getRow())) {
            cells.add(CellAddress.of(p.getTable(), p.getRow(), c.getCode()));
          }
        }
        String numeral = p.getTable().getNumeral();
        if (p.getKind() == ReadProblem.Kind.AMBIGUOUS) {
          findings.add(finding(CheckRule.READ_CELLS, Severity.ERROR, cells, report, "read.ambiguous",
              numeral, p.getPrinted(), p.getText(), Integer.toString(p.getCandidates().size())));
        } else {
          findings.add(finding(CheckRule.READ_CELLS, Severity.ERROR, cells, report, "read.impossible",
              numeral, p.getPrinted(), p.getText(), p.getReason()));
        }
      }
      return new ReadResult(report, source, tableFormats, labels, splits, problems, findings);
    }

    private Finding finding(CheckRule rule, Severity severity, List<CellAddress> cells, AnnualReport report, String key, Object... args) {
      List<CellValue> values = new ArrayList<>();
      List<String> where = new ArrayList<>();
      for (CellAddress a : cells) {
        values.add(report.get(a));
        where.add(report.getLayout().getTable(a.getTable()).describeZh(a));
      }
      return Finding.of(rule, severity, cells, values, where,
          ReportTexts.MESSAGES.format(key, Locale.SIMPLIFIED_CHINESE, args),
          ReportTexts.MESSAGES.format(key, Locale.ENGLISH, args));
    }

    private void place(AnnualReport.Builder b, TableRead t) {
      for (RowRead r : t.rows) {
        if (r.cells == null) {
          continue;
        }
        List<ColumnLayout> columns = t.layout.getColumns(r.code);
        List<String> order = t.columnOrder.get(t.layout.getBlock(r.code).getCode());
        for (int i = 0; i < columns.size(); i++) {
          CellValue v = CellValue.parse(r.cells.get(i));
          String column = order == null ? columns.get(i).getCode() : order.get(i);
          b.set(CellAddress.of(t.layout.getTable(), r.code, column), v);
        }
      }
    }

    /** Matches the printed rows of a table to its layout and reads their cells. */
    TableRead readRows(TableLayout layout, List<PageTables.RawRow> raws) {
      TableRead out = new TableRead(layout);
      LabelMatcher matcher = LabelMatcher.rows(layout);
      List<RowLayout> all = layout.getRows();
      int next = 0;
      Set<String> seen = new HashSet<>();
      Set<String> blocksLogged = new HashSet<>();
      for (int index = 0; index < raws.size(); index++) {
        PageTables.RawRow raw = raws.get(index);
        String expected = null;
        for (int i = next; i < all.size() && expected == null; i++) {
          if (all.get(i).isPrinted()) {
            expected = all.get(i).getCode();
          }
        }
        Optional<LabelMatcher.SuffixMatch> m = page.text
            ? matcher.matchSuffix(raw.label(), expected)
            : matcher.match(raw.label(), expected).map(x -> new LabelMatcher.SuffixMatch(x, raw.context()));
        if (m.isEmpty() && !page.text && !raw.context().isBlank()) {
          // merged cells read in order: "（三）不予公开" "1.属于国家秘密"
          m = matcher.match(raw.context() + raw.label(), expected).map(x -> new LabelMatcher.SuffixMatch(x, ""));
        }
        LabelMatch match;
        String context;
        if (m.isPresent()) {
          match = m.get().match();
          context = m.get().context();
        } else if (expected != null && index + 1 < raws.size() && labelFits(matcher, raws.get(index + 1), expected)) {
          // the next printed row is the one expected here: this one is not a row of the table
          out.problems.add(ReadProblem.of(layout.getTable(), "", LabelText.tidy(raw.label()), text(raw),
              ReadProblem.Kind.IMPOSSIBLE, List.of(), "a row that is not in the table"));
          continue;
        } else if (expected != null) {
          String printed = LabelText.tidy(raw.label());
          if (page.text && printed.length() > 40) {
            printed = printed.substring(printed.length() - 40);
          }
          match = matcher.byPosition(printed, expected);
          context = "";
        } else {
          out.problems.add(ReadProblem.of(layout.getTable(), "", LabelText.tidy(raw.label()), text(raw),
              ReadProblem.Kind.IMPOSSIBLE, List.of(), "a row after the last row of the table"));
          continue;
        }
        String code = match.getCode();
        if (!seen.add(code)) {
          out.problems.add(ReadProblem.of(layout.getTable(), code, match.getPrinted(), text(raw),
              ReadProblem.Kind.IMPOSSIBLE, List.of(), "the row is printed twice; the first is read"));
          continue;
        }
        for (int i = 0; i < all.size(); i++) {
          if (all.get(i).getCode().equals(code)) {
            next = i + 1;
          }
        }
        out.labels.add(match);
        RowRead row = new RowRead(code, match, context, raw);
        out.rows.add(row);
        BlockLayout block = layout.getBlock(code);
        if (blocksLogged.add(block.getCode())) {
          List<LabelMatch> cols = columns(layout, block, raw, context);
          out.labels.addAll(cols);
          order(out, block, cols);
        }
        readCells(out, row);
      }
      return out;
    }

    /**
     * Where the printed column headers name the block's columns in another order (each once), the
     * cells go to the columns named; where they name a column twice, the block's rows are not read.
     */
    private void order(TableRead t, BlockLayout block, List<LabelMatch> cols) {
      if (page.text || cols.size() != block.getColumns().size()) {
        return;
      }
      List<String> codes = new ArrayList<>();
      for (LabelMatch m : cols) {
        codes.add(m.getCode());
      }
      List<String> standard = new ArrayList<>();
      for (ColumnLayout c : block.getColumns()) {
        standard.add(c.getCode());
      }
      if (codes.equals(standard)) {
        return;
      }
      if (new HashSet<>(codes).size() == codes.size()) {
        t.columnOrder.put(block.getCode(), codes);
      } else {
        t.columnOrder.put(block.getCode(), List.of());
      }
    }

    /** Whether a printed row's label is (exactly or normalised) the given row's. */
    private boolean labelFits(LabelMatcher matcher, PageTables.RawRow raw, String code) {
      Optional<LabelMatch> m = page.text
          ? matcher.matchSuffix(raw.label(), code).map(LabelMatcher.SuffixMatch::match)
          : matcher.match(raw.label(), code);
      return m.isPresent() && m.get().getCode().equals(code) && !m.get().getKind().isWarning();
    }

    /** The column labels printed for a block: above the first row's cells, or in the text before it. */
    private List<LabelMatch> columns(TableLayout layout, BlockLayout block, PageTables.RawRow raw, String context) {
      List<LabelMatch> out = new ArrayList<>();
      LabelMatcher cm = LabelMatcher.columns(layout, block);
      List<ColumnLayout> cols = block.getColumns();
      if (!page.text) {
        if (raw.columnLabels().size() != cols.size()) {
          return out;
        }
        for (int i = 0; i < cols.size(); i++) {
          String printed = raw.columnLabels().get(i);
          String code = cols.get(i).getCode();
          out.add(cm.match(printed, code).orElseGet(() -> cm.byPosition(printed, code)));
        }
        return out;
      }
      for (ColumnLayout c : cols) {
        out.add(findInText(layout.getTable(), LabelMatch.Axis.COLUMN, context, c.getCode(), c.getLabelZh()));
      }
      return out;
    }

    private LabelMatch findInText(ReportTable table, LabelMatch.Axis axis, String text, String code, String standard) {
      if (text.contains(standard)) {
        return LabelMatch.of(table, axis, standard, code, standard, MatchKind.EXACT, 0);
      }
      int[] f = PageTables.find(text, standard, 0);
      if (f == null) {
        return LabelMatch.of(table, axis, "", code, standard, MatchKind.POSITION, -1);
      }
      String printed = LabelText.tidy(text.substring(f[0], f[1]));
      return LabelMatch.of(table, axis, printed, code, standard, f[2] == 0 ? MatchKind.NORMALISED : MatchKind.NEAR_MISS, f[2]);
    }

    private String text(PageTables.RawRow raw) {
      return raw.run() != null ? LabelText.tidy(raw.run()) : String.join("|", raw.cells());
    }

    private void readCells(TableRead t, RowRead row) {
      TableLayout layout = t.layout;
      int n = layout.getColumns(row.code).size();
      List<String> order = t.columnOrder.get(layout.getBlock(row.code).getCode());
      if (order != null && order.isEmpty()) {
        t.problems.add(ReadProblem.of(layout.getTable(), row.code, row.match.getPrinted(), text(row.raw),
            ReadProblem.Kind.IMPOSSIBLE, List.of(), "the column headers name a column twice"));
        return;
      }
      String run = row.raw.run();
      if (run == null) {
        List<String> cells = row.raw.cells();
        if (cells.size() != n) {
          t.problems.add(ReadProblem.of(layout.getTable(), row.code, row.match.getPrinted(), text(row.raw),
              ReadProblem.Kind.IMPOSSIBLE, List.of(), cells.size() + " cells printed, the row has " + n));
          return;
        }
        accept(t, row, cells);
        return;
      }
      if (n == 1) {
        String cell = LabelText.tidy(run);
        if (cell.contains(" ")) {
          t.problems.add(ReadProblem.of(layout.getTable(), row.code, row.match.getPrinted(), cell,
              ReadProblem.Kind.IMPOSSIBLE, List.of(), "several numbers for one cell"));
          return;
        }
        row.basis = DigitSplitter.Basis.LENGTH;
        logSplit(t, row, List.of(cell));
        accept(t, row, List.of(cell));
        return;
      }
      DigitSplitter.Result r = DigitSplitter.split(run, n, identities(layout.getTable(), n));
      row.split = r;
      if (r.decided()) {
        row.basis = r.basis();
        logSplit(t, row, r.splits().get(0));
        accept(t, row, r.splits().get(0));
      }
      // undecided rows wait for the column identities (resolveByColumns), then are reported
    }

    private void logSplit(TableRead t, RowRead row, List<String> cells) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("table", t.layout.getTable().getCode());
      o.put("row", row.code);
      o.put("run", row.raw.run() == null ? "" : LabelText.tidy(row.raw.run()));
      o.put("cells", new ArrayList<Object>(cells));
      o.put("by", row.basis.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      t.splits.add(o);
    }

    private void accept(TableRead t, RowRead row, List<String> cells) {
      for (String c : cells) {
        if (!PageTables.valueLike(c) || !isCell(c)) {
          t.problems.add(ReadProblem.of(t.layout.getTable(), row.code, row.match.getPrinted(), String.join("|", cells),
              ReadProblem.Kind.IMPOSSIBLE, List.of(), "\"" + c + "\" is not a number, \"/\" or blank"));
          return;
        }
      }
      row.cells = List.copyOf(cells);
    }

    private boolean isCell(String c) {
      try {
        CellValue.parse(c);
        return true;
      } catch (InvalidValueException e) {
        return false;
      }
    }

    /** Table 三 (seven cells): 总计 = the six applicant columns; table 四 (five): 总计 = the four results. */
    private List<DigitSplitter.Sum> identities(ReportTable table, int n) {
      if (table == ReportTable.TABLE_3 && n == 7) {
        return List.of(new DigitSplitter.Sum(List.of(0, 1, 2, 3, 4, 5), 6));
      }
      if (table == ReportTable.TABLE_4 && n % 5 == 0) {
        List<DigitSplitter.Sum> out = new ArrayList<>();
        for (int g = 0; g < n; g += 5) {
          out.add(new DigitSplitter.Sum(List.of(g, g + 1, g + 2, g + 3), g + 4));
        }
        return out;
      }
      return List.of();
    }

    /**
     * Rows left with several splits: keep (table 三) the splits that satisfy the column identities
     * whose other rows are all read, until nothing changes; report the rest.
     */
    private void resolveByColumns(TableRead t) {
      boolean progress = true;
      while (progress) {
        progress = false;
        for (RowRead r : t.rows) {
          if (r.cells != null || r.split == null || r.split.splits().size() < 2) {
            continue;
          }
          List<List<String>> keep = new ArrayList<>();
          for (List<String> candidate : r.split.splits()) {
            if (fitsColumns(t, r, candidate)) {
              keep.add(candidate);
            }
          }
          if (keep.size() == 1) {
            r.basis = DigitSplitter.Basis.COLUMN_IDENTITY;
            logSplit(t, r, keep.get(0));
            accept(t, r, keep.get(0));
            progress = true;
          }
        }
      }
      for (RowRead r : t.rows) {
        if (r.cells != null || r.split == null) {
          continue;
        }
        DigitSplitter.Result s = r.split;
        String run = LabelText.tidy(r.raw.run() == null ? "" : r.raw.run());
        if (s.splits().isEmpty()) {
          t.problems.add(ReadProblem.of(t.layout.getTable(), r.code, r.match.getPrinted(), run,
              ReadProblem.Kind.IMPOSSIBLE, List.of(), "no split into " + t.layout.getColumns(r.code).size()
                  + " cells fits the row"));
        } else {
          t.problems.add(ReadProblem.of(t.layout.getTable(), r.code, r.match.getPrinted(), run,
              ReadProblem.Kind.AMBIGUOUS, s.splits(), s.splits().size() + (s.capped() ? "+" : "") + " splits fit"));
        }
      }
    }

    private boolean fitsColumns(TableRead t, RowRead row, List<String> candidate) {
      if (t.layout.getTable() != ReportTable.TABLE_3) {
        return true;
      }
      List<String> outcomes = new ArrayList<>();
      for (RowRead r : t.rows) {
        RowLayout l = t.layout.getRow(r.code);
        if (l.getRole() == RowLayout.Role.OUTCOME || (l.getRole() == RowLayout.Role.OUTCOME_SUBTOTAL && l.getChildren().stream().noneMatch(t::has))) {
          outcomes.add(r.code);
        }
      }
      List<List<List<String>>> identities = List.of(
          List.of(List.of(RowLayout.NEW, RowLayout.CARRIED_OVER), List.of(RowLayout.TOTAL, RowLayout.CARRIED_FORWARD)),
          List.of(outcomes, List.of(RowLayout.TOTAL)));
      for (List<List<String>> identity : identities) {
        boolean involved = identity.get(0).contains(row.code) || identity.get(1).contains(row.code);
        if (!involved) {
          continue;
        }
        // every other row of the identity must be read, with numbers
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean complete = true;
        for (List<String> side : identity) {
          for (String code : side) {
            if (code.equals(row.code)) {
              values.put(code, candidate);
              continue;
            }
            RowRead other = t.rows.stream().filter(x -> x.code.equals(code)).findFirst().orElse(null);
            if (other == null || other.cells == null) {
              complete = false;
            } else {
              values.put(code, other.cells);
            }
          }
        }
        if (!complete) {
          continue;
        }
        for (int c = 0; c < candidate.size(); c++) {
          Long left = sum(identity.get(0), values, c);
          Long right = sum(identity.get(1), values, c);
          if (left != null && right != null && !left.equals(right)) {
            return false;
          }
        }
      }
      return true;
    }

    private @Nullable Long sum(List<String> codes, Map<String, List<String>> values, int column) {
      long s = 0;
      for (String code : codes) {
        List<String> row = values.get(code);
        if (row == null) {
          return null;
        }
        String v = row.get(column);
        if (!v.matches("\\d+")) {
          return null;
        }
        s += Long.parseLong(v);
      }
      return s;
    }

    /** Table 四: printed rows (HTML) or, for text, one run of its fifteen cells under its headers. */
    TableRead readTable4() {
      TableLayout layout = ReportFormat.FORMAT_2021.getLayout().getTable(ReportTable.TABLE_4);
      if (!page.text || page.table4Run == null) {
        TableRead rows = readRowsEachLogged(layout, page.rowsOf(ReportTable.TABLE_4));
        resolveByColumns(rows);
        return rows;
      }
      TableRead out = new TableRead(layout);
      String header = page.table4Header == null ? "" : page.table4Header;
      List<RowLayout> rows = layout.getRows();
      for (RowLayout r : rows) {
        out.labels.add(findInText(ReportTable.TABLE_4, LabelMatch.Axis.ROW, header, r.getCode(), r.getLabelZh()));
      }
      for (ColumnLayout c : layout.getColumns(rows.get(0).getCode())) {
        out.labels.add(findInText(ReportTable.TABLE_4, LabelMatch.Axis.COLUMN, header, c.getCode(), c.getLabelZh()));
      }
      int n = 0;
      for (RowLayout r : rows) {
        n += layout.getColumns(r.getCode()).size();
      }
      String run = page.table4Run;
      DigitSplitter.Result s = DigitSplitter.split(run, n, identities(ReportTable.TABLE_4, n));
      String all = rows.stream().map(RowLayout::getCode).reduce((a, b) -> a + "," + b).orElse("");
      if (!s.decided()) {
        out.problems.add(ReadProblem.of(ReportTable.TABLE_4, rows.get(0).getCode(), all, LabelText.tidy(run),
            s.splits().isEmpty() ? ReadProblem.Kind.IMPOSSIBLE : ReadProblem.Kind.AMBIGUOUS, s.splits(),
            s.splits().isEmpty() ? "no split into " + n + " cells fits" : s.splits().size() + " splits fit"));
        return out;
      }
      List<String> cells = s.splits().get(0);
      int at = 0;
      for (RowLayout r : rows) {
        int k = layout.getColumns(r.getCode()).size();
        LabelMatch m = out.labels.get(rows.indexOf(r));
        RowRead row = new RowRead(r.getCode(), m, "", new PageTables.RawRow(m.getPrinted(), "", List.of(), run, List.of()));
        row.basis = s.basis();
        out.rows.add(row);
        logSplit(out, row, cells.subList(at, at + k));
        accept(out, row, cells.subList(at, at + k));
        at += k;
      }
      return out;
    }

    /** Like {@link #readRows}, with the column headers of every printed row logged (table 四's groups). */
    private TableRead readRowsEachLogged(TableLayout layout, List<PageTables.RawRow> raws) {
      TableRead out = readRows(layout, raws);
      for (RowRead r : out.rows.subList(Math.min(1, out.rows.size()), out.rows.size())) {
        out.labels.addAll(columns(layout, layout.getBlock(r.code), r.raw, r.context));
      }
      return out;
    }
  }

  @Override
  public String toString() {
    return "ReportReader{year=" + year + ", agency=" + agency + "}";
  }
}
