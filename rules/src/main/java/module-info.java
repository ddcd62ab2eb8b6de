/**
 * gongkai's rules, pure functions over the model of {@code io.github.gongkai.core}: deadlines and
 * the request lifecycle, fees, disclosure decisions with their legal reasons, personal-data scanning
 * and redaction.
 *
 * <p>Reading this module reads {@code io.github.gongkai.core} (its types are in every signature
 * here). Jackson databind is not needed at run time; the packages of JSON-bound types are opened
 * to both databind modules, which read them by reflection.
 */
// "module": the qualified opens name modules that need not be present at run time. Immutables'
// annotation jar is an automatic module ("requires-automatic"), read at compile time only.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.gongkai.rules {
  requires transitive io.github.gongkai.core;
  // optional, as in the POM: the nullness annotations on the API are needed by nobody at run time
  // and by consumers' compilers only if they check nullness (then they add JSpecify themselves)
  requires static org.jspecify;
  // compile time only: each databind line's @JsonSerialize/@JsonDeserialize on the value types
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.databind;
  // compile time only: the Immutables annotations
  requires static org.immutables.value.annotations;

  exports io.github.gongkai.rules.deadline;
  exports io.github.gongkai.rules.decision;
  exports io.github.gongkai.rules.fee;
  exports io.github.gongkai.rules.lifecycle;
  exports io.github.gongkai.rules.publication;
  exports io.github.gongkai.rules.redact;
  exports io.github.gongkai.rules.remedy;
  exports io.github.gongkai.rules.scan;

  // JSON-bound types for either databind line; core's resource-table reader (in
  // io.github.gongkai.core) reads the data files of fee, decision, publication and scan through this module's
  // classes, which works only for packages open to it
  opens io.github.gongkai.rules.deadline
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.rules.decision
      to io.github.gongkai.core, com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.rules.fee
      to io.github.gongkai.core, com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.rules.lifecycle
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.rules.publication
      to io.github.gongkai.core, com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.rules.remedy
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.rules.scan to io.github.gongkai.core;
  // the labels of the coded constants (resources only), read by core's text loader
  opens io.github.gongkai.rules.i18n to io.github.gongkai.core;
  // the published JSON Schemas (resources only), readable by any module
  opens io.github.gongkai.rules.schema;
}
