package io.github.gongkai.core.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.json.SchemaVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An agency's disclosure catalogue (政府信息公开目录, 《中华人民共和国政府信息公开条例》(2019) 第十二条): its
 * classes and sub-classes and the entries filed under them.
 *
 * <p>A top-level JSON document with {@code "schemaVersion"}. The builder refuses a blank agency;
 * faults across the document (duplicate index numbers or class codes, entries in unknown classes,
 * grounds, dates, statutory category codes) are listed by {@link CatalogueChecks#check(Catalogue)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCatalogue.class)
@JsonDeserialize(as = ImmutableCatalogue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCatalogue.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "agency", "version", "compiledOn", "classes", "entries"})
public abstract class Catalogue {
  Catalogue() {}

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
   * The agency whose catalogue this is.
   *
   * @return the agency's name, not blank
   */
  public abstract @NotBlank(message = "{gongkai.catalogue.agency.NotBlank}") @Size(
      max = 200,
      message = "{gongkai.catalogue.agency.Size}") String getAgency();

  /**
   * The edition, e.g. {@code 2024年版}.
   *
   * @return the edition, or null
   */
  public abstract @Nullable @Size(max = 100, message = "{gongkai.catalogue.version.Size}") String getVersion();

  /**
   * The day this edition was compiled (编制日期).
   *
   * @return the date
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract LocalDate getCompiledOn();

  /**
   * The top-level classes, in catalogue order.
   *
   * @return the classes, unmodifiable
   */
  public abstract List<@Valid CatalogueClass> getClasses();

  /**
   * The entries, in catalogue order.
   *
   * @return the entries, unmodifiable
   */
  public abstract List<@Valid CatalogueEntry> getEntries();

  @Value.Check
  void check() {
    SchemaVersion.check(getSchemaVersion());
    if (getAgency().isBlank()) {
      throw new InvalidValueException("agency", getAgency(), "must not be blank");
    }
  }

  /**
   * Every class and sub-class, depth first in catalogue order.
   *
   * @return the classes, unmodifiable
   */
  public List<CatalogueClass> allClasses() {
    List<CatalogueClass> out = new ArrayList<>();
    for (CatalogueClass c : getClasses()) {
      collect(c, out);
    }
    return List.copyOf(out);
  }

  private static void collect(CatalogueClass c, List<CatalogueClass> out) {
    out.add(c);
    for (CatalogueClass s : c.getSubClasses()) {
      collect(s, out);
    }
  }

  /**
   * The class or sub-class of a code.
   *
   * @param code the code; not null
   * @return the first class with that code, or empty
   */
  public Optional<CatalogueClass> findClass(String code) {
    for (CatalogueClass c : allClasses()) {
      if (c.getCode().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The entries filed directly under a class code.
   *
   * @param code the class code; not null
   * @return the entries in catalogue order, unmodifiable
   */
  public List<CatalogueEntry> entriesOf(String code) {
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : getEntries()) {
      if (e.getClassCode().equals(code)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Catalogue}. */
  public static final class Builder extends ImmutableCatalogue.Builder {
    Builder() {}
  }
}
