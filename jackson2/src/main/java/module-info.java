/**
 * The Jackson 2 binding of gongkai's model: {@code GongkaiModule} (also found through {@link
 * java.util.ServiceLoader}, e.g. by {@code ObjectMapper.findAndRegisterModules()}) and {@code
 * GongkaiJson} (a strict mapper, a codec, error translation).
 *
 * <p>Reading this module reads {@code io.github.gongkai.core} and Jackson 2 databind, whose types
 * appear in its signatures.
 */
// "module": the name ends in the Jackson line's major version, on purpose (the same name as the
// Automatic-Module-Name of earlier builds; javac advises against terminal digits). Immutables'
// annotation jar is an automatic module ("requires-automatic"), read at compile time only.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.gongkai.jackson2 {
  requires transitive io.github.gongkai.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  // optional, as in the POM: the nullness annotations on the API are needed by nobody at run time
  // and by consumers' compilers only if they check nullness (then they add JSpecify themselves)
  requires static org.jspecify;
  // compile time only: the annotation on the model builders' generated superclasses
  requires static org.immutables.value.annotations;

  exports io.github.gongkai.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      io.github.gongkai.jackson2.GongkaiModule;
}
