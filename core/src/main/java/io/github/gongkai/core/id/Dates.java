package io.github.gongkai.core.id;

import java.time.LocalDate;

/** Allocation-free calendar arithmetic on dates packed as {@code yyyymmdd} ints. */
final class Dates {
  private static final long CHINA_OFFSET_MILLIS = 8L * 60 * 60 * 1000;

  private Dates() {}

  static boolean isValid(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= lengthOfMonth(year, month);
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static int pack(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  /** Today's date in China Standard Time (UTC+8), packed, computed without allocation. */
  static int todayInChina() {
    long days = Math.floorDiv(System.currentTimeMillis() + CHINA_OFFSET_MILLIS, 86_400_000L);
    // civil-from-days (H. Hinnant), proleptic Gregorian
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    return (int) (y * 10000 + m * 100 + d);
  }
}
