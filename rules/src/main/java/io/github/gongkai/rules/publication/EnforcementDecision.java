package io.github.gongkai.rules.publication;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.SchemaVersion;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A licensing or penalty decision tracked under 双公示 (国办发〔2015〕51号; 《中华人民共和国行政处罚法》第四十八条):
 * decision number (决定书文号), kind, matter, category, party, decision date, legal basis, the day it
 * was published (公示), and a later change or revocation with the day its published information was
 * withdrawn, or a correction. A decision may be withheld from publication ({@link #getWithheld()}),
 * and the agency's policy may exclude its category ({@link PublicationPolicy#getExcludedCategories()}).
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}. The builder refuses blank text, a
 * publication, revision or correction before the decision, a withdrawal without a publication and
 * a revision, a revision date without its kind (and the reverse), and a withdrawal or correction
 * before the publication. {@link #toString()} shows a natural person's name masked.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnforcementDecision.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEnforcementDecision.class)
@JsonDeserialize(as = ImmutableEnforcementDecision.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEnforcementDecision.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion",
  "decisionNumber",
  "kind",
  "matter",
  "category",
  "party",
  "decidedOn",
  "legalBasis",
  "withheld",
  "publishedOn",
  "revision",
  "revisedOn",
  "withdrawnOn",
  "correctedOn"
})
public abstract class EnforcementDecision {
  EnforcementDecision() {}

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
   * The decision number (决定书文号), e.g. {@code 江自然资罚〔2024〕12号}.
   *
   * @return the number, not blank
   */
  public abstract String getDecisionNumber();

  /**
   * Licensing or penalty.
   *
   * @return the kind
   */
  public abstract EnforcementKind getKind();

  /**
   * The matter: the licence's 项目名称 or the penalty's 处罚名称 / 事由.
   *
   * @return the matter, or null
   */
  public abstract @Nullable String getMatter();

  /**
   * The category (审批类别 / 处罚类别), matched against the policy's excluded categories, e.g. {@code
   * 检验检疫类}.
   *
   * @return the category, or null
   */
  public abstract @Nullable String getCategory();

  /**
   * The party.
   *
   * @return the party
   */
  public abstract Party getParty();

  /**
   * The day the decision was made (作出行政决定之日); the publication limit runs from it.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getDecidedOn();

  /**
   * The legal basis of the decision as written in it (e.g. {@code 《中华人民共和国土地管理法》第七十七条}).
   *
   * @return the basis, not blank
   */
  public abstract String getLegalBasis();

  /**
   * Why the decision is not published, if the agency withholds it.
   *
   * @return the reason, or null
   */
  public abstract @Nullable ExclusionReason getWithheld();

  /**
   * The day it was published (公示).
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getPublishedOn();

  /**
   * How the decision was later changed, revoked or held unlawful or void.
   *
   * @return the revision, or null
   */
  public abstract @Nullable Revision getRevision();

  /**
   * The day of that revision; the withdrawal limit (行政处罚法 Art.48) runs from it.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getRevisedOn();

  /**
   * The day the published information was withdrawn (撤回).
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getWithdrawnOn();

  /**
   * The day the published information was corrected (更正).
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getCorrectedOn();

  @Value.Check
  void check() {
    notBlank("decisionNumber", getDecisionNumber());
    notBlank("legalBasis", getLegalBasis());
    String matter = getMatter();
    if (matter != null) {
      notBlank("matter", matter);
    }
    String category = getCategory();
    if (category != null) {
      notBlank("category", category);
    }
    LocalDate decided = getDecidedOn();
    notBefore("publishedOn", getPublishedOn(), decided, "decidedOn");
    notBefore("revisedOn", getRevisedOn(), decided, "decidedOn");
    if ((getRevision() == null) != (getRevisedOn() == null)) {
      throw new InvalidValueException(
          getRevision() == null ? "revision" : "revisedOn", null, "is required with "
              + (getRevision() == null ? "revisedOn" : "revision"));
    }
    LocalDate published = getPublishedOn();
    if (getWithdrawnOn() != null && (published == null || getRevisedOn() == null)) {
      throw new InvalidValueException(
          "withdrawnOn", getWithdrawnOn().toString(), "needs publishedOn and revisedOn: only published, revised decisions are withdrawn");
    }
    if (getCorrectedOn() != null && published == null) {
      throw new InvalidValueException("correctedOn", getCorrectedOn().toString(), "needs publishedOn");
    }
    if (published != null) {
      notBefore("withdrawnOn", getWithdrawnOn(), published, "publishedOn");
      notBefore("correctedOn", getCorrectedOn(), published, "publishedOn");
    }
  }

  private static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(field, null, "must not be blank");
    }
  }

  private static void notBefore(String field, @Nullable LocalDate date, LocalDate earliest, String other) {
    if (date != null && date.isBefore(earliest)) {
      throw new InvalidValueException(field, date.toString(), "must not be before " + other + " " + earliest);
    }
  }

  @Override
  public String toString() {
    return "EnforcementDecision{" + getDecisionNumber() + ", " + getKind().getCode() + ", " + getParty()
        + ", decided " + getDecidedOn() + (getPublishedOn() == null ? "" : ", published " + getPublishedOn()) + "}";
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnforcementDecision}. */
  public static final class Builder extends ImmutableEnforcementDecision.Builder {
    Builder() {}
  }
}
