package io.github.gongkai.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.EnumCodes;

/** What a paragraph of a letter does; renderers lay paragraphs out by role. */
public enum ParagraphRole implements Coded {
  /** The addressee line, e.g. {@code 刘娟：}. */
  SALUTATION("salutation"),
  /** What was received when, and what was asked for. */
  OPENING("opening"),
  /** The answer, or what the notice tells. */
  ANSWER("answer"),
  /** One entry of a numbered list: an item of a partial answer, a thing to correct, a fee line. */
  ITEM("item"),
  /** Parts withheld from the information provided (the redaction log, by ground). */
  REDACTION("redaction"),
  /** How and when the information is provided. */
  DELIVERY("delivery"),
  /** The fee charged or to pay. */
  FEE("fee"),
  /** A period and what happens when it passes. */
  DEADLINE("deadline"),
  /** The remedy notice: review, lawsuit, their periods. */
  REMEDY("remedy"),
  /** A paragraph the agency adds through its letterhead. */
  AGENCY("agency"),
  /** The agency's contact details. */
  CONTACT("contact");

  private final String code;

  ParagraphRole(String code) {
    this.code = code;
  }

  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a role up by its code.
   *
   * @param code e.g. {@code remedy}
   * @return the role
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static ParagraphRole ofCode(String code) {
    return EnumCodes.lookup(ParagraphRole.class, "paragraphRole", code);
  }
}
