package io.github.gongkai.report.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.Samples;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.InformationRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamingTest {
  /** An input of {@code copies} × the sample records, produced on demand and never held in memory. */
  static InputStream repeated(byte[] block, int copies) {
    return new InputStream() {
      int copy;
      int pos;

      @Override
      public int read() {
        if (copy == copies) {
          return -1;
        }
        int b = block[pos++] & 0xff;
        if (pos == block.length) {
          pos = 0;
          copy++;
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (copy == copies) {
          return -1;
        }
        int n = Math.min(len, block.length - pos);
        System.arraycopy(block, pos, buf, off, n);
        pos += n;
        if (pos == block.length) {
          pos = 0;
          copy++;
        }
        return n;
      }
    };
  }

  @Test
  void records_stream_through_one_at_a_time() {
    WorkingCalendar calendar = ChinaCalendars.official();
    byte[] block = Samples.text("requests.jsonl").getBytes(StandardCharsets.UTF_8);
    JsonLinesReader<InformationRequest> reader = JsonLinesReader.of(io.github.gongkai.jackson2.GongkaiJson.codec(), InformationRequest.class);
    ReportAccumulator once = ReportAccumulator.forYear(2024);
    reader.read(repeated(block, 1), (line, r) -> once.add(r, calendar));
    ReportAccumulator many = ReportAccumulator.forYear(2024);
    long n = reader.withThreads(2).read(repeated(block, 30), (line, r) -> many.add(r, calendar)).getAccepted();
    assertThat(n).isEqualTo(1_800);
    ReportAccumulator expected = ReportAccumulator.forYear(2024);
    for (int i = 0; i < 30; i++) {
      expected.merge(once);
    }
    assertThat(many.sameCounts(expected)).isTrue();
    assertThat(many.toReport(ReportFormat.FORMAT_2021, "A")).isEqualTo(expected.toReport(ReportFormat.FORMAT_2021, "A"));
  }
}
