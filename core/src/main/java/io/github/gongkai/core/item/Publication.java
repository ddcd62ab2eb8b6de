package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where an item has already been published (2019 Art.23–25), so that a request for it can be
 * answered by pointing there (Art.36(1)).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublication.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePublication.class)
@JsonDeserialize(as = ImmutablePublication.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePublication.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"medium", "location", "publishedOn"})
public abstract class Publication {
  Publication() {}

  /**
   * The medium.
   *
   * @return the medium
   */
  public abstract PublicationMedium getMedium();

  /**
   * Where in that medium: a URL, a gazette issue, a reading room's address.
   *
   * @return the location, or null
   */
  public abstract @Nullable @Size(max = 2000, message = "{gongkai.publication.location.Size}") String
      getLocation();

  /**
   * The day of publication, if known.
   *
   * @return the date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
  public abstract @Nullable LocalDate getPublishedOn();

  /**
   * A publication.
   *
   * @param medium the medium; not null
   * @param location where; not null
   * @return the publication
   */
  public static Publication of(PublicationMedium medium, String location) {
    return builder().medium(medium).location(location).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. */
  public static final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }
}
