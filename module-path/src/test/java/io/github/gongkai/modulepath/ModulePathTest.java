package io.github.gongkai.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gongkai on the module path: small consumer modules under {@code src/test/consumers} are compiled
 * with {@code -Xlint:all -Werror} against the real gongkai modules and their run-time dependencies
 * (as Maven resolves them for an application, {@code target/module-path.txt}) and run in a separate
 * {@code java --module-path … -m …} process. Each reads only the gongkai module it names; what it
 * prints is checked against the statutory answers. A missing {@code requires transitive}, {@code
 * exports}, {@code opens} (for the databind lines or for core's resource reader) or service
 * declaration makes a consumer fail to compile or to run.
 */
class ModulePathTest {
  private static final Path CONSUMERS = Path.of("src", "test", "consumers");

  /** The run-time module path: the gongkai modules and what they bring, nothing of the tests. */
  private static List<Path> runtime;

  /** Jars a consumer's compiler needs besides: Immutables' annotations (see the README). */
  private static List<Path> compileOnly;

  @TempDir static Path out;

  @BeforeAll
  static void compileConsumers() throws IOException {
    runtime = pathFile("module-path.txt");
    compileOnly = pathFile("compile-only.txt");
    assertThat(runtime).isNotEmpty();
    assertThat(compileOnly).isNotEmpty();
    String modules;
    try (var dirs = Files.list(CONSUMERS)) {
      modules = dirs.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(","));
    }
    String diagnostics = javac(join(runtime, compileOnly), out, modules);
    assertThat(diagnostics).as("javac -Xlint:all -Werror output").isEmpty();
  }

  private static List<Path> pathFile(String name) throws IOException {
    String text = Files.readString(Path.of("target", name), StandardCharsets.UTF_8).strip();
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split(File.pathSeparator)).map(Path::of).collect(Collectors.toList());
  }

  private static List<Path> join(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String path(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** Compiles consumer modules; returns javac's diagnostics (empty when clean). */
  private static String javac(List<Path> modulePath, Path target, String modules) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-Xlint:all",
            "-Werror",
            "-encoding",
            "UTF-8",
            "-d",
            target.toString(),
            // not this JVM's class path (surefire's), which javac would take by default
            "-classpath",
            target.toString(),
            "--module-path",
            path(modulePath),
            "--module-source-path",
            CONSUMERS.toString(),
            "--module",
            modules);
    String text = diagnostics.toString(StandardCharsets.UTF_8);
    return rc == 0 ? text : "exit " + rc + "\n" + text;
  }

  /** Runs a consumer's Main in a new JVM on the run-time module path; returns key → value. */
  private static Map<String, String> run(String module, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dstdout.encoding=UTF-8");
    command.add("-Duser.language=en");
    command.add("--module-path");
    command.add(out.resolve(module) + File.pathSeparator + path(runtime));
    command.addAll(List.of(options));
    command.add("-m");
    command.add(module + "/" + module + ".Main");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(bytes);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    Map<String, String> values = new LinkedHashMap<>();
    output.lines().filter(l -> l.matches("[a-zA-Z.0-9]+=.*")).forEach(l -> {
      int eq = l.indexOf('=');
      values.put(l.substring(0, eq), l.substring(eq + 1));
    });
    return values;
  }

  @Test
  void a_consumer_of_rules_alone_decides_counts_labels_and_validates() throws Exception {
    // jakarta.el: Hibernate Validator reads it optionally ("requires static"), so an application
    // on the module path adds it to the graph for message interpolation
    Map<String, String> r = run("consumer.rules", "--add-modules", "jakarta.el");
    // 20 working days (Art.33, 2019) from 2024-09-27: the National Day holiday is skipped
    assertThat(r).containsEntry("due", "2024-10-30");
    assertThat(r).containsEntry("row", "RELEASED").containsEntry("row.zh", "予以公开");
    // labels of rules' and core's constants, from each module's i18n bundle
    assertThat(r).containsEntry("disposition.zh", "予以公开").containsEntry("applicant.zh", "自然人");
    // the decision's reasons from rules' DecisionMessages_zh bundle
    assertThat(r).containsEntry("reason.zh.chinese", "true");
    // 国办函〔2020〕109号: pages 1–30 free, page 31 at 10 yuan (read from rules' fee table)
    assertThat(r).containsEntry("fee.31.pages", "10.00");
    assertThat(r).containsEntry("redacted", "受让人联系电话：139****5678");
    // 国办发〔2015〕51号 via rules' publication-limits table: 7 working days from Fri 2025-01-24 over the
    // Spring Festival (01-26 and 02-08 worked, 01-28..02-04 off) -> Mon 02-10
    assertThat(r).containsEntry("licence.due", "2025-02-10");
    // core's constraints and its ContributorValidationMessages_zh, by a plain Validator
    assertThat(r)
        .containsEntry(
            "violations",
            "contacts.email:电子邮箱格式不正确|contacts.postalCode:邮政编码应为6位数字|name:申请人姓名或者名称不能为空");
  }

  @Test
  void a_consumer_of_rules_and_jackson2_reads_and_writes_json() throws Exception {
    assertJson(run("consumer.jacksontwo"));
  }

  @Test
  void a_consumer_of_rules_and_jackson3_reads_and_writes_json() throws Exception {
    assertJson(run("consumer.jacksonthree"));
  }

  private static void assertJson(Map<String, String> r) {
    assertThat(r).containsEntry("read.id", "2024-0001").containsEntry("due", "2024-10-30");
    assertThat(r).containsEntry("roundTrip", "true");
    assertThat(r).containsEntry("misspelled.path", "$.chanel");
    // a plain mapper with the module found by ServiceLoader
    assertThat(r).containsEntry("decision.json.disposition", "true");
    assertThat(r).containsEntry("decision.roundTrip", "true");
    assertThat(r).containsEntry("status.json", "true");
  }

  @Test
  void a_consumer_of_report_alone_builds_checks_and_renders_a_report() throws Exception {
    Map<String, String> r = run("consumer.report");
    assertThat(r).containsEntry("consistent", "true");
    // HTML through the precompiled jte template, CSV through Commons CSV
    assertThat(r).containsEntry("html.table", "true").containsEntry("html.released", "true");
    assertThat(r).containsEntry("csv.lines", "true");
    assertThat(r).containsEntry("json.roundTrip", "true").containsEntry("json.year", "true");
    assertThat(r.get("label.zh")).as("a report label from the report bundle").containsPattern("\\p{IsHan}");
    assertThat(r.get("cell.zh")).as("a cell described from the report bundle").contains("自然人");
  }

  @Test
  void a_consumer_of_letters_alone_writes_word_html_and_text() throws Exception {
    Map<String, String> r = run("consumer.letters");
    // the Word document through Apache POI's explicit modules, the page through the jte template
    assertThat(r).containsEntry("docx.title", "true").containsEntry("docx.font", "true");
    assertThat(r).containsEntry("html.role", "true").containsEntry("text.indent", "true");
    assertThat(r).containsEntry("format", "docx");
  }

  @Test
  void without_the_immutables_annotations_a_strict_compiler_warns_about_generated_classes()
      throws IOException {
    // what the README tells consumers who compile with -Xlint:all -Werror
    String diagnostics = javac(runtime, Files.createDirectories(out.resolve("strict")), "consumer.rules");
    assertThat(diagnostics)
        .startsWith("exit 1")
        .contains("warning: Cannot find annotation method")
        .contains("org.immutables.value.Generated");
  }

  @Test
  void the_databind_lines_are_compile_time_only_for_core_rules_and_report() {
    Map<String, ModuleDescriptor> gongkai = new LinkedHashMap<>();
    for (ModuleReference m : ModuleFinder.of(runtime.toArray(Path[]::new)).findAll()) {
      if (m.descriptor().name().startsWith("io.github.gongkai.")) {
        gongkai.put(m.descriptor().name(), m.descriptor());
      }
    }
    assertThat(gongkai.keySet())
        .containsExactlyInAnyOrder(
            "io.github.gongkai.core",
            "io.github.gongkai.rules",
            "io.github.gongkai.report",
            "io.github.gongkai.letters",
            "io.github.gongkai.jackson2",
            "io.github.gongkai.jackson3");
    for (String name : List.of("io.github.gongkai.core", "io.github.gongkai.rules", "io.github.gongkai.report")) {
      ModuleDescriptor d = gongkai.get(name);
      assertThat(d.isAutomatic()).isFalse();
      for (Requires r : d.requires()) {
        if (r.name().endsWith("jackson.databind")) {
          assertThat(r.modifiers()).as(name + " requires " + r.name()).contains(Requires.Modifier.STATIC);
        }
      }
      // no internal package is exported to everyone
      assertThat(d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source))
          .as(name)
          .noneMatch(p -> p.contains(".internal"));
    }
    assertThat(gongkai.get("io.github.gongkai.jackson2").provides())
        .anyMatch(p -> p.service().equals("com.fasterxml.jackson.databind.Module")
            && p.providers().equals(List.of("io.github.gongkai.jackson2.GongkaiModule")));
    assertThat(gongkai.get("io.github.gongkai.jackson3").provides())
        .anyMatch(p -> p.service().equals("tools.jackson.databind.JacksonModule")
            && p.providers().equals(List.of("io.github.gongkai.jackson3.GongkaiModule")));
    assertThat(Set.copyOf(gongkai.get("io.github.gongkai.core").packages()))
        .contains("io.github.gongkai.core.internal");
  }
}
