package io.github.gongkai.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The two message bundles have the same keys and no untranslated text. */
class MessageBundlesTest {

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void english_and_chinese_bundles_have_the_same_keys() throws IOException {
    Properties en = load("ContributorValidationMessages.properties");
    Properties zh = load("ContributorValidationMessages_zh.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String k : en.stringPropertyNames()) {
      assertThat(en.getProperty(k)).as(k).matches("[\\x20-\\x7E]+");
      assertThat(zh.getProperty(k)).as(k).matches(".*[\\u4e00-\\u9fff].*");
    }
  }

  @Test
  void the_english_bundle_is_a_copy_of_the_default_bundle() throws IOException {
    assertThat(load("ContributorValidationMessages_en.properties"))
        .isEqualTo(load("ContributorValidationMessages.properties"));
  }
}
