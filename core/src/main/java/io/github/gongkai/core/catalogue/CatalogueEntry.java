package io.github.gongkai.core.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.item.PublicationMedium;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an agency's catalogue: what 《中华人民共和国政府信息公开条例》(2019) 第十二条 requires a
 * catalogue to give — 索引 (index number), 名称 (title), 内容概述 (summary), 生成日期 (formation date)
 * — with the 文号, the producing office, the change date, the disclosure attribute (公开属性), the
 * media and places of publication (公开方式, 第二十三条、第二十四条), the time limit for publishing
 * (第二十六条: 20 working days unless the entry says otherwise) and the provisions it rests on.
 *
 * <p>A not-disclosed entry names its ground from the one catalogue of grounds ({@link
 * OutcomeGround}, table 三's rows （三）1–8), never free text. The builder refuses blank text and a
 * malformed legal-basis notation; faults between fields (a missing or non-withholding ground, a
 * change date before the formation date) are left to {@link CatalogueChecks}, which lists them all.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogueEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCatalogueEntry.class)
@JsonDeserialize(as = ImmutableCatalogueEntry.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCatalogueEntry.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "indexNumber",
  "classCode",
  "title",
  "documentNumber",
  "summary",
  "producingOffice",
  "formedOn",
  "changedOn",
  "attribute",
  "withholdingGround",
  "media",
  "places",
  "timeLimitWorkingDays",
  "legalBasis"
})
public abstract class CatalogueEntry {
  /** The time limit of 《中华人民共和国政府信息公开条例》(2019) 第二十六条: 20 working days. */
  public static final int STATUTORY_TIME_LIMIT = 20;

  CatalogueEntry() {}

  /**
   * The index number (索引号), e.g. {@code 11440100MB2C12345X/2024-00012}.
   *
   * @return the index number, not blank
   */
  public abstract @NotBlank(message = "{gongkai.catalogueEntry.indexNumber.NotBlank}") @Size(
      max = 100,
      message = "{gongkai.catalogueEntry.indexNumber.Size}") String getIndexNumber();

  /**
   * The code of the class or sub-class the entry is filed under ({@link CatalogueClass#getCode()}).
   *
   * @return the class code, not blank
   */
  public abstract @NotBlank(message = "{gongkai.catalogueEntry.classCode.NotBlank}") String getClassCode();

  /**
   * The title (名称).
   *
   * @return the title, not blank
   */
  public abstract @NotBlank(message = "{gongkai.catalogueEntry.title.NotBlank}") @Size(
      max = 1000,
      message = "{gongkai.catalogueEntry.title.Size}") String getTitle();

  /**
   * The document number (文号), e.g. {@code 江自然资规〔2024〕3号}.
   *
   * @return the document number, or null
   */
  public abstract @Nullable @Size(max = 200, message = "{gongkai.catalogueEntry.documentNumber.Size}") String
      getDocumentNumber();

  /**
   * A summary of the content (内容概述).
   *
   * @return the summary, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.catalogueEntry.summary.Size}") String
      getSummary();

  /**
   * The office that produced the information (发布机构 / 制作处室).
   *
   * @return the office, not blank
   */
  public abstract @NotBlank(message = "{gongkai.catalogueEntry.producingOffice.NotBlank}") String
      getProducingOffice();

  /**
   * The day the information was formed (生成日期).
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getFormedOn();

  /**
   * The day it last changed (变更日期), if it has.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getChangedOn();

  /**
   * The disclosure attribute (公开属性).
   *
   * @return the attribute
   */
  public abstract DisclosureAttribute getAttribute();

  /**
   * The ground of a not-disclosed entry: one of the withholding grounds （三）1–8 of {@link
   * OutcomeGround}.
   *
   * @return the ground, or null
   */
  public abstract @Nullable OutcomeGround getWithholdingGround();

  /**
   * The media the entry is published through (公开方式).
   *
   * @return the media, unmodifiable; empty if none
   */
  public abstract List<PublicationMedium> getMedia();

  /**
   * The places where it can be read, e.g. a reading room's address or a web page.
   *
   * @return the places, unmodifiable; empty if none
   */
  public abstract List<@NotBlank(message = "{gongkai.catalogueEntry.places.NotBlank}") String> getPlaces();

  /**
   * The time limit for publishing, in working days from formation or change; 20 by default
   * (《中华人民共和国政府信息公开条例》(2019) 第二十六条). A shorter local limit may be given; a longer
   * one is only possible where a law or regulation provides it.
   *
   * @return the working days, positive
   */
  @Value.Default
  public @Positive(message = "{gongkai.catalogueEntry.timeLimitWorkingDays.Positive}") @Max(
      value = 365,
      message = "{gongkai.catalogueEntry.timeLimitWorkingDays.Max}") int getTimeLimitWorkingDays() {
    return STATUTORY_TIME_LIMIT;
  }

  /**
   * The provisions the entry rests on, in the compact notation of {@link LegalBasis#parse(Regime,
   * String)}, e.g. {@code OGI-2019:20(5)}.
   *
   * @return the notations, unmodifiable; empty if none
   */
  public abstract List<String> getLegalBasis();

  /**
   * The provisions the entry rests on as citations under the 2019 regime.
   *
   * @return the citations in order, unmodifiable
   */
  public List<LegalBasis> legalBases() {
    List<LegalBasis> out = new ArrayList<>();
    for (String notation : getLegalBasis()) {
      out.add(LegalBasis.parse(Regime.R2019, notation));
    }
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    requireText("indexNumber", getIndexNumber());
    requireText("classCode", getClassCode());
    requireText("title", getTitle());
    requireText("producingOffice", getProducingOffice());
    if (getTimeLimitWorkingDays() <= 0) {
      throw new InvalidValueException(
          "timeLimitWorkingDays", String.valueOf(getTimeLimitWorkingDays()), "must be positive");
    }
    for (int i = 0; i < getLegalBasis().size(); i++) {
      try {
        LegalBasis.parse(Regime.R2019, getLegalBasis().get(i));
      } catch (InvalidValueException e) {
        throw new InvalidValueException(
            "legalBasis[" + i + "]",
            getLegalBasis().get(i),
            "must look like [~]INSTRUMENT:article[.paragraph][(item)] with a known instrument");
      }
    }
  }

  private static void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
  }

  /**
   * A short description for logs, with every identifier-like run masked.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return Masking.maskIdentifiers(
        "CatalogueEntry{indexNumber=" + getIndexNumber() + ", classCode=" + getClassCode()
            + ", title=" + getTitle() + ", attribute=" + getAttribute().getCode() + "}");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogueEntry}. */
  public static final class Builder extends ImmutableCatalogueEntry.Builder {
    Builder() {}
  }
}
