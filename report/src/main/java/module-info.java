/**
 * gongkai's annual report (政府信息公开工作年度报告): aggregation of request records, roll-up,
 * consistency checks, legacy statistics and rendering (JSON, CSV, Markdown, HTML).
 *
 * <p>Reading this module reads {@code io.github.gongkai.rules} and {@code io.github.gongkai.core}
 * (their types appear in its signatures). Jackson databind is not needed at run time; the packages
 * of JSON-bound types are opened to both databind modules, which read them by reflection.
 */
// "module": the qualified opens name modules that need not be present at run time. The jte
// runtime and the Immutables and SpotBugs annotation jars (compile time only) are automatic
// modules ("requires-automatic"); they publish no module descriptor, only a stable name.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.gongkai.report {
  requires transitive io.github.gongkai.rules;
  // HTML rendering through the precompiled templates; CSV rendering
  requires gg.jte.runtime;
  requires org.apache.commons.csv;
  // reading published report pages (report.read)
  requires org.jsoup;
  // optional, as in the POM: the nullness annotations on the API are needed by nobody at run time
  // and by consumers' compilers only if they check nullness (then they add JSpecify themselves)
  requires static org.jspecify;
  // compile time only: each databind line's @JsonSerialize/@JsonDeserialize on the value types
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.databind;
  // compile time only: the Immutables annotations
  requires static org.immutables.value.annotations;
  // compile time only: the generated sources' annotations. Immutables marks its classes with
  // SpotBugs' @SuppressFBWarnings when that jar is present (it is, for Commons CSV's annotations);
  // the jte classes carry @javax.annotation.processing.Generated.
  requires static com.github.spotbugs.annotations;
  requires static java.compiler;

  exports io.github.gongkai.report;
  exports io.github.gongkai.report.aggregate;
  exports io.github.gongkai.report.check;
  exports io.github.gongkai.report.read;
  exports io.github.gongkai.report.render;
  exports io.github.gongkai.report.stats;
  // the precompiled templates, whose render methods the jte runtime calls by reflection
  exports io.github.gongkai.report.render.internal.jte to gg.jte.runtime;

  // JSON-bound types for either databind line; core's resource-table reader reads the report
  // layouts (report-layouts.tsv) through this module's classes
  opens io.github.gongkai.report
      to io.github.gongkai.core, com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.report.check
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.report.render
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.report.stats
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  // the published JSON Schemas (resources only), readable by any module
  opens io.github.gongkai.report.i18n to io.github.gongkai.core;
  opens io.github.gongkai.report.schema;
}
