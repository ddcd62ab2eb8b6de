package io.github.gongkai.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Precision and recall on a generated corpus of valid and invalid checksummed identifiers. */
class ScannerCorpusTest {

  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      boolean ascii = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
      sb.append(ascii ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  @Test
  void precisionAndRecallOnCheckedTypes() {
    measure(false);
  }

  @Test
  void precisionAndRecallOnFullWidthText() {
    measure(true, false);
  }

  @Test
  void precisionAndRecallOnGroupedIdentifiers() {
    measure(false, true);
  }

  private static void measure(boolean fullWidth) {
    measure(fullWidth, false);
  }

  private static void measure(boolean fullWidth, boolean grouped) {
    Map<FindingType, int[]> counts = new EnumMap<>(FindingType.class); // tp, fp, fn
    for (FindingType t : FindingType.values()) {
      if (t.isChecksummed()) {
        counts.put(t, new int[3]);
      }
    }
    int invalidReported = 0;
    int invalidTotal = 0;
    for (int seed = 0; seed < 20; seed++) {
      Corpus.Doc d = new Corpus(1000 + seed).doc(1000, grouped);
      String text = fullWidth ? fullWidth(d.text) : d.text;
      List<PersonalDataMatch> found = PersonalDataScannerTest.SCANNER.scan(text);
      for (long[] v : d.valid) {
        FindingType t = FindingType.values()[(int) v[2]];
        boolean hit = found.stream().anyMatch(f -> f.getStart() == v[0] && f.getEnd() == v[1] && f.getType() == t);
        counts.get(t)[hit ? 0 : 2]++;
      }
      for (PersonalDataMatch f : found) {
        if (!f.getType().isChecksummed()) {
          continue;
        }
        boolean expected = d.valid.stream()
            .anyMatch(v -> v[0] == f.getStart() && v[1] == f.getEnd() && v[2] == f.getType().ordinal());
        if (!expected) {
          counts.get(f.getType())[1]++;
        }
      }
      for (long[] inv : d.invalid) {
        invalidTotal++;
        if (found.stream().anyMatch(f -> f.getStart() < inv[1] && inv[0] < f.getEnd())) {
          invalidReported++;
        }
      }
    }
    for (Map.Entry<FindingType, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double precision = c[0] / (double) (c[0] + c[1]);
      double recall = c[0] / (double) (c[0] + c[2]);
      System.out.printf("%s%s: tp=%d fp=%d fn=%d precision=%.4f recall=%.4f%n",
          fullWidth ? "full-width " : grouped ? "grouped " : "", e.getKey().getCode(), c[0], c[1], c[2], precision, recall);
      assertThat(precision).as("precision of %s", e.getKey()).isGreaterThanOrEqualTo(0.99);
      assertThat(recall).as("recall of %s", e.getKey()).isGreaterThanOrEqualTo(0.99);
    }
    System.out.printf("invalid identifiers reported: %d of %d%n", invalidReported, invalidTotal);
    assertThat(invalidReported).isZero();
  }
}
