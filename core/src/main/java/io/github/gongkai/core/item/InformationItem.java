package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.json.SchemaVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A piece of government information (政府信息, 2019 Art.2) with the facts a disclosure decision turns
 * on: who made it (Art.10), when it was formed or changed (Art.26), its proactive category
 * (Art.20–21), secrecy marking (Art.14), third-party interests (Art.15), internal-affairs and
 * process-information kind and case-file status (Art.16), a special statutory access route
 * (Art.36(7)), a law forbidding disclosure (Art.14), and where it is already published (Art.36(1)).
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}. The builder rejects a blank id, a change
 * date before the formation date, and co-producers that repeat or include the producing agency.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInformationItem.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableInformationItem.class)
@JsonDeserialize(as = ImmutableInformationItem.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableInformationItem.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion",
  "id",
  "title",
  "documentNumber",
  "producingAgency",
  "coProducers",
  "formedOn",
  "changedOn",
  "proactiveCategory",
  "secrecyMarking",
  "thirdPartyInterests",
  "internalAffairsKind",
  "processInformationKind",
  "enforcementCaseFile",
  "specialAccessRoute",
  "publishedAt",
  "prohibitingLaw"
})
public abstract class InformationItem {
  InformationItem() {}

  /**
   * The JSON schema version; {@link SchemaVersion#CURRENT} unless read from an older document.
   *
   * @return the version
   */
  @Value.Default
  public int getSchemaVersion() {
    return SchemaVersion.CURRENT;
  }

  /**
   * The item's id within its holder's catalogue (e.g. 索引号).
   *
   * @return the id, not blank
   */
  public abstract @NotBlank(message = "{gongkai.item.id.NotBlank}") String getId();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract @NotBlank(message = "{gongkai.item.title.NotBlank}") @Size(
      max = 1000,
      message = "{gongkai.item.title.Size}") String getTitle();

  /**
   * The document number (文号), e.g. {@code 国办函〔2020〕109号}.
   *
   * @return the document number, or null
   */
  public abstract @Nullable @Size(max = 200, message = "{gongkai.item.documentNumber.Size}") String
      getDocumentNumber();

  /**
   * The agency that made the item, or the lead agency of co-produced information (Art.10(3)).
   *
   * @return the agency's name
   */
  public abstract @NotBlank(message = "{gongkai.item.producingAgency.NotBlank}") String
      getProducingAgency();

  /**
   * Other agencies that made the item jointly (共同制作, Art.34).
   *
   * @return the co-producers, unmodifiable; empty if none
   */
  public abstract List<@NotBlank(message = "{gongkai.item.coProducers.NotBlank}") String> getCoProducers();

  /**
   * The day the item was formed (形成).
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getFormedOn();

  /**
   * The day the item last changed (变更), if it has.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getChangedOn();

  /**
   * The proactive-disclosure category the item falls in, if any.
   *
   * @return the category, or null
   */
  public abstract @Nullable ProactiveCategory getProactiveCategory();

  /**
   * The state-secret marking, if the item is classified.
   *
   * @return the marking, or null
   */
  public abstract @Nullable @Valid SecrecyMarking getSecrecyMarking();

  /**
   * Third-party interests disclosure could harm.
   *
   * @return the interests, unmodifiable; empty if none
   */
  public abstract List<@Valid ThirdPartyInterest> getThirdPartyInterests();

  /**
   * The internal-affairs kind, if the item is internal-affairs information (Art.16(1)).
   *
   * @return the kind, or null
   */
  public abstract @Nullable InternalAffairsKind getInternalAffairsKind();

  /**
   * The process-information kind, if the item is process information (Art.16(2)).
   *
   * @return the kind, or null
   */
  public abstract @Nullable ProcessInformationKind getProcessInformationKind();

  /**
   * Whether the item is part of a law-enforcement case file (行政执法案卷, Art.16(2)).
   *
   * @return true for a case file; false by default
   */
  @Value.Default
  public boolean isEnforcementCaseFile() {
    return false;
  }

  /**
   * The special statutory access route for the item, if any (Art.36(7)).
   *
   * @return the route, or null
   */
  public abstract @Nullable SpecialAccessRoute getSpecialAccessRoute();

  /**
   * Where the item is already published, if it is.
   *
   * @return the publication, or null
   */
  public abstract @Nullable @Valid Publication getPublishedAt();

  /**
   * The law or administrative regulation that forbids disclosing the item (Art.14), if any.
   *
   * @return its title and article, or null
   */
  public abstract @Nullable @Size(max = 500, message = "{gongkai.item.prohibitingLaw.Size}") String
      getProhibitingLaw();

  @Value.Check
  void check() {
    SchemaVersion.check(getSchemaVersion());
    if (getId().isBlank()) {
      throw new InvalidValueException("id", getId(), "must not be blank");
    }
    LocalDate changed = getChangedOn();
    if (changed != null && changed.isBefore(getFormedOn())) {
      throw new InvalidValueException(
          "changedOn", changed.toString(), "must not be before formedOn " + getFormedOn());
    }
    Set<String> seen = new HashSet<>();
    for (String co : getCoProducers()) {
      if (co.equals(getProducingAgency())) {
        throw new InvalidValueException(
            "coProducers", co, "must not include the producing agency");
      }
      if (!seen.add(co)) {
        throw new InvalidValueException("coProducers", co, "must not repeat an agency");
      }
    }
  }

  /**
   * A short description for logs, with every identifier-like run masked (an identifier typed into
   * a free-text field is never shown whole).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return Masking.maskIdentifiers(
        "InformationItem{id=" + getId() + ", title=" + getTitle() + ", producingAgency="
            + getProducingAgency() + ", formedOn=" + getFormedOn() + "}");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InformationItem}. */
  public static final class Builder extends ImmutableInformationItem.Builder {
    Builder() {}
  }
}
