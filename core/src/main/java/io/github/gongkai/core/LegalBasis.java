package io.github.gongkai.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.internal.ChineseNumerals;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A citation of a legal provision: instrument, article, paragraph (款) and item (项), under a regime.
 *
 * <p>Rendered in Chinese as {@code 《中华人民共和国政府信息公开条例》第十四条第一款} and in English as
 * {@code Art. 14(1), Regulations on Open Government Information (2019)}. A citation marked {@link
 * #isInterpretation() interpretation} is gongkai's reading of which provision applies (docs/legal-reference.md
 * §5.3), not a mapping stated by the instrument itself; callers can show it as such.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalBasis.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLegalBasis.class)
@JsonDeserialize(as = ImmutableLegalBasis.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLegalBasis.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"regime", "instrument", "article", "paragraph", "item", "interpretation"})
public abstract class LegalBasis {
  private static final Pattern NOTATION =
      Pattern.compile("(~?)([A-Z0-9-]+):(\\d+)?(?:\\.(\\d+))?(?:\\((\\d+)\\))?");

  LegalBasis() {}

  /**
   * The regime under which this provision is cited.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The instrument cited.
   *
   * @return the instrument
   */
  public abstract LegalInstrument getInstrument();

  /**
   * Article number (条), or null when the instrument as a whole is cited.
   *
   * @return the article, 1 or more, or null
   */
  public abstract @Nullable @Positive Integer getArticle();

  /**
   * Paragraph number (款) within the article, or null.
   *
   * @return the paragraph, 1 or more, or null
   */
  public abstract @Nullable @Positive Integer getParagraph();

  /**
   * Item number (项) within the article or paragraph, or null.
   *
   * @return the item, 1 or more, or null
   */
  public abstract @Nullable @Positive Integer getItem();

  /**
   * Whether this citation is gongkai's interpretation rather than a mapping the instrument states.
   *
   * @return true for an interpretation
   */
  @Value.Default
  public boolean isInterpretation() {
    return false;
  }

  @Value.Check
  void check() {
    if (!getInstrument().appliesTo(getRegime())) {
      throw new InvalidValueException(
          "instrument",
          getInstrument().getCode(),
          "must apply under regime " + getRegime().getCode());
    }
    checkPositive("article", getArticle());
    checkPositive("paragraph", getParagraph());
    checkPositive("item", getItem());
    if (getArticle() == null && (getParagraph() != null || getItem() != null)) {
      throw new InvalidValueException(
          "article", null, "is required when a paragraph or item is cited");
    }
  }

  private static void checkPositive(String field, @Nullable Integer n) {
    if (n != null && n < 1) {
      throw new InvalidValueException(field, n.toString(), "must be 1 or more");
    }
  }

  /**
   * Cites an article of the Regulation in force under {@code regime}.
   *
   * @param regime the regime; not null
   * @param article the article number, 1 or more
   * @return the citation
   */
  public static LegalBasis of(Regime regime, int article) {
    return regulationArticle(regime, article).build();
  }

  /**
   * Cites an article and paragraph of the Regulation in force under {@code regime}.
   *
   * @param regime the regime; not null
   * @param article the article number
   * @param paragraph the paragraph (款) number
   * @return the citation
   */
  public static LegalBasis of(Regime regime, int article, int paragraph) {
    return regulationArticle(regime, article).paragraph(paragraph).build();
  }

  /**
   * Cites an item (项) of an article of the Regulation in force under {@code regime}.
   *
   * @param regime the regime; not null
   * @param article the article number
   * @param item the item number
   * @return the citation
   */
  public static LegalBasis ofItem(Regime regime, int article, int item) {
    return regulationArticle(regime, article).item(item).build();
  }

  /** A builder citing an article of the Regulation in force under {@code regime}. */
  private static Builder regulationArticle(Regime regime, int article) {
    return builder().regime(regime).instrument(regulationOf(regime)).article(article);
  }

  /**
   * The Regulation in force under a regime.
   *
   * @param regime the regime
   * @return {@link LegalInstrument#REGULATION_2008} or {@link LegalInstrument#REGULATION_2019}
   */
  public static LegalInstrument regulationOf(Regime regime) {
    return regime == Regime.R2019 ? LegalInstrument.REGULATION_2019 : LegalInstrument.REGULATION_2008;
  }

