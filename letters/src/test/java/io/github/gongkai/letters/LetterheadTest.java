package io.github.gongkai.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterheadTest {

  @ParameterizedTest
  @CsvSource({
    "江河自然资规公开〔{year}〕{serial}号, 2024, 12, 江河自然资规公开〔2024〕12号",
    "江河自然资规公开〔{year}〕{serial}号, 2023, 1, 江河自然资规公开〔2023〕1号",
    "依申请公开第{serial}号, 2024, 305, 依申请公开第305号",
  })
  void documentNumberFillsYearAndSerialWithoutLeadingZeros(
      String pattern, int year, int serial, String expected) {
    Letterhead head = Letterhead.builder().agency("江河市自然资源和规划局").documentNumberPattern(pattern).build();
    assertThat(head.documentNumber(year, serial)).isEqualTo(expected);
  }

  @Test
  void noPatternNoNumberAndAPatternNeedsASerial() {
    assertThat(Letterhead.of("江河市自然资源和规划局").documentNumber(2024, 3)).isNull();
    assertThatThrownBy(() -> Letterhead.builder().agency("甲").documentNumberPattern("〔{year}〕号").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("{serial}");
    Letterhead head = Letterhead.builder().agency("甲").documentNumberPattern("{serial}号").build();
    assertThatThrownBy(() -> head.documentNumber(2024, 0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void loadsATemplateDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(Letterhead.PROPERTIES), String.join("\n",
        "agency=江河市自然资源和规划局",
        "documentNumberPattern=江河自然资规公开〔{year}〕{serial}号",
        "reviewBody=江河市人民政府",
        "court=江河市东城区人民法院",
        "phone=0791-8888 0000",
        "extra.answer.2=第二段",
        "extra.answer.1=第一段",
        "extra.receipt.1=回执附言"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("letters_zh.properties"), "answer.title=答复告知书\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve(Letterhead.SEAL), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Letterhead head = Letterhead.fromDirectory(dir);
    assertThat(head.getAgency()).isEqualTo("江河市自然资源和规划局");
    assertThat(head.getReviewBody()).isEqualTo("江河市人民政府");
    assertThat(head.getCourt()).isEqualTo("江河市东城区人民法院");
    assertThat(head.getExtraParagraphs().get(LetterKind.ANSWER)).containsExactly("第一段", "第二段");
    assertThat(head.getExtraParagraphs().get(LetterKind.RECEIPT)).isEqualTo(List.of("回执附言"));
    assertThat(head.text("answer.title", Locale.SIMPLIFIED_CHINESE)).isEqualTo("答复告知书");
    assertThat(head.text("answer.title", Locale.ENGLISH)).isNull();
    assertThat(head.getSealImage()).isEqualTo(dir.resolve(Letterhead.SEAL));
  }

  @Test
  void refusesAnUnknownKeyAndAMissingAgency(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(Letterhead.PROPERTIES), "agency=甲\nreveiwBody=乙\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Letterhead.fromDirectory(dir))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reveiwBody");
    Files.writeString(dir.resolve(Letterhead.PROPERTIES), "court=乙\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Letterhead.fromDirectory(dir))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("agency");
    assertThatThrownBy(() -> Letterhead.fromDirectory(dir.resolve("missing")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(Letterhead.PROPERTIES);
  }
}
