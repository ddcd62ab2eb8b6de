package io.github.gongkai.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.RequestEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Property: an identifier planted in what a letter quotes never comes out whole. */
class IdentifierPropertiesTest {

  private static final LetterComposer COMPOSER =
      LetterComposer.of(ChinaCalendars.official(), Fixtures.letterhead());

  @Test
  void plantedIdentifiersAreMaskedInEveryParagraph() {
    InformationRequest partial = Fixtures.answeredByRow().get(1);
    qt().withExamples(200)
        .forAll(longs().between(100_000_000_000_000_000L, 999_999_999_999_999_999L),
            longs().between(13_000_000_000L, 19_999_999_999L), integers().between(0, 2))
        .checkAssert((id, mobile, where) -> {
          String identifier = where == 0 ? Long.toString(id) : Long.toString(mobile);
          String planted = "相关人员" + identifier + "的材料";
          InformationRequest request = plant(partial, planted, where == 2);
          for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Letter letter = COMPOSER.compose(LetterKind.ANSWER, LetterInput.of(request), locale);
            String all = letter.getParagraphs().stream().map(LetterParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(all).doesNotContain(identifier);
          }
        });
  }

  /** Plants text in the request's description, or in the description of its withheld item. */
  private static InformationRequest plant(InformationRequest request, String text, boolean inItem) {
    if (!inItem) {
      return InformationRequest.builder().from(request).description(text).build();
    }
    List<RequestEvent> events = new ArrayList<>(request.getEvents());
    Answered answered = (Answered) events.remove(events.size() - 1);
    List<ItemOutcome> items = new ArrayList<>();
    for (ItemOutcome item : answered.getItemOutcomes()) {
      items.add(item.getGround() == OutcomeGround.RELEASED ? item
          : ItemOutcome.builder().from(item).description(text).build());
    }
    events.add(Answered.builder().from(answered).itemOutcomes(items).build());
    return InformationRequest.builder().from(request).events(events).build();
  }
}
