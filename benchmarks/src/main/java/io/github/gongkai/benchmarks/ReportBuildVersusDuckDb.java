package io.github.gongkai.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end comparison: {@code gongkai report build} over a large JSON Lines file of request
 * records, timed as its own process, then DuckDB (in this process, through JDBC) computing a GROUP
 * BY of last outcome × applicant type over the same file with {@code read_json}. Generates the file
 * first if it is missing (the sample agency's records repeated with new ids).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.gongkai.benchmarks.ReportBuildVersusDuckDb \
 *     [--requests 1000000] [--file /tmp/gongkai-requests-1m.jsonl] [--jar examples/target/gongkai.jar] \
 *     [--xmx 256m] [--threads N]
 * </pre>
 */
public final class ReportBuildVersusDuckDb {
  private ReportBuildVersusDuckDb() {}

  /**
   * Runs the comparison.
   *
   * @param args options, see the class comment
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    long requests = 1_000_000;
    Path file = Path.of("/tmp/gongkai-requests-1m.jsonl");
    Path jar = Path.of("examples/target/gongkai.jar");
    String xmx = "256m";
    String threads = Integer.toString(Runtime.getRuntime().availableProcessors());
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--requests":
          requests = Long.parseLong(args[i + 1]);
          break;
        case "--file":
          file = Path.of(args[i + 1]);
          break;
        case "--jar":
          jar = Path.of(args[i + 1]);
          break;
        case "--xmx":
          xmx = args[i + 1];
          break;
        case "--threads":
          threads = args[i + 1];
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!Files.exists(file)) {
      long t = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
        new SampleRecords().write(requests, out);
      }
      System.out.printf(Locale.ROOT, "generated %s: %d requests in %.1f s%n", file, requests, secondsSince(t));
    }
    long bytes = Files.size(file);
    long lines = countLines(file);
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "input: %s, %d requests, %.0f MB, %d processors%n",
        file, lines, mb, Runtime.getRuntime().availableProcessors());

    Path report = Files.createTempFile("gongkai-report-", ".csv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-jar", jar.toString(), "report", "build",
        "--year", "2024", "--input", file.toString(), "--threads", threads, "--format", "csv", "-o", report.toString()));
    System.out.println("load average before: " + loadAverage());
    System.out.println("gongkai: " + String.join(" ", command));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).inheritIO().start();
    long peakKb = 0;
    double cpu = 0;
    while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
      peakKb = Math.max(peakKb, peakRssKb(p.pid()));
      cpu = Math.max(cpu, p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0));
    }
    int exit = p.exitValue();
    double gongkai = secondsSince(t0);
    if (exit != 0) {
      throw new IllegalStateException("report build exited " + exit + ": " + String.join(" ", command));
    }
    System.out.printf(Locale.ROOT, "gongkai report build (-Xmx%s, %s threads): %.2f s wall, %.0f requests/s, %.1f MB/s;"
        + " CPU >= %.1f s, peak RSS >= %d MB (sampled every 0.1 s)%n",
        xmx, threads, gongkai, lines / gongkai, mb / gongkai, cpu, peakKb / 1024);
    Files.deleteIfExists(report);

    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    double duck = duckDb(file);
    double duckCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "DuckDB read_json GROUP BY last outcome x applicant type: %.2f s wall, %.0f requests/s, "
        + "%.1f MB/s; CPU %.1f s%n", duck, lines / duck, mb / duck, duckCpu);
    System.out.printf(Locale.ROOT, "ratio gongkai / DuckDB: %.2f wall, %.2f CPU%n", gongkai / duck, cpu / duckCpu);
    System.out.println("load average after: " + loadAverage());
  }

  /** The process's peak resident set (VmHWM) in KiB, or 0 where /proc is not there. */
  private static long peakRssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has ended, or no /proc
    }
    return 0;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double duckDb(Path file) throws SQLException, ClassNotFoundException {
    Class.forName("org.duckdb.DuckDBDriver");
    String sql = "SELECT applicant.type AS applicant_type, events[-1].outcome AS last_outcome, count(*) AS n "
        + "FROM read_json('" + file.toString().replace("'", "''") + "', format = 'newline_delimited') "
        + "GROUP BY ALL ORDER BY ALL";
    long t = System.nanoTime();
    int groups = 0;
    long total = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        groups++;
        total += rs.getLong(3);
      }
    }
    double s = secondsSince(t);
    System.out.printf(Locale.ROOT, "DuckDB: %d groups over %d requests%n", groups, total);
    return s;
  }

  private static long countLines(Path file) throws IOException {
    long n = 0;
    byte[] buf = new byte[1 << 20];
    try (var in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
