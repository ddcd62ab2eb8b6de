package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.report.check.Severity;
import io.github.gongkai.report.internal.JsonText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One finding about a printed {@link CategoryTable}: the rule, its severity, the category (null for
 * the table as a whole), the values involved, and a message in Chinese and English from the report
 * module's message bundle. Immutable and thread-safe.
 *
 * <p>JSON (written by {@link #toJson()}, or by any Jackson 2 or 3 mapper through {@link
 * #toDocument()}); keys without a value are left out except {@code label}:
 *
 * <pre>{@code
 * {"rule":"share-misprint","severity":"error","label":"国土执法",
 *  "printed":"10.92","expected":"10.93","round":"10.93","largestRemainder":"10.93",
 *  "messageZh":"...","messageEn":"..."}
 * {"rule":"derived-count","severity":"warning","label":"四项制度专","count":1,"total":183, ...}
 * {"rule":"categories-total","severity":"error","label":null,"sum":"182","total":183, ...}
 * }</pre>
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@Value.Immutable
public abstract class CategoryFinding {
  CategoryFinding() {}

  /**
   * The rule.
   *
   * @return the rule
   */
  public abstract CategoryRule getRule();

  /**
   * The severity.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * The category the finding is about, or null for the table as a whole.
   *
   * @return the label or null
   */
  public abstract @Nullable String getLabel();

  /**
   * The printed share ({@code share-misprint}, {@code share-bound}), or null.
   *
   * @return the printed figure or null
   */
  public abstract @Nullable PrintedFigure getPrinted();

  /**
   * The share the chosen method gives at the printed decimals ({@code share-misprint}), or null.
   *
   * @return the expected share or null
   */
  public abstract @Nullable BigDecimal getExpected();

  /**
   * The share rounded on its own at the printed decimals ({@code share-misprint}), or null.
   *
   * @return the independently rounded share or null
   */
  public abstract @Nullable BigDecimal getRound();

  /**
   * The share by largest remainder at the printed decimals ({@code share-misprint}), or null when it
   * cannot be computed (a count unknown).
   *
   * @return the largest-remainder share or null
   */
  public abstract @Nullable BigDecimal getLargestRemainder();

  /**
   * The count the total determines ({@code derived-count}), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable Long getCount();

  /**
   * What the categories add up to ({@code categories-total}): a number, {@code 431..} (at least) or
   * {@code 15..25} (a range) when some counts are approximate or unknown; or null.
   *
   * @return the sum or null
   */
  public abstract @Nullable String getSum();

  /**
   * The stated total ({@code categories-total}, {@code derived-count}), or null.
   *
   * @return the total or null
   */
  public abstract @Nullable PrintedFigure getTotal();

  /**
   * The message in Chinese.
   *
   * @return the message
   */
  public abstract String getMessageZh();

  /**
   * The message in English.
   *
   * @return the message
   */
  public abstract String getMessageEn();

  /** A new builder, for the checker. */
  static ImmutableCategoryFinding.Builder builder() {
    return ImmutableCategoryFinding.builder();
  }

  /**
   * This finding as its JSON document of plain Java values; what JSON libraries write. Shares are
   * decimal strings ({@code "10.93"}), an exact printed share its number ({@code "10.92"}), an
   * approximate one its text ({@code "90%以上"}), exact counts numbers.
   *
   * @return a new map
   */
  @JsonValue
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("rule", getRule().getCode());
    o.put("severity", getSeverity().getCode());
    o.put("label", getLabel());
    PrintedFigure printed = getPrinted();
    if (printed != null) {
      o.put("printed", printed.isExact() ? printed.getValue().toPlainString() : printed.getText());
    }
    put(o, "expected", getExpected());
    put(o, "round", getRound());
    put(o, "largestRemainder", getLargestRemainder());
    if (getCount() != null) {
      o.put("count", getCount());
    }
    if (getSum() != null) {
      o.put("sum", getSum());
    }
    PrintedFigure total = getTotal();
    if (total != null) {
      o.put("total", CategoryRow.figureValue(total));
    }
    o.put("messageZh", getMessageZh());
    o.put("messageEn", getMessageEn());
    return o;
  }

  private static void put(Map<String, Object> o, String key, @Nullable BigDecimal v) {
    if (v != null) {
      o.put(key, v.toPlainString());
    }
  }

  /**
   * This finding as one line of JSON (no line terminator), without any JSON library.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JsonText.compact(toDocument());
  }

  @Override
  public String toString() {
    String label = getLabel();
    return getSeverity().getCode() + " " + getRule().getCode() + (label == null ? "" : " " + label) + ": " + getMessageEn();
  }
}
