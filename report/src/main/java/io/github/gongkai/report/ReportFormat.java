package io.github.gongkai.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The statutory formats of the annual report. The enum fixes the stable codes; document numbers,
 * titles, years and layouts are statutory data in {@code report-layouts.tsv} ({@link #getLayout()}).
 */
public enum ReportFormat implements Coded {
  /** 国办公开办函〔2021〕30号: the unified format, used from the 2021 reports on. */
  FORMAT_2021("2021"),
  /** 国办公开办函〔2019〕60号: the trial format, used for the 2019 and 2020 reports. */
  TRIAL_2019("2019-trial"),
  /**
   * Reports under Art.32 of the 2008 Regulation (2008–2018): six items, no national table format
   * (docs/legal-reference.md §10 item 5, unconfirmed).
   */
  LEGACY_2008("2008");

  private final String code;

  ReportFormat(String code) {
    this.code = code;
  }

  /**
   * Stable code used in JSON: {@code 2021}, {@code 2019-trial} or {@code 2008}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The layout of this format.
   *
   * @return the layout
   */
  public ReportLayout getLayout() {
    return ReportLayout.of(this);
  }

  /**
   * The regime whose Regulation the format implements.
   *
   * @return the regime
   */
  public Regime getRegime() {
    return getLayout().getRegime();
  }

  /**
   * The format for the report on a given year: 2021 on → {@link #FORMAT_2021}; 2019 and 2020 →
   * {@link #TRIAL_2019}; 2008–2018 → {@link #LEGACY_2008}.
   *
   * @param year the report year, 2008 or later
   * @return the format
   * @throws InvalidValueException for a year before 2008
   */
  public static ReportFormat forYear(int year) {
    for (ReportFormat f : values()) {
      ReportLayout l = f.getLayout();
      if (year >= l.getFirstYear() && (l.getLastYear() == null || year <= l.getLastYear())) {
        return f;
      }
    }
    throw new InvalidValueException(
        "year", Integer.toString(year), "must be 2008 or later (the 2008 Regulation took effect 2008-05-01)");
  }

  /**
   * Looks a format up by code.
   *
   * @param code {@code 2021}, {@code 2019-trial} or {@code 2008}
   * @return the format
   * @throws InvalidValueException for an unknown code
   */
  @JsonCreator
  public static ReportFormat ofCode(String code) {
    return EnumCodes.lookup(ReportFormat.class, "format", code);
  }
}
