/**
 * gongkai letters: the answer letter (政府信息公开申请答复书) and the procedural notices (告知书) of a
 * disclosure request, composed from the request, its lifecycle and decision, each sentence with the
 * provisions it rests on and the remedy notice the answer date calls for.
 */
// "module": the qualified opens name modules that need not be present at run time; the Immutables
// annotation jar and the jte runtime are automatic modules ("requires-automatic").
@SuppressWarnings({"module", "requires-automatic"})
module io.github.gongkai.letters {
  requires transitive io.github.gongkai.rules;
  requires static org.jspecify;
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.databind;
  requires static org.immutables.value.annotations;
  // the Word documents (Apache POI's XWPF; it reads the schema classes and XMLBeans transitively)
  requires org.apache.poi.ooxml;
  // the HTML page, through the precompiled templates
  requires gg.jte.runtime;
  // compile time only: the jte classes carry @javax.annotation.processing.Generated
  requires static java.compiler;

  exports io.github.gongkai.letters;
  exports io.github.gongkai.letters.render;
  // the precompiled templates, whose render methods the jte runtime calls by reflection
  exports io.github.gongkai.letters.render.internal.jte to gg.jte.runtime;

  opens io.github.gongkai.letters
      to io.github.gongkai.core, com.fasterxml.jackson.databind, tools.jackson.databind;
  // the letter texts and labels (resources only), read by core's text loader
  opens io.github.gongkai.letters.i18n to io.github.gongkai.core;
}
