package io.github.gongkai.rules.scan;

import java.util.Locale;

/** A check a {@link PersonalDataMatch} passed. Serialised by {@link #getCode()}. */
public enum Check {
  /** Shape: length, characters, grouping and boundaries (not inside a longer run). */
  FORMAT("格式"),
  /** Province-level region code (GB/T 2260). */
  REGION_CODE("地区码"),
  /** A real birth date, not before 1900 and not in the future. */
  BIRTH_DATE("出生日期"),
  /** ISO 7064 MOD 11-2 check character (GB 11643). */
  MOD_11_2("MOD 11-2校验码"),
  /** Registration-authority and organisation-type codes (GB 32100). */
  REGISTRATION_TYPE("登记管理部门码和机构类别码"),
  /** Weighted MOD 31 check character (GB 32100). */
  MOD_31("MOD 31校验码"),
  /** Luhn check digit. */
  LUHN("Luhn校验位"),
  /** Plausible issuer identification number prefix. */
  IIN_PREFIX("发卡行识别码"),
  /** Mobile number prefix 13–19. */
  MOBILE_PREFIX("手机号段"),
  /** Landline area code. */
  AREA_CODE("长途区号"),
  /** E-mail domain with a top-level domain. */
  EMAIL_DOMAIN("邮箱域名"),
  /** A label for this kind of data stands just before it (e.g. 身份证号：). */
  LABEL("标签"),
  /** A configured sensitive-information keyword. */
  KEYWORD("关键词");

  private final String labelZh;

  Check(String labelZh) {
    this.labelZh = labelZh;
  }

  /**
   * Stable code: the constant name in lower kebab case, e.g. {@code mod-11-2}.
   *
   * @return the code
   */
  public String getCode() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Chinese label.
   *
   * @return the label
   */
  public String getLabelZh() {
    return labelZh;
  }
}
