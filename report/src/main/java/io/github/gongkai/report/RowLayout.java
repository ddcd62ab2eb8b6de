package io.github.gongkai.report;

import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of a report table. Table 三's outcome rows are derived from the outcome-ground catalogue:
 * an {@link Role#OUTCOME} row counts one {@link OutcomeGround} (or, where a format prints a category
 * without sub-items, every ground of one {@link OutcomeCategory}); an {@link Role#OUTCOME_SUBTOTAL}
 * row is a category whose sub-items are printed — the official tables print no number on it, but a
 * typed report may give one, which must then equal its sub-items. Immutable and thread-safe.
 */
public final class RowLayout {
  /** Table 三 row 一、本年新收政府信息公开申请数量. */
  public static final String NEW = "new";
  /** Table 三 row 二、上年结转政府信息公开申请数量. */
  public static final String CARRIED_OVER = "carried-over";
  /** Table 三 row （七）总计. */
  public static final String TOTAL = "total";
  /** Table 三 row 四、结转下年度继续办理. */
  public static final String CARRIED_FORWARD = "carried-forward";

  /** What a row is for. */
  public enum Role {
    /** An ordinary row (tables 二 and 四; table 三 rows 一, 二 and 四). */
    PLAIN,
    /** A table 三 outcome row with its own cells. */
    OUTCOME,
    /** A table 三 category whose sub-items are printed; its own cells are optional. */
    OUTCOME_SUBTOTAL,
    /** Table 三 row （七）总计. */
    OUTCOME_TOTAL
  }

  private final String code;
  private final String number;
  private final String labelZh;
  private final String labelEn;
  private final @Nullable String groupZh;
  private final @Nullable String groupEn;
  private final Role role;
  private final @Nullable OutcomeGround ground;
  private final @Nullable OutcomeCategory category;
  private final @Nullable String parent;
  private final List<String> children;

  RowLayout(
      String code,
      String number,
      String labelZh,
      String labelEn,
      @Nullable String groupZh,
      @Nullable String groupEn,
      Role role,
      @Nullable OutcomeGround ground,
      @Nullable OutcomeCategory category,
      @Nullable String parent,
      List<String> children) {
    this.code = code;
    this.number = number;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.groupZh = groupZh;
    this.groupEn = groupEn;
    this.role = role;
    this.ground = ground;
    this.category = category;
    this.parent = parent;
    this.children = List.copyOf(children);
  }

  /**
   * Stable row code: {@code new}, an outcome-ground code such as {@code withheld-state-secret},
   * {@code all-} plus a category code for a category row, {@code rules}, {@code review}…
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * The number printed before the label, e.g. {@code 一}, {@code （三）}, {@code 1}, or empty.
   *
   * @return the number, possibly empty
   */
  public String getNumber() {
    return number;
  }

  /**
   * The Chinese label as printed.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * The English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * The number and label as printed, e.g. {@code 一、本年新收政府信息公开申请数量} or {@code 1.属于国家秘密}.
   *
   * @return the printed label
   */
  public String getPrintedZh() {
    if (number.isEmpty()) {
      return labelZh;
    }
    if (number.startsWith("（")) {
      return number + labelZh;
    }
    return number + (Character.isDigit(number.charAt(0)) ? "." : "、") + labelZh;
  }

  /**
   * The merged row header this row sits under, e.g. {@code 本年度办理结果} or {@code 行政诉讼}, or null.
   *
   * @return the group or null
   */
  public @Nullable String getGroupZh() {
    return groupZh;
  }

  /**
   * English of {@link #getGroupZh()}, or null.
   *
   * @return the group or null
   */
  public @Nullable String getGroupEn() {
    return groupEn;
  }

  /**
   * The row's role.
   *
   * @return the role
   */
  public Role getRole() {
    return role;
  }

  /**
   * The outcome ground counted in this row, or null (plain rows, subtotals, and a category printed
   * without sub-items).
   *
   * @return the ground or null
   */
  public @Nullable OutcomeGround getGround() {
    return ground;
  }

  /**
   * The outcome category of this row, or null for non-outcome rows.
   *
   * @return the category or null
   */
  public @Nullable OutcomeCategory getCategory() {
    return category;
  }

  /**
   * The code of the category row this sub-item belongs to, or null.
   *
   * @return the parent code or null
   */
  public @Nullable String getParent() {
    return parent;
  }

  /**
   * The codes of this category row's sub-items; empty for other rows.
   *
   * @return the child codes
   */
  public List<String> getChildren() {
    return children;
  }

  /**
   * Whether the official table prints cells for this row (false only for {@link
   * Role#OUTCOME_SUBTOTAL}).
   *
   * @return true if printed with numbers
   */
  public boolean isPrinted() {
    return role != Role.OUTCOME_SUBTOTAL;
  }

  @Override
  public String toString() {
    return code;
  }
}
