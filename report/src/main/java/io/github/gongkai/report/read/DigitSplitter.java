package io.github.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of digits printed without separators (a row's cells flattened to text, e.g. {@code
 * 1000001}) into its cells. A cell is {@code 0}, a number without a leading zero, or {@code /}; a
 * space in the run is a cell boundary. When the lengths alone allow one split it is taken (so that a
 * row that does not add up still reads as printed and the checker reports it); otherwise the
 * splits are filtered by the row's identities (总计 = the sum of the other cells). Never guesses:
 * the result lists every split that fits, and is decided only when exactly one does. Stateless.
 */
final class DigitSplitter {
  /** At most this many splits are enumerated; beyond, the run is reported as ambiguous. */
  static final int CAP = 2000;
  /** Longest number in one cell (10^15 is beyond any count of a report). */
  private static final int MAX_DIGITS = 15;

  /** An identity of the row: the cells at {@code addends} sum to the cell at {@code total}. */
  record Sum(List<Integer> addends, int total) {
    int last() {
      int m = total;
      for (int a : addends) {
        m = Math.max(m, a);
      }
      return m;
    }
  }

  /** How a split was decided. */
  enum Basis {
    /** Only one split has the right number of cells. */
    LENGTH,
    /** Only one split satisfies the row's identities. */
    ROW_IDENTITY,
    /** Only one split satisfies the table's column identities, given the other rows. */
    COLUMN_IDENTITY,
    /** Not decided. */
    NONE
  }

  /**
   * The outcome: every split that fits (each a list of cell texts), and how the one split was
   * chosen, or {@link Basis#NONE} when none or several fit.
   */
  record Result(List<List<String>> splits, Basis basis, boolean capped) {
    boolean decided() {
      return basis != Basis.NONE && splits.size() == 1;
    }
  }

  private DigitSplitter() {}

  /**
   * Splits a run into cells.
   *
   * @param run the digits as printed (spaces are boundaries)
   * @param cells how many cells the row has
   * @param identities the row's identities
   * @return the result
   */
  static Result split(String run, int cells, List<Sum> identities) {
    String compact = run.strip();
    List<List<String>> structural = enumerate(compact, cells, List.of(), 2);
    if (structural.size() == 1) {
      return new Result(structural, Basis.LENGTH, false);
    }
    if (structural.isEmpty()) {
      return new Result(List.of(), Basis.NONE, false);
    }
    List<List<String>> fitting = enumerate(compact, cells, identities, CAP + 1);
    boolean capped = fitting.size() > CAP;
    if (capped) {
      fitting = fitting.subList(0, CAP);
    }
    return new Result(List.copyOf(fitting), fitting.size() == 1 ? Basis.ROW_IDENTITY : Basis.NONE, capped);
  }

  /** Every split of the run into {@code cells} cells satisfying the identities, up to {@code cap}. */
  static List<List<String>> enumerate(String run, int cells, List<Sum> identities, int cap) {
    StringBuilder chars = new StringBuilder();
    List<Boolean> boundaryBefore = new ArrayList<>();
    boolean space = false;
    for (int i = 0; i < run.length(); i++) {
      char c = LabelText.width(run.charAt(i));
      if (LabelText.isSpace(c)) {
        space = chars.length() > 0;
        continue;
      }
      if (!(Character.isDigit(c) && c < 128) && c != '/') {
        return List.of();
      }
      chars.append(c);
      boundaryBefore.add(space);
      space = false;
    }
    boolean[] boundary = new boolean[chars.length() + 1];
    for (int i = 0; i < boundaryBefore.size(); i++) {
      boundary[i] = boundaryBefore.get(i);
    }
    List<List<String>> out = new ArrayList<>();
    walk(chars.toString(), boundary, 0, new String[cells], 0, identities, cap, out);
    return out;
  }

  private static void walk(
      String s, boolean[] boundary, int pos, String[] cells, int index, List<Sum> identities, int cap,
      List<List<String>> out) {
    if (out.size() >= cap) {
      return;
    }
    int remainingCells = cells.length - index;
    int remainingChars = s.length() - pos;
    if (remainingCells == 0) {
      if (remainingChars == 0) {
        out.add(List.of(cells.clone()));
      }
      return;
    }
    if (remainingChars < remainingCells || remainingChars > remainingCells * MAX_DIGITS) {
      return;
    }
    int maxLen;
    if (s.charAt(pos) == '/' || s.charAt(pos) == '0') {
      maxLen = 1;
    } else {
      maxLen = 0;
      while (maxLen < MAX_DIGITS && pos + maxLen < s.length() && s.charAt(pos + maxLen) != '/'
          && (maxLen == 0 || !boundary[pos + maxLen])) {
        maxLen++;
      }
    }
    for (int len = 1; len <= maxLen; len++) {
      int end = pos + len;
      cells[index] = s.substring(pos, end);
      if (holds(cells, index, identities)) {
        walk(s, boundary, end, cells, index + 1, identities, cap, out);
      }
    }
  }

  /** Whether every identity completed by the cell at {@code index} holds ("/" makes it unknown). */
  private static boolean holds(String[] cells, int index, List<Sum> identities) {
    for (Sum sum : identities) {
      if (sum.last() != index) {
        continue;
      }
      long total = 0;
      boolean unknown = cells[sum.total()].equals("/");
      for (int a : sum.addends()) {
        if (cells[a].equals("/")) {
          unknown = true;
        } else {
          total += Long.parseLong(cells[a]);
        }
      }
      if (!unknown && total != Long.parseLong(cells[sum.total()])) {
        return false;
      }
    }
    return true;
  }
}
