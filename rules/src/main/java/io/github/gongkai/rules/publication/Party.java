package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The party of a 双公示 decision (行政相对人): its kind, name and identifier (统一社会信用代码 for an
 * organisation, an identity document number for a natural person). A natural person's name and
 * identifier are published and shown only masked ({@link #getDisplayName()}, {@link
 * #getDisplayIdentifier()}, {@link #toString()}): personal information is processed before
 * publication (docs/legal-reference.md §8A).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableParty.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "name", "identifier"})
public abstract class Party {
  Party() {}

  /**
   * The kind of party.
   *
   * @return the kind
   */
  public abstract PartyType getType();

  /**
   * The name as recorded (unmasked: the agency's record, not for publication when a natural person).
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * The identifier as recorded: an organisation's 统一社会信用代码 (checked), or a natural person's
   * identity document number.
   *
   * @return the identifier, or null
   */
  public abstract @Nullable String getIdentifier();

  /**
   * The name as published: a natural person's name with all but its first character masked (张三 →
   * 张*), an organisation's name in full.
   *
   * @return the name to show
   */
  @JsonIgnore
  public String getDisplayName() {
    return getType() == PartyType.NATURAL_PERSON
        ? Masking.mask(getName(), 1, 0, Masking.MASK)
        : getName();
  }

  /**
   * The identifier as published: a natural person's masked ({@link Masking#mask(String)}), an
   * organisation's in full.
   *
   * @return the identifier to show, or null
   */
  @JsonIgnore
  public @Nullable String getDisplayIdentifier() {
    String id = getIdentifier();
    return id == null || getType() != PartyType.NATURAL_PERSON ? id : Masking.mask(id);
  }

  /**
   * A party.
   *
   * @param type the kind; not null
   * @param name the name; not blank
   * @return the party
   */
  public static Party of(PartyType type, String name) {
    return builder().type(type).name(name).build();
  }

  @Value.Check
  void check() {
    if (getName().isBlank()) {
      throw new InvalidValueException("name", null, "must not be blank");
    }
    String id = getIdentifier();
    if (id != null && getType() != PartyType.NATURAL_PERSON && !UnifiedSocialCreditCodes.isValid(id)) {
      throw new InvalidValueException("identifier", Masking.mask(id), "must be a valid 统一社会信用代码");
    }
    if (id != null && id.isBlank()) {
      throw new InvalidValueException("identifier", null, "must not be blank");
    }
  }

  @Override
  public String toString() {
    String id = getDisplayIdentifier();
    return "Party{" + getType().getCode() + ", " + getDisplayName() + (id == null ? "" : ", " + id) + "}";
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
