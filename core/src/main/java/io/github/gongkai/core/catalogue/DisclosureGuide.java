package io.github.gongkai.core.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.SchemaVersion;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An agency's disclosure guide (政府信息公开指南), with what 《中华人民共和国政府信息公开条例》(2019) 第十二条
 * requires it to give: 政府信息的分类、编排体系、获取方式 (arrangement, procedure) and the 政府信息公开工作机构's
 * 名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式; with the fees (《政府信息公开信息处理费管理办法》
 * （国办函〔2020〕109号）), the remedies (第五十一条: 行政复议 or 行政诉讼) and where the catalogue is.
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}. The builder refuses blank required text
 * and an empty procedure; formats (e-mail, postal code) are checked by Bean Validation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisclosureGuide.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDisclosureGuide.class)
@JsonDeserialize(as = ImmutableDisclosureGuide.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDisclosureGuide.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion",
  "agency",
  "compiledOn",
  "arrangement",
  "acceptanceOffice",
  "address",
  "postalCode",
  "hours",
  "phone",
  "fax",
  "email",
  "onlineChannel",
  "procedure",
  "fees",
  "reviewBody",
  "court",
  "catalogueReference"
})
public abstract class DisclosureGuide {
  DisclosureGuide() {}

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
   * The agency whose guide this is.
   *
   * @return the agency's name, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.agency.NotBlank}") String getAgency();

  /**
   * The day this edition was compiled.
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getCompiledOn();

  /**
   * How the information is classified and arranged (分类、编排体系).
   *
   * @return the description, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.guide.arrangement.Size}") String getArrangement();

  /**
   * The office that accepts requests (政府信息公开工作机构 / 受理机构).
   *
   * @return the office's name, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.acceptanceOffice.NotBlank}") String getAcceptanceOffice();

  /**
   * The office's address (办公地址).
   *
   * @return the address, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.address.NotBlank}") String getAddress();

  /**
   * The six-digit postal code (邮政编码).
   *
   * @return the postal code, or null
   */
  public abstract @Nullable @Pattern(regexp = "\\d{6}", message = "{gongkai.guide.postalCode.Pattern}") String
      getPostalCode();

  /**
   * Office hours (办公时间), e.g. {@code 工作日 9:00—12:00，14:00—17:30}.
   *
   * @return the hours, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.hours.NotBlank}") String getHours();

  /**
   * Telephone (联系电话).
   *
   * @return the number, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.phone.NotBlank}") @Size(
      max = 64,
      message = "{gongkai.guide.phone.Size}") String getPhone();

  /**
   * Fax (传真号码).
   *
   * @return the number, or null
   */
  public abstract @Nullable @Size(max = 64, message = "{gongkai.guide.fax.Size}") String getFax();

  /**
   * E-mail address.
   *
   * @return the address, or null
   */
  public abstract @Nullable @Email(message = "{gongkai.guide.email.Email}") String getEmail();

  /**
   * The online channel for requests (互联网联系方式 / 在线申请), e.g. a web address.
   *
   * @return the channel, or null
   */
  public abstract @Nullable @Size(max = 500, message = "{gongkai.guide.onlineChannel.Size}") String
      getOnlineChannel();

  /**
   * The steps of a request (获取方式 / 办理程序), in order.
   *
   * @return the steps, unmodifiable, not empty
   */
  public abstract @NotEmpty(message = "{gongkai.guide.procedure.NotEmpty}") List<
      @NotBlank(message = "{gongkai.guide.procedure.NotBlank}") String> getProcedure();

  /**
   * The fees: a summary of the per-item and per-volume charges of 《政府信息公开信息处理费管理办法》
   * （国办函〔2020〕109号） as the agency applies them.
   *
   * @return the summary, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.fees.NotBlank}") String getFees();

  /**
   * The body that hears an administrative review (行政复议机关, 《中华人民共和国政府信息公开条例》(2019) 第五十一条).
   *
   * @return the body, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.reviewBody.NotBlank}") String getReviewBody();

  /**
   * The court that hears an administrative suit (行政诉讼, 第五十一条).
   *
   * @return the court, not blank
   */
  public abstract @NotBlank(message = "{gongkai.guide.court.NotBlank}") String getCourt();

  /**
   * Where the catalogue is published (政府信息公开目录), e.g. its web address.
   *
   * @return the reference, or null
   */
  public abstract @Nullable @Size(max = 500, message = "{gongkai.guide.catalogueReference.Size}") String
      getCatalogueReference();

  @Value.Check
  void check() {
    SchemaVersion.check(getSchemaVersion());
    requireText("agency", getAgency());
    requireText("acceptanceOffice", getAcceptanceOffice());
    requireText("address", getAddress());
    requireText("hours", getHours());
    requireText("phone", getPhone());
    requireText("fees", getFees());
    requireText("reviewBody", getReviewBody());
    requireText("court", getCourt());
    if (getProcedure().isEmpty()) {
      throw new InvalidValueException("procedure", "[]", "must give at least one step");
    }
  }

  private static void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
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

  /** Builds a {@link DisclosureGuide}. */
  public static final class Builder extends ImmutableDisclosureGuide.Builder {
    Builder() {}
  }
}
