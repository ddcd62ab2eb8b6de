package io.github.gongkai.rules.scan;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.ResourceTables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A set of {@link SensitiveCategory sensitive-information categories} for the scanner.
 *
 * <p>{@link #defaults()} is the reviewed list in {@code sensitive-keywords.tsv} (个人信息保护法 Art.28
 * and the seed reports' list). Users supply their own with {@link #of(List)} or {@link
 * #parse(Reader)}, in the same tab-separated format: {@code code, labelZh, labelEn, basis (e.g.
 * PIPL-2021:28, or -), keywords separated by 、}; lines starting with {@code #} are comments.
 * Immutable and thread-safe.
 */
public final class SensitiveKeywords {
  private static final SensitiveKeywords STANDARD = loadStandard();

  private final List<SensitiveCategory> categories;

  private SensitiveKeywords(List<SensitiveCategory> categories) {
    this.categories = categories;
  }

  /**
   * The reviewed default categories.
   *
   * @return the default set
   */
  public static SensitiveKeywords defaults() {
    return STANDARD;
  }

  /**
   * No categories: the scanner then reports no keywords.
   *
   * @return the empty set
   */
  public static SensitiveKeywords none() {
    return new SensitiveKeywords(List.of());
  }

  /**
   * A set of the given categories.
   *
   * @param categories the categories, with distinct codes; not null
   * @return the set
   * @throws InvalidValueException for duplicate codes
   */
  public static SensitiveKeywords of(List<SensitiveCategory> categories) {
    InvalidValueException.requireNonNull(categories, "categories");
    Set<String> codes = new HashSet<>();
    for (SensitiveCategory c : categories) {
      InvalidValueException.requireNonNull(c, "categories");
      if (!codes.add(c.getCode())) {
        throw new InvalidValueException("categories", c.getCode(), "codes must be distinct");
      }
    }
    return new SensitiveKeywords(List.copyOf(categories));
  }

  /**
   * Reads categories in the tab-separated resource format.
   *
   * @param reader the source; not null; not closed
   * @return the set
   * @throws InvalidValueException naming the line for a malformed line
   * @throws IOException if reading fails
   */
  public static SensitiveKeywords parse(Reader reader) throws IOException {
    InvalidValueException.requireNonNull(reader, "reader");
    List<SensitiveCategory> out = new ArrayList<>();
    ResourceTables.forEachLine(
        new BufferedReader(reader),
        (n, f) -> {
          if (f.length != 5) {
            throw new InvalidValueException(
                "line " + n, String.join("\t", f), "must have 5 tab-separated columns");
          }
          LegalBasis basis = f[3].equals("-") ? null : LegalBasis.parse(Regime.R2019, f[3]);
          out.add(SensitiveCategory.of(f[0], f[1], f[2], basis, Arrays.asList(f[4].split("、"))));
        });
    return of(out);
  }

  /**
   * The categories, in order.
   *
   * @return the categories, unmodifiable
   */
  public List<SensitiveCategory> getCategories() {
    return categories;
  }

  /**
   * Looks a category up by code.
   *
   * @param code the code
   * @return the category, or null if there is none with that code
   */
  public @Nullable SensitiveCategory find(String code) {
    for (SensitiveCategory c : categories) {
      if (c.getCode().equals(code)) {
        return c;
      }
    }
    return null;
  }

  /**
   * This set plus more categories.
   *
   * @param more further categories; codes must differ from those already present
   * @return the combined set
   */
  public SensitiveKeywords with(List<SensitiveCategory> more) {
    List<SensitiveCategory> all = new ArrayList<>(categories);
    all.addAll(InvalidValueException.requireNonNull(more, "more"));
    return of(all);
  }

  private static SensitiveKeywords loadStandard() {
    try (InputStream in = SensitiveKeywords.class.getResourceAsStream("sensitive-keywords.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource sensitive-keywords.tsv");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GongkaiException e) {
      throw new IllegalStateException("sensitive-keywords.tsv: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "SensitiveKeywords" + categories;
  }
}
