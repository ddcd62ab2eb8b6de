package io.github.gongkai.report;

import io.github.gongkai.core.internal.ResourceTables;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.remedy.CaseResult;
import io.github.gongkai.core.request.ApplicantType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The layout of one report format: its sections and its tables 二, 三 and 四 (none for the 2008
 * format, which had no national table). Loaded once from the reviewed resource {@code
 * report-layouts.tsv}, which names its sources; table 三's outcome rows come from the {@link
 * OutcomeGround} catalogue and its applicant columns from {@link ApplicantType}, never from a second
 * list. Immutable and thread-safe.
 */
public final class ReportLayout {
  static final String RESOURCE = "report-layouts.tsv";
  private static final Map<ReportFormat, ReportLayout> LAYOUTS = load();

  private final ReportFormat format;
  private final Regime regime;
  private final int firstYear;
  private final @Nullable Integer lastYear;
  private final String documentNumber;
  private final String titleZh;
  private final String titleEn;
  private final List<Section> sections;
  private final Map<ReportTable, TableLayout> tables;

  private ReportLayout(
      ReportFormat format,
      Regime regime,
      int firstYear,
      @Nullable Integer lastYear,
      String documentNumber,
      String titleZh,
      String titleEn,
      List<Section> sections,
      Map<ReportTable, TableLayout> tables) {
    this.format = format;
    this.regime = regime;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.documentNumber = documentNumber;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.sections = List.copyOf(sections);
    this.tables = tables;
  }

  /**
   * The layout of a format.
   *
   * @param format the format; not null
   * @return the layout
   */
  public static ReportLayout of(ReportFormat format) {
    ReportFormat f = InvalidValueException.requireNonNull(format, "format");
    // load() fails unless every format has its layout
    return Objects.requireNonNull(LAYOUTS.get(f), f::getCode);
  }

  /**
   * The format.
   *
   * @return the format
   */
  public ReportFormat getFormat() {
    return format;
  }

  /**
   * The regime whose Regulation the format implements.
   *
   * @return the regime
   */
  public Regime getRegime() {
    return regime;
  }

  /**
   * First report year using this format.
   *
   * @return the year
   */
  public int getFirstYear() {
    return firstYear;
  }

  /**
   * Last report year using this format, or null while current.
   *
   * @return the year or null
   */
  public @Nullable Integer getLastYear() {
    return lastYear;
  }

  /**
   * The document that set the format, e.g. {@code 国办公开办函〔2021〕30号}.
   *
   * @return the document number
   */
  public String getDocumentNumber() {
    return documentNumber;
  }

  /**
   * Chinese title of the format.
   *
   * @return the title
   */
  public String getTitleZh() {
    return titleZh;
  }

  /**
   * English title of the format.
   *
   * @return the title
   */
  public String getTitleEn() {
    return titleEn;
  }

  /**
   * The sections 一 to 六 in order.
   *
   * @return the sections
   */
  public List<Section> getSections() {
    return sections;
  }

  /**
   * The tables in order (二, 三, 四); empty for the 2008 format.
   *
   * @return the tables
   */
  public List<TableLayout> getTables() {
    return List.copyOf(tables.values());
  }

  /**
   * Whether the format has statistical tables.
   *
   * @return false for the 2008 format
   */
  public boolean hasTables() {
    return !tables.isEmpty();
  }

  /**
   * One table.
   *
   * @param table the table
   * @return its layout
   * @throws InvalidValueException if the format has no tables
   */
  public TableLayout getTable(ReportTable table) {
    TableLayout t = tables.get(table);
    if (t == null) {
      throw new InvalidValueException("format", format.getCode(), "must be a format with tables (2021 or 2019-trial)");
    }
    return t;
  }

  /**
   * Every cell address of the format, table by table.
   *
   * @return the addresses
   */
  public List<CellAddress> getCells() {
    List<CellAddress> out = new ArrayList<>();
    for (TableLayout t : tables.values()) {
      out.addAll(t.getCells());
    }
    return out;
  }

  @Override
  public String toString() {
    return format.getCode() + " (" + documentNumber + ")";
  }

  // ---- loading -------------------------------------------------------------------------------

  private static final class Draft {
    Regime regime = Regime.R2019;
    int firstYear;
    @Nullable Integer lastYear;
    String document = "";
    String titleZh = "";
    String titleEn = "";
    final List<Section> sections = new ArrayList<>();
    final Map<ReportTable, TableDraft> tables = new EnumMap<>(ReportTable.class);
  }

