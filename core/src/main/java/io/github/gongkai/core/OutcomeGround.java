package io.github.gongkai.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import io.github.gongkai.core.internal.ResourceTables;
import io.github.gongkai.core.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one catalogue of outcome grounds: the rows of table 三 of the annual report (国办公开办函〔2021〕30号).
 *
 * <p>Every disclosure decision, every redaction-log entry and every report cell names one of these
 * constants, so decisions, logs and statistics agree by construction. Labels and legal bases are
 * statutory data, kept in the reviewed resource {@code outcome-grounds.tsv} beside this class,
 * which names its sources; this enum only fixes the stable codes.
 *
 * <p>The legal bases follow docs/legal-reference.md §5.3, which is itself an interpretation: bases marked {@link
 * LegalBasis#isInterpretation()} are gongkai's reading. A ground with no basis under a regime
 * ({@link #getLegalBases(Regime)} empty) cannot be the reason of a decision under that regime.
 */
public enum OutcomeGround implements Coded {
  /** （一）予以公开 — Art.36(1)(2). */
  RELEASED,
  /** （二）部分公开 — Art.37 (区分处理); a request answered in part is counted here only. */
  PARTIALLY_RELEASED,
  /** （三）1 属于国家秘密 — Art.14. */
  WITHHELD_STATE_SECRET,
  /** （三）2 其他法律行政法规禁止公开 — Art.14. */
  WITHHELD_PROHIBITED_BY_LAW,
  /** （三）3 危及“三安全一稳定” — Art.14. */
  WITHHELD_ENDANGERS_SECURITY_OR_STABILITY,
  /** （三）4 保护第三方合法权益 — Art.15. */
  WITHHELD_THIRD_PARTY_RIGHTS,
  /** （三）5 属于三类内部事务信息 — Art.16(1). */
  WITHHELD_INTERNAL_AFFAIRS,
  /** （三）6 属于四类过程性信息 — Art.16(2). */
  WITHHELD_PROCESS_INFORMATION,
  /** （三）7 属于行政执法案卷 — Art.16(2). */
  WITHHELD_ENFORCEMENT_CASE_FILE,
  /** （三）8 属于行政查询事项 — Art.36(7), interpretation. */
  WITHHELD_ADMINISTRATIVE_QUERY,
  /** （四）1 本机关不掌握相关政府信息 — Art.36(4)(5). */
  CANNOT_PROVIDE_NOT_HELD,
  /** （四）2 没有现成信息需要另行制作 — Art.38. */
  CANNOT_PROVIDE_WOULD_NEED_CREATION,
  /** （四）3 补正后申请内容仍不明确 — Art.30. */
  CANNOT_PROVIDE_STILL_UNCLEAR,
  /** （五）1 信访举报投诉类申请 — Art.39(1). */
  NOT_PROCESSED_PETITION_OR_COMPLAINT,
  /** （五）2 重复申请 — Art.36(6). */
  NOT_PROCESSED_REPEATED,
  /** （五）3 要求提供公开出版物 — Art.39(2). */
  NOT_PROCESSED_PUBLISHED_MATERIAL,
  /** （五）4 无正当理由大量反复申请 — Art.35. */
  NOT_PROCESSED_EXCESSIVE,
  /** （五）5 要求行政机关确认或重新出具已获取信息 — interpretation. */
  NOT_PROCESSED_CONFIRMATION_OR_REISSUE,
  /** （六）1 逾期不补正 — Art.30. */
  OTHER_CORRECTION_NOT_MADE,
  /** （六）2 逾期未缴费 — 国办函〔2020〕109号. */
  OTHER_FEE_NOT_PAID,
  /** （六）3 其他. */
  OTHER;

  private static final String RESOURCE = "outcome-grounds.tsv";
  private static final Map<OutcomeGround, Entry> ENTRIES = load();

  /**
   * Stable code used in JSON and on the command line: the constant name in lower kebab case, e.g.
   * {@code withheld-state-secret}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The category (（一）…（六）) this ground belongs to.
   *
   * @return the category
   */
  public OutcomeCategory getCategory() {
    return entry().category();
  }

  /**
   * The row of table 三, e.g. {@code 三.（三）1}.
   *
   * @return the row path
   */
  public String getRow() {
    return entry().row();
  }

  /**
   * The label in a locale: for any {@code zh} locale the row label exactly as printed in the 2021
   * format, e.g. {@code 属于国家秘密}; English otherwise.
   *
   * @param locale the locale; not null
   * @return the label
   */
  @Override
  public String getLabel(Locale locale) {
    return Texts.isChinese(locale) ? entry().labelZh() : entry().labelEn();
  }

  /**
   * The provisions this ground rests on under {@code regime}; empty when the ground has no basis
   * under that regime (e.g. 行政执法案卷 under 2008).
   *
   * @param regime the regime; not null
   * @return the bases, unmodifiable
   */
  public List<LegalBasis> getLegalBases(Regime regime) {
    InvalidValueException.requireNonNull(regime, "regime");
    return regime == Regime.R2019 ? entry().bases2019() : entry().bases2008();
  }

  /**
   * Whether this ground can be the reason of a decision under {@code regime}.
   *
   * @param regime the regime
   * @return true if it has at least one legal basis under that regime, or is {@link #OTHER}
   */
  public boolean isAvailableUnder(Regime regime) {
    return this == OTHER || !getLegalBases(regime).isEmpty();
  }

  private Entry entry() {
    // load() fails unless every constant has its entry
    return Objects.requireNonNull(ENTRIES.get(this), this::name);
  }

  /**
   * Looks a ground up by its code or constant name.
   *
   * @param code e.g. {@code withheld-state-secret} or {@code WITHHELD_STATE_SECRET}
   * @return the ground
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static OutcomeGround ofCode(String code) {
    return EnumCodes.lookup(OutcomeGround.class, "outcomeGround", code);
  }

  /**
   * The grounds of one category, in table order.
   *
   * @param category the category
   * @return the grounds, unmodifiable
   */
  public static List<OutcomeGround> of(OutcomeCategory category) {
    List<OutcomeGround> out = new ArrayList<>();
    for (OutcomeGround g : values()) {
      if (g.getCategory() == category) {
        out.add(g);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private record Entry(
      OutcomeCategory category,
      String row,
      String labelZh,
      String labelEn,
      List<LegalBasis> bases2019,
      List<LegalBasis> bases2008) {}

  private static Map<OutcomeGround, Entry> load() {
    return ResourceTables.rowPerConstant(
        OutcomeGround.class,
        RESOURCE,
        7,
        (g, f) ->
            new Entry(
                OutcomeCategory.valueOf(f[1]),
                f[2],
                f[3],
                f[4],
                LegalBasis.parseList(Regime.R2019, f[5]),
                LegalBasis.parseList(Regime.R2008, f[6])));
  }
}
