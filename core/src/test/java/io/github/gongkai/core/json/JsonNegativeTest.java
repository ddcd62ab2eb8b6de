package io.github.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.InformationRequest;
import java.io.StringReader;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Bad JSON input: every failure is a JsonInputException naming the JSON path of the field. */
class JsonNegativeTest {
  /** Core's mapper as a codec, for the JSON Lines reader. */
  static final DocumentCodec GONGKAI = new DocumentCodec() {
    @Override
    public <T> T read(String json, Class<T> type) {
      return GongkaiJson.read(json, type);
    }

    @Override
    public String write(Object value) {
      return GongkaiJson.write(value);
    }

    @Override
    public String writePretty(Object value) {
      return GongkaiJson.writePretty(value);
    }
  };

  private static final String FULL = GoldenJsonTest.resource("request-v1-full.json");
  private static final String MINIMAL = GoldenJsonTest.resource("request-v1-minimal.json");

  private static AbstractThrowableAssert<?, ? extends Throwable> readingRequest(String json) {
    return assertThatThrownBy(() -> GongkaiJson.read(json, InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .isInstanceOf(GongkaiException.class);
  }

  private static String path(Throwable t) {
    return ((JsonInputException) t).getPath();
  }

  @Test
  void unknown_enum_code_names_the_field_and_the_valid_codes() {
    readingRequest(MINIMAL.replace("\"channel\" : \"mail\"", "\"channel\" : \"pigeon\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.channel"))
        .hasMessageStartingWith("$.channel: must be one of in-person, mail, ordinary-letter")
        .hasMessageEndingWith("- but was: pigeon");
    readingRequest(FULL.replace("\"outcome\" : \"partially-released\"", "\"outcome\" : \"maybe\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[11].outcome"))
        .hasMessageContaining("must be a known outcome-ground code");
    readingRequest(FULL.replace("\"ground\" : \"released\"", "\"ground\" : \"nope\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[11].itemOutcomes[0].ground"));
  }

  @Test
  void missing_required_field_is_named() {
    readingRequest(MINIMAL.replace("\"name\" : \"某某律师事务所\",", ""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.applicant.name"))
        .hasMessage("$.applicant.name: is required - but was: null");
    readingRequest(MINIMAL.replace("\"description\" : \"2018年度某县财政决算\",", ""))
        .hasMessage("$.description: is required - but was: null");
    readingRequest(FULL.replace("\"consultationId\" : \"C1\",\n    \"position\"", "\"position\""))
        .hasMessage("$.events[4].consultationId: is required - but was: null");
  }

  @Test
  void explicit_null_is_named() {
    readingRequest(MINIMAL.replace("\"2018年度某县财政决算\"", "null"))
        .hasMessage("$.description: is required - but was: null");
    readingRequest(MINIMAL.replace("\"channel\" : \"mail\"", "\"channel\" : null"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.channel"));
    readingRequest(FULL.replace("\"workingDays\" : 20", "\"workingDays\" : null"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[7].workingDays"));
    readingRequest(FULL.replace("\"date\" : \"2024-03-01\"", "\"date\" : null"))
        .hasMessage("$.events[0].date: is required - but was: null");
  }

  @Test
  void wrong_type_is_named() {
    readingRequest(FULL.replace("\"workingDays\" : 20", "\"workingDays\" : \"twenty\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[7].workingDays"))
        .hasMessage("$.events[7].workingDays: must be a valid integer - but was: twenty");
    readingRequest(FULL.replace("\"workingDays\" : 20", "\"workingDays\" : 2.5"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[7].workingDays"));
    readingRequest(MINIMAL.replace("\"2019-05-14\"", "\"14/05/2019\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.submittedOn"))
        .hasMessageContaining("must be a valid date (yyyy-MM-dd)");
    readingRequest(MINIMAL.replace("\"2019-05-14\"", "true"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.submittedOn"));
    readingRequest("{\"applicant\": \"张三\"}")
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.applicant"));
    readingRequest(FULL.replace("\"items\" : [ \"申请公开的政府信息名称不明确\" ]", "\"items\" : {\"a\": 1}"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[1].items"));
  }

  @Test
  void unknown_event_type_is_named() {
    readingRequest(FULL.replace("\"type\" : \"corrected\"", "\"type\" : \"teleported\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[2].type"))
        .hasMessage("$.events[2].type: must be a known type name - but was: teleported");
  }

  @Test
  void broken_invariant_names_the_field_rule_and_value() {
    readingRequest(FULL.replace("\"workingDays\" : 20", "\"workingDays\" : 25"))
        .hasMessage("$.events[7].workingDays: must be 1 to 20 working days (Art.33(2)) - but was: 25");
    readingRequest(FULL.replace("\"amount\" : 2000.00,", "\"amount\" : 2000.001,"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[9].amount"))
        .hasMessageContaining("at most 2 decimal places");
    readingRequest(MINIMAL.replace("\"2019-05-14\"", "\"2008-01-01\""))
        .hasMessageStartingWith("$.submittedOn: must be on or after 2008-05-01");
    readingRequest(FULL.replace("\"date\" : \"2024-03-14\"", "\"date\" : \"2024-03-11\""))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.events[3].date"));
    readingRequest(MINIMAL.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.schemaVersion"));
  }

  @Test
  void identity_number_never_appears_whole_in_errors() {
    String bad = "11010519491231002Q";
    readingRequest(FULL.replace(Fixtures.RESIDENT_ID, bad))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.applicant.identityProof.number"))
        .hasMessageContaining("110***********002Q")
        .hasMessageNotContaining(bad);
    // a number given where an object belongs is masked too
    readingRequest(MINIMAL.replace("\"contacts\" : {", "\"identityProof\" : \"" + Fixtures.RESIDENT_ID + "\",\n    \"contacts\" : {"))
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.applicant.identityProof"))
        .hasMessageNotContaining(Fixtures.RESIDENT_ID);
  }

  @Test
  void malformed_json_gives_line_and_column() {
    readingRequest("{\n  \"id\": \"x\",\n  oops\n}")
        .satisfies(t -> assertThat(path(t)).isEqualTo("$@3:3"))
        .hasMessageContaining("must be well-formed JSON");
    readingRequest(MINIMAL + " {}").hasMessageContaining("well-formed");
  }

  @Test
  void other_documents_translate_the_same_way() {
    assertThatThrownBy(
            () ->
                GongkaiJson.read(
                    GoldenJsonTest.resource("review-case-v1.json").replace("\"corrected\"", "\"pending\""),
                    ReviewCase.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("$.result: must not be pending when decidedOn is set");
    assertThatThrownBy(
            () ->
                GongkaiJson.read(
                    GoldenJsonTest.resource("item-v1-full.json").replace("\"confidential\"", "\"hush\""),
                    InformationItem.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(path(t)).isEqualTo("$.secrecyMarking.level"));
  }

  @Test
  void json_lines_report_the_line_number() {
    String one = GongkaiJson.write(Fixtures.request());
    String two = GongkaiJson.write(GoldenJsonTest.minimalRequest());
    List<InformationRequest> read = new java.util.ArrayList<>();
    JsonLinesReader.of(GONGKAI, InformationRequest.class)
        .read(new StringReader(one + "\n\n" + two + "\n"), (line, r) -> read.add(r));
    assertThat(read).containsExactly(Fixtures.request(), GoldenJsonTest.minimalRequest());
    assertThatThrownBy(
            () ->
                JsonLinesReader.of(GONGKAI, InformationRequest.class).read(
                    new StringReader(one + "\n" + two.replace("\"mail\"", "\"pigeon\"")),
                    (line, r) -> { }))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("line 2: $.channel: must be one of");
  }

  @Test
  void streams_are_read_as_utf8_and_left_open() throws Exception {
    byte[] bytes = (FULL + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(bytes);
    assertThat(GongkaiJson.read(in, InformationRequest.class)).isEqualTo(Fixtures.request());
    String lines = GongkaiJson.write(Fixtures.request()) + "\n" + GongkaiJson.write(Fixtures.request());
    assertThat(
            JsonLinesReader.of(GONGKAI, InformationRequest.class).readAll(
                new java.io.ByteArrayInputStream(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .hasSize(2);
    assertThatThrownBy(
            () ->
                GongkaiJson.read(
                    new java.io.ByteArrayInputStream(
                        MINIMAL.replace("\"paper\"", "\"papyrus\"").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    InformationRequest.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("$.requestedForm: must be one of paper, electronic");
  }

  @Test
  void null_arguments_are_rejected_as_gongkai_exceptions() {
    assertThatThrownBy(() -> GongkaiJson.read((String) null, InformationRequest.class))
        .isInstanceOf(GongkaiException.class);
    assertThatThrownBy(() -> GongkaiJson.write(null)).isInstanceOf(GongkaiException.class);
  }
}