  private static final class TableDraft {
    String[] fields;
    final Map<String, BlockDraft> blocks = new LinkedHashMap<>();

    TableDraft(String[] fields) {
      this.fields = fields;
    }
  }

  private static final class BlockDraft {
    final String[] fields;
    final List<RowLayout> rows = new ArrayList<>();
    final List<ColumnLayout> columns = new ArrayList<>();

    BlockDraft(String[] fields) {
      this.fields = fields;
    }
  }

  private static @Nullable String opt(String s) {
    return s.equals("-") ? null : s;
  }

  private static Map<ReportFormat, ReportLayout> load() {
    Map<ReportFormat, Draft> drafts = new EnumMap<>(ReportFormat.class);
    ResourceTables.forEachRow(ReportLayout.class, RESOURCE, 0, f -> parseLine(drafts, f));
    Map<ReportFormat, ReportLayout> out = new EnumMap<>(ReportFormat.class);
    for (ReportFormat f : ReportFormat.values()) {
      Draft d = drafts.get(f);
      if (d == null) {
        throw new IllegalStateException(RESOURCE + ": no format line for " + f.getCode());
      }
      Map<ReportTable, TableLayout> tables = new EnumMap<>(ReportTable.class);
      for (Map.Entry<ReportTable, TableDraft> e : d.tables.entrySet()) {
        String[] t = e.getValue().fields;
        List<BlockLayout> blocks = new ArrayList<>();
        for (Map.Entry<String, BlockDraft> b : e.getValue().blocks.entrySet()) {
          String[] bf = b.getValue().fields;
          blocks.add(
              BlockLayout.of(
                  b.getKey(),
                  opt(bf[4]),
                  opt(bf[5]),
                  opt(bf[6]) == null ? null : LegalBasis.parse(d.regime, bf[6]),
                  b.getValue().rows,
                  b.getValue().columns));
        }
        tables.put(
            e.getKey(),
            new TableLayout(
                f, e.getKey(), t[3], t[4], LegalBasis.parse(d.regime, t[5]), opt(t[6]), blocks));
      }
      out.put(
          f,
          new ReportLayout(
              f, d.regime, d.firstYear, d.lastYear, d.document, d.titleZh, d.titleEn, d.sections, tables));
    }
    return out;
  }

  private static void expect(String[] f, int n) {
    if (f.length != n) {
      throw new IllegalStateException("expected " + n + " fields for " + f[0] + " but found " + f.length);
    }
  }

  private static void parseLine(Map<ReportFormat, Draft> drafts, String[] f) {
    String kind = f[0];
    if (kind.equals("format")) {
      expect(f, 8);
      ReportFormat format = ReportFormat.ofCode(f[1]);
      if (drafts.containsKey(format)) {
        throw new IllegalStateException("duplicate format " + f[1]);
      }
      Draft d = new Draft();
      d.regime = Regime.valueOf(f[2]);
      d.firstYear = Integer.parseInt(f[3]);
      d.lastYear = opt(f[4]) == null ? null : Integer.valueOf(f[4]);
      d.document = f[5];
      d.titleZh = f[6];
      d.titleEn = f[7];
      drafts.put(format, d);
      return;
    }
    Draft d = drafts.get(ReportFormat.ofCode(f[1]));
    if (d == null) {
      throw new IllegalStateException("format " + f[1] + " used before its format line");
    }
    switch (kind) {
      case "section":
        expect(f, 6);
        d.sections.add(Section.of(f[2], f[3], f[4], LegalBasis.parse(d.regime, f[5])));
        return;
      case "table":
        {
          expect(f, 7);
          ReportTable t = ReportTable.ofNumeral(f[2]);
          if (d.tables.containsKey(t)) {
            throw new IllegalStateException("duplicate table " + f[2]);
          }
          d.tables.put(t, new TableDraft(f));
          return;
        }
      case "block":
        {
          expect(f, 7);
          TableDraft t = table(d, f[2]);
          if (t.blocks.containsKey(f[3])) {
            throw new IllegalStateException("duplicate block " + f[3]);
          }
          t.blocks.put(f[3], new BlockDraft(f));
          return;
        }
      case "column":
        expect(f, 10);
        addColumns(block(d, f[2], f[3]), f);
        return;
      case "row":
        expect(f, 11);
        addRows(block(d, f[2], f[3]), f);
        return;
      default:
        throw new IllegalStateException("unknown record " + kind);
    }
  }

