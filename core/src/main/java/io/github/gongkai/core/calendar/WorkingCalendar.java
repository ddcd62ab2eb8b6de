package io.github.gongkai.core.calendar;

import io.github.gongkai.core.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A working-day calendar over a contiguous range of dates: which days are working days (工作日)
 * once statutory days off (休) and make-up working days (班) are taken into account.
 *
 * <p>Every query is answered from arrays computed once at construction: {@link
 * #isWorkingDay(LocalDate)}, {@link #dayType(LocalDate)}, {@link #plusWorkingDays(LocalDate, int)}
 * and {@link #workingDaysBetween(LocalDate, LocalDate)} run in constant time, with no loop over
 * days. A date outside {@link #getCoverage()} throws {@link CalendarCoverageException}; the
 * calendar never guesses Monday to Friday for a year it does not know.
 *
 * <p>Calendars compose: {@link #extendedWith(WorkingCalendar)} appends a newly published year,
 * {@link #overlaidWith(WorkingCalendar)} lays regional days off (an autonomous region's ethnic
 * holidays, a local extra day off) over a national calendar. The result reports a {@link
 * #getVersion() version} and the {@link #getSources() sources} of both parts, so that a deadline
 * computed with it can say which calendar it used.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkingCalendar {
  /** Longest coverage accepted, in days (about 400 years), to keep the tables small. */
  static final int MAX_DAYS = 146_100;

  private static final DayType[] TYPES = DayType.values();

  private final CalendarCoverage coverage;
  private final long firstEpochDay;
  private final String version;
  private final List<String> sources;
  private final List<CalendarEntry> entries;
  /** DayType ordinal for each covered day, indexed by epoch day minus {@link #firstEpochDay}. */
  private final byte[] types;
  /** {@code cumulative[i]}: number of working days among covered days {@code 0..i-1}. */
  private final int[] cumulative;
  /** {@code nthWorking[k]}: the (k+1)-th working day of the coverage (shared, immutable dates). */
  private final LocalDate[] nthWorking;
  /** The listed entry of each covered day, or null. */
  private final CalendarEntry[] entryByDay;
  /** Year of the first covered date. */
  private final int firstYear;
  /**
   * {@code monthStart[(year - firstYear) * 12 + month - 1]}: index of the 1st of that month
   * (negative for the month of the first covered date when coverage starts mid-month), so that a
   * date's index costs one lookup instead of {@link LocalDate#toEpochDay()}.
   */
  private final int[] monthStart;

  private WorkingCalendar(
      CalendarCoverage coverage, String version, List<String> sources, List<CalendarEntry> sorted) {
    this.coverage = coverage;
    this.version = version;
    this.sources = Collections.unmodifiableList(new ArrayList<>(sources));
    this.entries = Collections.unmodifiableList(new ArrayList<>(sorted));
    this.firstEpochDay = coverage.getFirst().toEpochDay();
    int days = Math.toIntExact(coverage.getLast().toEpochDay() - firstEpochDay + 1);
    this.types = new byte[days];
    this.entryByDay = new CalendarEntry[days];
    // 1970-01-01 (epoch day 0) was a Thursday: ISO day of week = floorMod(epochDay + 3, 7) + 1.
    for (int i = 0; i < days; i++) {
      int isoDow = (int) Math.floorMod(firstEpochDay + i + 3, 7L) + 1;
      types[i] = (byte) (isoDow >= 6 ? DayType.WEEKEND : DayType.WORKDAY).ordinal();
    }
    for (CalendarEntry e : sorted) {
      int i = (int) (e.getDate().toEpochDay() - firstEpochDay);
      types[i] = (byte) e.getType().ordinal();
      entryByDay[i] = e;
    }
    this.firstYear = coverage.getFirst().getYear();
    int months = (coverage.getLast().getYear() - firstYear) * 12 + coverage.getLast().getMonthValue();
    this.monthStart = new int[months];
    for (int m = 0; m < months; m++) {
      LocalDate firstOfMonth = LocalDate.of(firstYear + m / 12, m % 12 + 1, 1);
      monthStart[m] = (int) (firstOfMonth.toEpochDay() - firstEpochDay);
    }
    this.cumulative = new int[days + 1];
    int working = 0;
    for (int i = 0; i < days; i++) {
      if (TYPES[types[i]].isWorking()) {
        working++;
      }
      cumulative[i + 1] = working;
    }
    this.nthWorking = new LocalDate[working];
    for (int i = 0, k = 0; i < days; i++) {
      if (TYPES[types[i]].isWorking()) {
        nthWorking[k++] = LocalDate.ofEpochDay(firstEpochDay + i);
      }
    }
  }

  /**
   * A builder for a calendar from its own entries, e.g. a newly published year or a regional
   * overlay.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- queries

  /**
   * Whether the date is a working day: a weekday that is not a day off, or a make-up working day.
   *
   * @param date a covered date; not null
   * @return true for {@link DayType#WORKDAY} and {@link DayType#MAKEUP_WORKDAY}
   * @throws CalendarCoverageException if the date is not covered
   */
  public boolean isWorkingDay(LocalDate date) {
    return TYPES[types[index(date)]].isWorking();
  }

  /**
   * The kind of day the date is.
   *
   * @param date a covered date; not null
   * @return the day type, not null
   * @throws CalendarCoverageException if the date is not covered
   */
  public DayType dayType(LocalDate date) {
    return TYPES[types[index(date)]];
  }

  /**
   * The Chinese name of the holiday the date is a day off of.
   *
   * @param date a covered date; not null
   * @return the name (e.g. {@code 春节}) for a {@link DayType#HOLIDAY}, empty for any other day
   * @throws CalendarCoverageException if the date is not covered
   */
  public Optional<String> holidayName(LocalDate date) {
    CalendarEntry e = entryByDay[index(date)];
    return e != null && e.getType() == DayType.HOLIDAY ? Optional.of(e.getName()) : Optional.empty();
  }

  /**
   * The listed entry of the date: a day off or a make-up working day, with its holiday's names.
   *
   * @param date a covered date; not null
   * @return the entry, or empty for an ordinary weekday or weekend day
   * @throws CalendarCoverageException if the date is not covered
   */
  public Optional<CalendarEntry> entry(LocalDate date) {
    return Optional.ofNullable(entryByDay[index(date)]);
  }

  /**
   * The first working day strictly after the date.
   *
   * @param date a covered date; not null
   * @return the next working day
   * @throws CalendarCoverageException if the date, or the next working day, is not covered
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * The n-th working day after {@code start}; {@code start} itself is never counted. For a
   * negative {@code n}, the |n|-th working day before {@code start}; for zero, {@code start}.
   *
   * <p>This is how a period "within N working days of receipt" ends when the day of receipt is
   * not counted: {@code plusWorkingDays(receipt, 20)}.
   *
   * @param start a covered date, working day or not; not null
   * @param n the number of working days to move
   * @return the working day reached (for {@code n != 0}), never a day off
   * @throws CalendarCoverageException if {@code start} or the result is not covered
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    int i = index(start);
    if (n == 0) {
      return start;
    }
    long k;
    if (n > 0) {
      k = (long) cumulative[i + 1] + n; // 1-based rank of the target among all working days
      if (k > nthWorking.length) {
        throw beyond(start, n, "after the last covered date");
      }
    } else {
      k = (long) cumulative[i] + n + 1; // working days strictly before start, minus |n|, plus 1
      if (k < 1) {
        throw beyond(start, n, "before the first covered date");
      }
    }
    return nthWorking[(int) (k - 1)];
  }

  /**
   * The number of working days {@code d} with {@code startExclusive < d <= endInclusive}; negative
   * (minus the count of working days in {@code endInclusive < d <= startExclusive}) when the end
   * is before the start. For {@code n >= 0} and any covered {@code s}, {@code
   * workingDaysBetween(s, plusWorkingDays(s, n)) == n}.
   *
   * @param startExclusive a covered date, or the day before the first covered date; not null
   * @param endInclusive a covered date, or the day before the first covered date; not null
   * @return the signed count
   * @throws CalendarCoverageException if a date is not covered
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    return cumulativeThrough(endInclusive) - cumulativeThrough(startExclusive);
  }

  private int cumulativeThrough(LocalDate date) {
    InvalidValueException.requireNonNull(date, "date");
    long i = offset(date); // -1 allowed: nothing counted yet
    if (i < -1 || i >= types.length) {
      throw notCovered(date);
    }
    return cumulative[(int) i + 1];
  }

  /**
   * Whether the date is covered.
   *
   * @param date a date; not null
   * @return true if the calendar can answer for the date
   */
  public boolean covers(LocalDate date) {
    return coverage.contains(date);
  }

  /**
   * The dates this calendar covers.
   *
   * @return the coverage, not null
   */
  public CalendarCoverage getCoverage() {
    return coverage;
  }

  /**
   * The version of the calendar data, to be reported with every result computed from it, e.g.
   * {@code cn-national/2008-2026/2025-11-04} or, for a composed calendar, the versions of its
   * parts joined by {@code +}.
   *
   * @return the version, not null
   */
  public String getVersion() {
    return version;
  }

  /**
   * The instruments the data comes from (for the official calendar, each State Council notice
   * with its document number), in order, without duplicates.
   *
   * @return an unmodifiable list, not empty
   */
  public List<String> getSources() {
    return sources;
  }

  /**
   * Every listed day — days off, weekend ones included, and make-up working days — in date order.
   *
   * @return an unmodifiable list
   */
  public List<CalendarEntry> getEntries() {
    return entries;
  }

  /**
   * The listed days of one calendar year, in date order.
   *
   * @param year a year every day of which is covered
   * @return an unmodifiable list
   * @throws CalendarCoverageException if any day of the year is not covered
   */
  public List<CalendarEntry> getEntries(int year) {
    if (year < LocalDate.MIN.getYear() + 1 || year > LocalDate.MAX.getYear() - 1) {
      throw new InvalidValueException("year", Integer.toString(year), "must be a valid year");
    }
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    if (!coverage.containsYear(year)) {
      throw new CalendarCoverageException(
          jan1,
          coverage.getFirst(),
          coverage.getLast(),
          "year " + year + " is not (entirely) covered by calendar " + version);
    }
    int from = lowerBound(jan1);
    int to = lowerBound(jan1.plusYears(1));
    return entries.subList(from, to);
  }

  private int lowerBound(LocalDate date) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).getDate().isBefore(date)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- composition

  /**
   * This calendar followed (or preceded) by another that covers the adjacent dates — typically a
   * newly published year read with {@link CalendarTsv#read(java.io.Reader, String)}.
   *
   * @param next a calendar whose coverage starts the day after this one ends, or ends the day
   *     before this one starts; not null
   * @return a calendar covering both ranges, with both versions and all sources
   * @throws InvalidValueException if the coverages overlap or leave a gap
   */
  public WorkingCalendar extendedWith(WorkingCalendar next) {
    InvalidValueException.requireNonNull(next, "next");
    WorkingCalendar a;
    WorkingCalendar b;
    if (coverage.getLast().plusDays(1).equals(next.coverage.getFirst())) {
      a = this;
      b = next;
    } else if (next.coverage.getLast().plusDays(1).equals(coverage.getFirst())) {
      a = next;
      b = this;
    } else {
      throw new InvalidValueException(
          "next.coverage",
          next.coverage.toString(),
          "must start the day after " + coverage.getLast() + " or end the day before "
              + coverage.getFirst());
    }
    List<CalendarEntry> all = new ArrayList<>(a.entries);
    all.addAll(b.entries);
    return new Builder()
        .coverage(a.coverage.getFirst(), b.coverage.getLast())
        .version(version + "+" + next.version)
        .sources(sources)
        .sources(next.sources)
        .entries(all)
        .build();
  }

  /**
   * This calendar with another laid over it: every listed day of the overlay (a regional day off,
   * or a regional make-up working day) replaces this calendar's status of that date; the other
   * dates keep theirs. Use it for an autonomous region's ethnic holidays or a local extra day
   * off.
   *
   * @param overlay a calendar whose coverage lies within this one's; not null
   * @return the combined calendar, with this coverage, both versions and all sources
   * @throws InvalidValueException if the overlay covers dates this calendar does not
   */
  public WorkingCalendar overlaidWith(WorkingCalendar overlay) {
    InvalidValueException.requireNonNull(overlay, "overlay");
    if (!coverage.contains(overlay.coverage.getFirst())
        || !coverage.contains(overlay.coverage.getLast())) {
      throw new InvalidValueException(
          "overlay.coverage",
          overlay.coverage.toString(),
          "must lie within the base calendar's coverage " + coverage);
    }
    TreeMap<LocalDate, CalendarEntry> merged = new TreeMap<>();
    for (CalendarEntry e : entries) {
      merged.put(e.getDate(), e);
    }
    for (CalendarEntry e : overlay.entries) {
      merged.put(e.getDate(), e);
    }
    return new Builder()
        .coverage(coverage.getFirst(), coverage.getLast())
        .version(version + "+" + overlay.version)
        .sources(sources)
        .sources(overlay.sources)
        .entries(merged.values())
        .build();
  }

  // ---------------------------------------------------------------- internals

  private int index(LocalDate date) {
    InvalidValueException.requireNonNull(date, "date");
    long i = offset(date);
    if (i < 0 || i >= types.length) {
      throw notCovered(date);
    }
    return (int) i;
  }

  /** The date's offset from the first covered date; outside {@code [0, days)} if not covered. */
  private long offset(LocalDate date) {
    long m = (date.getYear() - (long) firstYear) * 12 + date.getMonthValue() - 1;
    if (m >= 0 && m < monthStart.length) {
      return monthStart[(int) m] + date.getDayOfMonth() - 1L;
    }
    return date.toEpochDay() - firstEpochDay;
  }

  private CalendarCoverageException notCovered(LocalDate date) {
    return new CalendarCoverageException(
        date,
        coverage.getFirst(),
        coverage.getLast(),
        "date " + date + " is not covered by calendar " + version);
  }

  private CalendarCoverageException beyond(LocalDate start, int n, String where) {
    return new CalendarCoverageException(
        start,
        coverage.getFirst(),
        coverage.getLast(),
        "plusWorkingDays(" + start + ", " + n + "): the result lies " + where
            + " of calendar " + version);
  }

  /** Summary: version and coverage. */
  @Override
  public String toString() {
    return "WorkingCalendar[" + version + ", " + coverage + "]";
  }

  /**
   * Builds a {@link WorkingCalendar}. Coverage, version and at least one source are required;
   * every entry must lie within the coverage, and no date may be listed twice. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable LocalDate first;
    private @Nullable LocalDate last;
    private @Nullable String version;
    private final LinkedHashSet<String> sources = new LinkedHashSet<>();
    private final List<CalendarEntry> entries = new ArrayList<>();

    Builder() {}

    /**
     * Sets the covered range.
     *
     * @param first the first covered date; not null
     * @param last the last covered date; not null
     * @return this builder
     */
    public Builder coverage(LocalDate first, LocalDate last) {
      CalendarCoverage c = CalendarCoverage.of(first, last);
      this.first = c.getFirst();
      this.last = c.getLast();
      return this;
    }

    /**
     * Sets the covered range to whole calendar years.
     *
     * @param firstYear the first year
     * @param lastYear the last year
     * @return this builder
     */
    public Builder coverageYears(int firstYear, int lastYear) {
      return coverage(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /**
     * Sets the version reported with results.
     *
     * @param version e.g. {@code cn-national/2027}; not blank
     * @return this builder
     */
    public Builder version(String version) {
      InvalidValueException.requireNonNull(version, "version");
      if (version.isBlank()) {
        throw new InvalidValueException("version", "\"\"", "must not be blank");
      }
      this.version = version.strip();
      return this;
    }

    /**
     * Adds a source, e.g. the notice and its document number.
     *
     * @param source not blank
     * @return this builder
     */
    public Builder source(String source) {
      InvalidValueException.requireNonNull(source, "source");
      if (source.isBlank()) {
        throw new InvalidValueException("source", "\"\"", "must not be blank");
      }
      sources.add(source.strip());
      return this;
    }

    /**
     * Adds sources.
     *
     * @param sources not null, no blank element
     * @return this builder
     */
    public Builder sources(Iterable<String> sources) {
      InvalidValueException.requireNonNull(sources, "sources");
      for (String s : sources) {
        source(s);
      }
      return this;
    }

    /**
     * Adds an entry.
     *
     * @param entry not null
     * @return this builder
     */
    public Builder entry(CalendarEntry entry) {
      entries.add(InvalidValueException.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Adds entries.
     *
     * @param entries not null, no null element
     * @return this builder
     */
    public Builder entries(Iterable<CalendarEntry> entries) {
      InvalidValueException.requireNonNull(entries, "entries");
      for (CalendarEntry e : entries) {
        entry(e);
      }
      return this;
    }

    /**
     * Adds a day off.
     *
     * @param date the date; not null
     * @param name the Chinese name; not blank
     * @param englishName the English name; not blank
     * @return this builder
     */
    public Builder dayOff(LocalDate date, String name, String englishName) {
      return entry(CalendarEntry.dayOff(date, name, englishName));
    }

    /**
     * Adds a make-up working day.
     *
     * @param date a Saturday or Sunday; not null
     * @param name the Chinese name of the holiday it makes up for; not blank
     * @param englishName the English name; not blank
     * @return this builder
     */
    public Builder makeupWorkday(LocalDate date, String name, String englishName) {
      return entry(CalendarEntry.makeupWorkday(date, name, englishName));
    }

    /**
     * Builds the calendar and its lookup tables.
     *
     * @return the calendar
     * @throws InvalidValueException if coverage, version or sources are missing, the coverage is
     *     longer than about 400 years, an entry lies outside the coverage, or a date is listed
     *     twice
     */
    public WorkingCalendar build() {
      if (first == null || last == null) {
        throw new InvalidValueException("coverage", null, "is required");
      }
      if (version == null) {
        throw new InvalidValueException("version", null, "is required");
      }
      if (sources.isEmpty()) {
        throw new InvalidValueException("sources", "[]", "at least one source is required");
      }
      if (last.toEpochDay() - first.toEpochDay() + 1 > MAX_DAYS) {
        throw new InvalidValueException(
            "coverage", first + ".." + last, "must not exceed " + MAX_DAYS + " days");
      }
      CalendarCoverage coverage = CalendarCoverage.of(first, last);
      CalendarEntry[] sorted = entries.toArray(new CalendarEntry[0]);
      Arrays.sort(sorted);
      for (int i = 0; i < sorted.length; i++) {
        LocalDate d = sorted[i].getDate();
        if (!coverage.contains(d)) {
          throw new InvalidValueException(
              "entries", sorted[i].toString(), "must lie within the coverage " + coverage);
        }
        if (i > 0 && sorted[i - 1].getDate().equals(d)) {
          throw new InvalidValueException(
              "entries", d.toString(), "a date must not be listed twice");
        }
      }
      return new WorkingCalendar(coverage, version, new ArrayList<>(sources), Arrays.asList(sorted));
    }
  }
}
