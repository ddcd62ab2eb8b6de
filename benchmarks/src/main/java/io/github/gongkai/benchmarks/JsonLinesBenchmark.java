package io.github.gongkai.benchmarks;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.report.aggregate.RequestIntake;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading request records from JSON Lines into the annual report: {@link RequestIntake} (strict
 * parsing, lifecycle, duplicate check, accumulation) on 1 and 2 threads, and its parts — the reader
 * with parsing only, and parsing plus the lifecycle without the duplicate check. 50 000 requests
 * (the sample agency's 250 repeated with new ids, about 32 MB) per invocation; scores are requests
 * per second. Run: {@code java -jar benchmarks/target/benchmarks.jar JsonLinesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonLinesBenchmark {
  /** Requests per invocation. */
  public static final int N = 50_000;

  /** Worker threads. */
  @Param({"1", "2"})
  public int threads;

  byte[] input;
  WorkingCalendar calendar;

  /** Generates the records. */
  @Setup(Level.Trial)
  public void setUp() {
    input = new SampleRecords().bytes(N);
    calendar = ChinaCalendars.official();
  }

  /**
   * The whole intake: parse, lifecycle, duplicate check, accumulate.
   *
   * @return requests counted
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long intake() {
    return RequestIntake.forYear(2024, calendar, GongkaiJson.codec()).withThreads(threads)
        .read(new ByteArrayInputStream(input)).getCounted();
  }

  /**
   * The intake without the duplicate-id check.
   *
   * @return requests counted
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long intakeWithoutDuplicateCheck() {
    return RequestIntake.forYear(2024, calendar, GongkaiJson.codec()).withThreads(threads)
        .withoutDuplicateCheck().read(new ByteArrayInputStream(input)).getCounted();
  }

  /**
   * The reader alone: split lines and parse each request, nothing else.
   *
   * @return requests read
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long parseOnly() {
    return JsonLinesReader.of(GongkaiJson.codec(), InformationRequest.class).withThreads(threads)
        .read(new ByteArrayInputStream(input), (line, r) -> { }).getAccepted();
  }
}
