package io.github.gongkai.core.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.internal.Texts;
import java.util.Locale;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One fault {@link CatalogueChecks} found in a {@link Catalogue}: the rule, where (a JSON path such
 * as {@code $.entries[3].indexNumber}), the value at fault and the message in Chinese and English.
 *
 * <p>Written as JSON (one object per finding); immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogueFinding.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCatalogueFinding.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "place", "value", "messageZh", "messageEn"})
public abstract class CatalogueFinding {
  CatalogueFinding() {}

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public abstract CatalogueRule getRule();

  /**
   * Where: the JSON path of the faulty value, e.g. {@code $.entries[3].classCode}.
   *
   * @return the path
   */
  public abstract String getPlace();

  /**
   * The value at fault, as text.
   *
   * @return the value, or null where it is missing
   */
  public abstract @Nullable String getValue();

  /**
   * The message in Chinese.
   *
   * @return the message
   */
  public abstract String getMessageZh();

  /**
   * The message in English.
   *
   * @return the message
   */
  public abstract String getMessageEn();

  /**
   * The message in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale; not null
   * @return the message
   */
  public String message(Locale locale) {
    return Texts.isChinese(locale) ? getMessageZh() : getMessageEn();
  }

  @Override
  public String toString() {
    return getRule().getCode() + " " + getPlace() + ": " + getMessageEn();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableCatalogueFinding.Builder {
    Builder() {}
  }
}
