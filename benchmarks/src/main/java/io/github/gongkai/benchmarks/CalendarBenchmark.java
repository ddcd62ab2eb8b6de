package io.github.gongkai.benchmarks;

import io.github.gongkai.core.calendar.CalendarEntry;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.DayType;
import io.github.gongkai.core.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-day arithmetic on random dates of 2008–2026: gongkai's precomputed {@link
 * WorkingCalendar} against the day-by-day loop over a {@code HashSet} of holidays and a {@code
 * HashSet} of make-up working days that disclosure systems in use implement.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Calendar -f 1 -wi 2 -i 3 -w 1 -r 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {
  private static final int SIZE = 4096;
  private static final int MASK = SIZE - 1;

  private WorkingCalendar calendar;
  private Set<LocalDate> holidays;
  private Set<LocalDate> makeupDays;
  private LocalDate[] starts;
  private LocalDate[] ends;
  private int next;

  /** Builds the calendar, the baseline sets and 4096 random (start, end) pairs, seed fixed. */
  @Setup
  public void setUp() {
    calendar = ChinaCalendars.official();
    holidays = new HashSet<>();
    makeupDays = new HashSet<>();
    for (CalendarEntry e : calendar.getEntries()) {
      (e.getType() == DayType.HOLIDAY ? holidays : makeupDays).add(e.getDate());
    }
    Random random = new Random(20260101L);
    long first = LocalDate.of(2008, 1, 1).toEpochDay();
    long lastStart = LocalDate.of(2026, 10, 31).toEpochDay(); // leaves room for +20 working days
    starts = new LocalDate[SIZE];
    ends = new LocalDate[SIZE];
    for (int i = 0; i < SIZE; i++) {
      starts[i] = LocalDate.ofEpochDay(first + random.nextInt((int) (lastStart - first + 1)));
      ends[i] = starts[i].plusDays(random.nextInt(61)); // a deadline-sized span, 0-60 days
    }
  }

  private int index() {
    int i = next;
    next = (i + 1) & MASK;
    return i;
  }

  /**
   * gongkai: the 20th working day after a random date.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate plus20WorkingDaysPrecomputed() {
    return calendar.plusWorkingDays(starts[index()], 20);
  }

  /**
   * Baseline: the same by walking day by day over the two sets.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate plus20WorkingDaysHashSetLoop() {
    LocalDate d = starts[index()];
    int counted = 0;
    while (counted < 20) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /**
   * gongkai: working days between two random dates up to 60 days apart.
   *
   * @return the count
   */
  @Benchmark
  public int workingDaysBetweenPrecomputed() {
    int i = index();
    return calendar.workingDaysBetween(starts[i], ends[i]);
  }

  /**
   * Baseline: the same by walking day by day over the two sets.
   *
   * @return the count
   */
  @Benchmark
  public int workingDaysBetweenHashSetLoop() {
    int i = index();
    int count = 0;
    for (LocalDate d = starts[i].plusDays(1); !d.isAfter(ends[i]); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  private boolean isWorkingDay(LocalDate d) {
    if (makeupDays.contains(d)) {
      return true;
    }
    if (holidays.contains(d)) {
      return false;
    }
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }
}
