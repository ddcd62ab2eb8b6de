package io.github.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.gongkai.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class JsonLinesReaderTest {
  static final JsonLinesReader<Point> READER = JsonLinesReader.of(StrictTestCodec.INSTANCE, Point.class);

  static String point(String name, int x) {
    return "{\"name\":\"" + name + "\",\"x\":" + x + ",\"on\":\"2024-01-0" + (1 + Math.abs(x) % 9) + "\"}";
  }

  static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** What a read gave: accepted records with lines, the counts, the rejections, or the failure. */
  static final class Outcome {
    final List<String> accepted = new ArrayList<>();
    String counts = "";
    List<JsonLinesReader.Rejection> rejections = List.of();
    String failure = "";

    static Outcome of(JsonLinesReader<Point> reader, byte[] input) {
      Outcome o = new Outcome();
      try {
        JsonLinesReader.Result r = reader.read(new ByteArrayInputStream(input), (line, p) -> {
          if (p.x() == 13) {
            throw new InvalidValueException("x", "13", "must not be 13");
          }
          o.accepted.add(line + ":" + p.name());
        });
        o.counts = r.toString();
        o.rejections = r.getRejections();
      } catch (JsonLinesException e) {
        o.failure = e.getMessage() + "/" + e.getLine() + "/" + e.getRead() + "/" + e.getAccepted();
      }
      return o;
    }

    @Override
    public boolean equals(Object other) {
      Outcome o = (Outcome) other;
      return accepted.equals(o.accepted) && counts.equals(o.counts) && rejections.equals(o.rejections)
          && failure.equals(o.failure);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accepted, counts, rejections, failure);
    }

    @Override
    public String toString() {
      return accepted + " " + counts + " " + rejections + " " + failure;
    }
  }

  @Test
  void readsRecordsInOrderWithTheirLineNumbersSkippingBlankLines() {
    String text = "\uFEFF" + point("a", 1) + "\r\n\n   \n" + point("b", 2) + "\n" + point("c", 3);
    List<String> seen = new ArrayList<>();
    JsonLinesReader.Result r = READER.read(utf8(text), (line, p) -> seen.add(line + ":" + p.name() + ":" + p.on()));
    assertThat(seen).containsExactly("1:a:2024-01-02", "4:b:2024-01-03", "5:c:2024-01-04");
    assertThat(r.getRead()).isEqualTo(3);
    assertThat(r.getAccepted()).isEqualTo(3);
    assertThat(r.getRejected()).isZero();
    List<String> viaReader = new ArrayList<>();
    READER.read(new StringReader(text), (line, p) -> viaReader.add(line + ":" + p.name() + ":" + p.on()));
    assertThat(viaReader).isEqualTo(seen);
  }

  @Test
  void firstBadRecordStopsWithLinePathAndCounts() {
    String text = point("a", 1) + "\n\n" + point("b", 2) + "\n{\"name\":\"c\",\"x\":\"three\",\"on\":\"2024-01-01\"}\n"
        + point("d", 4) + "\n";
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> READER.read(utf8(text), (line, p) -> seen.add(p.name())))
        .isInstanceOfSatisfying(JsonLinesException.class, e -> {
          assertThat(e.getLine()).isEqualTo(4);
          assertThat(e.getPath()).isEqualTo("line 4: $.x");
          assertThat(e.getRead()).isEqualTo(3);
          assertThat(e.getAccepted()).isEqualTo(2);
          assertThat(e.getMessage()).startsWith("line 4: $.x: cannot be read").contains("3 record(s) read, 2 accepted");
        });
    assertThat(seen).containsExactly("a", "b");
  }

  @Test
  void twoDocumentsOnOneLineTrailingContentAndDuplicateKeysAreBadRecords() {
    String text = point("a", 1) + " " + point("b", 2) + "\n"
        + point("c", 3) + " garbage\n"
        + "{\"name\":\"d\",\"name\":\"e\",\"x\":1,\"on\":\"2024-01-01\"}\n"
        + "{\"name\":\"f\",\"x\":1,\"on\":\"2024-02-30\"}\n"
        + "{\"name\":\"g\",\"x\":1,\"on\":20240101,\"extra\":1}\n"
        + point("ok", 5) + "\n";
    List<String> seen = new ArrayList<>();
    JsonLinesReader.Result r = READER.skippingBadRecords().read(utf8(text), (line, p) -> seen.add(p.name()));
    assertThat(seen).containsExactly("ok");
    assertThat(r.getRead()).isEqualTo(6);
    assertThat(r.getAccepted()).isEqualTo(1);
    assertThat(r.getRejected()).isEqualTo(5);
    assertThat(r.getRejections()).extracting(JsonLinesReader.Rejection::getLine).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(r.getRejections().get(3).getPath()).isEqualTo("$.on");
    assertThat(r.getRejections().get(3).getMessage()).startsWith("line 4: $.on: ");
    assertThat(r.getRejections().get(2).getReason()).containsIgnoringCase("duplicate");
  }

  @Test
  void skippingCollectsEveryRejectionIncludingThoseOfTheSinkOrHandsThemToAListener() {
    String text = point("a", 1) + "\nnot json\n" + point("b", 13) + "\n" + point("c", 3) + "\n";
    Outcome o = Outcome.of(READER.skippingBadRecords(), text.getBytes(StandardCharsets.UTF_8));
    assertThat(o.accepted).containsExactly("1:a", "4:c");
    assertThat(o.counts).isEqualTo("read 4, accepted 2, rejected 2");
    assertThat(o.rejections).extracting(JsonLinesReader.Rejection::getMessage)
        .satisfiesExactly(
            m -> assertThat(m).startsWith("line 2: $: must be well-formed JSON"),
            m -> assertThat(m).isEqualTo("line 3: $: x: must not be 13 - but was: 13"));
    List<JsonLinesReader.Rejection> heard = new ArrayList<>();
    JsonLinesReader.Result r = READER.skippingBadRecords().withRejectionListener(heard::add)
        .read(utf8(text), (line, p) -> {
          if (p.x() == 13) {
            throw new InvalidValueException("x", "13", "must not be 13");
          }
        });
    assertThat(r.getRejections()).isEmpty();
    assertThat(r.getRejected()).isEqualTo(2);
    assertThat(heard).extracting(JsonLinesReader.Rejection::getLine).containsExactly(2L, 3L);
  }

  @Test
  void bytesThatAreNotUtf8AreABadRecord() {
    byte[] bad = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    JsonLinesReader.Result r = READER.skippingBadRecords().read(new ByteArrayInputStream(bad), (l, p) -> { });
    assertThat(r.getRejections()).singleElement()
        .satisfies(j -> assertThat(j.getMessage()).isEqualTo("line 1: $: must be UTF-8 text (a malformed byte sequence)"));
  }

  /** A stream of {@code before}, then one line of {@code size} bytes, then {@code after}, made on the fly. */
  static InputStream withHugeLine(String before, long size, String after) {
    byte[] head = (before + "{\"name\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\"}\n" + after).getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long pos;
      final long total = head.length + size + tail.length;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int i = 0; i < n; i++) {
          long p = pos + i;
          b[off + i] = p < head.length ? head[(int) p]
              : p < head.length + size ? (byte) 'x' : tail[(int) (p - head.length - size)];
        }
        pos += n;
        return n;
      }
    };
  }

  @Test
  void anOverLongLineIsABadRecordNamingItsLineAndIsNeverHeldWhole() {
    long fifty = 50L << 20;
    String before = point("a", 1) + "\n\n";
    String after = point("b", 2) + "\n";
    List<String> seen = new ArrayList<>();
    JsonLinesReader.Result r = READER.skippingBadRecords()
        .read(withHugeLine(before, fifty, after), (line, p) -> seen.add(line + ":" + p.name()));
    assertThat(seen).containsExactly("1:a", "4:b");
    assertThat(r.getRejections()).singleElement().satisfies(j -> {
      assertThat(j.getLine()).isEqualTo(3);
      assertThat(j.getMessage()).startsWith("line 3: $: must be at most 1048576 bytes long");
    });
    assertThatThrownBy(() -> READER.read(withHugeLine(before, fifty, after), (line, p) -> { }))
        .isInstanceOfSatisfying(JsonLinesException.class, e -> {
          assertThat(e.getLine()).isEqualTo(3);
          assertThat(e.getRead()).isEqualTo(2);
        });
    // the same limit counted in chars for a Reader, and a configurable maximum
    String text = point("a", 1) + "\n" + "{\"name\":\"" + "x".repeat(200) + "\"}\n" + point("b", 2);
    JsonLinesReader.Result small = READER.withMaxLineLength(100).skippingBadRecords()
        .read(new StringReader(text), (line, p) -> { });
    assertThat(small.getRejections()).extracting(JsonLinesReader.Rejection::getLine).containsExactly(2L);
    assertThat(small.getAccepted()).isEqualTo(2);
    Reader huge = new java.io.InputStreamReader(withHugeLine("", 5L << 20, after), StandardCharsets.UTF_8);
    assertThat(READER.skippingBadRecords().read(huge, (line, p) -> { }).getRejections())
        .extracting(JsonLinesReader.Rejection::getLine).containsExactly(1L);
  }

  @Test
  void aFailureOutsideTheRecordsPropagates() {
    assertThatThrownBy(() -> READER.withThreads(2).read(utf8(point("a", 1) + "\n"), (line, p) -> {
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
  }

  @Test
  void newlineCountMatchesANaiveCount() {
    qt().forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 100)).checkAssert(bytes -> {
      byte[] b = new byte[bytes.size()];
      long naive = 0;
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (int) bytes.get(i);
        naive += b[i] == '\n' ? 1 : 0;
      }
      assertThat(JsonLinesReader.countNewlines(b, b.length)).isEqualTo(naive);
    });
  }

  @Test
  void firstNewlineMatchesANaiveSearch() {
    // every byte value (0x8A and the like as well), and about one newline in 20
    qt().forAll(lists().of(integers().between(0, 268)).ofSizeBetween(0, 100), integers().between(0, 100))
        .checkAssert((bytes, from) -> {
          byte[] b = new byte[bytes.size()];
          for (int i = 0; i < b.length; i++) {
            int v = bytes.get(i);
            b[i] = v > 255 ? (byte) '\n' : (byte) v;
          }
          int start = Math.min(from, b.length);
          int naive = -1;
          for (int i = start; i < b.length && naive < 0; i++) {
            naive = b[i] == '\n' ? i : -1;
          }
          assertThat(JsonLinesReader.indexOfNewline(b, start, b.length)).isEqualTo(naive);
        });
  }

  /** A line: a good point, one the sink refuses, a bad one, a blank one, or a long one. */
  static Gen<String> lines() {
    return integers().between(0, 9).zip(integers().between(0, 40), (kind, x) -> {
      switch (kind) {
        case 0:
          return "";
        case 1:
          return "  \r";
        case 2:
          return "{\"name\":\"n" + x + "\",\"x\":\"bad\",\"on\":\"2024-01-01\"}";
        case 3:
          return point("y".repeat(x * 3), 13);
        case 4:
          return "{\"name\":\"" + "z".repeat(60 + x) + "\",\"x\":1,\"on\":\"2024-01-01\"}";
        case 5:
          return point("两" + x, x) + " " + point("b", 1);
        default:
          return point("点" + x, x);
      }
    });
  }

  @Test
  void parallelReadingGivesExactlyTheSequentialOutcome() {
    qt().withExamples(100)
        .forAll(lists().of(lines()).ofSizeBetween(0, 60), integers().between(2, 4), integers().between(8, 200))
        .checkAssert((lines, threads, block) -> {
          byte[] input = (String.join("\n", lines) + (lines.size() % 2 == 0 ? "\n" : ""))
              .getBytes(StandardCharsets.UTF_8);
          for (boolean skip : new boolean[] {true, false}) {
            JsonLinesReader<Point> seq = READER.withMaxLineLength(100);
            seq = skip ? seq.skippingBadRecords() : seq;
            Outcome expected = Outcome.of(seq, input);
            Outcome parallel = Outcome.of(seq.withThreads(threads).withBlockSize(block), input);
            Outcome smallBlocks = Outcome.of(seq.withBlockSize(block), input);
            assertThat(parallel).isEqualTo(expected);
            assertThat(smallBlocks).isEqualTo(expected);
          }
        });
  }

  @Test
  void writerWritesWhatTheReaderReadsAndRefusesMultiLineOutput() {
    List<Point> points = List.of(new Point("a", 1, LocalDate.of(2024, 2, 29)), new Point("长", 2, LocalDate.of(2024, 3, 1)));
    StringWriter out = new StringWriter();
    assertThat(JsonLinesWriter.writeAll(StrictTestCodec.INSTANCE, points, out)).isEqualTo(2);
    assertThat(out.toString()).hasLineCount(2);
    assertThat(READER.readAll(utf8(out.toString()))).isEqualTo(points);
    DocumentCodec pretty = new DocumentCodec() {
      @Override
      public <T> T read(String json, Class<T> type) {
        return StrictTestCodec.INSTANCE.read(json, type);
      }

      @Override
      public String write(Object value) {
        return StrictTestCodec.INSTANCE.writePretty(value);
      }

      @Override
      public String writePretty(Object value) {
        return StrictTestCodec.INSTANCE.writePretty(value);
      }
    };
    assertThatThrownBy(() -> new JsonLinesWriter(pretty, new StringWriter()).write(points.get(0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("single line");
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> READER.withThreads(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> READER.withMaxLineLength(0)).isInstanceOf(InvalidValueException.class);
    assertThat(READER.withThreads(3).skippingBadRecords().withMaxLineLength(10))
        .satisfies(r -> {
          assertThat(r.getThreads()).isEqualTo(3);
          assertThat(r.isSkippingBadRecords()).isTrue();
          assertThat(r.getMaxLineLength()).isEqualTo(10);
        });
    assertThat(READER.isSkippingBadRecords()).isFalse();
    assertThat(READER.getMaxLineLength()).isEqualTo(JsonLinesReader.DEFAULT_MAX_LINE_LENGTH);
  }
}
