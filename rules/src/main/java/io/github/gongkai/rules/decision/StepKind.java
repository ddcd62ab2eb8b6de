package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** A step the agency must (or, where noted, may) take on the way to or with its answer. */
public enum StepKind implements Coded {
  /** Review the item under the secrecy law before any release: check the marking and its period (2019 Art.17 para.2; 2008 Art.14). */
  CONFIDENTIALITY_REVIEW("confidentiality-review"),
  /** The agency cannot tell whether the item may be disclosed: refer it to the competent department or the secrecy administration (2019 Art.17 para.3; 2008 Art.14). */
  SECRECY_DETERMINATION("secrecy-determination"),
  /** Ask the third party in writing; it has 15 working days from receipt to reply (2019 Art.32; 2008 Art.23, no time limit). */
  THIRD_PARTY_CONSULTATION("third-party-consultation"),
  /** Tell the third party in writing what will be disclosed in the public interest and why (2019 Art.32; 2008 Art.23). */
  THIRD_PARTY_OVERRIDE_NOTICE("third-party-override-notice"),
  /** Provide the disclosable part and give reasons for the rest (2019 Art.37; 2008 Art.22). */
  SEPARATE_AND_REDACT("separate-and-redact"),
  /** Tell the applicant the information is withheld and why (2019 Art.36(3); 2008 Art.21(2)). */
  STATE_REASONS("state-reasons"),
  /** Give the name and contacts of the agency responsible, where it can be identified (2019 Art.36(5); 2008 Art.21(3)). */
  NAME_RESPONSIBLE_AGENCY("name-responsible-agency"),
  /** Tell the applicant how and where to obtain the information (2019 Arts.36(1), 36(7), 39 para.2). */
  INFORM_HOW_TO_OBTAIN("inform-how-to-obtain"),
  /** Tell the applicant the petition, complaint or report is not handled as a disclosure request; the proper channel may be indicated (2019 Art.39 para.1). */
  INFORM_PROPER_CHANNEL("inform-proper-channel"),
  /** The number or frequency of requests clearly exceeds a reasonable range: ask for reasons (2019 Art.35). */
  ASK_FOR_REASONS("ask-for-reasons"),
  /** The reasons are reasonable but the Art.33 period cannot be met: fix a reasonable later deadline and notify it (2019 Art.35). */
  SET_LATER_DEADLINE("set-later-deadline");

  private final String code;

  StepKind(String code) {
    this.code = code;
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
   * Looks a constant up by its code or constant name.
   *
   * @param code the code
   * @return the constant
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static StepKind ofCode(String code) {
    return EnumCodes.lookup(StepKind.class, "stepKind", code);
  }

}
