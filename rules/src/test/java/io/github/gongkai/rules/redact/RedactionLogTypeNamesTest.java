package io.github.gongkai.rules.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.rules.scan.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type names a redaction log entry gives in its Chinese and English descriptions. */
class RedactionLogTypeNamesTest {

  @Test
  void typesAreListedByLabelInEachLanguage() {
    List<FindingType> types = List.of(FindingType.MOBILE, FindingType.EMAIL);
    assertThat(RedactionLogEntry.typesZh(types))
        .isEqualTo(FindingType.MOBILE.getLabelZh() + "、" + FindingType.EMAIL.getLabelZh());
    assertThat(RedactionLogEntry.typesEn(types))
        .isEqualTo(FindingType.MOBILE.getLabelEn().toLowerCase(java.util.Locale.ROOT) + ", "
            + FindingType.EMAIL.getLabelEn().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void noTypesIsOtherContent() {
    assertThat(RedactionLogEntry.typesZh(List.of())).isEqualTo("其他应当不予公开的内容");
    assertThat(RedactionLogEntry.typesEn(List.of())).isEqualTo("other content not to be disclosed");
  }
}
