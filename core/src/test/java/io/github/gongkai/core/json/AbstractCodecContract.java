package io.github.gongkai.core.json;

import static io.github.gongkai.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON contract of core's documents, run against each binding (gongkai-jackson2 and
 * gongkai-jackson3 extend it): golden files under {@code src/test/resources/json/} (written once
 * and never edited) and every negative case, with the same paths and messages on both.
 */
public abstract class AbstractCodecContract extends AbstractBindingContract {

  /**
   * {@code codec} with every read taken through its byte path, the way JSON Lines are read: the
   * document is framed inside a larger buffer so that offset and length are honoured. A contract
   * run on this view proves that the byte path refuses and names exactly what the text path does.
   *
   * @param codec the codec under test
   * @return the view; writing is the codec's own
   */
  public static DocumentCodec readingBytes(DocumentCodec codec) {
    return new DocumentCodec() {
      @Override
      public <T> T read(String json, Class<T> type) {
        byte[] utf8 = ("[" + json + "]").getBytes(StandardCharsets.UTF_8);
        return codec.read(utf8, 1, utf8.length - 2, type);
      }

      @Override
      public String write(Object value) {
        return codec.write(value);
      }

      @Override
      public String writePretty(Object value) {
        return codec.writePretty(value);
      }
    };
  }

  /**
   * The request of {@code request-v1-minimal.json}.
   *
   * @return the request
   */
  public static InformationRequest minimalRequest() {
    return InformationRequest.builder()
        .id("2019-0007")
        .agency("某县人民政府办公室")
        .applicant(
            Applicant.builder()
                .type(ApplicantType.LEGAL_SERVICE_ORGANIZATION)
                .name("某某律师事务所")
                .contacts(Contacts.builder().postalAddress("某县人民路8号").build())
                .build())
        .channel(Channel.MAIL)
        .submittedOn(d("2019-05-14"))
        .description("2018年度某县财政决算")
        .requestedForm(InformationForm.PAPER)
        .delivery(DeliveryMethod.POST)
        .build();
  }

  static InformationItem minimalItem() {
    return InformationItem.builder()
        .id("X-1")
        .title("某局2018年部门决算")
        .producingAgency("某县财政局")
        .formedOn(d("2019-01-31"))
        .build();
  }

  static Stream<Arguments> golden() {
    return Stream.of(
        Arguments.of("request-v1-full.json", InformationRequest.class, Fixtures.request()),
        Arguments.of("request-v1-minimal.json", InformationRequest.class, minimalRequest()),
        Arguments.of("item-v1-full.json", InformationItem.class, Fixtures.item()),
        Arguments.of("item-v1-minimal.json", InformationItem.class, minimalItem()),
        Arguments.of("review-case-v1.json", ReviewCase.class, Fixtures.reviewCase()),
        Arguments.of("litigation-case-v1.json", LitigationCase.class, Fixtures.litigationCase()));
  }

  private static final String FULL = resource("request-v1-full.json");
  private static final String MINIMAL = resource("request-v1-minimal.json");

