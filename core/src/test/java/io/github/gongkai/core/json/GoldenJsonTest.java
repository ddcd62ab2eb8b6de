package io.github.gongkai.core.json;

import static io.github.gongkai.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.core.Fixtures;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden JSON files under {@code src/test/resources/json/}: written once and never edited, they pin
 * the JSON form of every top-level document. A failure here means the JSON contract changed.
 */
class GoldenJsonTest {
  private static final ObjectMapper TREE = new ObjectMapper();

  static InformationRequest minimalRequest() {
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

  static String resource(String name) {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/json/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  <T> void golden_file_reads_as_the_expected_object(String file, Class<T> type, T expected) {
    assertThat(GongkaiJson.read(resource(file), type)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  <T> void expected_object_writes_as_the_golden_file(String file, Class<T> type, T expected)
      throws IOException {
    JsonNode golden = TREE.readTree(resource(file));
    JsonNode written = TREE.readTree(GongkaiJson.write(expected));
    assertThat(written).isEqualTo(golden);
    // property order is part of the contract too
    assertThat(GongkaiJson.writePretty(expected).strip()).isEqualTo(resource(file).strip());
  }

  @Test
  void older_and_foreign_documents_stay_readable() {
    // no schemaVersion (read as current), unknown properties ignored at every level
    InformationRequest r =
        GongkaiJson.read(resource("request-v1-compat-unknown-fields.json"), InformationRequest.class);
    assertThat(r).isEqualTo(minimalRequest().withEvent(io.github.gongkai.core.request.Received.of(d("2019-05-20"))));
    assertThat(r.getSchemaVersion()).isEqualTo(SchemaVersion.CURRENT);
  }

  @Test
  void module_is_found_by_find_and_register_modules() throws IOException {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertThat(plain.getRegisteredModuleIds()).contains(GongkaiModule.class.getName());
    // with no other configuration, a plain mapper reads and writes the golden form
    InformationRequest r = plain.readValue(resource("request-v1-full.json"), InformationRequest.class);
    assertThat(r).isEqualTo(Fixtures.request());
    assertThat(plain.readTree(plain.writeValueAsString(r)))
        .isEqualTo(TREE.readTree(resource("request-v1-full.json")));
  }
}
