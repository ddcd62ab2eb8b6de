package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai catalogue render|check} on the sample agency's catalogue and guide: the rendered
 * pages are pinned by golden files under {@code src/test/resources/catalogue/} (regenerate with
 * {@code -Dgolden.update=true} and review the difference), and the exit codes are 0, 1 and 2.
 */
class CatalogueCommandTest {
  @TempDir Path dir;

  private final CapturedCli cli = new CapturedCli();

  private Path sample(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = CatalogueCommandTest.class.getResourceAsStream("/samples/" + name)) {
      Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return p;
  }

  private static void assertGolden(String name, String actual) {
    Path p = Path.of("src/test/resources/catalogue", name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(p.getParent());
        Files.writeString(p, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(p).as("golden file " + p + " (run with -Dgolden.update=true)").exists();
      assertThat(actual).as(name).isEqualTo(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_sample_renders_as_its_golden_html_page() throws IOException {
    assertThat(cli.run("catalogue", "render", "--input", sample("catalogue-2024.json").toString(),
        "--guide", sample("guide-2024.json").toString())).isZero();
    String html = cli.out.toString();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>江河市自然资源和规划局政府信息公开指南和目录</h1>");
    assertGolden("catalogue-2024.html", html);
  }

  @Test
  void the_sample_renders_as_its_golden_markdown() throws IOException {
    assertThat(cli.run("catalogue", "render", "--input", sample("catalogue-2024.json").toString(),
        "--guide", sample("guide-2024.json").toString(), "--format", "markdown")).isZero();
    assertGolden("catalogue-2024.md", cli.out.toString());
  }

  @Test
  void without_a_guide_only_the_catalogue_is_rendered() throws IOException {
    assertThat(cli.run("catalogue", "render", "--input", sample("catalogue-2024.json").toString(), "--format", "md"))
        .isZero();
    String md = cli.out.toString();
    assertThat(md).startsWith("# 江河市自然资源和规划局政府信息公开目录\n").doesNotContain("救济途径");
    // one table per class that has entries: 8 classes, of which 03 holds only its two sub-classes' entries
    assertThat(md.split("\\| 索引号 \\|", -1)).hasSize(1 + 7 + 2);
  }

  @Test
  void the_sample_catalogue_is_clean() throws IOException {
    assertThat(cli.run("catalogue", "check", "--input", sample("catalogue-2024.json").toString())).isZero();
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void findings_are_json_lines_and_exit_1() throws IOException {
    String json = Files.readString(sample("catalogue-2024.json"), StandardCharsets.UTF_8)
        .replace("\"withholdingGround\": \"withheld-process-information\",", "")
        .replace("\"changedOn\": \"2024-12-02\"", "\"changedOn\": \"2024-09-01\"")
        .replace("JHZG-07-2024-0011", "JHZG-07-2024-0010");
    Path bad = Files.writeString(dir.resolve("bad.json"), json, StandardCharsets.UTF_8);
    assertThat(cli.run("catalogue", "check", "--input", bad.toString())).isEqualTo(1);
    List<String> rules = new ArrayList<>();
    for (String line : cli.out.toString().split("\n")) {
      JsonNode f = new ObjectMapper().readTree(line);
      rules.add(f.get("rule").asText() + " " + f.get("place").asText());
      assertThat(f.get("messageZh").asText()).isNotBlank();
    }
    assertThat(rules).containsExactly(
        "missing-withholding-ground $.entries[5].withholdingGround",
        "changed-before-formed $.entries[9].changedOn",
        "duplicate-index-number $.entries[10].indexNumber");
  }

  @Test
  void bad_input_exits_2_with_the_json_path() throws IOException {
    String json = Files.readString(sample("catalogue-2024.json"), StandardCharsets.UTF_8)
        .replace("withheld-enforcement-case-file", "withheld-because");
    Path bad = Files.writeString(dir.resolve("bad.json"), json, StandardCharsets.UTF_8);
    assertThat(cli.run("catalogue", "check", "--input", bad.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("$.entries[8].withholdingGround");
    assertThat(cli.run("catalogue", "render", "--input", sample("catalogue-2024.json").toString(), "--format", "pdf"))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("--format");
    assertThat(cli.run("catalogue", "check", "--input", dir.resolve("missing.json").toString())).isEqualTo(2);
  }
}
