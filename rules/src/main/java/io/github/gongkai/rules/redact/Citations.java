package io.github.gongkai.rules.redact;

import io.github.gongkai.core.LegalBasis;
import java.util.List;

/** Joins citations, naming an instrument once for consecutive provisions of it. */
final class Citations {
  private Citations() {}

  static String chinese(List<LegalBasis> bases) {
    StringBuilder sb = new StringBuilder();
    LegalBasis prev = null;
    for (LegalBasis b : bases) {
      String s = b.toChinese();
      if (prev != null) {
        sb.append('、');
        String prefix = "《" + b.getInstrument().getTitleZh() + "》";
        if (prev.getInstrument() == b.getInstrument() && s.startsWith(prefix) && b.getArticle() != null) {
          s = s.substring(prefix.length());
        }
      }
      sb.append(s);
      prev = b;
    }
    return sb.toString();
  }

  static String english(List<LegalBasis> bases) {
    StringBuilder sb = new StringBuilder();
    for (LegalBasis b : bases) {
      sb.append(sb.length() == 0 ? "" : "; ").append(b.toEnglish());
    }
    return sb.toString();
  }
}
