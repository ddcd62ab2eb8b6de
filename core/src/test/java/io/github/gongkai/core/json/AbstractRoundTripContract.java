package io.github.gongkai.core.json;

import static io.github.gongkai.core.PropertyRuns.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.GongkaiGens;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.EventKind;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.RequestEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Arbitrary valid objects survive JSON unchanged: writing then reading gives an equal value.
 *
 * <p>Every JSON round trip of the model is in this class; gongkai-jackson2 and gongkai-jackson3
 * run it through their codecs.
 */
public abstract class AbstractRoundTripContract {
  /**
   * The codec under test.
   *
   * @return the codec
   */
  protected abstract DocumentCodec codec();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(GongkaiGens.requests(), InformationRequest.class),
        Arguments.of(GongkaiGens.items(), InformationItem.class),
        Arguments.of(GongkaiGens.reviewCases(), ReviewCase.class),
        Arguments.of(GongkaiGens.litigationCases(), LitigationCase.class));
  }

  /** Every document {@code values} generates reads back, from what the codec writes, as an equal one. */
  @ParameterizedTest(name = "{1}")
  @MethodSource("documents")
  public <T> void documents_survive_json(Gen<T> values, Class<T> type) {
    qt().forAll(values).checkAssert(v -> assertThat(codec().read(codec().write(v), type)).isEqualTo(v));
  }

  @Test
  public void identity_numbers_never_appear_whole_in_toString() {
    qt().forAll(GongkaiGens.applicants())
        .assuming(a -> a.getIdentityProof() != null)
        .checkAssert(a -> assertThat(a.toString()).doesNotContain(a.getIdentityProof().getNumber()));
  }

  @Test
  public void every_event_type_survives_json_alone_and_as_a_request_event() {
    List<Gen<? extends RequestEvent>> byType = GongkaiGens.eventsByType(java.time.LocalDate.of(2020, 2, 29));
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    for (Gen<? extends RequestEvent> gen : byType) {
      qt(100).forAll(GongkaiGens.dates().flatMap(d -> GongkaiGens.eventsByType(d).get(byType.indexOf(gen))))
          .checkAssert(
              e -> {
                kinds.add(e.getKind());
                String json = codec().write(e);
                assertThat(json).contains("\"type\":\"" + e.getKind().getCode() + "\"");
                assertThat(codec().read(json, RequestEvent.class)).isEqualTo(e);
              });
    }
    assertThat(kinds).as("one generator per event kind").isEqualTo(EnumSet.allOf(EventKind.class));
  }

  @Test
  public void histories_survive_json_as_event_lists() {
    qt(50).forAll(GongkaiGens.requests())
        .checkAssert(
            r -> {
              for (RequestEvent e : r.getEvents()) {
                assertThat(codec().read(codec().write(e), RequestEvent.class)).isEqualTo(e);
              }
              // the whole request, pretty-printed as in files
              assertThat(codec().read(codec().writePretty(r), InformationRequest.class)).isEqualTo(r);
            });
  }
}
