package io.github.gongkai.benchmarks;

import io.github.gongkai.examples.sample.SampleAgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Request records for the benchmarks: the sample agency's year ({@code samples/requests-2024.jsonl},
 * 250 requests, about 650 bytes each) repeated, each copy with new ids ({@code R<copy>-} before the
 * sample id), so that there are no duplicates.
 */
final class SampleRecords {
  private final List<String> heads = new ArrayList<>();
  private final List<String> tails = new ArrayList<>();

  SampleRecords() {
    String text;
    try (InputStream in = SampleAgency.class.getResourceAsStream(SampleAgency.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("sample missing: " + SampleAgency.RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : text.split("\n")) {
      int at = line.indexOf("\"id\":\"") + "\"id\":\"".length();
      heads.add(line.substring(0, at));
      tails.add(line.substring(at) + "\n");
    }
  }

  /** Requests in one copy of the sample. */
  int perCopy() {
    return heads.size();
  }

  /**
   * Writes {@code requests} records (whole copies of the sample, then part of one).
   *
   * @return the bytes written
   */
  long write(long requests, OutputStream out) throws IOException {
    long bytes = 0;
    int n = heads.size();
    for (long i = 0; i < requests; i++) {
      int k = (int) (i % n);
      byte[] line = (heads.get(k) + "R" + (i / n) + "-" + tails.get(k)).getBytes(StandardCharsets.UTF_8);
      out.write(line);
      bytes += line.length;
    }
    return bytes;
  }

  /** {@code requests} records in memory. */
  byte[] bytes(int requests) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(requests * 700);
    try {
      write(requests, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
