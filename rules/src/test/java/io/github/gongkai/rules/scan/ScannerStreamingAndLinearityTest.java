package io.github.gongkai.rules.scan;

import static io.github.gongkai.rules.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerStreamingAndLinearityTest {
  static final PersonalDataScanner SCANNER = PersonalDataScannerTest.SCANNER;
  static final String ID = "11010519491231002X";
  static final int TEN_MB = 10 * 1024 * 1024;
  /** Candidate inspections allowed per input char: a constant, whatever the input. */
  static final int WORK_PER_CHAR = 16;

  /** Returns chars of {@code pattern} repeated up to {@code total} chars, in odd-sized reads. */
  static final class RepeatingReader extends Reader {
    private final char[] tile;
    private final int period;
    private final long total;
    private long pos;

    RepeatingReader(String pattern, long total) {
      this.period = pattern.length();
      this.tile = pattern.repeat(8192 / period + 2).toCharArray();
      this.total = total;
    }

    @Override
    public int read(char[] b, int off, int len) {
      if (pos >= total) {
        return -1;
      }
      int n = (int) Math.min(Math.min(len, 4093), total - pos);
      int phase = (int) (pos % period);
      n = Math.min(n, tile.length - phase);
      System.arraycopy(tile, phase, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() {}
  }

  static ScanStatistics adversarial(String pattern, List<PersonalDataMatch> out) throws IOException {
    long n = TEN_MB - TEN_MB % pattern.length();
    ScanStatistics st = SCANNER.scan(new RepeatingReader(pattern, n), out::add);
    assertThat(st.getChars()).isEqualTo(n);
    assertThat(st.getCandidateInspections())
        .as("work on %s", pattern)
        .isLessThanOrEqualTo(WORK_PER_CHAR * n);
    assertThat(st.getFindings()).isEqualTo(out.size());
    System.out.printf("adversarial %-24s inspections/char=%.2f%n",
        pattern.length() > 24 ? pattern.substring(0, 21) + "..." : pattern,
        st.getCandidateInspections() / (double) n);
    return st;
  }

  @Test
  void longDigitRunIsSkippedInLinearTime() throws IOException {
    List<PersonalDataMatch> out = new ArrayList<>();
    adversarial("1", out);
    assertThat(out).isEmpty();
    adversarial("1111111111111111111111111X", out);
    assertThat(out).isEmpty();
  }

  @Test
  void separatedDigitsAndNearMisses() throws IOException {
    List<PersonalDataMatch> out = new ArrayList<>();
    for (String p : new String[] {
        "1 ", "1-", "1234 ", "138 1234 567 ", "11010519491231002 5 ", "110105194912310025 ",
        "0086 ", "+86 ", "+86+", "(010)", "(010) 1234 567 ", "4111111111111112 ", "E1234567 ",
        "9135010 0M000100Y44 ", "0755 1234567 8 "}) {
      adversarial(p, out);
      assertThat(out).as(p).isEmpty();
    }
  }

  @Test
  void atSignsAndEmailNearMisses() throws IOException {
    List<PersonalDataMatch> out = new ArrayList<>();
    for (String p : new String[] {"@", "a@", "a.", "a@a.", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.c ", "x@" + "a.".repeat(200) + "1 "}) {
      adversarial(p, out);
      assertThat(out).as(p).isEmpty();
    }
  }

  @Test
  void keywordNearMissesAndLabels() throws IOException {
    List<PersonalDataMatch> out = new ArrayList<>();
    for (String p : new String[] {"犯", "犯罪", "姓名：", "姓名：张", "宗教信", "身份证号：1101051949123100 "}) {
      adversarial(p, out);
      assertThat(out).as(p).isEmpty();
    }
  }

  @Test
  void repeatedValidIdentifiersAreAllFound() throws IOException {
    List<PersonalDataMatch> out = new ArrayList<>();
    String p = ID + "，";
    adversarial(p, out);
    assertThat(out).hasSize(TEN_MB / p.length());
    int wrong = 0;
    for (int k = 0; k < out.size(); k++) {
      PersonalDataMatch f = out.get(k);
      if (f.getStart() != (long) k * p.length() || f.getType() != FindingType.RESIDENT_ID) {
        wrong++;
      }
    }
    assertThat(wrong).isZero();
    out.clear();
    adversarial("a@b.cn ", out);
    assertThat(out).hasSize(TEN_MB / 7);
  }

  @Test
  void identifiersStraddlingWindowBoundaries() throws IOException {
    String[] samples = {ID, "91350100M000100Y43", "138 1234 5678", "zhang@example.com", "姓名：张三"};
    int[] boundaries = {ScanRun.BUF - ScanRun.LOOKAHEAD, ScanRun.BUF, 2 * ScanRun.BUF - ScanRun.LOOKAHEAD};
    for (String sample : samples) {
      for (int b : boundaries) {
        for (int shift = -sample.length() - 2; shift <= 2; shift++) {
          int at = b + shift;
          String text = "政".repeat(at) + sample + "。" + "府".repeat(300);
          List<PersonalDataMatch> fromString = SCANNER.scan(text);
          List<PersonalDataMatch> fromReader = new ArrayList<>();
          SCANNER.scan(ChunkedReader.random(text, at), fromReader::add);
          assertThat(fromReader).as("%s at %d", sample, at).isEqualTo(fromString);
          PersonalDataMatch f = fromString.get(fromString.size() - 1);
          assertThat(f.getEnd()).as("%s at %d", sample, at).isEqualTo(at + sample.length());
        }
      }
    }
  }

  @Test
  void readerAndStringAgreeOnCorpus() {
    qt(20).forAll(integers().between(0, 1000))
        .checkAssert(
            seed -> {
              Corpus c = new Corpus(seed);
              Corpus.Doc d = c.doc(2000);
              List<PersonalDataMatch> fromReader = new ArrayList<>();
              try {
                SCANNER.scan(ChunkedReader.random(d.text, seed), fromReader::add);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              assertThat(fromReader).isEqualTo(SCANNER.scan(d.text));
            });
  }
}
