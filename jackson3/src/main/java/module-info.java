/**
 * The Jackson 3 ({@code tools.jackson}) binding of gongkai's model: {@code GongkaiModule} (also
 * found through {@link java.util.ServiceLoader}, e.g. by {@code
 * JsonMapper.builder().findAndAddModules()}) and {@code GongkaiJson} (a strict mapper, a codec,
 * error translation).
 *
 * <p>Reading this module reads {@code io.github.gongkai.core} and Jackson 3 databind, whose types
 * appear in its signatures.
 */
// "module": the name ends in the Jackson line's major version, on purpose (the same name as the
// Automatic-Module-Name of earlier builds; javac advises against terminal digits)
@SuppressWarnings("module")
module io.github.gongkai.jackson3 {
  requires transitive io.github.gongkai.core;
  requires transitive tools.jackson.databind;
  // optional, as in the POM: the nullness annotations on the API are needed by nobody at run time
  // and by consumers' compilers only if they check nullness (then they add JSpecify themselves)
  requires static org.jspecify;

  exports io.github.gongkai.jackson3;

  provides tools.jackson.databind.JacksonModule with
      io.github.gongkai.jackson3.GongkaiModule;
}
