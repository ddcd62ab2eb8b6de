package io.github.gongkai.core.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.ChineseNumerals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every 2019 category is checked against the primary text of the Regulation (test resource {@code
 * legal/ogi-2019.md}, a verbatim copy of the official text): an Art.20 label is the text of its
 * item, an Art.21 label one of the areas the article lists for its scope.
 */
class ProactiveCategoryTextTest {
  private static final String TEXT = load();

  private static String load() {
    try (InputStream in = ProactiveCategoryTextTest.class.getResourceAsStream("/legal/ogi-2019.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String article(int n) {
    String start = "第" + ChineseNumerals.of(n) + "条 ";
    int a = TEXT.indexOf(start);
    int b = TEXT.indexOf("第" + ChineseNumerals.of(n + 1) + "条 ", a);
    assertThat(a).as("article %s in the text", n).isNotNegative();
    return TEXT.substring(a, b);
  }

  static Stream<ProactiveCategory> categories2019() {
    return ProactiveCategory.of(Regime.R2019).stream();
  }

  @ParameterizedTest
  @MethodSource("categories2019")
  void label_is_the_regulation_text(ProactiveCategory c) {
    int articleNo = c.getLegalBasis().getArticle();
    String article = article(articleNo);
    if (articleNo == 20) {
      String item = "(" + ChineseNumerals.of(c.getLegalBasis().getItem()) + ")" + c.getLabelZh();
      assertThat(article).contains(item + (c.getLegalBasis().getItem() == 15 ? "。" : "；"));
    } else {
      assertThat(articleNo).isEqualTo(21);
      int split = article.indexOf("乡(镇)人民政府");
      String part =
          c.getScope() == ProactiveScope.TOWNSHIP ? article.substring(split) : article.substring(0, split);
      assertThat(part).contains(c.getLabelZh());
      assertThat(c.getScope()).isIn(ProactiveScope.CITY_AND_COUNTY, ProactiveScope.TOWNSHIP);
    }
  }
}
