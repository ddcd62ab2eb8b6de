package io.github.gongkai.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.CoreTexts;
import io.github.gongkai.core.internal.Texts;
import io.github.gongkai.report.internal.ReportTexts;
import io.github.gongkai.rules.internal.RulesTexts;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every coded enum of every module: one code per constant, one lookup rule, labels in both
 * languages from the module's bundles, and no bundle key without a constant.
 */
class CodedEnumsTest {
  static List<Class<?>> coreEnums() throws IOException, URISyntaxException {
    return codedEnumsBelow(CoreTexts.class, "io.github.gongkai.core");
  }

  static List<Class<?>> rulesEnums() throws IOException, URISyntaxException {
    return codedEnumsBelow(RulesTexts.class, "io.github.gongkai.rules");
  }

  static List<Class<?>> reportEnums() throws IOException, URISyntaxException {
    return codedEnumsBelow(ReportTexts.class, "io.github.gongkai.report");
  }

  static List<Class<?>> codedEnums() throws IOException, URISyntaxException {
    List<Class<?>> all = new java.util.ArrayList<>(coreEnums());
    all.addAll(rulesEnums());
    all.addAll(reportEnums());
    return all;
  }

  /**
   * The enums implementing {@link Coded} among the compiled classes of the module that holds
   * {@code anchor}, in packages below {@code rootPackage}.
   */
  public static List<Class<?>> codedEnumsBelow(Class<?> anchor, String rootPackage)
      throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return codedEnumsIn(location, rootPackage);
    }
    // in a reactor build the module is already a jar
    try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(location)) {
      return codedEnumsIn(jar.getPath("/"), rootPackage);
    }
  }

  private static List<Class<?>> codedEnumsIn(Path root, String rootPackage) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> n.startsWith(rootPackage))
          .<Class<?>>map(CodedEnumsTest::load)
          .filter(c -> c.isEnum() && Coded.class.isAssignableFrom(c))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void everyConstantHasAUniqueCodeThatLooksItselfUp(Class<?> type) throws Exception {
    checkLookup(type);
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void everyConstantHasADistinctLabelInBothLanguages(Class<?> type) {
    checkLabels(type);
  }

  @org.junit.jupiter.api.Test
  void theBundlesHaveTheSameKeysAndEveryKeyNamesAConstant() throws Exception {
    checkBundles(CoreTexts.LABELS, coreEnums());
    checkBundles(RulesTexts.LABELS, rulesEnums());
    checkBundles(ReportTexts.LABELS, reportEnums());
  }

  @org.junit.jupiter.api.Test
  void theEnumsOfEveryModuleAreCovered() throws Exception {
    assertThat(rulesEnums()).hasSizeGreaterThanOrEqualTo(14)
        .contains(io.github.gongkai.rules.lifecycle.RequestState.class, io.github.gongkai.rules.scan.FindingType.class,
            io.github.gongkai.rules.scan.Check.class);
    assertThat(reportEnums()).hasSizeGreaterThanOrEqualTo(11).contains(
        io.github.gongkai.report.ColumnKind.class, io.github.gongkai.report.ReportFormat.class,
        io.github.gongkai.report.ReportTable.class, io.github.gongkai.report.aggregate.CaseCounting.class,
        io.github.gongkai.report.check.CheckRule.class, io.github.gongkai.report.check.NonNumberPolicy.class,
        io.github.gongkai.report.check.Severity.class, io.github.gongkai.report.render.RenderFormat.class,
        io.github.gongkai.report.stats.ShareMethod.class, io.github.gongkai.report.stats.Approximation.class,
        io.github.gongkai.report.stats.CategoryRule.class, io.github.gongkai.report.read.MatchKind.class,
        io.github.gongkai.report.read.SourceFormat.class);
    assertThat(coreEnums()).hasSizeGreaterThanOrEqualTo(24)
        .contains(io.github.gongkai.core.request.Channel.class, io.github.gongkai.core.OutcomeGround.class,
            io.github.gongkai.core.Regime.class, io.github.gongkai.core.calendar.DayType.class);
  }

  @org.junit.jupiter.api.Test
  void aNearMissIsRefusedWithTheCodeThatWasMeant() {
    assertThatThrownBy(() -> io.github.gongkai.core.request.Channel.ofCode("ONLINE_PLATFORM"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("channel: must be one of in-person, mail,")
        .hasMessageContaining("did you mean `online-platform`?");
    assertThatThrownBy(() -> io.github.gongkai.core.request.Channel.ofCode("emial"))
        .hasMessageContaining("did you mean `email`?");
    assertThatThrownBy(() -> io.github.gongkai.core.request.Channel.ofCode("carrier-pigeon"))
        .hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> io.github.gongkai.core.request.Channel.ofCode("13812345678"))
        .hasMessageNotContaining("13812345678")
        .hasMessageContaining("138****5678");
  }

  @org.junit.jupiter.api.Test
  void chineseForEveryChineseLocaleAndEnglishOtherwise() {
    Coded c = io.github.gongkai.core.request.Channel.ONLINE_PLATFORM;
    for (Locale zh : List.of(Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
        Locale.forLanguageTag("zh-HK"))) {
      assertThat(c.getLabel(zh)).isEqualTo("网络平台");
    }
    for (Locale other : List.of(Locale.ENGLISH, Locale.US, Locale.FRENCH, Locale.ROOT)) {
      assertThat(c.getLabel(other)).isEqualTo("Online platform");
    }
  }

  static void checkLookup(Class<?> type) throws Exception {
    Object[] constants = type.getEnumConstants();
    Method ofCode = type.getMethod("ofCode", String.class);
    Set<String> codes = new HashSet<>();
    for (Object o : constants) {
      String code = ((Coded) o).getCode();
      assertThat(code).as("%s.%s", type.getSimpleName(), o).isNotBlank();
      assertThat(codes.add(code)).as("duplicate code %s in %s", code, type.getSimpleName()).isTrue();
      assertThat(ofCode.invoke(null, code)).isSameAs(o);
    }
    try {
      ofCode.invoke(null, "no-such-code-at-all");
      throw new AssertionError("unknown code accepted by " + type.getSimpleName());
    } catch (java.lang.reflect.InvocationTargetException e) {
      assertThat(e.getCause()).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("must be one of " + ((Coded) constants[0]).getCode());
    }
  }

  static void checkLabels(Class<?> type) {
    Set<String> zh = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (Object o : type.getEnumConstants()) {
      Coded c = (Coded) o;
      assertThat(c.getLabelZh()).as("%s.%s zh", type.getSimpleName(), o).isNotBlank();
      assertThat(c.getLabelEn()).as("%s.%s en", type.getSimpleName(), o).isNotBlank();
      assertThat(c.getLabelZh()).as("%s.%s zh label has Chinese", type.getSimpleName(), o)
          .matches(s -> s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
      zh.add(c.getLabelZh());
      en.add(c.getLabelEn());
    }
    if (type == io.github.gongkai.core.item.ProactiveCategory.class) {
      return; // the same statutory item is listed under both regimes, with the same text
    }
    assertThat(zh).as("distinct zh labels of %s", type.getSimpleName()).hasSize(type.getEnumConstants().length);
    assertThat(en).as("distinct en labels of %s", type.getSimpleName()).hasSize(type.getEnumConstants().length);
  }

  static void checkBundles(Texts texts, List<Class<?>> enums) {
    assertThat(texts.keys(true)).isEqualTo(texts.keys(false));
    Set<String> expected = new HashSet<>();
    for (Class<?> type : enums) {
      for (Object o : type.getEnumConstants()) {
        expected.add(type.getSimpleName() + "." + ((Coded) o).getCode());
      }
    }
    Set<String> orphans = new HashSet<>(texts.keys(false));
    orphans.removeAll(expected);
    assertThat(orphans).as("bundle keys that name no constant").isEmpty();
  }
}
