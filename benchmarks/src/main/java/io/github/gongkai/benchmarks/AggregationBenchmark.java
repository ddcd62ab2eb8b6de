package io.github.gongkai.benchmarks;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.report.aggregate.ReportAccumulator;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Annual-report aggregation of 10 million synthetic request records (table 三 of one year), with
 * {@link ReportAccumulator} on 1 and 2 threads (split input, merged accumulators) against a plain
 * {@code Collectors.groupingBy} over the same classification, sequential and on a 2-thread pool.
 * Scores are records per second (one operation = one record).
 *
 * <p>The records are held column-wise in primitive arrays (applicant, receipt day, closing day,
 * outcome), as a columnar export of a case-management system would deliver them; generating or
 * parsing them is not measured. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * AggregationBenchmark} (add {@code -prof gc} to see the allocation per record).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class AggregationBenchmark {
  /** Records per invocation. */
  public static final int N = 10_000_000;

  private static final int YEAR = 2024;
  private static final int OPEN = Integer.MAX_VALUE;

  ApplicantType[] applicant;
  int[] received;
  int[] closed;
  OutcomeGround[] ground;
  int yearStart;
  int yearEnd;
  ExecutorService two;
  ForkJoinPool twoPool;

  /** Generates the records: received 2023–2024, most closed within 60 days, some still open. */
  @Setup(Level.Trial)
  public void setUp() {
    applicant = new ApplicantType[N];
    received = new int[N];
    closed = new int[N];
    ground = new OutcomeGround[N];
    SplittableRandom rnd = new SplittableRandom(42);
    int from = (int) LocalDate.of(YEAR - 1, 1, 1).toEpochDay();
    ApplicantType[] applicants = ApplicantType.values();
    OutcomeGround[] grounds = OutcomeGround.values();
    for (int i = 0; i < N; i++) {
      applicant[i] = applicants[rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(applicants.length)];
      received[i] = from + rnd.nextInt(730);
      closed[i] = rnd.nextInt(50) == 0 ? OPEN : received[i] + rnd.nextInt(60);
      ground[i] = grounds[rnd.nextInt(grounds.length)];
    }
    yearStart = (int) LocalDate.of(YEAR, 1, 1).toEpochDay();
    yearEnd = (int) LocalDate.of(YEAR, 12, 31).toEpochDay();
    two = Executors.newFixedThreadPool(2);
    twoPool = new ForkJoinPool(2);
  }

  /** Stops the thread pools. */
  @TearDown(Level.Trial)
  public void tearDown() {
    two.shutdownNow();
    twoPool.shutdownNow();
  }

  private ReportAccumulator range(int from, int to) {
    ReportAccumulator acc = ReportAccumulator.forYear(YEAR);
    for (int i = from; i < to; i++) {
      int c = closed[i];
      acc.add(applicant[i], received[i], c == OPEN ? ReportAccumulator.OPEN : c, ground[i]);
    }
    return acc;
  }

  /**
   * ReportAccumulator, one thread.
   *
   * @return the number of requests counted
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long accumulator1Thread() {
    return range(0, N).getCounted();
  }

  /**
   * ReportAccumulator, input split in two halves on two threads, then merged.
   *
   * @return the number of requests counted
   * @throws InterruptedException if interrupted
   * @throws ExecutionException if a half fails
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long accumulator2Threads() throws InterruptedException, ExecutionException {
    Future<ReportAccumulator> a = two.submit(() -> range(0, N / 2));
    Future<ReportAccumulator> b = two.submit(() -> range(N / 2, N));
    return a.get().merge(b.get()).getCounted();
  }

  /**
   * The same classification as a composite key: applicant × entry row (一/二) × exit row (outcome
   * ground or 四), or -1 outside the year.
   */
  private int key(int i) {
    int r = received[i];
    int c = closed[i];
    if (r > yearEnd || c < yearStart) {
      return -1;
    }
    int entry = r >= yearStart ? 0 : 1;
    int exit = c <= yearEnd ? ground[i].ordinal() : 99;
    return applicant[i].ordinal() * 1000 + entry * 100 + exit;
  }

  /**
   * Baseline: {@code Collectors.groupingBy(key, counting())} on a sequential stream.
   *
   * @return the number of groups
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public int baselineGroupingBy1Thread() {
    Map<Integer, Long> m = IntStream.range(0, N).boxed()
        .collect(Collectors.groupingBy(this::key, Collectors.counting()));
    return m.size();
  }

  /**
   * Baseline: the same on a parallel stream in a 2-thread pool.
   *
   * @return the number of groups
   * @throws InterruptedException if interrupted
   * @throws ExecutionException if the task fails
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public int baselineGroupingBy2Threads() throws InterruptedException, ExecutionException {
    Map<Integer, Long> m = twoPool.submit(() -> IntStream.range(0, N).parallel().boxed()
        .collect(Collectors.groupingBy(this::key, Collectors.counting()))).get();
    return m.size();
  }
}
