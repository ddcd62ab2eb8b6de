package io.github.gongkai.letters;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of letter-texts.tsv: both languages, the same arguments, and a use. */
class LetterTextsTest {

  static Set<String> keys() {
    return LetterTexts.keys();
  }

  private static Set<String> arguments(String pattern) {
    Set<String> args = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }

  @ParameterizedTest
  @MethodSource("keys")
  void bothLanguagesTakeTheSameArgumentsAndCiteWhenTheyHaveCitations(String key) {
    LetterTexts.Entry e = LetterTexts.entry(key);
    assertThat(arguments(e.zh())).as(key).isEqualTo(arguments(e.en()));
    assertThat(e.zh()).as(key).isNotBlank();
    assertThat(e.en()).as(key).isNotBlank();
    // a sentence that writes citations out ({0}) has some to write, except those whose citations
    // the composer gives (remedy notice, fee lines)
    boolean cites = Arrays.stream(Regime.values()).anyMatch(r -> !e.citationsUnder(r).isEmpty());
    boolean given = key.startsWith("remedy.both") || key.startsWith("remedy.review-first")
        || key.startsWith("fee.line.") || key.startsWith("answer.redaction.ground");
    if (arguments(e.zh()).contains("0") && !given) {
      assertThat(cites).as(key).isTrue();
    }
    // the English pattern keeps its apostrophes (MessageFormat drops a single one)
    String formatted = new MessageFormat(e.en(), Locale.ENGLISH).format(new Object[] {"A", "B", "C", "D", "E", "F", "G"});
    assertThat(formatted).as(key).doesNotContain("{");
  }

  @ParameterizedTest
  @EnumSource(OutcomeGround.class)
  void everyRowOfTableThreeHasItsAnswerSentence(OutcomeGround ground) {
    LetterTexts.Entry e = LetterTexts.entry("answer.ground." + ground.getCode());
    for (Regime regime : Regime.values()) {
      if (ground.isAvailableUnder(regime) && ground != OutcomeGround.OTHER) {
        assertThat(e.existsUnder(regime)).as("%s under %s", ground, regime).isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(LetterKind.class)
  void everyKindHasItsTitle(LetterKind kind) {
    assertThat(LetterTexts.has(kind.getCode() + ".title")).isTrue();
  }
}
