package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** A step the agency must (or, where noted, may) take on the way to or with its answer. */
public enum StepKind {
  /** Review the item under the secrecy law before any release: check the marking and its period (2019 Art.17 para.2; 2008 Art.14). */
  CONFIDENTIALITY_REVIEW("confidentiality-review", "保密审查", "Confidentiality review"),
  /** The agency cannot tell whether the item may be disclosed: refer it to the competent department or the secrecy administration (2019 Art.17 para.3; 2008 Art.14). */
  SECRECY_DETERMINATION("secrecy-determination", "报请有关主管部门或者保密行政管理部门确定", "Refer for a secrecy determination"),
  /** Ask the third party in writing; it has 15 working days from receipt to reply (2019 Art.32; 2008 Art.23, no time limit). */
  THIRD_PARTY_CONSULTATION("third-party-consultation", "书面征求第三方意见", "Consult the third party in writing"),
  /** Tell the third party in writing what will be disclosed in the public interest and why (2019 Art.32; 2008 Art.23). */
  THIRD_PARTY_OVERRIDE_NOTICE("third-party-override-notice", "书面告知第三方决定公开的内容和理由", "Notify the third party of the override"),
  /** Provide the disclosable part and give reasons for the rest (2019 Art.37; 2008 Art.22). */
  SEPARATE_AND_REDACT("separate-and-redact", "区分处理", "Separate and redact"),
  /** Tell the applicant the information is withheld and why (2019 Art.36(3); 2008 Art.21(2)). */
  STATE_REASONS("state-reasons", "告知不予公开并说明理由", "State the reasons for withholding"),
  /** Give the name and contacts of the agency responsible, where it can be identified (2019 Art.36(5); 2008 Art.21(3)). */
  NAME_RESPONSIBLE_AGENCY("name-responsible-agency", "告知负责公开的行政机关名称、联系方式", "Name the responsible agency"),
  /** Tell the applicant how and where to obtain the information (2019 Arts.36(1), 36(7), 39 para.2). */
  INFORM_HOW_TO_OBTAIN("inform-how-to-obtain", "告知获取途径", "Say how to obtain it"),
  /** Tell the applicant the petition, complaint or report is not handled as a disclosure request; the proper channel may be indicated (2019 Art.39 para.1). */
  INFORM_PROPER_CHANNEL("inform-proper-channel", "告知不作为政府信息公开申请处理", "Say it is not handled as a disclosure request"),
  /** The number or frequency of requests clearly exceeds a reasonable range: ask for reasons (2019 Art.35). */
  ASK_FOR_REASONS("ask-for-reasons", "要求申请人说明理由", "Ask the applicant for reasons"),
  /** The reasons are reasonable but the Art.33 period cannot be met: fix a reasonable later deadline and notify it (2019 Art.35). */
  SET_LATER_DEADLINE("set-later-deadline", "确定延迟答复的合理期限并告知申请人", "Set and notify a later deadline");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  StepKind(String code, String labelZh, String labelEn) {
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
  public static StepKind ofCode(String code) {
    return EnumCodes.lookupLenient(values(), v -> v.code, FIELD, code);
  }

  private static final String FIELD = "stepKind";

}
