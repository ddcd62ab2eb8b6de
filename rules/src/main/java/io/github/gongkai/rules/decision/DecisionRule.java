package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
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
public enum DecisionRule implements Coded {
  /** 2019 Art.39 para.1: a petition, complaint or report in the form of a request is not handled as one. */
  PETITION_OR_COMPLAINT("petition-or-complaint"),
  /** 2019 Art.35: requests clearly exceeding a reasonable range. */
  EXCESSIVE_REQUEST("excessive-request"),
  /** 2019 Art.36(6): the same information again after an answer. */
  REPEATED_REQUEST("repeated-request"),
  /** 2019 Art.39 para.2; SPC 2011 Art.2(2): gazettes, newspapers, books. */
  PUBLISHED_MATERIAL("published-material"),
  /** Table 三（五）5, read with 2019 Art.38 (interpretation). */
  CONFIRMATION_OR_REISSUE("confirmation-or-reissue"),
  /** 2008 Art.13: requests before 2019-05-15 had to relate to the applicant's own special needs; SPC 2011 Art.12(6). */
  SPECIAL_NEED("special-need"),
  /** 2019 Art.30; table 三（四）3. */
  STILL_UNCLEAR("still-unclear"),
  /** 2019 Art.2; SPC 2011 Art.12(1). */
  NOT_GOVERNMENT_INFORMATION("not-government-information"),
  /** 2019 Art.36(5); 2008 Art.21(3). */
  NOT_THIS_AGENCY("not-this-agency"),
  /** SPC 2011 Art.2(4): parties to an administrative procedure use the case-file access rules. */
  CASE_FILE_BY_PARTY("case-file-by-party"),
  /** 2019 Art.36(7): business or real-estate registration records and the like. */
  SPECIAL_ACCESS_ROUTE("special-access-route"),
  /** 2019 Art.36(4); 2008 Art.21(3). */
  NOT_HELD("not-held"),
  /** 2019 Art.38; SPC 2011 Art.2(3). */
  REQUIRES_CREATION("requires-creation"),
  /** 2019 Art.36(1); SPC 2011 Art.12(2). */
  ALREADY_PUBLISHED("already-published"),
  /** 2019 Art.14; 2008 Art.14. */
  STATE_SECRET("state-secret"),
  /** 2019 Art.14. */
  PROHIBITED_BY_LAW("prohibited-by-law"),
  /** 2019 Art.14; 2008 Art.8. */
  ENDANGERS_SECURITY("endangers-security"),
  /** 2019 Art.17 para.3; 2008 Art.14. */
  CONFIDENTIALITY_DOUBT("confidentiality-doubt"),
  /** 2019 Arts.15, 32; 2008 Arts.14, 23. */
  THIRD_PARTY_RIGHTS("third-party-rights"),
  /** 2019 Arts.15, 32; 2008 Art.14; SPC 2011 Arts.5 para.2, 8. */
  PUBLIC_INTEREST_OVERRIDE("public-interest-override"),
  /** 2019 Art.16 para.1; 2008: 国办发〔2010〕5号. */
  INTERNAL_AFFAIRS("internal-affairs"),
  /** 2019 Art.16 para.2; 2008: 国办发〔2010〕5号. */
  PROCESS_INFORMATION("process-information"),
  /** 2019 Art.16 para.2; no 2008 counterpart. */
  ENFORCEMENT_CASE_FILE("enforcement-case-file"),
  /** 2019 Art.16 para.2, last sentence. */
  LAW_REQUIRES_DISCLOSURE("law-requires-disclosure"),
  /** 2019 Art.37; 2008 Art.22; SPC 2011 Art.9 para.3. */
  SEPARATION("separation"),
  /** 2019 Arts.13, 36(2); 2008 Art.21(1). */
  RELEASE("release");

  private final String code;

  DecisionRule(String code) {
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
  public static DecisionRule ofCode(String code) {
    return EnumCodes.lookup(DecisionRule.class, "decisionRule", code);
  }

}
