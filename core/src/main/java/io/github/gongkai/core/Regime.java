package io.github.gongkai.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.internal.EnumCodes;
import java.time.LocalDate;

/**
 * The two versions of the Regulations on Open Government Information (政府信息公开条例).
 *
 * <p>{@link #R2008} is the original Regulation (国务院令第492号), effective 2008-05-01;
 * {@link #R2019} is the revision (国务院令第711号), effective 2019-05-15 (Art.56 of the revision).
 * Which regime governs a request is decided by its date with {@link #forDate(LocalDate)}; callers
 * with a different transitional policy pass the regime explicitly.
 */
public enum Regime implements Coded {
  /** 国务院令第492号, effective 2008-05-01. */
  R2008("2008", "国务院令第492号", "State Council Decree No. 492", LocalDate.of(2008, 5, 1)),
  /** 国务院令第711号, revised 2019-04-03, effective 2019-05-15. */
  R2019("2019", "国务院令第711号", "State Council Decree No. 711", LocalDate.of(2019, 5, 15));

  private final String code;
  private final String decreeZh;
  private final String decreeEn;
  private final LocalDate effectiveFrom;

  Regime(String code, String decreeZh, String decreeEn, LocalDate effectiveFrom) {
    this.code = code;
    this.decreeZh = decreeZh;
    this.decreeEn = decreeEn;
    this.effectiveFrom = effectiveFrom;
  }

  /**
   * The stable code used in JSON and on the command line: {@code "2008"} or {@code "2019"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The decree that enacted this version, in Chinese, e.g. {@code 国务院令第711号}.
   *
   * @return the decree number
   */
  public String getDecreeZh() {
    return decreeZh;
  }

  /**
   * The decree that enacted this version, in English.
   *
   * @return the decree number
   */
  public String getDecreeEn() {
    return decreeEn;
  }

  /**
   * The first day this version was in force.
   *
   * @return the effective date
   */
  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The version in force on {@code date}.
   *
   * @param date a date on or after 2008-05-01; not null
   * @return {@link #R2019} from 2019-05-15, {@link #R2008} from 2008-05-01 to 2019-05-14
   * @throws InvalidValueException if the date is null or before 2008-05-01, when no Regulation was
   *     in force
   */
  public static Regime forDate(LocalDate date) {
    InvalidValueException.requireNonNull(date, "date");
    if (!date.isBefore(R2019.effectiveFrom)) {
      return R2019;
    }
    if (!date.isBefore(R2008.effectiveFrom)) {
      return R2008;
    }
    throw new InvalidValueException(
        "date", date.toString(), "must be on or after 2008-05-01, when the Regulation took effect");
  }

  /**
   * Looks a regime up by its code.
   *
   * @param code {@code "2008"} or {@code "2019"} (a leading {@code R} is accepted)
   * @return the regime
   * @throws InvalidValueException for any other code
   */
  @JsonCreator
  public static Regime ofCode(String code) {
    return EnumCodes.lookup(Regime.class, "regime", code);
  }
}
