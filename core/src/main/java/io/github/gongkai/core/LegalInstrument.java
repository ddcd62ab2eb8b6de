package io.github.gongkai.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The legal instruments gongkai cites (docs/legal-reference.md §1).
 *
 * <p>Each instrument knows the regimes it may be cited under: the 2008 Regulation and its 2010 and
 * 2015 guidance only under {@link Regime#R2008}; the 2019 Regulation and the 2020 fee measures only
 * under {@link Regime#R2019}; the 2011 court provisions, the 2016 delivery interpretation and the
 * report formats under both.
 */
public enum LegalInstrument implements Coded {
  /** 政府信息公开条例 (2007-04-05, 国务院令第492号), effective 2008-05-01. */
  REGULATION_2008(
      "OGI-2008",
      "中华人民共和国政府信息公开条例",
      "国务院令第492号",
      "Regulations on Open Government Information (2008)",
      EnumSet.of(Regime.R2008)),
  /** 政府信息公开条例 (revised 2019-04-03, 国务院令第711号), effective 2019-05-15. */
  REGULATION_2019(
      "OGI-2019",
      "中华人民共和国政府信息公开条例",
      "国务院令第711号",
      "Regulations on Open Government Information (2019)",
      EnumSet.of(Regime.R2019)),
  /** 国务院办公厅关于做好政府信息依申请公开工作的意见 (国办发〔2010〕5号). */
  GUIDANCE_2010(
      "GUIDANCE-2010-5",
      "国务院办公厅关于做好政府信息依申请公开工作的意见",
      "国办发〔2010〕5号",
      "General Office opinion on disclosure on request (2010)",
      EnumSet.of(Regime.R2008)),
  /** 关于政府信息公开期限有关问题的解释 (国办公开办函〔2015〕207号). */
  TIME_LIMITS_2015(
      "INTERP-2015-207",
      "关于政府信息公开期限有关问题的解释",
      "国办公开办函〔2015〕207号",
      "Interpretation on disclosure time limits (2015)",
      EnumSet.of(Regime.R2008)),
  /** 关于政府信息公开处理决定送达问题的解释 (国办公开办函〔2016〕235号). */
  DELIVERY_2016(
      "INTERP-2016-235",
      "关于政府信息公开处理决定送达问题的解释",
      "国办公开办函〔2016〕235号",
      "Interpretation on delivery of disclosure decisions (2016)",
      EnumSet.allOf(Regime.class)),
  /** 政府信息公开信息处理费管理办法 (国办函〔2020〕109号), charging from 2021-01-01. */
  FEE_MEASURES_2020(
      "FEES-2020-109",
      "政府信息公开信息处理费管理办法",
      "国办函〔2020〕109号",
      "Measures on information-processing fees (2020)",
      EnumSet.of(Regime.R2019)),
  /** 最高人民法院关于审理政府信息公开行政案件若干问题的规定 (2011), effective 2011-08-13. */
  SPC_PROVISIONS_2011(
      "SPC-2011",
      "最高人民法院关于审理政府信息公开行政案件若干问题的规定",
      "法释〔2011〕17号",
      "Supreme People's Court provisions on disclosure cases (2011)",
      EnumSet.allOf(Regime.class)),
  /** 中华人民共和国个人信息保护法 (2021). */
  PERSONAL_INFORMATION_PROTECTION_LAW(
      "PIPL-2021",
      "中华人民共和国个人信息保护法",
      "主席令第九十一号",
      "Personal Information Protection Law (2021)",
      EnumSet.allOf(Regime.class)),
  /**
   * 行政复议法 as amended in 2017 (in force until 2023-12-31): 60 days to apply (Art.9), no
   * review-first rule for disclosure.
   */
  ADMINISTRATIVE_REVIEW_LAW_2017(
      "ARL-2017",
      "中华人民共和国行政复议法",
      "主席令第七十六号",
      "Administrative Review Law (2017)",
      EnumSet.allOf(Regime.class)),
  /**
   * 行政复议法 as revised in 2023, in force from 2024-01-01 (Art.90): 60 days to apply (Art.20);
   * review first when an agency refuses disclosure (Art.23(1) item 4).
   */
  ADMINISTRATIVE_REVIEW_LAW_2023(
      "ARL-2023",
      "中华人民共和国行政复议法",
      "主席令第九号",
      "Administrative Review Law (2023)",
      EnumSet.allOf(Regime.class)),
  /** 行政诉讼法 as amended in 2017: 6 months to sue (Art.46), 15 days after review (Art.45). */
  ADMINISTRATIVE_LITIGATION_LAW_2017(
      "ALL-2017",
      "中华人民共和国行政诉讼法",
      "主席令第七十一号",
      "Administrative Litigation Law (2017)",
      EnumSet.allOf(Regime.class)),
  /**
   * 行政处罚法 as revised in 2021: penalty decisions with some social impact are published, and a
   * published decision later changed, revoked or held unlawful or void is withdrawn within 3 days
   * (Art.48), which are working days (Art.85). docs/legal-reference.md §8A.
   */
  ADMINISTRATIVE_PENALTY_LAW_2021(
      "APL-2021",
      "中华人民共和国行政处罚法",
      "主席令第七十号",
      "Administrative Penalty Law (2021)",
      EnumSet.allOf(Regime.class)),
  /**
   * 国办发〔2015〕51号, the 双公示 policy: licensing and penalty decisions online within 7 working
   * days of the decision unless a law or regulation says otherwise — a policy time limit, not a
   * statute (docs/legal-reference.md §8A).
   */
  CREDIT_PUBLICITY_2015(
      "CREDIT-2015-51",
      "国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见",
      "国办发〔2015〕51号",
      "General Office opinions on serving and supervising market entities with big data (2015)",
      EnumSet.allOf(Regime.class)),
  /**
   * 市场监督管理行政处罚信息公示规定 (国家市场监督管理总局令第45号), in force 2021-09-01: market
   * regulation penalty decisions published within 20 working days, withdrawn within 3 working days
   * after change or revocation (docs/legal-reference.md §8A).
   */
  SAMR_PENALTY_PUBLICITY_2021(
      "SAMR-2021-45",
      "市场监督管理行政处罚信息公示规定",
      "国家市场监督管理总局令第45号",
      "SAMR provisions on publicising administrative penalty information (2021)",
      EnumSet.allOf(Regime.class));

  private final String code;
  private final String titleZh;
  private final String documentNumber;
  private final String titleEn;
  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable copy, never handed out
  private final Set<Regime> regimes;

  LegalInstrument(
      String code, String titleZh, String documentNumber, String titleEn, Set<Regime> regimes) {
    this.code = code;
    this.titleZh = titleZh;
    this.documentNumber = documentNumber;
    this.titleEn = titleEn;
    this.regimes = Set.copyOf(regimes);
  }

  /**
   * Stable code used in JSON, e.g. {@code "OGI-2019"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The instrument's name: for any {@code zh} locale its title and document number, e.g. {@code
   * 中华人民共和国政府信息公开条例（国务院令第711号）}; otherwise {@link #getTitleEn()}.
   *
   * @param locale the locale; not null
   * @return the title
   */
  @Override
  public String getLabel(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? titleZh + "（" + documentNumber + "）" : titleEn;
  }

  /**
   * Chinese title without book-title marks, e.g. {@code 中华人民共和国政府信息公开条例}.
   *
   * @return the title
   */
  public String getTitleZh() {
    return titleZh;
  }

  /**
   * The document number (文号), e.g. {@code 国办函〔2020〕109号}.
   *
   * @return the document number
   */
  public String getDocumentNumber() {
    return documentNumber;
  }

  /**
   * English title.
   *
   * @return the title
   */
  public String getTitleEn() {
    return titleEn;
  }

  /**
   * Whether a citation names this instrument by its title alone: laws (中华人民共和国…法) and the two
   * Regulations. Other instruments — State Council office documents, court provisions — add their
   * document number, e.g. {@code （国办函〔2020〕109号）}.
   *
   * @return true for laws and administrative regulations
   */
  public boolean isCitedByTitle() {
    return titleZh.startsWith("中华人民共和国");
  }

  /**
   * Whether this instrument may be cited for a matter governed by {@code regime}.
   *
   * @param regime the regime; not null
   * @return true if the instrument applies under that regime
   */
  public boolean appliesTo(Regime regime) {
    return regimes.contains(regime);
  }

  /**
   * Looks an instrument up by its code.
   *
   * @param code the code, e.g. {@code "OGI-2019"}
   * @return the instrument
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static LegalInstrument ofCode(String code) {
    return EnumCodes.lookup(LegalInstrument.class, "instrument", code);
  }
}