  /**
   * Parses a data file's list of citations: {@link #parse(Regime, String) notations} separated by
   * {@code ;}, or {@code -} for none.
   *
   * @param regime the regime the citations are made under
   * @param field the list, e.g. {@code OGI-2019:15;OGI-2019:32}
   * @return the citations in order, unmodifiable
   * @throws InvalidValueException if a notation is malformed
   */
  public static List<LegalBasis> parseList(Regime regime, String field) {
    InvalidValueException.requireNonNull(field, "legalBases");
    if (field.equals("-")) {
      return List.of();
    }
    List<LegalBasis> out = new ArrayList<>();
    for (String s : field.split(";")) {
      out.add(parse(regime, s));
    }
    return List.copyOf(out);
  }

  /**
   * Parses the compact notation used in gongkai's data files: {@code [~]INSTRUMENT:[article][.paragraph][(item)]},
   * e.g. {@code OGI-2019:16.2}, {@code OGI-2019:36(4)}, {@code ~OGI-2019:38}, {@code FEES-2020-109:}.
   * A leading {@code ~} marks an interpretation.
   *
   * @param regime the regime the citation is made under
   * @param notation the notation
   * @return the citation
   * @throws InvalidValueException if the notation is malformed
   */
  public static LegalBasis parse(Regime regime, String notation) {
    InvalidValueException.requireNonNull(notation, "legalBasis");
    Matcher m = NOTATION.matcher(notation.trim());
    if (!m.matches()) {
      throw new InvalidValueException(
          "legalBasis", notation, "must look like [~]INSTRUMENT:article[.paragraph][(item)]");
    }
    Builder b =
        builder()
            .regime(regime)
            .instrument(LegalInstrument.ofCode(m.group(2)))
            .interpretation(!m.group(1).isEmpty());
    if (m.group(3) != null) {
      b.article(Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      b.paragraph(Integer.parseInt(m.group(4)));
    }
    if (m.group(5) != null) {
      b.item(Integer.parseInt(m.group(5)));
    }
    return b.build();
  }

  /**
   * The compact notation accepted by {@link #parse(Regime, String)}.
   *
   * @return the notation, e.g. {@code OGI-2019:36(4)}
   */
  public String toNotation() {
    StringBuilder sb = new StringBuilder();
    if (isInterpretation()) {
      sb.append('~');
    }
    sb.append(getInstrument().getCode()).append(':');
    if (getArticle() != null) {
      sb.append(getArticle());
    }
    if (getParagraph() != null) {
      sb.append('.').append(getParagraph());
    }
    if (getItem() != null) {
      sb.append('(').append(getItem()).append(')');
    }
    return sb.toString();
  }

  /**
   * The citation in Chinese, e.g. {@code 《中华人民共和国政府信息公开条例》第三十六条第（四）项}. Laws and
   * administrative regulations are cited by title alone; other instruments add their document
   * number: {@code 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）}.
   *
   * @return the Chinese citation
   */
  public String toChinese() {
    StringBuilder sb = new StringBuilder("《").append(getInstrument().getTitleZh()).append('》');
    if (!getInstrument().isCitedByTitle()) {
      sb.append('（').append(getInstrument().getDocumentNumber()).append('）');
    }
    Integer article = getArticle();
    if (article != null) {
      sb.append('第').append(ChineseNumerals.of(article)).append('条');
    }
    Integer paragraph = getParagraph();
    if (paragraph != null) {
      sb.append('第').append(ChineseNumerals.of(paragraph)).append('款');
    }
    Integer item = getItem();
    if (item != null) {
      sb.append("第（").append(ChineseNumerals.of(item)).append("）项");
    }
    return sb.toString();
  }

  /**
   * The citation in English, e.g. {@code Art. 36(1) item 4, Regulations on Open Government
   * Information (2019)}.
   *
   * @return the English citation
   */
  public String toEnglish() {
    StringBuilder sb = new StringBuilder();
    Integer article = getArticle();
    if (article != null) {
      sb.append("Art. ").append(article);
      if (getParagraph() != null) {
        sb.append('(').append(getParagraph()).append(')');
      }
      if (getItem() != null) {
        sb.append(" item ").append(getItem());
      }
      sb.append(", ");
    }
    sb.append(getInstrument().getTitleEn());
    if (!getInstrument().isCitedByTitle()) {
      sb.append(" (").append(getInstrument().getDocumentNumber()).append(')');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return toNotation();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalBasis}. */
  public static final class Builder extends ImmutableLegalBasis.Builder {
    Builder() {}
  }
}
