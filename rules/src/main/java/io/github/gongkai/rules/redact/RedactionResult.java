package io.github.gongkai.rules.redact;

import io.github.gongkai.core.GongkaiStyle;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.FindingType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The redacted text and its log. Immutable and thread-safe.
 */
@Value.Immutable
@GongkaiStyle
public abstract class RedactionResult {
  RedactionResult() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The redacted text.
   *
   * @return the text
   */
  public abstract String getText();

  /**
   * The log, one entry per redacted region, in text order.
   *
   * @return the entries, unmodifiable
   */
  public abstract List<RedactionLogEntry> getEntries();

  /**
   * The regime cited.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * Whether anything was redacted (then the answer is a partial disclosure, table 三（二）).
   *
   * @return true if the log is not empty
   */
  public boolean isRedacted() {
    return !getEntries().isEmpty();
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
    Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts = new EnumMap<>(OutcomeGround.class);
    for (RedactionLogEntry e : getEntries()) {
      RedactionSummary.count(counts, e);
    }
    return RedactionSummary.text(counts, getRegime(), locale);
  }

  @Override
  public String toString() {
    return "RedactionResult{" + getEntries().size() + " entries, " + getRegime() + "}";
  }

  /** Builds a {@link RedactionResult}. Not thread-safe. */
  public static final class Builder extends ImmutableRedactionResult.Builder {
    Builder() {}
  }
}