  private AbstractThrowableAssert<?, ? extends Throwable> readingRequest(String json) {
    return assertThatThrownBy(() -> codec().read(json, InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .isInstanceOf(GongkaiException.class)
        // the cause is never a Jackson exception, whose message may quote the input
        .satisfies(t -> assertThat(t.getCause()).satisfiesAnyOf(
            c -> assertThat(c).isNull(), c -> assertThat(c).isInstanceOf(GongkaiException.class)));
  }

  private static String path(Throwable t) {
    return ((JsonInputException) t).getPath();
  }

  // ---- golden files

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  <T> void golden_file_reads_as_the_expected_object(String file, Class<T> type, T expected) {
    assertThat(codec().read(resource(file), type)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  <T> void expected_object_writes_as_the_golden_file(String file, Class<T> type, T expected) {
    // byte for byte, property order included
    assertThat(codec().writePretty(expected).strip()).isEqualTo(resource(file).strip());
    assertThat(codec().read(codec().write(expected), type)).isEqualTo(expected);
    assertThat(codec().write(expected)).doesNotContain("\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  <T> void a_plain_mapper_with_the_module_reads_and_writes_the_golden_form(
      String file, Class<T> type, T expected) {
    assertThat(plainRead(resource(file), type)).isEqualTo(expected);
    assertThat(plainWrite(expected)).isEqualTo(codec().write(expected));
  }

  @Test
  void every_event_type_reads_and_writes_through_the_event_interface() {
    for (RequestEvent e : Fixtures.everyEvent()) {
      String json = codec().write(e);
      assertThat(json).startsWith("{\"type\":\"" + e.getKind().getCode() + "\"");
      assertThat(codec().read(json, RequestEvent.class)).isEqualTo(e);
      assertThat(plainRead(json, RequestEvent.class)).isEqualTo(e);
      assertThat(plainWrite(e)).isEqualTo(json);
    }
  }

  // ---- schemaVersion and unknown fields

  @Test
  void the_old_ignore_unknown_golden_file_is_now_refused_at_its_first_unknown_field() {
    // request-v1-compat-unknown-fields.json documented that unknown fields were ignored; they no
    // longer are: a misspelt field must not silently change an answer (#12)
    String json = resource("request-v1-compat-unknown-fields.json");
    readingRequest(json)
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.addedInALaterVersion"))
        .hasMessageStartingWith("$.addedInALaterVersion: is not a field of InformationRequest (known fields: ");
    assertThatThrownBy(() -> plainRead(json, InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.addedInALaterVersion"));
  }

  @Test
  void unknown_fields_are_refused_by_a_plain_mapper_that_ignores_unknown_properties() {
    assertThatThrownBy(
            () -> plainRead(MINIMAL.replace("\"postalAddress\"", "\"postalAdress\""), InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.applicant.contacts.postalAdress"))
        .hasMessageContaining("did you mean `postalAddress`?");
    assertThatThrownBy(
            () -> plainRead("{\"type\":\"received\",\"date\":\"2024-03-01\",\"nope\":1}", RequestEvent.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.nope"));
  }

  @Test
  void a_newer_schema_version_is_refused_as_needing_a_newer_gongkai() {
    String newer = MINIMAL.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
    readingRequest(newer)
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.schemaVersion"))
        .hasMessageContaining("need a newer gongkai")
        .hasMessageEndingWith("- but was: 2");
    // a newer document usually has new fields too: the version is still what is reported
    readingRequest(newer.replace("\"channel\"", "\"addedInVersion2\" : true, \"channel\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.schemaVersion"))
        .hasMessageContaining("need a newer gongkai");
    readingRequest(MINIMAL.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 0"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.schemaVersion"));
    assertThatThrownBy(() -> plainRead(newer, InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("need a newer gongkai");
  }

  @Test
  void a_document_without_schema_version_reads_as_the_current_version() {
    InformationRequest r = codec().read(MINIMAL.replace("\"schemaVersion\" : 1,", ""), InformationRequest.class);
    assertThat(r).isEqualTo(minimalRequest());
    assertThat(r.getSchemaVersion()).isEqualTo(SchemaVersion.CURRENT);
  }

  // ---- values

  @Test
  void an_explicit_null_is_refused_by_a_plain_mapper_too() {
    assertThatThrownBy(
            () -> plainRead(FULL.replace("\"workingDays\" : 20", "\"workingDays\" : null"), InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessage("$.events[7].workingDays: is required - but was: null");
  }

  @Test
  void the_document_null_is_refused() {
    readingRequest("null").hasMessage("$: must be a InformationRequest object - but was: null");
  }

  @Test
  void a_plain_mapper_refuses_impossible_dates_and_numbers_for_dates_too() {
    // by itself it would read 2019-02-29 and epoch days
    assertThatThrownBy(
            () -> plainRead(MINIMAL.replace("\"2019-05-14\"", "\"2019-02-30\""), InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessage("$.submittedOn: must be a valid date (yyyy-MM-dd) - but was: 2019-02-30");
    assertThatThrownBy(() -> plainRead(MINIMAL.replace("\"2019-05-14\"", "19000"), InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.submittedOn"));
  }

  /**
   * The requests of {@code /codec/refused-requests.tsv}: its name, the document and what the
   * refusal must name (see the table's header).
   *
   * @return name, document, path or null, message checks
   */
  static Stream<Arguments> refusedRequests() {
    List<Arguments> cases = new ArrayList<>();
    for (String line : resourceLines("/codec/refused-requests.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> c = Arrays.stream(line.split("\t", -1)).map(AbstractCodecContract::unescape).toList();
      assertThat(c).as(line).hasSizeGreaterThanOrEqualTo(5);
      String document = switch (c.get(1)) {
        case "full" -> FULL;
        case "minimal" -> MINIMAL;
        default -> c.get(1);
      };
      if (!c.get(2).equals("-")) {
        assertThat(document).as("%s: the text to change", c.get(0)).contains(c.get(2));
        document = document.replace(c.get(2), c.get(3));
      }
      String path = c.get(4).equals("-") ? null : c.get(4);
      cases.add(Arguments.of(c.get(0), document, path, c.subList(5, c.size())));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRequests")
  void a_refused_request_names_the_path_and_the_rule(
      String name, String json, @Nullable String expectedPath, List<String> messageChecks) {
    AbstractThrowableAssert<?, ? extends Throwable> refusal = readingRequest(json);
    if (expectedPath != null) {
      refusal.satisfies(t -> assertThat(path(t)).isEqualTo(expectedPath));
    }
    assertThat(expectedPath != null || !messageChecks.isEmpty()).as("%s checks something", name).isTrue();
    for (String check : messageChecks) {
      String text = check.substring(2);
      switch (check.substring(0, 2)) {
        case "= " -> refusal.hasMessage(text);
        case "^ " -> refusal.hasMessageStartingWith(text);
        case "$ " -> refusal.hasMessageEndingWith(text);
        case "~ " -> refusal.hasMessageContaining(text);
        case "! " -> refusal.hasMessageNotContaining(text);
        default -> throw new AssertionError(name + ": unknown check " + check);
      }
    }
  }

  private static List<String> resourceLines(String name) {
    try (InputStream in = AbstractCodecContract.class.getResourceAsStream(name)) {
      assertThat(in).as("table %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table cell with {@code \n} read as a line break and {@code \\} as a backslash. */
  private static String unescape(String cell) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == '\\' && i + 1 < cell.length()) {
        char next = cell.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  // ---- structure

  @Test
  void malformed_json_gives_line_and_column() {
    readingRequest("{\n  \"id\": \"x\",\n  oops\n}")
        .satisfies(t -> assertThat(path(t)).isEqualTo("$@3:3"))
        .hasMessageContaining("must be well-formed JSON");
  }

  @Test
  void content_after_the_document_is_refused() {
    readingRequest(MINIMAL + " {}").hasMessageContaining("single document");
    readingRequest(MINIMAL + " x").satisfies(t -> assertThat(path(t)).startsWith("$"));
  }

  // ---- identifiers never echoed whole

  @Test
  void identity_number_never_appears_whole_in_errors() {
    String bad = "11010519491231002Q";
    readingRequest(FULL.replace(Fixtures.RESIDENT_ID, bad))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.applicant.identityProof.number"))
        .hasMessageContaining("110***********002Q")
        .hasMessageNotContaining(bad);
    // a number given where an object belongs is masked too
    readingRequest(
            MINIMAL.replace(
                "\"contacts\" : {",
                "\"identityProof\" : \"" + Fixtures.RESIDENT_ID + "\",\n    \"contacts\" : {"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.applicant.identityProof"))
        .hasMessageNotContaining(Fixtures.RESIDENT_ID);
  }

  @Test
  void identifiers_typed_into_a_wrong_or_unknown_field_are_masked() {
    String mobile = "13812345678";
    String card = "6222021234567890123";
    String creditCode = "91350100M000100Y43";
    // a mobile number where a date belongs
    readingRequest(MINIMAL.replace("\"2019-05-14\"", "\"" + mobile + "\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.submittedOn"))
        .hasMessageNotContaining(mobile)
        .hasMessageContaining("138****5678");
    // a bank card where an integer belongs (as string and as a number)
    readingRequest(FULL.replace("\"workingDays\" : 20", "\"workingDays\" : \"" + card + "\""))
        .hasMessageNotContaining(card);
    readingRequest(FULL.replace("\"workingDays\" : 20", "\"workingDays\" : " + card))
        .hasMessageNotContaining(card);
    // a credit code as an enum code, as an event type, and as a field name
    readingRequest(MINIMAL.replace("\"channel\" : \"mail\"", "\"channel\" : \"" + creditCode + "\""))
        .hasMessageNotContaining(creditCode);
    readingRequest(FULL.replace("\"type\" : \"corrected\"", "\"type\" : \"" + creditCode + "\""))
        .hasMessageNotContaining(creditCode);
    readingRequest(MINIMAL.replace("\"channel\"", "\"" + creditCode + "\" : 1, \"channel\""))
        .hasMessageNotContaining(creditCode);
    // duplicated and malformed input
    readingRequest(MINIMAL.replace("\"channel\"", "\"" + mobile + "\" : 1, \"" + mobile + "\" : 2, \"channel\""))
        .hasMessageNotContaining(mobile);
    readingRequest("{\"id\": " + mobile + "x}").hasMessageNotContaining(mobile);
  }

  // ---- arguments

  @Test
  void null_arguments_are_rejected_as_gongkai_exceptions() {
    assertThatThrownBy(() -> codec().read(null, InformationRequest.class))
        .isInstanceOf(GongkaiException.class);
    assertThatThrownBy(() -> codec().write(null)).isInstanceOf(GongkaiException.class);
  }

  @Test
  void a_plain_mapper_writes_dates_as_strings() {
    assertThat(plainWrite(Received.of(d("2024-03-01"))))
        .isEqualTo("{\"type\":\"received\",\"date\":\"2024-03-01\"}");
  }
}
