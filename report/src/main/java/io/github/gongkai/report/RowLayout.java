package io.github.gongkai.report;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A row of a report table. Table 三's outcome rows are derived from the outcome-ground catalogue:
 * an {@link Role#OUTCOME} row counts one {@link OutcomeGround} (or, where a format prints a category
 * without sub-items, every ground of one {@link OutcomeCategory}); an {@link Role#OUTCOME_SUBTOTAL}
 * row is a category whose sub-items are printed — the official tables print no number on it, but a
 * typed report may give one, which must then equal its sub-items. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class RowLayout {
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

  RowLayout() {}

  static RowLayout of(
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
    return ImmutableRowLayout.builder()
        .code(code)
        .number(number)
        .labelZh(labelZh)
        .labelEn(labelEn)
        .groupZh(groupZh)
        .groupEn(groupEn)
        .role(role)
        .ground(ground)
        .category(category)
        .parent(parent)
        .children(children)
        .build();
  }

  /**
   * Stable row code: {@code new}, an outcome-ground code such as {@code withheld-state-secret},
   * {@code all-} plus a category code for a category row, {@code rules}, {@code review}…
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * The number printed before the label, e.g. {@code 一}, {@code （三）}, {@code 1}, or empty.
   *
   * @return the number, possibly empty
   */
  public abstract String getNumber();

  /**
   * The Chinese label as printed.
   *
   * @return the label
   */
  public abstract String getLabelZh();

  /**
   * The English label.
   *
   * @return the label
   */
  public abstract String getLabelEn();

  /**
   * The number and label as printed, e.g. {@code 一、本年新收政府信息公开申请数量} or {@code 1.属于国家秘密}.
   *
   * @return the printed label
   */
  public String getPrintedZh() {
    if (getNumber().isEmpty()) {
      return getLabelZh();
    }
    if (getNumber().startsWith("（")) {
      return getNumber() + getLabelZh();
    }
    return getNumber() + (Character.isDigit(getNumber().charAt(0)) ? "." : "、") + getLabelZh();
  }

  /**
   * The merged row header this row sits under, e.g. {@code 本年度办理结果} or {@code 行政诉讼}, or null.
   *
   * @return the group or null
   */
  public abstract @Nullable String getGroupZh();

  /**
   * English of {@link #getGroupZh()}, or null.
   *
   * @return the group or null
   */
  public abstract @Nullable String getGroupEn();

  /**
   * The row's role.
   *
   * @return the role
   */
  public abstract Role getRole();

  /**
   * The outcome ground counted in this row, or null (plain rows, subtotals, and a category printed
   * without sub-items).
   *
   * @return the ground or null
   */
  public abstract @Nullable OutcomeGround getGround();

  /**
   * The outcome category of this row, or null for non-outcome rows.
   *
   * @return the category or null
   */
  public abstract @Nullable OutcomeCategory getCategory();

  /**
   * The code of the category row this sub-item belongs to, or null.
   *
   * @return the parent code or null
   */
  public abstract @Nullable String getParent();

  /**
   * The codes of this category row's sub-items; empty for other rows.
   *
   * @return the child codes
   */
  public abstract List<String> getChildren();

  /**
   * Whether the official table prints cells for this row (false only for {@link
   * Role#OUTCOME_SUBTOTAL}).
   *
   * @return true if printed with numbers
   */
  public boolean isPrinted() {
    return getRole() != Role.OUTCOME_SUBTOTAL;
  }

  @Override
  public String toString() {
    return getCode();
  }
}
