package io.github.gongkai.report.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.ReportFormat;
import io.github.gongkai.report.ReportLayout;
import io.github.gongkai.report.Section;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A pre-2019 annual report under Art.32 of the 2008 Regulation, whose six items are the sections of
 * {@link ReportFormat#LEGACY_2008}: proactive disclosure; disclosure on request and non-disclosure;
 * <b>fees and waivers (收费及减免)</b>; review and litigation; problems and improvements; other. No
 * national table format is known for 2008–2018 (docs/legal-reference.md §10 item 5), so the figures are the ones
 * such reports commonly give, each optional ({@code null} = not reported, distinct from 0), with
 * custom proactive categories as in the seed reports.
 *
 * <p>Top-level JSON document with {@code "schemaVersion": 1}, read and written by any Jackson 2 or
 * Jackson 3 mapper (the annotations are both lines'; no databind is needed at run time otherwise).
 * Unknown fields are refused by mappers that fail on unknown properties (Jackson's default and
 * gongkai's strict codecs); a newer {@code schemaVersion} is refused. Immutable and thread-safe.
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableLegacyReport.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLegacyReport.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLegacyReport.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLegacyReport.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "schemaVersion", "format", "year", "agency", "proactiveTotal", "proactiveByCategory",
  "proactiveFullTextElectronic", "requestsReceived", "requestsDisclosed", "requestsWithheld",
  "feesCollectedYuan", "feeWaivers", "feesWaivedYuan", "reviews", "litigations", "sectionTexts"
})
public abstract class LegacyReport {
  /** The schema version written and understood. */
  public static final int SCHEMA_VERSION = 1;

  LegacyReport() {}

  /**
   * Schema version of the JSON document; always {@value #SCHEMA_VERSION}.
   *
   * @return the version
   */
  @Value.Default
  public int getSchemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Always {@code 2008}: the format of these reports.
   *
   * @return the format code
   */
  @Value.Default
  public String getFormat() {
    return ReportFormat.LEGACY_2008.getCode();
  }

  /**
   * The report year, 2008 to 2018.
   *
   * @return the year
   */
  public abstract int getYear();

  /**
   * The reporting agency.
   *
   * @return the agency
   */
  public abstract @NotBlank String getAgency();

  /**
   * Items published proactively in the year (item 一), or null if not reported.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getProactiveTotal();

  /**
   * Proactively published items by the agency's own categories, in the order printed.
   *
   * @return category → count
   */
  public abstract Map<String, Long> getProactiveByCategory();

  /**
   * Of the proactive items, those with full electronic text (numerator of 全文电子化率), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getProactiveFullTextElectronic();

  /**
   * Requests received (item 二), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getRequestsReceived();

  /**
   * Requests answered with disclosure (in full or in part), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getRequestsDisclosed();

  /**
   * Requests refused (不予公开), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getRequestsWithheld();

  /**
   * Cost fees collected under 2008 Art.27 (检索、复制、邮寄), in yuan (item 三), or null.
   *
   * @return the amount or null
   */
  public abstract @Nullable BigDecimal getFeesCollectedYuan();

  /**
   * Fee waivers granted under 2008 Art.28 (item 三), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getFeeWaivers();

  /**
   * Fees waived, in yuan, or null.
   *
   * @return the amount or null
   */
  public abstract @Nullable BigDecimal getFeesWaivedYuan();

  /**
   * Applications for administrative review over disclosure (item 四), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getReviews();

  /**
   * Administrative lawsuits over disclosure (item 四), or null.
   *
   * @return the count or null
   */
  public abstract @Nullable @PositiveOrZero Long getLitigations();

  /**
   * Section texts by numeral 一 to 六 (the six items of Art.32).
   *
   * @return the texts
   */
  public abstract Map<String, String> getSectionTexts();

  /**
   * Shares of the proactive categories, each rounded on its own ({@link ShareMethod#DEFAULT}, as
   * such reports print them; the sum may differ from 100.00%).
   *
   * @return the shares
   */
  @JsonIgnore
  public Shares getProactiveShares() {
    return Shares.of(getProactiveByCategory());
  }

  /**
   * Shares of the proactive categories by a given method ({@link ShareMethod#LARGEST_REMAINDER}
   * adds up to exactly 100.00%).
   *
   * @param method how to round; not null
   * @return the shares
   */
  public Shares proactiveShares(ShareMethod method) {
    return Shares.of(getProactiveByCategory(), method);
  }

  /**
   * The proactive categories as a printed category table — with {@link #getProactiveTotal()} as its
   * total when reported — to be checked by {@link CategoryCheck} (categories against the total).
   *
   * @return the table, or empty when no category is reported
   */
  public Optional<CategoryTable> proactiveTable() {
    if (getProactiveByCategory().isEmpty()) {
      return Optional.empty();
    }
    java.util.List<CategoryEntry> entries = new java.util.ArrayList<>();
    getProactiveByCategory().forEach((label, count) -> entries.add(CategoryEntry.of(label, count)));
    Long total = getProactiveTotal();
    return Optional.of(CategoryTable.of(total == null ? null : PrintedFigure.exact(total), entries));
  }

  /**
   * 全文电子化率: items with full electronic text over proactive items; empty unless both are
   * reported.
   *
   * @return the rate, or empty
   */
  @JsonIgnore
  public Optional<Rate> getFullTextElectronicRate() {
    Long n = getProactiveFullTextElectronic();
    Long d = getProactiveTotal();
    return n == null || d == null ? Optional.empty() : Optional.of(Rate.of(n, d));
  }

  /**
   * The six items of Art.32 (the sections of the 2008 format).
   *
   * @return the sections
   */
  @JsonIgnore
  public java.util.List<Section> getSections() {
    return ReportLayout.of(ReportFormat.LEGACY_2008).getSections();
  }

  @Value.Check
  void check() {
    if (getSchemaVersion() > SCHEMA_VERSION) {
      throw new InvalidValueException(
          "schemaVersion", Integer.toString(getSchemaVersion()),
          "must be " + SCHEMA_VERSION + ": this document is of a newer schema version; reading it needs a newer"
              + " gongkai (文档的结构版本较新，请升级 gongkai)");
    }
    if (getSchemaVersion() != SCHEMA_VERSION) {
      throw new InvalidValueException("schemaVersion", Integer.toString(getSchemaVersion()), "must be " + SCHEMA_VERSION);
    }
    if (!getFormat().equals(ReportFormat.LEGACY_2008.getCode())) {
      throw new InvalidValueException("format", getFormat(), "must be 2008");
    }
    ReportLayout l = ReportLayout.of(ReportFormat.LEGACY_2008);
    Integer last = l.getLastYear();
    if (getYear() < l.getFirstYear() || (last != null && getYear() > last)) {
      throw new InvalidValueException("year", Integer.toString(getYear()), "must be 2008 to 2018");
    }
    if (getAgency().isBlank()) {
      throw new InvalidValueException("agency", getAgency(), "must not be blank");
    }
    nonNegative("proactiveTotal", getProactiveTotal());
    nonNegative("proactiveFullTextElectronic", getProactiveFullTextElectronic());
    nonNegative("requestsReceived", getRequestsReceived());
    nonNegative("requestsDisclosed", getRequestsDisclosed());
    nonNegative("requestsWithheld", getRequestsWithheld());
    nonNegative("feeWaivers", getFeeWaivers());
    nonNegative("reviews", getReviews());
    nonNegative("litigations", getLitigations());
    for (Map.Entry<String, Long> e : getProactiveByCategory().entrySet()) {
      nonNegative("proactiveByCategory[" + e.getKey() + "]", e.getValue());
    }
    for (String k : getSectionTexts().keySet()) {
      if (getSections().stream().noneMatch(s -> s.getNumber().equals(k))) {
        throw new InvalidValueException("sectionTexts", k, "must be keyed by a section numeral 一 to 六");
      }
    }
    if (getFeesCollectedYuan() != null && getFeesCollectedYuan().signum() < 0) {
      throw new InvalidValueException("feesCollectedYuan", getFeesCollectedYuan().toPlainString(), "must be 0 or more");
    }
    if (getFeesWaivedYuan() != null && getFeesWaivedYuan().signum() < 0) {
      throw new InvalidValueException("feesWaivedYuan", getFeesWaivedYuan().toPlainString(), "must be 0 or more");
    }
  }

  private static void nonNegative(String field, @Nullable Long v) {
    if (v != null && v < 0) {
      throw new InvalidValueException(field, Long.toString(v), "must be 0 or more");
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegacyReport}. */
  public static final class Builder extends ImmutableLegacyReport.Builder {
    Builder() {}
  }
}
