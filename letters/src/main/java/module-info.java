/**
 * gongkai letters: the answer letter (政府信息公开申请答复书) and the procedural notices (告知书) of a
 * disclosure request, composed from the request, its lifecycle and decision, each sentence with the
 * provisions it rests on and the remedy notice the answer date calls for.
 */
// "module": the qualified opens name modules that need not be present at run time; the Immutables
// annotation jar is an automatic module ("requires-automatic").
@SuppressWarnings({"module", "requires-automatic"})
module io.github.gongkai.letters {
  requires transitive io.github.gongkai.rules;
  requires static org.jspecify;
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports io.github.gongkai.letters;

  opens io.github.gongkai.letters
      to io.github.gongkai.core, com.fasterxml.jackson.databind, tools.jackson.databind;
  // the letter texts and labels (resources only), read by core's text loader
  opens io.github.gongkai.letters.i18n to io.github.gongkai.core;
}
