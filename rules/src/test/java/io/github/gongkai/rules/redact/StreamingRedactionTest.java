package io.github.gongkai.rules.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.rules.scan.PersonalDataScanner;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The streaming redaction gives what the in-memory one gives, holding back a bounded amount. */
class StreamingRedactionTest {
  private static final Redactor REDACTOR =
      Redactor.of(
          RedactionPolicy.defaults(),
          PersonalDataScanner.builder().referenceDate(LocalDate.of(2026, 1, 1)).build());

  @Test
  void streaming_equals_in_memory() throws IOException {
    String text =
        "申请人：张三，身份证号11010519491231002X，电话138 1234 5678，有犯罪记录。\n"
            + "联系人李四 13912345678，银行卡 6222 0212 3456 7890 128，邮箱 a.b@example.com\n";
    StringBuilder big = new StringBuilder();
    for (int k = 0; k < 3000; k++) {
      big.append(text);
    }
    String s = big.toString();
    RedactionResult whole = REDACTOR.redact(s);
    StringWriter out = new StringWriter();
    List<RedactionLogEntry> log = new ArrayList<>();
    RedactionSummary summary = REDACTOR.redact(new StringReader(s), out, log::add);
    assertThat(out.toString()).isEqualTo(whole.getText());
    assertThat(log).isEqualTo(whole.getEntries());
    assertThat(summary.getEntryCount()).isEqualTo(whole.getEntries().size());
    assertThat(summary.getSummary(Locale.CHINESE)).isEqualTo(whole.getSummary(Locale.CHINESE));
    assertThat(summary.getSummary(Locale.ENGLISH)).isEqualTo(whole.getSummary(Locale.ENGLISH));
    assertThat(summary.getCharsRead()).isEqualTo(s.length());
    assertThat(summary.getCharsWritten()).isEqualTo(whole.getText().length());
  }

  @Test
  void format_characters_inside_an_identifier_are_redacted_with_it() throws IOException {
    String text = "电话138\u200b1234 5678，身份证1101\u200c05194912310 02X。";
    RedactionResult r = REDACTOR.redact(text);
    // the standard masks: mobile keeps 3 + 4 digits, resident ID is masked in full; format characters go too
    assertThat(r.getText()).isEqualTo("电话138**** 5678，身份证110***********0 02X。");
    assertThat(r.getEntries()).extracting(RedactionLogEntry::getEnd)
        .containsExactly(text.indexOf("，"), text.indexOf("。"));
    StringWriter out = new StringWriter();
    REDACTOR.redact(new StringReader(text), out, e -> { });
    assertThat(out.toString()).isEqualTo(r.getText());
  }

  /** A generated single line of 50 MB, never held whole: identifiers every 4K chars. */
  @Test
  void a_50_mb_single_line_is_redacted_with_bounded_buffering() throws IOException {
    long size = 50L << 20;
    String unit = "x".repeat(4000) + "电话13812345678，";
    Reader in = new Reader() {
      long pos;

      @Override
      public int read(char[] b, int off, int len) {
        if (pos >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - pos);
        for (int k = 0; k < n; k++) {
          b[off + k] = unit.charAt((int) ((pos + k) % unit.length()));
        }
        pos += n;
        return n;
      }

      @Override
      public void close() {}
    };
    long[] written = new long[1];
    long[] digitsOut = new long[1];
    Writer out = new Writer() {
      @Override
      public void write(char[] b, int off, int len) {
        written[0] += len;
        for (int k = off; k < off + len; k++) {
          if (b[k] >= '0' && b[k] <= '9') {
            digitsOut[0]++;
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    long[] entries = new long[1];
    StreamingRedaction run = REDACTOR.stream(in, out, e -> entries[0]++);
    RedactionSummary summary = run.finish();
    long units = size / unit.length();
    assertThat(entries[0]).isBetween(units, units + 1);
    assertThat(summary.getCharsRead()).isEqualTo(size);
    assertThat(written[0]).isEqualTo(size);
    // the standard mobile mask keeps 3 + 4 digits of each 11
    assertThat(digitsOut[0]).isLessThanOrEqualTo((units + 1) * 7);
    // bounded: never more than the scanner's lag plus two reads held back
    assertThat(run.maxPending()).isLessThan(PersonalDataScanner.MAX_LAG + 3 * (1 << 16));
  }
}
