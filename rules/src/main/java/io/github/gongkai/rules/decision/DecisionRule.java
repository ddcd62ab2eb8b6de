package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;
import io.github.gongkai.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rule a {@link DisclosureDecider} considers, by stable code: one entry of the rule table {@code
 * decision-rules.tsv}, which gives every rule's code, place, condition, ground, provisions, label and
 * zh/en reasons. The rules are exactly the entries of that table, in its order ({@link #values()}),
 * which follows the questions of the national reference practice (国办公开办函〔2020〕2号): is it a
 * disclosure request at all and must it be processed; is it government information; whose is it;
 * does it exist; may it be given; how. Every rule appears in every explanation trace, fired or not.
 *
 * <p>A rule is a value: one instance per code, equal by code, ordered by its place in the table. Its
 * JSON form is its code. Adding a rule adds its entry to the table and nothing here; the only rules
 * named in code are those the engine itself refers to ({@link #EXCESSIVE_REQUEST}, {@link
 * #THIRD_PARTY_RIGHTS}), looked up in the table by code.
 */
public final class DecisionRule implements Coded, Comparable<DecisionRule> {
  private static final String FIELD = "decisionRule";
  private static final List<DecisionRule> VALUES;
  private static final Map<String, DecisionRule> BY_CODE;

  static {
    List<DecisionRule> values = new ArrayList<>();
    Map<String, DecisionRule> byCode = new HashMap<>();
    for (RuleRows.Row row : RuleRows.STANDARD) {
      DecisionRule r = new DecisionRule(row.code(), values.size(), label(row));
      if (byCode.putIfAbsent(r.code, r) != null) {
        throw new IllegalStateException(RuleRows.RESOURCE + ": " + r.code + " appears twice");
      }
      values.add(r);
    }
    VALUES = List.copyOf(values);
    BY_CODE = Map.copyOf(byCode);
  }

  /**
   * 《政府信息公开条例》(2019) 第三十五条: requests clearly exceeding a reasonable range. The engine
   * attaches its steps (reasons asked for, a later deadline) to a substantive answer.
   */
  public static final DecisionRule EXCESSIVE_REQUEST = ofCode("excessive-request");

  /**
   * 《政府信息公开条例》(2019) 第十五条、第三十二条: third-party rights. The engine attaches the
   * consultation and override-notice steps (第三十二条) and cites it for a release with consent.
   */
  public static final DecisionRule THIRD_PARTY_RIGHTS = ofCode("third-party-rights");

  private final String code;
  private final int hash;
  private final int position;
  private final RuleRows.Text label;

  private DecisionRule(String code, int position, RuleRows.Text label) {
    this.code = code;
    this.hash = code.hashCode();
    this.position = position;
    this.label = label;
  }

  private static RuleRows.Text label(RuleRows.Row row) {
    for (RuleRows.Text t : row.texts()) {
      if (t.key().equals("label")) {
        return t;
      }
    }
    throw new IllegalStateException(RuleRows.RESOURCE + ": " + row.code() + ": no label");
  }

  /**
   * Every rule, in the order of the rule table.
   *
   * @return the rules, unmodifiable
   */
  public static List<DecisionRule> values() {
    return VALUES;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The label in a locale, from the rule's entry of the rule table: Chinese for any {@code zh}
   * locale, English otherwise.
   *
   * @param locale the locale; not null
   * @return the label
   */
  @Override
  public String getLabel(Locale locale) {
    return Texts.isChinese(locale) ? label.zh() : label.en();
  }

  /**
   * Looks a rule up by its code. As for every coded constant, the code must match exactly.
   *
   * @param code the code
   * @return the rule
   * @throws InvalidValueException for a null or unknown code; the message lists the codes and names
   *     a near miss
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DecisionRule ofCode(String code) {
    String given = InvalidValueException.requireNonNull(code, FIELD);
    DecisionRule r = BY_CODE.get(given);
    if (r == null) {
      throw EnumCodes.unknown(VALUES, FIELD, given);
    }
    return r;
  }

  /**
   * Orders rules by their place in the rule table.
   *
   * @param other the other rule
   * @return negative, zero or positive as this rule comes before, is, or comes after the other
   */
  @Override
  public int compareTo(DecisionRule other) {
    return Integer.compare(position, other.position);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof DecisionRule && code.equals(((DecisionRule) o).code));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * The code.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