  private static TableDraft table(Draft d, String table) {
    TableDraft t = d.tables.get(ReportTable.ofNumeral(table));
    if (t == null) {
      throw new IllegalStateException("table " + table + " used before its table line");
    }
    return t;
  }

  private static BlockDraft block(Draft d, String table, String block) {
    TableDraft t = table(d, table);
    if (block.equals("main") && !t.blocks.containsKey("main")) {
      t.blocks.put("main", new BlockDraft(new String[] {"block", "", table, "main", "-", "-", "-"}));
    }
    BlockDraft b = t.blocks.get(block);
    if (b == null) {
      throw new IllegalStateException("block " + block + " used before its block line");
    }
    return b;
  }

  private static void addColumns(BlockDraft b, String[] f) {
    ColumnKind kind = ColumnKind.ofCode(f[7]);
    if (f[4].equals("@applicant-types")) {
      for (ApplicantType a : ApplicantType.values()) {
        boolean organisation = a.isOrganization();
        b.columns.add(
            ColumnLayout.of(
                a.getCode(),
                a.getLabelZh(),
                a.getLabelEn(),
                kind,
                organisation ? opt(f[8]) : null,
                organisation ? opt(f[9]) : null,
                a));
      }
      return;
    }
    if (f[4].equals("@case-results")) {
      for (CaseResult r : CaseResult.values()) {
        b.columns.add(ColumnLayout.of(r.getCode(), r.getLabelZh(), r.getLabelEn(), kind, null, null, null));
      }
      return;
    }
    for (ColumnLayout c : b.columns) {
      if (c.getCode().equals(f[4])) {
        throw new IllegalStateException("duplicate column " + f[4]);
      }
    }
    b.columns.add(ColumnLayout.of(f[4], f[5], f[6], kind, opt(f[8]), opt(f[9]), null));
  }

  private static void addRows(BlockDraft b, String[] f) {
    String number = f[5].equals("-") ? "" : f[5];
    String groupZh = opt(f[8]);
    String groupEn = opt(f[9]);
    if (!f[4].equals("@outcomes")) {
      RowLayout.Role role =
          f[4].equals(RowLayout.TOTAL) ? RowLayout.Role.OUTCOME_TOTAL : RowLayout.Role.PLAIN;
      b.rows.add(
          RowLayout.of(f[4], number, f[6], f[7], groupZh, groupEn, role, null, null, null, List.of()));
      return;
    }
    boolean collapseOther = f[10].contains("collapse-other");
    for (OutcomeCategory c : OutcomeCategory.values()) {
      List<OutcomeGround> grounds = OutcomeGround.of(c);
      if (grounds.size() == 1) {
        OutcomeGround g = grounds.get(0);
        b.rows.add(
            RowLayout.of(
                g.getCode(), c.getRowNumber(), g.getLabelZh(), g.getLabelEn(), groupZh, groupEn,
                RowLayout.Role.OUTCOME, g, c, null, List.of()));
        continue;
      }
      String code = "all-" + c.getCode();
      if (collapseOther && c == OutcomeCategory.OTHER) {
        b.rows.add(
            RowLayout.of(
                code, c.getRowNumber(), c.getLabelZh(), c.getLabelEn(), groupZh, groupEn,
                RowLayout.Role.OUTCOME, null, c, null, List.of()));
        continue;
      }
      List<String> children = new ArrayList<>();
      for (OutcomeGround g : grounds) {
        children.add(g.getCode());
      }
      b.rows.add(
          RowLayout.of(
              code, c.getRowNumber(), c.getLabelZh(), c.getLabelEn(), groupZh, groupEn,
              RowLayout.Role.OUTCOME_SUBTOTAL, null, c, null, children));
      for (OutcomeGround g : grounds) {
        String row = g.getRow();
        String sub = row.substring(row.indexOf(c.getRowNumber()) + c.getRowNumber().length());
        b.rows.add(
            RowLayout.of(
                g.getCode(), sub, g.getLabelZh(), g.getLabelEn(), groupZh, groupEn,
                RowLayout.Role.OUTCOME, g, c, code, List.of()));
      }
    }
  }
}
