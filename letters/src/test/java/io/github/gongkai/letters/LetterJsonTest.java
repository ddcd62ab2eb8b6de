package io.github.gongkai.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.request.InformationRequest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A letter is a JSON document too: the same shape through Jackson 2 and Jackson 3, read back strictly. */
class LetterJsonTest {

  private static Letter sample() {
    InformationRequest partial = Fixtures.answeredByRow().get(1);
    return LetterComposer.of(ChinaCalendars.official(), Fixtures.letterhead())
        .compose(LetterKind.ANSWER, LetterInput.builder().request(partial).serial(12).build(), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void bothJacksonLinesWriteTheSameDocumentAndReadItBack() {
    Letter letter = sample();
    String two = io.github.gongkai.jackson2.GongkaiJson.write(letter);
    String three = io.github.gongkai.jackson3.GongkaiJson.write(letter);
    assertThat(two).isEqualTo(three);
    assertThat(two).startsWith("{\"kind\":\"answer\",\"regime\":\"2019\",\"language\":\"zh\"")
        .contains("\"documentNumber\":\"江河自然资规公开〔2023〕12号\"")
        .contains("\"reviewFirst\":false")
        .doesNotContain("citations\":[]");
    assertThat(io.github.gongkai.jackson2.GongkaiJson.read(two, Letter.class)).isEqualTo(letter);
    assertThat(io.github.gongkai.jackson3.GongkaiJson.read(three, Letter.class)).isEqualTo(letter);
  }

  @Test
  void anUnknownFieldIsRefusedWithItsPath() {
    String json = io.github.gongkai.jackson2.GongkaiJson.write(sample()).replace("\"title\":", "\"titel\":");
    assertThatThrownBy(() -> io.github.gongkai.jackson2.GongkaiJson.read(json, Letter.class))
        .isInstanceOf(GongkaiException.class).hasMessageContaining("titel");
    assertThatThrownBy(() -> io.github.gongkai.jackson3.GongkaiJson.read(json, Letter.class))
        .isInstanceOf(GongkaiException.class).hasMessageContaining("titel");
  }
}
