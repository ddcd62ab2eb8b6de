package io.github.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A remedy case is a litigation case when it has a route, else a review case; read strictly. Run by
 * each Jackson module with its codec.
 */
public abstract class AbstractRemedyCaseReadContract {
  private static final String LITIGATION = AbstractCodecContract.resource("litigation-case-v1.json");
  private static final String REVIEW = AbstractCodecContract.resource("review-case-v1.json");

  /**
   * The codec under test.
   *
   * @return the module's strict codec
   */
  protected abstract DocumentCodec codec();

  @Test
  void a_case_with_a_route_is_a_litigation_case_and_one_without_a_review_case() {
    RemedyCase litigation = codec().read(LITIGATION, RemedyCase.class);
    RemedyCase review = codec().read(REVIEW, RemedyCase.class);
    assertThat(litigation).isInstanceOf(LitigationCase.class)
        .isEqualTo(codec().read(LITIGATION, LitigationCase.class));
    assertThat(review).isInstanceOf(ReviewCase.class).isEqualTo(codec().read(REVIEW, ReviewCase.class));
  }

  @Test
  void the_route_may_come_last_and_bytes_read_the_same() {
    String routeLast = LITIGATION.replace("\"route\" : \"after-review\",", "")
        .replace("\"result\" : \"pending\"", "\"result\" : \"pending\", \"route\" : \"after-review\"");
    byte[] utf8 = routeLast.getBytes(StandardCharsets.UTF_8);
    assertThat(codec().read(utf8, 0, utf8.length, RemedyCase.class))
        .isEqualTo(codec().read(LITIGATION, LitigationCase.class));
  }

  @Test
  void unknown_fields_duplicate_keys_and_trailing_content_are_refused() {
    assertThatThrownBy(() -> codec().read(REVIEW.replace("{", "{\"wechat\": 1,"), RemedyCase.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> assertThat(((JsonInputException) e).getPath()).isEqualTo("$.wechat"));
    assertThatThrownBy(() -> codec().read(REVIEW.replace("{", "{\"agency\": \"x\","), RemedyCase.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> assertThat(((JsonInputException) e).getPath()).isEqualTo("$.agency"));
    assertThatThrownBy(() -> codec().read(REVIEW + " {}", RemedyCase.class))
        .isInstanceOf(JsonInputException.class);
    assertThatThrownBy(() -> codec().read("[]", RemedyCase.class)).isInstanceOf(JsonInputException.class);
  }

  @Test
  void a_litigation_case_without_its_route_is_refused_as_a_review_case() {
    String noRoute = LITIGATION.replace("\"route\" : \"after-review\",", "");
    assertThatThrownBy(() -> codec().read(noRoute, RemedyCase.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> assertThat(((JsonInputException) e).getPath()).isEqualTo("$.reviewCaseId"));
  }

  @Test
  void bytes_that_are_not_utf8_are_refused() {
    byte[] bad = REVIEW.replace("某市", "XX").getBytes(StandardCharsets.UTF_8);
    int at = REVIEW.replace("某市", "XX").indexOf("XX");
    bad[at] = (byte) 0xC3;
    bad[at + 1] = (byte) 0x28;
    assertThatThrownBy(() -> codec().read(bad, 0, bad.length, RemedyCase.class))
        .isInstanceOf(JsonInputException.class);
  }
}
