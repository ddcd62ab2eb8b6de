package io.github.gongkai.rules.scan;

/**
 * Work done by one scan: chars read from the input, extra char inspections made while examining
 * candidates (lookahead and lookbehind), and findings reported. The scanner's work is linear: the
 * inspections are bounded by a constant times the chars. Immutable.
 */
public final class ScanStatistics {
  private final long chars;
  private final long inspections;
  private final long findings;

  ScanStatistics(long chars, long inspections, long findings) {
    this.chars = chars;
    this.inspections = inspections;
    this.findings = findings;
  }

  /**
   * Chars read from the input.
   *
   * @return the count
   */
  public long getChars() {
    return chars;
  }

  /**
   * Char inspections made while examining candidates, beyond the one pass over the input.
   *
   * @return the count
   */
  public long getCandidateInspections() {
    return inspections;
  }

  /**
   * Findings reported.
   *
   * @return the count
   */
  public long getFindings() {
    return findings;
  }

  @Override
  public String toString() {
    return "ScanStatistics{chars=" + chars + ", inspections=" + inspections + ", findings=" + findings + "}";
  }
}
