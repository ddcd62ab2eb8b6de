package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.check.Severity;
import io.github.gongkai.report.internal.JsonText;
import io.github.gongkai.report.internal.ReportTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A printed {@link CategoryTable} checked: each category's share computed by a {@link ShareMethod},
 * and the findings.
 *
 * <ul>
 *   <li>{@code derived-count} (warning): a count not printed that the exact total determines — the
 *       total less the other categories — is derived, used, and reported as such;
 *   <li>{@code undetermined-count} (warning): a count not printed that nothing determines;
 *   <li>{@code categories-total}: the categories cannot add up to the stated total. Approximate
 *       figures are bounds, not numbers: "430余条" needs more than 430, so categories adding up to
 *       exactly 430 are below it (a warning: under an approximate total the categories may list only
 *       part of it), and above a total's upper bound they are an error;
 *   <li>{@code share-misprint} (error): an exact printed share that differs from the share the chosen
 *       method gives at the printed number of decimals; the finding gives both methods' values;
 *   <li>{@code share-bound} (error): an approximate printed share ("90%以上") that the share does
 *       not fit.
 * </ul>
 *
 * <p>Shares are of the exact total when the table states one (a table whose categories leave some
 * items out still has their shares of the whole), else of the categories' sum; they are computed
 * only when every count they depend on is exact (largest remainder needs every count). The
 * computed shares are at the table's scale: the most decimals of any exact printed share, 2 when
 * none is printed. A printed share beside an approximate or unknown count is not checked.
 *
 * <p>Immutable and thread-safe.
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@Value.Immutable
public abstract class CategoryCheck {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;
  /** The key of the items a stated total holds beyond the categories listed. */
  private static final String REST = "\u0000rest";

  CategoryCheck() {}

  /**
   * The method the shares were computed and misprints judged by.
   *
   * @return the method
   */
  public abstract ShareMethod getMethod();

  /**
   * Decimals of the computed shares.
   *
   * @return the scale, 0 to 6
   */
  public abstract int getScale();

  /**
   * The count the shares are of (the exact total, else the categories' sum), or null when it is not
   * known.
   *
   * @return the denominator or null
   */
  public abstract @Nullable Long getDenominator();

  /**
   * The categories in printed order with their counts and shares.
   *
   * @return the rows
   */
  public abstract List<CategoryRow> getRows();

  /**
   * The sum of the computed shares (100 by largest remainder; 100.04 rounded on their own for the
   * examples' {@code samples/shares-2011.json}), or null unless every share is computed.
   *
   * @return the sum or null
   */
  public abstract @Nullable BigDecimal getSum();

  /**
   * The sum of the printed shares (100.01 in {@code shares-2011.json}), or null unless every category prints an exact one.
   *
   * @return the printed sum or null
   */
  public abstract @Nullable BigDecimal getPrintedSum();

  /**
   * The findings: the table as a whole first, then by category in printed order.
   *
   * @return the findings; empty when the table is consistent
   */
  public abstract List<CategoryFinding> getFindings();

  /**
   * Whether there are no findings.
   *
   * @return true if consistent
   */
  public boolean isConsistent() {
    return getFindings().isEmpty();
  }

  /**
   * Whether any finding is an error.
   *
   * @return true if the table has errors
   */
  public boolean hasErrors() {
    return getFindings().stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
  }

  /**
   * Checks a table with shares rounded on their own ({@link ShareMethod#DEFAULT}).
   *
   * @param table the table; not null
   * @return the result
   */
  public static CategoryCheck of(CategoryTable table) {
    return of(table, ShareMethod.DEFAULT);
  }

  /**
   * Checks a table.
   *
   * @param table the table; not null
   * @param method the method shares are computed and misprints judged by; not null
   * @return the result
   */
  public static CategoryCheck of(CategoryTable table, ShareMethod method) {
    InvalidValueException.requireNonNull(table, "table");
    InvalidValueException.requireNonNull(method, "method");
    return new Run(table, method).run();
  }

