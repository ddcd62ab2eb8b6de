package io.github.gongkai.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the tab-separated statutory data files bundled with gongkai (outcome grounds, proactive
 * categories, fee tiers, report layouts …): UTF-8, {@code #} comment lines and blank lines skipped,
 * one row per line. A broken bundled file is a packaging bug, reported as an {@link
 * IllegalStateException} naming the file and line. Not part of the public API.
 */
public final class ResourceTables {
  private ResourceTables() {}

  /**
   * Calls {@code row} with the fields of every data line of a resource.
   *
   * @param owner the class the resource name is relative to
   * @param resource the resource name
   * @param columns the number of fields every row must have, or 0 for any number
   * @param row receives the fields of each row; any exception it throws is reported with the line
   * @throws IllegalStateException if the resource is missing, a row has the wrong number of fields,
   *     or {@code row} fails on it
   */
  public static void forEachRow(Class<?> owner, String resource, int columns, Consumer<String[]> row) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (columns > 0 && fields.length != columns) {
          throw new IllegalStateException(
              resource + ":" + n + ": expected " + columns + " columns, got " + fields.length);
        }
        try {
          row.accept(fields);
        } catch (RuntimeException e) {
          throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
