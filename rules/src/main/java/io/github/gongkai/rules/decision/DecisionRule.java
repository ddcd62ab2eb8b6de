package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The rules a {@link DisclosureDecider} considers, by stable code.
 *
 * <p>Their order, stage, grounds, provisions under each regime and reason keys are in the rule table
 * {@code decision-rules.tsv}, whose order follows the questions of the national reference practice
 * (国办公开办函〔2020〕2号): is it a disclosure request at all and must it be processed; is it
 * government information; whose is it; does it exist; may it be given; how. The order of these
 * constants carries no meaning. Every rule appears in every explanation trace, fired or not.
 */
public enum DecisionRule {
  /** 2019 Art.39 para.1: a petition, complaint or report in the form of a request is not handled as one. */
  PETITION_OR_COMPLAINT("petition-or-complaint", "信访、投诉、举报类申请", "Petition, complaint or report"),
  /** 2019 Art.35: requests clearly exceeding a reasonable range. */
  EXCESSIVE_REQUEST("excessive-request", "申请数量、频次明显超过合理范围", "Excessive requests"),
  /** 2019 Art.36(6): the same information again after an answer. */
  REPEATED_REQUEST("repeated-request", "重复申请", "Repeated request"),
  /** 2019 Art.39 para.2; SPC 2011 Art.2(2): gazettes, newspapers, books. */
  PUBLISHED_MATERIAL("published-material", "要求提供公开出版物", "Published material"),
  /** Table 三（五）5, read with 2019 Art.38 (interpretation). */
  CONFIRMATION_OR_REISSUE("confirmation-or-reissue", "要求确认或重新出具已获取信息", "Confirmation or re-issue"),
  /** 2008 Art.13: requests before 2019-05-15 had to relate to the applicant's own special needs; SPC 2011 Art.12(6). */
  SPECIAL_NEED("special-need", "三需要", "Special-need test"),
  /** 2019 Art.30; table 三（四）3. */
  STILL_UNCLEAR("still-unclear", "补正后申请内容仍不明确", "Still unclear after correction"),
  /** 2019 Art.2; SPC 2011 Art.12(1). */
  NOT_GOVERNMENT_INFORMATION("not-government-information", "不属于政府信息", "Not government information"),
  /** 2019 Art.36(5); 2008 Art.21(3). */
  NOT_THIS_AGENCY("not-this-agency", "不属于本机关负责公开", "Another agency is responsible"),
  /** SPC 2011 Art.2(4): parties to an administrative procedure use the case-file access rules. */
  CASE_FILE_BY_PARTY("case-file-by-party", "当事人以政府信息公开名义申请查阅案卷材料", "Case file sought by a party"),
  /** 2019 Art.36(7): business or real-estate registration records and the like. */
  SPECIAL_ACCESS_ROUTE("special-access-route", "工商、不动产登记资料等特别规定", "Special statutory access route"),
  /** 2019 Art.36(4); 2008 Art.21(3). */
  NOT_HELD("not-held", "经检索没有所申请公开信息", "Not held"),
  /** 2019 Art.38; SPC 2011 Art.2(3). */
  REQUIRES_CREATION("requires-creation", "需要另行制作或者加工、分析", "Would need creation or analysis"),
  /** 2019 Art.36(1); SPC 2011 Art.12(2). */
  ALREADY_PUBLISHED("already-published", "已经主动公开", "Already proactively disclosed"),
  /** 2019 Art.14; 2008 Art.14. */
  STATE_SECRET("state-secret", "国家秘密", "State secret"),
  /** 2019 Art.14. */
  PROHIBITED_BY_LAW("prohibited-by-law", "法律、行政法规禁止公开", "Prohibited by law"),
  /** 2019 Art.14; 2008 Art.8. */
  ENDANGERS_SECURITY("endangers-security", "危及国家安全、公共安全、经济安全、社会稳定", "Endangers security or stability"),
  /** 2019 Art.17 para.3; 2008 Art.14. */
  CONFIDENTIALITY_DOUBT("confidentiality-doubt", "不能确定是否可以公开", "Doubt whether it may be disclosed"),
  /** 2019 Arts.15, 32; 2008 Arts.14, 23. */
  THIRD_PARTY_RIGHTS("third-party-rights", "商业秘密、个人隐私等第三方合法权益", "Third-party rights"),
  /** 2019 Arts.15, 32; 2008 Art.14; SPC 2011 Arts.5 para.2, 8. */
  PUBLIC_INTEREST_OVERRIDE("public-interest-override", "不公开会对公共利益造成重大影响", "Public-interest override"),
  /** 2019 Art.16 para.1; 2008: 国办发〔2010〕5号. */
  INTERNAL_AFFAIRS("internal-affairs", "内部事务信息", "Internal affairs"),
  /** 2019 Art.16 para.2; 2008: 国办发〔2010〕5号. */
  PROCESS_INFORMATION("process-information", "过程性信息", "Process information"),
  /** 2019 Art.16 para.2; no 2008 counterpart. */
  ENFORCEMENT_CASE_FILE("enforcement-case-file", "行政执法案卷信息", "Law-enforcement case file"),
  /** 2019 Art.16 para.2, last sentence. */
  LAW_REQUIRES_DISCLOSURE("law-requires-disclosure", "法律、法规、规章规定应当公开", "Law requires disclosure"),
  /** 2019 Art.37; 2008 Art.22; SPC 2011 Art.9 para.3. */
  SEPARATION("separation", "区分处理", "Separation (partial disclosure)"),
  /** 2019 Arts.13, 36(2); 2008 Art.21(1). */
  RELEASE("release", "予以公开", "Release");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  DecisionRule(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Stable code used in JSON.
   *
   * @return the code
   */
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }

  /**
   * English label.
   *
   * @return the label
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * Looks a constant up by its code or constant name.
   *
   * @param code the code
   * @return the constant
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static DecisionRule ofCode(String code) {
    return EnumCodes.lookupLenient(values(), v -> v.code, FIELD, code);
  }

  private static final String FIELD = "decisionRule";

}
