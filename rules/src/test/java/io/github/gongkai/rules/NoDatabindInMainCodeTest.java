package io.github.gongkai.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** rules needs neither Jackson databind line at run time (see core's test of the same name). */
class NoDatabindInMainCodeTest {
  @Test
  void rules_main_code_names_only_the_databind_annotation_packages() {
    Path main = Paths.get("src", "main", "java");
    assertThat(main).isDirectory();
    assertThat(io.github.gongkai.core.json.NoDatabindInMainCodeTest.violations(main)).isEmpty();
  }
}
