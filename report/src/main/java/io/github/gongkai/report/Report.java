package io.github.gongkai.report;

/** Placeholder removed once the first rule lands. */
final class Report {
  private Report() {}
}
