package io.github.gongkai.report;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.report.internal.ReportTexts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The layout of one table of one format: blocks, rows, columns and the addresses of its cells.
 * Rows and columns can be found by code or by their printed Chinese label (see {@link
 * #findRow(String)}), so that reports typed from a published table may use either. Immutable and
 * thread-safe.
 */
public final class TableLayout {
  private final ReportFormat format;
  private final ReportTable table;
  private final String titleZh;
  private final String titleEn;
  private final LegalBasis legalBasis;
  private final @Nullable String noteZh;
  private final List<BlockLayout> blocks;
  private final Map<String, RowLayout> rows = new LinkedHashMap<>();
  private final Map<String, BlockLayout> blockOfRow = new HashMap<>();
  private final Map<String, RowLayout> rowAliases = new HashMap<>();
  private final List<CellAddress> cells = new ArrayList<>();

  TableLayout(
      ReportFormat format,
      ReportTable table,
      String titleZh,
      String titleEn,
      LegalBasis legalBasis,
      @Nullable String noteZh,
      List<BlockLayout> blocks) {
    this.format = format;
    this.table = table;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.legalBasis = legalBasis;
    this.noteZh = noteZh;
    this.blocks = List.copyOf(blocks);
    Map<String, Integer> labelCount = new HashMap<>();
    for (BlockLayout b : blocks) {
      for (RowLayout r : b.getRows()) {
        if (rows.put(r.getCode(), r) != null) {
          throw new IllegalStateException(format.getCode() + " " + table + ": duplicate row " + r.getCode());
        }
        blockOfRow.put(r.getCode(), b);
        labelCount.merge(normalise(r.getLabelZh()), 1, Integer::sum);
        for (ColumnLayout c : b.getColumns()) {
          cells.add(CellAddress.of(table, r.getCode(), c.getCode()));
        }
      }
    }
    for (RowLayout r : rows.values()) {
      alias(r.getCode(), r);
      alias(r.getPrintedZh(), r);
      if (labelCount.getOrDefault(normalise(r.getLabelZh()), 0) == 1) {
        alias(r.getLabelZh(), r);
      }
      RowLayout parent = r.getParent() == null ? null : rows.get(r.getParent());
      if (parent != null) {
        alias(parent.getNumber() + r.getNumber(), r);
        alias(parent.getNumber() + r.getPrintedZh(), r);
      } else if (!r.getNumber().isEmpty()) {
        alias(r.getNumber(), r);
      }
    }
  }

  private void alias(String key, RowLayout row) {
    rowAliases.putIfAbsent(normalise(key), row);
  }

  static String normalise(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isWhitespace(c) || c == '.' || c == '、' || c == '．' || c == '\u3000') {
        continue;
      }
      sb.append(c == '(' ? '（' : c == ')' ? '）' : c == '"' || c == '“' || c == '”' ? '"' : c);
    }
    return sb.toString();
  }

  /**
   * The format this table belongs to.
   *
   * @return the format
   */
  public ReportFormat getFormat() {
    return format;
  }

  /**
   * Which table this is.
   *
   * @return the table
   */
  public ReportTable getTable() {
    return table;
  }

  /**
   * The Chinese title as printed.
   *
   * @return the title
   */
  public String getTitleZh() {
    return titleZh;
  }

  /**
   * The English title.
   *
   * @return the title
   */
  public String getTitleEn() {
    return titleEn;
  }

  /**
   * The provision requiring the table (2019 Art.50).
   *
   * @return the legal basis
   */
  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  /**
   * The note printed in the table's corner (table 三's 勾稽关系), or null.
   *
   * @return the note or null
   */
  public @Nullable String getNoteZh() {
    return noteZh;
  }

  /**
   * The blocks in table order.
   *
   * @return the blocks
   */
  public List<BlockLayout> getBlocks() {
    return blocks;
  }

  /**
   * All rows in table order.
   *
   * @return the rows
   */
  public List<RowLayout> getRows() {
    return List.copyOf(rows.values());
  }

  /**
   * The row with a code.
   *
   * @param code the row code
   * @return the row
   * @throws InvalidValueException if the table has no such row
   */
  public RowLayout getRow(String code) {
    RowLayout r = rows.get(code);
    if (r == null) {
      throw new InvalidValueException(
          "row", code, "must be a row of table " + table.getNumeral() + " in format " + format.getCode());
    }
    return r;
  }

  /**
   * Finds a row by code or printed label: {@code new}, {@code 一}, {@code 一、本年新收政府信息公开申请数量},
   * {@code （三）1}, {@code (三)1.属于国家秘密}, {@code 属于国家秘密}… Whitespace, {@code .} and {@code 、}
   * are ignored and half-width parentheses match full-width ones.
   *
   * @param key the code or label
   * @return the row, or empty
   */
  public Optional<RowLayout> findRow(String key) {
    return Optional.ofNullable(rowAliases.get(normalise(key)));
  }

  /**
   * The columns of a row's block.
   *
   * @param rowCode the row code
   * @return the columns
   * @throws InvalidValueException if the table has no such row
   */
  public List<ColumnLayout> getColumns(String rowCode) {
    return getBlock(rowCode).getColumns();
  }

  /**
   * The block a row belongs to.
   *
   * @param rowCode the row code
   * @return the block
   * @throws InvalidValueException if the table has no such row
   */
  public BlockLayout getBlock(String rowCode) {
    String code = getRow(rowCode).getCode();
    // the constructor gives every row its block
    return Objects.requireNonNull(blockOfRow.get(code), code);
  }

  /**
   * Finds a column of a row by code or Chinese header ({@code natural-person} or {@code 自然人}).
   *
   * @param rowCode the row code
   * @param key the column code or label
   * @return the column, or empty
   */
  public Optional<ColumnLayout> findColumn(String rowCode, String key) {
    String k = normalise(key);
    for (ColumnLayout c : getColumns(rowCode)) {
      if (c.getCode().equals(key) || normalise(c.getLabelZh()).equals(k)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The column of an address.
   *
   * @param address the address
   * @return the column
   * @throws InvalidValueException if the address is not a cell of this table
   */
  public ColumnLayout getColumn(CellAddress address) {
    if (address.getTable() != table) {
      throw new InvalidValueException("cell", address.toString(), "must be in " + table.getCode());
    }
    for (ColumnLayout c : getColumns(address.getRow())) {
      if (c.getCode().equals(address.getColumn())) {
        return c;
      }
    }
    throw new InvalidValueException("cell", address.toString(), "must name a column of its row");
  }

  /**
   * Whether an address is a cell of this table.
   *
   * @param address the address
   * @return true if it is
   */
  public boolean contains(CellAddress address) {
    return address.getTable() == table && cells.contains(address);
  }

  /**
   * Every cell, row by row, in table order (optional subtotal rows included).
   *
   * @return the addresses
   */
  public List<CellAddress> getCells() {
    return Collections.unmodifiableList(cells);
  }

  /**
   * The outcome row (table 三) that counts a ground in this format: the ground's own row, or the row
   * of its category where the format prints the category without sub-items.
   *
   * @param ground the ground
   * @return the row
   * @throws InvalidValueException if this is not table 三
   */
  public RowLayout rowFor(OutcomeGround ground) {
    for (RowLayout r : rows.values()) {
      if (r.getRole() == RowLayout.Role.OUTCOME
          && (r.getGround() == ground || (r.getGround() == null && r.getCategory() == ground.getCategory()))) {
        return r;
      }
    }
    throw new InvalidValueException("table", table.getCode(), "must be table 三 to place an outcome ground");
  }

  /**
   * The provisions a row's cells rest on: for an outcome row, the legal bases of its ground(s) under
   * the format's regime ({@link OutcomeGround#getLegalBases}); for a row of a table 二 block, the
   * block's provision (e.g. 2019 Art.20(1)); otherwise the provision requiring the table (Art.50).
   *
   * @param rowCode the row code
   * @return the bases, never empty
   * @throws InvalidValueException if the table has no such row
   */
  public List<LegalBasis> getLegalBases(String rowCode) {
    RowLayout r = getRow(rowCode);
    java.util.LinkedHashSet<LegalBasis> out = new java.util.LinkedHashSet<>();
    io.github.gongkai.core.Regime regime = format.getLayout().getRegime();
    if (r.getGround() != null) {
      out.addAll(r.getGround().getLegalBases(regime));
    } else if (r.getCategory() != null) {
      for (OutcomeGround g : OutcomeGround.of(r.getCategory())) {
        out.addAll(g.getLegalBases(regime));
      }
    }
    LegalBasis block = getBlock(rowCode).getLegalBasis();
    if (out.isEmpty() && block != null) {
      out.add(block);
    }
    if (out.isEmpty()) {
      out.add(legalBasis);
    }
    return List.copyOf(out);
  }

  /**
   * Describes a cell in Chinese, e.g. {@code 表三 一、本年新收政府信息公开申请数量 × 自然人}.
   *
   * @param address the address
   * @return the description
   */
  public String describeZh(CellAddress address) {
    RowLayout r = getRow(address.getRow());
    StringJoiner row = new StringJoiner(" ");
    if (r.getParent() != null) {
      row.add(getRow(r.getParent()).getPrintedZh());
    }
    BlockLayout b = getBlock(r.getCode());
    if (b.getLabelZh() != null) {
      row.add(b.getLabelZh());
    }
    if (r.getGroupZh() != null && r.getParent() == null && table == ReportTable.TABLE_4) {
      row.add(r.getGroupZh());
    }
    row.add(r.getPrintedZh());
    return ReportTexts.MESSAGES.format(
        "cell.where", Locale.SIMPLIFIED_CHINESE, table.getNumeral(), row.toString(), getColumn(address).getLabelZh());
  }

  /**
   * Describes a cell in English, e.g. {@code table 3, Requests received this year × Natural person}.
   *
   * @param address the address
   * @return the description
   */
  public String describeEn(CellAddress address) {
    RowLayout r = getRow(address.getRow());
    StringJoiner row = new StringJoiner(": ");
    if (r.getParent() != null) {
      row.add(getRow(r.getParent()).getLabelEn());
    }
    row.add(r.getLabelEn());
    return ReportTexts.MESSAGES.format(
        "cell.where", Locale.ENGLISH, Integer.toString(table.ordinal() + 2), row.toString(),
        getColumn(address).getLabelEn());
  }

  @Override
  public String toString() {
    return format.getCode() + "/" + table.getCode();
  }
}
