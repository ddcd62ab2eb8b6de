package io.github.gongkai.core.schema;

import static io.github.gongkai.core.schema.SchemaSupport.errors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks every module's published JSON Schemas pass: the module ships exactly the schemas it
 * names, each valid against the 2020-12 meta-schema with every {@code $ref} resolving, every enum
 * list equal to the codes of its Java enum, properties and required fields equal to the Java types,
 * and every negative case refused. A module's schema test extends this and supplies the data; checks
 * of its own stay in the subclass.
 *
 * <p>Negative cases are kept in a table ({@link #casesFromTable(Path, Function)}): each changes one
 * thing in a valid document, so that its failure is that change's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractSchemaContract {

  private final String module;
  private final List<String> expectedSchemas;

  /**
   * A module's schema contract.
   *
   * @param module the module whose schemas are checked, as {@link SchemaSupport#shipped(String)}
   *     names it, e.g. {@code "core"}
   * @param expectedSchemas the schemas the module must ship, in file-name order
   */
  protected AbstractSchemaContract(String module, List<String> expectedSchemas) {
    this.module = module;
    this.expectedSchemas = List.copyOf(expectedSchemas);
  }

  /**
   * The codes each enum list of the module's schemas must hold, computed from the Java enums, keyed
   * by {@code schema#pointer}.
   *
   * @return the expected lists
   */
  protected abstract Map<String, List<String>> expectedEnums();

  /**
   * Java types whose JSON properties and required fields a schema object must equal: schema,
   * pointer, type, and the extra required names (lists that must not be empty; {@code "type"} for a
   * member of a union, which is also an extra property).
   *
   * @return the arguments; none by default
   */
  protected Stream<Arguments> shapes() {
    return Stream.empty();
  }

  /**
   * Documents each schema must refuse: name, schema, document.
   *
   * @return the arguments
   */
  protected abstract Stream<Arguments> negativeCases();

  protected final List<String> shipped() {
    return SchemaSupport.shipped(module);
  }

  @Test
  void shipsOneSchemaPerDocumentType() {
    assertThat(shipped()).containsExactlyElementsOf(expectedSchemas);
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void schemaIsValidAgainstTheMetaSchemaAndEveryRefResolves(String name) {
    JsonNode s = SchemaSupport.tree(name);
    assertThat(s.path("$schema").asText()).isEqualTo(SchemaSupport.META);
    assertThat(s.path("$id").asText()).isEqualTo(SchemaSupport.BASE + name);
    assertThat(s.path("title").asText()).as("title names the Chinese term").containsPattern("\\p{IsHan}");
    assertThat(s.path("description").asText()).isNotBlank();
    assertThat(SchemaSupport.metaSchemaErrors(name)).isEmpty();
    assertThat(SchemaSupport.unresolvedRefs(name)).isEmpty();
    assertThat(SchemaSupport.schema(name)).isNotNull();
  }

  @Test
  void everyEnumListEqualsTheJavaCodes() {
    Map<String, List<String>> expected = expectedEnums();
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String name : shipped()) {
      SchemaSupport.enums(name).forEach((pointer, values) -> found.put(name + "#" + pointer, values));
    }
    assertThat(found.keySet()).as("every enum list of the schemas has its Java source in this test")
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((where, codes) -> assertThat(found.get(where)).as(where).containsExactlyElementsOf(codes));
  }

  @ParameterizedTest(name = "{0}#{1}", allowZeroInvocations = true)
  @MethodSource("shapes")
  void propertiesAndRequiredFieldsMatchTheJavaType(String schema, String pointer, Class<?> type, Set<String> extra) {
    SchemaSupport.Shape java = SchemaSupport.shape(type);
    SchemaSupport.Shape json = SchemaSupport.shape(schema, pointer);
    TreeSet<String> properties = new TreeSet<>(java.properties());
    TreeSet<String> required = new TreeSet<>(java.required());
    if (extra.contains("type")) {
      properties.add("type");
    }
    required.addAll(extra);
    assertThat(json.properties()).as("properties").containsExactlyElementsOf(properties);
    assertThat(json.required()).as("required").containsExactlyElementsOf(required);
    assertThat(SchemaSupport.tree(schema).at(pointer).path("additionalProperties").asBoolean(true))
        .as("additionalProperties").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeCases")
  void everyNegativeCaseFails(String name, String schema, JsonNode document) {
    assertThat(errors(schema, document)).isNotEmpty();
  }

  /**
   * Reads a table of negative cases: UTF-8, one case a line, tab-separated columns name, schema,
   * document, then the edits applied to the document in order, each {@code set}, a JSON pointer and
   * a JSON value, or {@code remove} and a JSON pointer (every part in a column of its own). Blank lines and lines starting with {@code #} are skipped. The document
   * column names a document {@code documents} resolves, optionally followed by {@code #POINTER} to
   * take a part of it.
   *
   * @param table the table file
   * @param documents the valid documents by name
   * @return the arguments name, schema, edited document
   */
  public static Stream<Arguments> casesFromTable(Path table, Function<String, JsonNode> documents) {
    List<String> lines;
    try {
      lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Arguments> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 4) {
        throw new AssertionError("negative case without an edit: " + line);
      }
      String[] base = f[2].split("#", 2);
      JsonNode document = documents.apply(base[0]);
      if (base.length == 2) {
        document = document.at(base[1]);
      }
      for (int i = 3; i < f.length; ) {
        if (f[i].equals("remove") && i + 1 < f.length) {
          document = SchemaSupport.without(document, f[i + 1]);
          i += 2;
        } else if (f[i].equals("set") && i + 2 < f.length) {
          document = SchemaSupport.with(document, f[i + 1], f[i + 2]);
          i += 3;
        } else {
          throw new AssertionError("edits must be 'set, POINTER, JSON' or 'remove, POINTER': " + line);
        }
      }
      out.add(Arguments.of(f[0], f[1], document));
    }
    return out.stream();
  }
}
