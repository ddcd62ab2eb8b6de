package io.github.gongkai.rules.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.rules.scan.FindingType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The type names a redaction log entry gives in its Chinese and English descriptions. */
class RedactionLogTypeNamesTest {

  @Test
  void typesAreListedByLabelInEachLanguage() {
    List<FindingType> types = List.of(FindingType.MOBILE, FindingType.EMAIL);
    assertThat(RedactionLogEntry.types(types, Locale.CHINA))
        .isEqualTo(FindingType.MOBILE.getLabelZh() + "、" + FindingType.EMAIL.getLabelZh());
    assertThat(RedactionLogEntry.types(types, Locale.ENGLISH))
        .isEqualTo(FindingType.MOBILE.getLabelEn().toLowerCase(Locale.ROOT) + ", "
            + FindingType.EMAIL.getLabelEn().toLowerCase(Locale.ROOT));
  }

  @Test
  void noTypesIsOtherContent() {
    assertThat(RedactionLogEntry.types(List.of(), Locale.CHINA)).isEqualTo("其他应当不予公开的内容");
    assertThat(RedactionLogEntry.types(List.of(), Locale.ENGLISH)).isEqualTo("other content not to be disclosed");
  }
}
