package io.github.gongkai.report.read;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.BlockLayout;
import io.github.gongkai.report.ColumnLayout;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.RowLayout;
import io.github.gongkai.report.TableLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Matches printed labels to the standard rows or columns of a table: exactly, after normalisation
 * ({@link LabelText#normalise(String)}), or as a near-miss — the one standard label within an edit
 * distance of a quarter of its length (at least 1) and strictly closer than any other. Each standard
 * row is known by its printed form ({@code 1.属于国家秘密}), its label alone where no other row has
 * it ({@code 属于国家秘密}), and for a sub-item with its category in front, as merged cells read
 * ({@code （三）不予公开1.属于国家秘密}, {@code （三）1.属于国家秘密}, {@code （三）1}). Immutable and thread-safe.
 */
public final class LabelMatcher {
  private final ReportTable table;
  private final LabelMatch.Axis axis;
  /** code → its labels, the standard one first. */
  private final Map<String, List<String>> labels;

  private LabelMatcher(ReportTable table, LabelMatch.Axis axis, Map<String, List<String>> labels) {
    this.table = table;
    this.axis = axis;
    this.labels = labels;
  }

  /**
   * A matcher over given labels.
   *
   * @param table the table the labels belong to; not null
   * @param axis rows or columns; not null
   * @param labels for each standard code, its labels, the standard label first; not null
   * @return the matcher
   */
  public static LabelMatcher of(ReportTable table, LabelMatch.Axis axis, Map<String, List<String>> labels) {
    InvalidValueException.requireNonNull(table, "table");
    InvalidValueException.requireNonNull(axis, "axis");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : InvalidValueException.requireNonNull(labels, "labels").entrySet()) {
      if (e.getValue().isEmpty()) {
        throw new InvalidValueException("labels", e.getKey(), "must give at least one label per code");
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return new LabelMatcher(table, axis, copy);
  }

  /**
   * A matcher over every row of a table (table 三's category rows included, so that a category
   * printed as one row is recognised).
   *
   * @param layout the table; not null
   * @return the matcher
   */
  public static LabelMatcher rows(TableLayout layout) {
    Map<String, Integer> count = new java.util.HashMap<>();
    for (RowLayout r : layout.getRows()) {
      count.merge(LabelText.normalise(r.getLabelZh()), 1, Integer::sum);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (RowLayout r : layout.getRows()) {
      List<String> l = new ArrayList<>();
      String printed = r.getPrintedZh();
      RowLayout parent = r.getParent() == null ? null : layout.getRow(r.getParent());
      l.add(parent == null ? printed : parent.getNumber() + printed);
      l.add(printed);
      if (count.getOrDefault(LabelText.normalise(r.getLabelZh()), 0) == 1) {
        l.add(r.getLabelZh());
      }
      if (parent != null) {
        l.add(parent.getPrintedZh() + printed);
        l.add(parent.getNumber() + r.getNumber());
      }
      if (r.getGroupZh() != null && layout.getTable() == ReportTable.TABLE_4) {
        l.add(r.getGroupZh() + r.getLabelZh());
      }
      out.put(r.getCode(), l);
    }
    return of(layout.getTable(), LabelMatch.Axis.ROW, out);
  }

  /**
   * A matcher over the columns of one block of a table (a column under a merged header also by
   * header and label, {@code 法人或其他组织·商业企业}).
   *
   * @param layout the table; not null
   * @param block the block; not null
   * @return the matcher
   */
  public static LabelMatcher columns(TableLayout layout, BlockLayout block) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ColumnLayout c : block.getColumns()) {
      out.put(c.getCode(), c.getGroupZh() == null ? List.of(c.getLabelZh()) : List.of(c.getLabelZh(), c.getGroupZh() + c.getLabelZh()));
    }
    return of(layout.getTable(), LabelMatch.Axis.COLUMN, out);
  }

  /**
   * The standard codes, in order.
   *
   * @return the codes
   */
  public List<String> getCodes() {
    return List.copyOf(labels.keySet());
  }

  /**
   * The standard label of a code.
   *
   * @param code a code of this matcher
   * @return its standard label
   * @throws InvalidValueException for an unknown code
   */
  public String standard(String code) {
    List<String> l = labels.get(code);
    if (l == null) {
      throw new InvalidValueException("code", code, "must be a code of " + table.getCode());
    }
    return l.get(0);
  }

  /**
   * Matches a whole printed label. Where the label fits the expected code as well as another, the
   * expected one wins.
   *
   * @param printed the label as printed; not null
   * @param expected the code expected at this place, or null
   * @return the match, or empty when no label is close enough (then only the position can tell)
   */
  public Optional<LabelMatch> match(String printed, @Nullable String expected) {
    return find(printed, expected, false).map(SuffixMatch::match);
  }

  /**
   * A match by position: the printed label is taken to be the expected code's.
   *
   * @param printed the label as printed; not null
   * @param code the code expected there
   * @return the match
   */
  public LabelMatch byPosition(String printed, String code) {
    return LabelMatch.of(table, axis, LabelText.tidy(printed), code, standard(code), MatchKind.POSITION, -1);
  }

  /** A label found at the end of a longer text; {@code context} is what precedes it. */
  record SuffixMatch(LabelMatch match, String context) {}

  /**
   * Finds the label a text ends with (text flattened from a table: the headings and column headers
   * before a row's label run into it).
   */
  Optional<SuffixMatch> matchSuffix(String text, @Nullable String expected) {
    return find(text, expected, true);
  }

  private Optional<SuffixMatch> find(String printed, @Nullable String expected, boolean suffix) {
    String norm = LabelText.normalise(printed);
    if (norm.isEmpty()) {
      return Optional.empty();
    }
    // exact or normalised: the expected code first, then the longest label
    String bestCode = null;
    String bestLabel = null;
    int bestLength = -1;
    boolean bestExpected = false;
    for (Map.Entry<String, List<String>> e : labels.entrySet()) {
      for (String label : e.getValue()) {
        String n = LabelText.normalise(label);
        boolean fits = suffix ? norm.endsWith(n) : norm.equals(n);
        if (!fits || n.isEmpty()) {
          continue;
        }
        boolean isExpected = e.getKey().equals(expected);
        if ((isExpected && !bestExpected) || (isExpected == bestExpected && n.length() > bestLength)) {
          bestCode = e.getKey();
          bestLabel = label;
          bestLength = n.length();
          bestExpected = isExpected;
        }
      }
    }
    if (bestCode != null && bestLabel != null) {
      int cut = suffix ? rawStart(printed, bestLength) : 0;
      String part = LabelText.tidy(printed.substring(cut));
      String tidyLabel = LabelText.tidy(bestLabel);
      boolean exact = part.equals(tidyLabel) || part.equals(LabelText.tidy(standard(bestCode)));
      MatchKind kind = exact ? MatchKind.EXACT : MatchKind.NORMALISED;
      return Optional.of(new SuffixMatch(
          LabelMatch.of(table, axis, part, bestCode, standard(bestCode), kind, 0), printed.substring(0, cut)));
    }
    // near-miss: the closest label, if close and strictly closer than any other code's
    Near best = null;
    Near second = null;
    Near expectedNear = null;
    for (Map.Entry<String, List<String>> e : labels.entrySet()) {
      Near codeBest = null;
      for (String label : e.getValue()) {
        String n = LabelText.normalise(label);
        if (n.length() < 4) {
          continue;
        }
        int limit = Math.max(1, n.length() / 4);
        if (!suffix) {
          int d = LabelText.editDistance(norm, n);
          if (d <= limit && (codeBest == null || d < codeBest.distance)) {
            codeBest = new Near(e.getKey(), d, norm.length());
          }
          continue;
        }
        for (int k = Math.max(1, n.length() - limit); k <= Math.min(norm.length(), n.length() + limit); k++) {
          int d = LabelText.editDistance(norm.substring(norm.length() - k), n);
          if (d <= limit && (codeBest == null || d < codeBest.distance)) {
            codeBest = new Near(e.getKey(), d, k);
          }
        }
      }
      if (codeBest == null) {
        continue;
      }
      if (codeBest.code.equals(expected)) {
        expectedNear = codeBest;
      }
      if (best == null || codeBest.distance < best.distance) {
        second = best;
        best = codeBest;
      } else if (second == null || codeBest.distance < second.distance) {
        second = codeBest;
      }
    }
    Near chosen = expectedNear != null ? expectedNear : (best != null && (second == null || second.distance > best.distance) ? best : null);
    if (chosen == null) {
      return Optional.empty();
    }
    int cut = suffix ? rawStart(printed, chosen.length) : 0;
    return Optional.of(new SuffixMatch(
        LabelMatch.of(
            table, axis, LabelText.tidy(printed.substring(cut)), chosen.code, standard(chosen.code),
            MatchKind.NEAR_MISS, chosen.distance),
        printed.substring(0, cut)));
  }

  private record Near(String code, int distance, int length) {}

  /** Where in the raw text the last {@code normLength} normalised characters begin. */
  private static int rawStart(String raw, int normLength) {
    int count = 0;
    int i = raw.length();
    while (i > 0 && count < normLength) {
      i--;
      if (!LabelText.normalise(raw.substring(i, i + 1)).isEmpty()) {
        count++;
      }
    }
    return i;
  }

  @Override
  public String toString() {
    return "LabelMatcher{" + table.getCode() + " " + axis + " " + labels.keySet() + "}";
  }
}
