package io.github.gongkai.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads the tab-separated statutory data files bundled with gongkai (outcome grounds, proactive
 * categories, fee tiers, report layouts …): UTF-8, {@code #} comment lines and blank lines skipped,
 * one row per line. A broken bundled file is a packaging bug, reported as an {@link
 * IllegalStateException} naming the file and line. Not part of the public API.
 */
public final class ResourceTables {
  private ResourceTables() {}

  /** Receives one data line of a table: its 1-based line number and its fields. */
  @FunctionalInterface
  public interface Line {
    /**
     * Handles one data line.
     *
     * @param number the 1-based line number in the source
     * @param fields the tab-separated fields, empty trailing fields kept
     * @throws IOException if handling it fails
     */
    void accept(int number, String[] fields) throws IOException;
  }

  /**
   * Calls {@code line} with every data line of a tab-separated text: {@code #} comment lines and
   * blank lines are skipped, fields are split at tabs with empty trailing fields kept. What the
   * columns must be is the caller's to check, and so is how a bad line is reported.
   *
   * @param reader the text; not closed
   * @param line receives each data line
   * @throws IOException if reading fails
   */
  public static void forEachLine(BufferedReader reader, Line line) throws IOException {
    String text;
    int n = 0;
    while ((text = reader.readLine()) != null) {
      n++;
      if (!text.isBlank() && !text.startsWith("#")) {
        line.accept(n, text.split("\t", -1));
      }
    }
  }

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
      forEachLine(
          r,
          (n, fields) -> {
            if (columns > 0 && fields.length != columns) {
              throw new IllegalStateException(
                  resource + ":" + n + ": expected " + columns + " columns, got " + fields.length);
            }
            try {
              row.accept(fields);
            } catch (RuntimeException e) {
              throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a resource table that has exactly one row per constant of an enum, the constant's name in
   * the first column.
   *
   * @param <E> the enum
   * @param <V> what a row holds
   * @param type the enum; its resource is read relative to it
   * @param resource the resource name
   * @param columns the number of fields every row must have
   * @param row makes the value of a constant's row from the constant and the row's fields
   * @return the value of every constant
   * @throws IllegalStateException if a row names no constant or one named before, if a constant has
   *     no row, or as {@link #forEachRow}
   */
  public static <E extends Enum<E>, V> Map<E, V> rowPerConstant(
      Class<E> type, String resource, int columns, BiFunction<E, String[], V> row) {
    Map<E, V> map = new EnumMap<>(type);
    forEachRow(
        type,
        resource,
        columns,
        f -> {
          E constant = Enum.valueOf(type, f[0]);
          if (map.put(constant, row.apply(constant, f)) != null) {
            throw new IllegalStateException("duplicate " + f[0]);
          }
        });
    for (E constant : type.getEnumConstants()) {
      if (!map.containsKey(constant)) {
        throw new IllegalStateException(resource + ": no row for " + constant);
      }
    }
    return map;
  }
}
