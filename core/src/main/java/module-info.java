/**
 * The gongkai domain model: legal regimes and citations, the outcome-ground catalogue, requests and
 * their event history, information items, review and litigation cases, amounts, the official
 * working-day calendar, identifier checks, Jakarta constraints and the JSON contract.
 *
 * <p>Jackson databind (either line) is not needed at run time: its annotations sit on the value
 * types for {@code io.github.gongkai.jackson2} and {@code io.github.gongkai.jackson3}, which do the
 * binding. The packages of JSON-bound types are opened to both databind modules, which read them by
 * reflection (the generated Immutables classes are package-private).
 */
// "module": the qualified exports name the sibling modules, which are not observable while this
// module compiles. Immutables' annotation jar is an automatic module ("requires-automatic"), read
// at compile time only.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.gongkai.core {
  // in public signatures and annotations of the API
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  // optional, as in the POM: the nullness annotations on the API are needed by nobody at run time
  // and by consumers' compilers only if they check nullness (then they add JSpecify themselves)
  requires static org.jspecify;
  // compile time only: each databind line's @JsonSerialize/@JsonDeserialize on the value types
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.databind;
  // compile time only: the Immutables annotations
  requires static org.immutables.value.annotations;

  exports io.github.gongkai.core;
  exports io.github.gongkai.core.calendar;
  exports io.github.gongkai.core.catalogue;
  exports io.github.gongkai.core.id;
  exports io.github.gongkai.core.item;
  exports io.github.gongkai.core.json;
  exports io.github.gongkai.core.money;
  exports io.github.gongkai.core.remedy;
  exports io.github.gongkai.core.request;
  exports io.github.gongkai.core.validation;
  // helpers shared with the other gongkai modules only: texts, resource tables, JSON messages
  exports io.github.gongkai.core.internal
      to io.github.gongkai.rules,
          io.github.gongkai.report,
          io.github.gongkai.letters,
          io.github.gongkai.jackson2,
          io.github.gongkai.jackson3;

  // JSON-bound types, read and written by reflection by either databind line
  opens io.github.gongkai.core
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.core.calendar
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.core.catalogue
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.core.item
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.core.money
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.core.remedy
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.gongkai.core.request
      to com.fasterxml.jackson.databind, tools.jackson.databind;
  // the published JSON Schemas (resources only), readable by any module
  opens io.github.gongkai.core.schema;
}