  /**
   * This result as its JSON document of plain Java values: {@code method}, {@code denominator},
   * {@code sum} and {@code printedSum} (decimal strings or null), {@code shares} (the rows) and
   * {@code findings}.
   *
   * @return a new map
   */
  @JsonValue
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("method", getMethod().getCode());
    o.put("denominator", getDenominator());
    BigDecimal sum = getSum();
    o.put("sum", sum == null ? null : sum.toPlainString());
    BigDecimal printedSum = getPrintedSum();
    o.put("printedSum", printedSum == null ? null : printedSum.toPlainString());
    List<Object> rows = new ArrayList<>();
    for (CategoryRow r : getRows()) {
      rows.add(r.toDocument());
    }
    o.put("shares", rows);
    List<Object> findings = new ArrayList<>();
    for (CategoryFinding f : getFindings()) {
      findings.add(f.toDocument());
    }
    o.put("findings", findings);
    return o;
  }

  /**
   * This result as JSON text, two-space indented, without any JSON library.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JsonText.pretty(toDocument());
  }

  /** One check of one table. */
  private static final class Run {
    final CategoryTable table;
    final ShareMethod method;
    final List<CategoryEntry> entries;
    final int n;
    /** The exact counts, where {@link #known} (printed exactly or derived). */
    final long[] counts;
    final boolean[] known;
    final boolean[] derived;
    final List<CategoryFinding> tableFindings = new ArrayList<>();
    final Map<Integer, List<CategoryFinding>> rowFindings = new HashMap<>();

    Run(CategoryTable table, ShareMethod method) {
      this.table = table;
      this.method = method;
      this.entries = table.getEntries();
      this.n = entries.size();
      this.counts = new long[n];
      this.known = new boolean[n];
      this.derived = new boolean[n];
    }

    CategoryCheck run() {
      List<Integer> missing = new ArrayList<>();
      boolean approximate = false;
      long knownSum = 0;
      for (int i = 0; i < n; i++) {
        PrintedFigure c = entries.get(i).getCount();
        if (c == null) {
          missing.add(i);
        } else if (c.isExact()) {
          counts[i] = c.getValue().longValueExact();
          known[i] = true;
          knownSum = Math.addExact(knownSum, counts[i]);
        } else {
          approximate = true;
        }
      }
      PrintedFigure total = table.getTotal();
      Long exactTotal = total != null && total.isExact() ? total.getValue().longValueExact() : null;
      if (total != null && exactTotal != null && missing.size() == 1 && !approximate && exactTotal >= knownSum) {
        int m = missing.get(0);
        counts[m] = exactTotal - knownSum;
        known[m] = true;
        derived[m] = true;
        String label = entries.get(m).getLabel();
        String[] args = {label, total.getText(), Long.toString(knownSum), Long.toString(counts[m])};
        row(m, CategoryFinding.builder()
            .rule(CategoryRule.DERIVED_COUNT).severity(Severity.WARNING).label(label)
            .count(counts[m]).total(total)
            .messageZh(format("categories.derived-count", ZH, args))
            .messageEn(format("categories.derived-count", EN, args))
            .build());
      } else {
        for (int m : missing) {
          String label = entries.get(m).getLabel();
          row(m, CategoryFinding.builder()
              .rule(CategoryRule.UNDETERMINED_COUNT).severity(Severity.WARNING).label(label)
              .messageZh(format("categories.undetermined-count", ZH, label))
              .messageEn(format("categories.undetermined-count", EN, label))
              .build());
        }
      }
      if (total != null) {
        categoriesTotal(total, missing);
      }
      return shares(exactTotal);
    }

    /** The categories' range of sums against the total's range. */
    void categoriesTotal(PrintedFigure total, List<Integer> missing) {
      long min = 0;
      Long max = 0L;
      for (int i = 0; i < n; i++) {
        PrintedFigure c = entries.get(i).getCount();
        if (c == null) {
          if (derived[i]) {
            min += counts[i];
            max = max == null ? null : max + counts[i];
          } else {
            max = null;
          }
          continue;
        }
        min = Math.addExact(min, c.minWhole());
        Long cm = c.maxWhole();
        max = max == null || cm == null ? null : Math.addExact(max, cm);
      }
      if (missing.size() == n) {
        return;
      }
      long tMin = total.minWhole();
      Long tMax = total.maxWhole();
      String key;
      Severity severity = Severity.ERROR;
      if (tMax != null && min > tMax) {
        key = total.isExact() && max != null && max == min ? "categories.total-unequal" : "categories.total-exceeds";
      } else if (max != null && max < tMin) {
        if (total.isExact()) {
          key = min == max ? "categories.total-unequal" : "categories.total-short";
        } else {
          key = "categories.total-short";
          severity = Severity.WARNING;
        }
      } else {
        return;
      }
      String sum = max == null ? min + ".." : max == min ? Long.toString(min) : min + ".." + max;
      tableFindings.add(CategoryFinding.builder()
          .rule(CategoryRule.CATEGORIES_TOTAL).severity(severity)
          .sum(sum).total(total)
          .messageZh(format(key, ZH, range(min, max, ZH), total.describe(ZH)))
          .messageEn(format(key, EN, range(min, max, EN), total.describe(EN)))
          .build());
    }

    private static String range(long min, @Nullable Long max, Locale locale) {
      if (max == null) {
        return format("categories.range.at-least", locale, Long.toString(min));
      }
      if (max == min) {
        return Long.toString(min);
      }
      return format("categories.range.between", locale, Long.toString(min), Long.toString(max));
    }

    CategoryCheck shares(@Nullable Long exactTotal) {
      boolean allKnown = true;
      long sum = 0;
      for (int i = 0; i < n; i++) {
        if (known[i]) {
          sum += counts[i];
        } else {
          allKnown = false;
        }
      }
      Long denominator;
      if (exactTotal != null) {
        denominator = sum <= exactTotal ? exactTotal : null;
      } else {
        denominator = allKnown ? sum : null;
      }
      int scale = 2;
      boolean anyPrinted = false;
      for (CategoryEntry e : entries) {
        PrintedFigure p = e.getPrinted();
        if (p != null && p.isExact()) {
          scale = anyPrinted ? Math.max(scale, printedScale(p)) : printedScale(p);
          anyPrinted = true;
        }
      }
      boolean lrPossible = allKnown && denominator != null;
      Shares at =
          denominator != null && denominator > 0 && (method == ShareMethod.ROUND || lrPossible)
              ? shares(denominator, scale, method)
              : null;
      List<CategoryRow> rows = new ArrayList<>();
      BigDecimal shareSum = BigDecimal.ZERO.setScale(scale);
      boolean allShares = true;
      for (int i = 0; i < n; i++) {
        CategoryEntry e = entries.get(i);
        Share share = at != null && known[i] ? at.get(e.getLabel()) : null;
        if (share == null) {
          allShares = false;
        } else {
          shareSum = shareSum.add(share.getPercent());
        }
        PrintedFigure count = derived[i] ? PrintedFigure.exact(counts[i]) : e.getCount();
        rows.add(CategoryRow.of(e.getLabel(), count, derived[i], share));
        PrintedFigure p = e.getPrinted();
        if (p != null && known[i] && denominator != null && denominator > 0) {
          misprint(i, p, denominator, lrPossible);
        }
      }
      BigDecimal printedSum = BigDecimal.ZERO;
      for (CategoryEntry e : entries) {
        PrintedFigure p = e.getPrinted();
        if (p == null || !p.isExact()) {
          printedSum = null;
          break;
        }
        printedSum = printedSum.add(p.getValue());
      }
      List<CategoryFinding> findings = new ArrayList<>(tableFindings);
      for (int i = 0; i < n; i++) {
        findings.addAll(rowFindings.getOrDefault(i, List.of()));
      }
      return ImmutableCategoryCheck.builder()
          .method(method)
          .scale(scale)
          .denominator(denominator)
          .rows(rows)
          .sum(allShares ? shareSum : null)
          .printedSum(printedSum)
          .findings(findings)
          .build();
    }

    void misprint(int i, PrintedFigure printed, long denominator, boolean lrPossible) {
      String label = entries.get(i).getLabel();
      long count = counts[i];
      BigDecimal exact = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
      if (printed.isExact()) {
        int scale = printedScale(printed);
        BigDecimal round = shares(denominator, scale, ShareMethod.ROUND).get(label).getPercent();
        BigDecimal lr = lrPossible ? shares(denominator, scale, ShareMethod.LARGEST_REMAINDER).get(label).getPercent() : null;
        BigDecimal expected = method == ShareMethod.ROUND ? round : lr;
        if (expected == null || printed.getValue().compareTo(expected) == 0) {
          return;
        }
        String[] args = {
          label, printed.getValue().toPlainString(), Long.toString(count), Long.toString(denominator),
          exact.toPlainString(), round.toPlainString(), lr == null ? "—" : lr.toPlainString()
        };
        row(i, CategoryFinding.builder()
            .rule(CategoryRule.SHARE_MISPRINT).severity(Severity.ERROR).label(label)
            .printed(printed).expected(expected).round(round).largestRemainder(lr)
            .messageZh(format("categories.share-misprint", ZH, args))
            .messageEn(format("categories.share-misprint", EN, args))
            .build());
        return;
      }
      BigDecimal precise = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(denominator), 12, RoundingMode.HALF_UP);
      int s = Math.max(0, Math.min(6, printed.getValue().scale()));
      if (printed.admits(precise) || printed.admits(precise.setScale(s, RoundingMode.HALF_UP))) {
        return;
      }
      String[] zh = {label, printed.describe(ZH), Long.toString(count), Long.toString(denominator), exact.toPlainString()};
      String[] en = {label, printed.describe(EN), Long.toString(count), Long.toString(denominator), exact.toPlainString()};
      row(i, CategoryFinding.builder()
          .rule(CategoryRule.SHARE_BOUND).severity(Severity.ERROR).label(label).printed(printed)
          .messageZh(format("categories.share-bound", ZH, zh))
          .messageEn(format("categories.share-bound", EN, en))
          .build());
    }

    /** Shares of the known counts, the rest of the denominator (items not listed or unknown) as one more category. */
    Shares shares(long denominator, int scale, ShareMethod m) {
      Map<String, Long> map = new LinkedHashMap<>();
      long sum = 0;
      for (int i = 0; i < n; i++) {
        if (known[i]) {
          map.put(entries.get(i).getLabel(), counts[i]);
          sum += counts[i];
        }
      }
      if (denominator > sum) {
        map.put(REST, denominator - sum);
      }
      return Shares.of(map, scale, m);
    }

    void row(int i, CategoryFinding f) {
      rowFindings.computeIfAbsent(i, k -> new ArrayList<>()).add(f);
    }

    private static int printedScale(PrintedFigure p) {
      return Math.max(0, Math.min(6, p.getValue().scale()));
    }
  }

  private static String format(String key, Locale locale, String... args) {
    return ReportTexts.MESSAGES.format(key, locale, (Object[]) args);
  }
}
