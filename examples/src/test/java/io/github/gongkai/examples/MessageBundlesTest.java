package io.github.gongkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.internal.CoreTexts;
import io.github.gongkai.report.internal.ReportTexts;
import io.github.gongkai.rules.internal.RulesTexts;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text bundle of every module — core, rules, report and the command line — has a Chinese file
 * ({@code NAME_zh.properties}) with exactly the keys of its English file ({@code NAME.properties}),
 * and every text is a pattern {@link MessageFormat} accepts, using the same arguments in both
 * languages. Bean Validation bundles use named placeholders ({@code {max}}) instead; theirs must
 * match too.
 */
class MessageBundlesTest {
  private static final List<FileSystem> JARS = new ArrayList<>();

  /** The {@code _zh.properties} files of the main output of each module, found on disk or in its jar. */
  static List<Path> chineseBundles() throws IOException, URISyntaxException {
    List<Path> all = new ArrayList<>();
    for (Class<?> anchor :
        List.of(CoreTexts.class, RulesTexts.class, ReportTexts.class, io.github.gongkai.examples.cli.GongkaiCli.class)) {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = location;
      if (!Files.isDirectory(location)) {
        FileSystem jar = FileSystems.newFileSystem(location);
        JARS.add(jar);
        root = jar.getPath("/");
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith("_zh.properties"))
            .forEach(all::add);
      }
    }
    return all;
  }

  @AfterAll
  static void closeJars() throws IOException {
    for (FileSystem jar : JARS) {
      jar.close();
    }
  }

  @Test
  void everyModuleHasItsBundles() throws Exception {
    List<String> names = chineseBundles().stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names).contains(
        "labels_zh.properties", "DecisionMessages_zh.properties", "messages_zh.properties",
        "ContributorValidationMessages_zh.properties");
    assertThat(names.stream().filter(n -> n.equals("labels_zh.properties"))).hasSize(3);
    assertThat(names.stream().filter(n -> n.equals("messages_zh.properties"))).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("chineseBundles")
  void bothLanguagesHaveTheSameKeysAndArguments(Path zhFile) throws IOException {
    String name = zhFile.getFileName().toString();
    Path enFile = zhFile.resolveSibling(name.replace("_zh.properties", ".properties"));
    assertThat(enFile).as("English bundle of %s", zhFile).exists();
    Properties zh = load(zhFile);
    Properties en = load(enFile);
    assertThat(zh.stringPropertyNames()).as("keys of %s", zhFile).isEqualTo(en.stringPropertyNames());
    boolean beanValidation = name.contains("ValidationMessages");
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      String z = zh.getProperty(key);
      assertThat(z).as("%s in %s", key, zhFile).isNotBlank();
      if (beanValidation) {
        assertThat(placeholders(z)).as("placeholders of %s in %s", key, zhFile).isEqualTo(placeholders(e));
      } else {
        assertThat(arguments(z)).as("arguments of %s in %s", key, zhFile).isEqualTo(arguments(e));
      }
    }
  }

  @Test
  void theArgumentCheckSeesAMismatch() {
    assertThat(arguments("{0}: {1} must be {2}.")).containsExactly(0, 1, 2);
    assertThat(arguments("{0} 的值应为{2}。")).containsExactly(0, 2);
    assertThat(arguments("it''s {0}")).containsExactly(0);
    assertThat(arguments("'{0}' is quoted")).isEmpty();
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  /** The argument indexes a pattern uses; fails if MessageFormat cannot parse it. */
  static Set<Integer> arguments(String pattern) {
    MessageFormat f = new MessageFormat(pattern, java.util.Locale.ROOT);
    Set<Integer> used = new TreeSet<>();
    // format with marker arguments and see which ones appear
    Object[] markers = new Object[f.getFormatsByArgumentIndex().length];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = "\u0000" + i + "\u0000";
    }
    Matcher m = Pattern.compile("\u0000(\\d+)\u0000").matcher(f.format(markers));
    while (m.find()) {
      used.add(Integer.parseInt(m.group(1)));
    }
    return used;
  }

  private static Set<String> placeholders(String message) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z_.]+)}").matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
