package io.github.gongkai.core.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * A class of an agency's catalogue (目录类别), such as 单位简介和职能 or 行政许可, with its sub-classes
 * and the statutory proactive categories it corresponds to (《中华人民共和国政府信息公开条例》(2019)
 * 第二十条、第二十一条; 2008 第十条至第十二条).
 *
 * <p>The classes are the agency's own (第十二条: 政府信息的分类、编排体系); the mapping to statutory
 * categories is optional and held as {@link io.github.gongkai.core.item.ProactiveCategory} codes,
 * which {@link CatalogueChecks} verifies, so that a catalogue with a mistyped code can still be read
 * and every fault listed. The builder refuses a blank code or name.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogueClass.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCatalogueClass.class)
@JsonDeserialize(as = ImmutableCatalogueClass.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCatalogueClass.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "name", "statutoryCategories", "subClasses"})
public abstract class CatalogueClass {
  CatalogueClass() {}

  /**
   * The class code entries refer to, e.g. {@code 07} or {@code 07-01}.
   *
   * @return the code, not blank
   */
  public abstract @NotBlank(message = "{gongkai.catalogueClass.code.NotBlank}") @Size(
      max = 50,
      message = "{gongkai.catalogueClass.code.Size}") String getCode();

  /**
   * The class name as printed, e.g. {@code 行政许可}.
   *
   * @return the name, not blank
   */
  public abstract @NotBlank(message = "{gongkai.catalogueClass.name.NotBlank}") @Size(
      max = 200,
      message = "{gongkai.catalogueClass.name.Size}") String getName();

  /**
   * The codes of the statutory proactive categories this class corresponds to, e.g. {@code
   * 2019-art20-5}; empty where none corresponds.
   *
   * @return the codes, unmodifiable
   */
  public abstract List<String> getStatutoryCategories();

  /**
   * The sub-classes, in catalogue order.
   *
   * @return the sub-classes, unmodifiable; empty if none
   */
  public abstract List<@Valid CatalogueClass> getSubClasses();

  @Value.Check
  void check() {
    if (getCode().isBlank()) {
      throw new InvalidValueException("code", getCode(), "must not be blank");
    }
    if (getName().isBlank()) {
      throw new InvalidValueException("name", getName(), "must not be blank");
    }
  }

  /**
   * A class without sub-classes or statutory mapping.
   *
   * @param code the code; not blank
   * @param name the name; not blank
   * @return the class
   */
  public static CatalogueClass of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogueClass}. */
  public static final class Builder extends ImmutableCatalogueClass.Builder {
    Builder() {}
  }
}
