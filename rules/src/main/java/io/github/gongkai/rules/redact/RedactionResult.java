package io.github.gongkai.rules.redact;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.FindingType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The redacted text and its log. Immutable.
 */
public final class RedactionResult {
  private final String text;
  private final List<RedactionLogEntry> entries;
  private final Regime regime;

  RedactionResult(String text, List<RedactionLogEntry> entries, Regime regime) {
    this.text = text;
    this.entries = List.copyOf(entries);
    this.regime = regime;
  }

  /**
   * The redacted text.
   *
   * @return the text
   */
  public String getText() {
    return text;
  }

  /**
   * The log, one entry per redacted region, in text order.
   *
   * @return the entries, unmodifiable
   */
  public List<RedactionLogEntry> getEntries() {
    return entries;
  }

  /**
   * The regime cited.
   *
   * @return the regime
   */
  public Regime getRegime() {
    return regime;
  }

  /**
   * Whether anything was redacted (then the answer is a partial disclosure, table 三（二）).
   *
   * @return true if the log is not empty
   */
  public boolean isRedacted() {
    return !entries.isEmpty();
  }

  /**
   * A paragraph for the answer letter summarising the redactions by ground, e.g. {@code
   * 因保护第三方合法权益，依据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十七条，对以下内容作区分处理后公开：居民身份证号码2处、手机号码1处。}
   * Empty when nothing was redacted.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise; not null
   * @return the summary
   */
  public String getSummary(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    Map<OutcomeGround, Map<String, Integer>> counts = new EnumMap<>(OutcomeGround.class);
    Map<OutcomeGround, List<LegalBasis>> bases = new EnumMap<>(OutcomeGround.class);
    for (RedactionLogEntry e : entries) {
      Map<String, Integer> c = counts.computeIfAbsent(e.getGround(), g -> new LinkedHashMap<>());
      String label = label(e.getType(), zh);
      c.merge(label, 1, Integer::sum);
      bases.putIfAbsent(e.getGround(), Redactor.bases(e.getGround(), regime));
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<OutcomeGround, Map<String, Integer>> g : counts.entrySet()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Integer> c : g.getValue().entrySet()) {
        parts.add(zh ? c.getKey() + c.getValue() + "处" : c.getKey() + " ×" + c.getValue());
      }
      if (zh) {
        sb.append("因").append(g.getKey().getLabelZh()).append("，依据")
            .append(Citations.chinese(bases.get(g.getKey())))
            .append("，对以下内容作区分处理后公开：").append(String.join("、", parts)).append('。');
      } else {
        sb.append(sb.length() == 0 ? "" : " ")
            .append("Withheld in part on the ground of ").append(g.getKey().getLabelEn().toLowerCase(Locale.ROOT))
            .append(" (").append(Citations.english(bases.get(g.getKey()))).append("): ")
            .append(String.join(", ", parts)).append('.');
      }
    }
    return sb.toString();
  }

  private static String label(@Nullable FindingType type, boolean zh) {
    if (type == null) {
      return zh ? "其他内容" : "other content";
    }
    return zh ? type.getLabelZh() : type.getLabelEn().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "RedactionResult{" + entries.size() + " entries, " + regime + "}";
  }
}
