package io.github.gongkai.core.json;

import io.github.gongkai.core.InvalidValueException;

/**
 * The version of gongkai's JSON documents, written as {@code "schemaVersion"} on every top-level
 * document ({@link io.github.gongkai.core.request.InformationRequest}, {@link
 * io.github.gongkai.core.item.InformationItem}, {@link io.github.gongkai.core.remedy.ReviewCase},
 * {@link io.github.gongkai.core.remedy.LitigationCase}).
 *
 * <p>Compatible changes (new optional fields) keep the version; a reader rejects documents from a
 * newer, incompatible version rather than misreading them. A document without the property is read
 * as the current version.
 */
public final class SchemaVersion {
  /** The version this library writes: 1. */
  public static final int CURRENT = 1;

  private SchemaVersion() {}

  /**
   * Checks that a document's version can be read by this library.
   *
   * @param version the version read
   * @throws InvalidValueException if the version is below 1 or above {@link #CURRENT}
   */
  public static void check(int version) {
    if (version < 1 || version > CURRENT) {
      throw new InvalidValueException(
          "schemaVersion",
          Integer.toString(version),
          "must be 1 to " + CURRENT + " (documents of a newer schema need a newer gongkai)");
    }
  }
}
