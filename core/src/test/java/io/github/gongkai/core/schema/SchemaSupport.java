package io.github.gongkai.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Loads the published JSON Schemas (draft 2020-12) from the class path by their {@code $id} and
 * validates documents against them with networknt's validator, format assertions on (so that
 * {@code "2024-02-30"} fails {@code format: date}).
 *
 * <p>The same helper is used by the schema tests of core, rules, report and examples; each module
 * holds a copy because test classes are not shared between modules.
 */
public final class SchemaSupport {
  public static final String BASE = "https://gongkai.github.io/schema/v1/";
  public static final String META = "https://json-schema.org/draft/2020-12/schema";
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MODULES = List.of("core", "rules", "report");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemas(SchemaSupport::text)
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private SchemaSupport() {}

  /** The text of a gongkai schema given its {@code $id}, or null for another address. */
  public static @Nullable String text(String iri) {
    if (!iri.startsWith(BASE)) {
      return null;
    }
    String name = iri.substring(BASE.length());
    for (String module : MODULES) {
      try (InputStream in = resource(module, name)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  private static @Nullable InputStream resource(String module, String name) {
    return SchemaSupport.class.getClassLoader()
        .getResourceAsStream("io/github/gongkai/" + module + "/schema/" + name);
  }

  /** The parsed schema file of a name such as {@code information-request.schema.json}. */
  public static JsonNode tree(String name) {
    String text = text(BASE + name);
    if (text == null) {
      throw new AssertionError("no schema " + name + " on the class path");
    }
    return parse(text);
  }

  public static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of a JSON Lines file, blank lines skipped. */
  public static List<JsonNode> lines(Path file) {
    try (Stream<String> s = Files.lines(file, StandardCharsets.UTF_8)) {
      return s.filter(l -> !l.isBlank()).map(SchemaSupport::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of a name, optionally with a fragment: {@code annual-report.schema.json#/$defs/table}. */
  public static Schema schema(String name) {
    Schema s = REGISTRY.getSchema(SchemaLocation.of(BASE + name));
    s.initializeValidators();
    return s;
  }

  /** The validation errors of a document, empty when it is valid. */
  public static List<String> errors(String name, JsonNode document) {
    return schema(name).validate(document).stream().map(Object::toString).toList();
  }

  /** The errors of a schema file against the 2020-12 meta-schema. */
  public static List<String> metaSchemaErrors(String name) {
    return metaSchemaErrors(tree(name));
  }

  /** The errors of a schema document against the 2020-12 meta-schema. */
  public static List<String> metaSchemaErrors(JsonNode schema) {
    return REGISTRY.getSchema(SchemaLocation.of(META)).validate(schema).stream()
        .map(Object::toString)
        .toList();
  }

  /** The schema files this module ships: {@code io/github/gongkai/<module>/schema/*.schema.json}. */
  public static List<String> shipped(String module) {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> dirs =
          SchemaSupport.class.getClassLoader().getResources("io/github/gongkai/" + module + "/schema");
      while (dirs.hasMoreElements()) {
        URL dir = dirs.nextElement();
        if (!dir.getProtocol().equals("file")) {
          continue; // a jar of another module
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".schema.json"))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (names.isEmpty()) {
      throw new AssertionError("no schema files for " + module);
    }
    return List.copyOf(names);
  }

  /**
   * Every {@code $ref} of a schema file that does not resolve: its target file is not a gongkai
   * schema, or the JSON pointer after {@code #} names nothing in it.
   */
  public static List<String> unresolvedRefs(String name) {
    List<String> bad = new ArrayList<>();
    JsonNode root = tree(name);
    URI base = URI.create(root.path("$id").asText(BASE + name));
    walk(root, "", (pointer, node) -> {
      JsonNode ref = node.get("$ref");
      if (ref == null || !ref.isTextual()) {
        return;
      }
      URI target = base.resolve(ref.asText());
      String file = target.getScheme() + ":" + target.getSchemeSpecificPart();
      String fragment = target.getFragment() == null ? "" : target.getFragment();
      String text = text(file);
      if (text == null || parse(text).at(fragment).isMissingNode()) {
        bad.add(pointer + "/$ref: " + ref.asText());
      }
    });
    return bad;
  }

  /** Every {@code enum} list of a schema file by the JSON pointer of its schema object. */
  public static Map<String, List<String>> enums(String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    walk(tree(name), "", (pointer, node) -> {
      JsonNode e = node.get("enum");
      if (e instanceof ArrayNode a) {
        List<String> values = new ArrayList<>();
        a.forEach(v -> values.add(v.asText()));
        out.put(pointer, values);
      }
    });
    return out;
  }

  public interface Visitor {
    void visit(String pointer, ObjectNode node);
  }

  public static void walk(JsonNode node, String pointer, Visitor v) {
    if (node instanceof ObjectNode o) {
      v.visit(pointer, o);
      for (Map.Entry<String, JsonNode> f : o.properties()) {
        if (f.getKey().equals("enum") || f.getKey().equals("const")) {
          continue;
        }
        walk(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), v);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        walk(a.get(i), pointer + "/" + i, v);
      }
    }
  }

  /** The JSON codes of an enum (the value of its {@code @JsonValue} method), in declaration order. */
  public static <E extends Enum<E>> List<String> codes(Class<E> type) {
    return codes(type, e -> true);
  }

  /** The JSON codes of the constants of an enum that {@code keep} accepts, in declaration order. */
  public static <E extends Enum<E>> List<String> codes(Class<E> type, Predicate<? super E> keep) {
    Method code =
        Stream.of(type.getMethods())
            .filter(m -> m.isAnnotationPresent(JsonValue.class))
            .findFirst()
            .orElseThrow(() -> new AssertionError(type + " has no @JsonValue method"));
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (keep.test(e)) {
        try {
          out.add(String.valueOf(code.invoke(e)));
        } catch (IllegalAccessException | InvocationTargetException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    return out;
  }

  /**
   * The JSON properties of an Immutables value type and those its builder requires: every public
   * no-argument getter not marked {@code @JsonIgnore} is a property; it is required when it is
   * abstract (not {@code @Value.Default} or derived), not {@code @Nullable}, and not a collection or
   * {@code Optional} (those default to empty).
   */
  public record Shape(TreeSet<String> properties, TreeSet<String> required) {}

  public static Shape shape(Class<?> type) {
    TreeSet<String> properties = new TreeSet<>();
    TreeSet<String> required = new TreeSet<>();
    for (Method m : type.getMethods()) {
      String n = m.getName();
      int prefix = n.startsWith("get") ? 3 : n.startsWith("is") ? 2 : 0;
      if (prefix == 0
          || n.length() == prefix
          || !Character.isUpperCase(n.charAt(prefix))
          || m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class
          || m.isAnnotationPresent(JsonIgnore.class)) {
        continue;
      }
      String property = n.substring(prefix, prefix + 1).toLowerCase(Locale.ROOT) + n.substring(prefix + 1);
      properties.add(property);
      Class<?> r = m.getReturnType();
      boolean optional =
          m.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
              || Collection.class.isAssignableFrom(r)
              || Map.class.isAssignableFrom(r)
              || Optional.class.isAssignableFrom(r);
      if (Modifier.isAbstract(m.getModifiers()) && !optional) {
        required.add(property);
      }
    }
    return new Shape(properties, required);
  }

  /** The property names and required names of the schema object at a pointer of a schema file. */
  public static Shape shape(String name, String pointer) {
    JsonNode node = tree(name).at(pointer);
    if (node.isMissingNode()) {
      throw new AssertionError(name + "#" + pointer + " does not exist");
    }
    TreeSet<String> properties = new TreeSet<>();
    node.path("properties").properties().forEach(e -> properties.add(e.getKey()));
    TreeSet<String> required = new TreeSet<>();
    node.path("required").forEach(r -> required.add(r.asText()));
    return new Shape(properties, required);
  }

  /** A copy of a document with the value at a JSON pointer replaced (or added), given as JSON text. */
  public static JsonNode with(JsonNode document, String pointer, String json) {
    JsonNode copy = document.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    JsonNode value = parse(json);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    } else {
      throw new AssertionError("no object or array at " + pointer.substring(0, slash));
    }
    return copy;
  }

  /** A copy of a document without the value at a JSON pointer. */
  public static JsonNode without(JsonNode document, String pointer) {
    JsonNode copy = document.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      if (o.remove(last) == null) {
        throw new AssertionError("nothing to remove at " + pointer);
      }
    } else if (parent instanceof ArrayNode a) {
      a.remove(Integer.parseInt(last));
    } else {
      throw new AssertionError("no object or array at " + pointer.substring(0, slash));
    }
    return copy;
  }
}
