package io.github.gongkai.rules.redact;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.internal.Texts;
import io.github.gongkai.rules.internal.RulesTexts;
import java.util.List;
import java.util.Locale;

/**
 * Joins citations with the separator of the redaction texts ({@code bases.separator}), naming an
 * instrument once for consecutive provisions of it in Chinese.
 */
final class Citations {
  private Citations() {}

  /**
   * The legal bases as one text.
   *
   * @param bases the bases, in citation order
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return the text
   */
  static String join(List<LegalBasis> bases, Locale locale) {
    boolean zh = Texts.isChinese(locale);
    String separator = RulesTexts.REDACTION.get("bases.separator", locale);
    StringBuilder sb = new StringBuilder();
    LegalBasis prev = null;
    for (LegalBasis b : bases) {
      String s = zh ? b.toChinese() : b.toEnglish();
      if (prev != null) {
        sb.append(separator);
        if (zh) {
          // the instrument's title as LegalBasis#toChinese begins with it, left out when it repeats
          String title = "《" + b.getInstrument().getTitleZh() + "》";
          if (prev.getInstrument() == b.getInstrument() && s.startsWith(title) && b.getArticle() != null) {
            s = s.substring(title.length());
          }
        }
      }
      sb.append(s);
      prev = b;
    }
    return sb.toString();
  }
}
