package io.github.gongkai.report.internal;

import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.internal.JsonMessages;
import io.github.gongkai.report.ReportInputException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** JSON paths and "did you mean" suggestions for document readers. Stateless and thread-safe. */
public final class Names {
  private static final Pattern RUN = Pattern.compile("[A-Za-z0-9０-９][A-Za-z0-9０-９ \\-\u200b]{5,}[A-Za-z0-9０-９]");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Names() {}

  /**
   * The path of a member of an object: {@code $.table3} for plain names, {@code
   * $.table3["（三）1"]} for any other key.
   *
   * @param parent the object's path, e.g. {@code $}
   * @param key the member name
   * @return the member's path
   */
  public static String member(String parent, String key) {
    if (PLAIN.matcher(key).matches()) {
      return parent + "." + key;
    }
    return parent + "[" + JsonText.compact(key) + "]";
  }

  /**
   * A rejected value for a message: at most 40 characters, and every run of seven or more ASCII
   * letters and digits that holds a digit masked as a personal identifier would be, so that an
   * identifier typed into the wrong field never appears whole.
   *
   * @param value the value as found
   * @return the display form
   */
  public static String display(String value) {
    String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    java.util.regex.Matcher m = RUN.matcher(v);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          m.group().chars().anyMatch(Character::isDigit) ? Masking.mask(m.group()) : m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * The path of an array element, e.g. {@code $.cells[2]}.
   *
   * @param parent the array's path
   * @param index the index
   * @return the element's path
   */
  public static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * The known name closest to a misspelled one, if it is close: at most one edit for names of up to
   * four characters, two for longer ones (case ignored).
   *
   * @param given the name found
   * @param known the names allowed
   * @return the suggestion, or empty
   */
  public static Optional<String> closest(String given, Collection<String> known) {
    String g = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = JsonMessages.editDistance(g, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int limit = given.length() <= 4 ? 1 : 2;
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /**
   * A value of the wrong type for a message: {@code an object}, {@code an array}, a string as JSON
   * text, anything else as written; shortened and masked as {@link #display(String)} does.
   *
   * @param v the value as read, or null
   * @return the display form, or null for null
   */
  public static @Nullable String shown(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    if (v instanceof String) {
      return JsonText.compact(display((String) v));
    }
    return display(String.valueOf(v));
  }

  /**
   * The refusal of a member that is not a field of its object, with the field probably meant.
   *
   * @param parent the object's path, e.g. {@code $}
   * @param key the member name
   * @param fields the object's fields
   * @param of what the object is, e.g. {@code of the report}
   * @return the exception to throw
   */
  public static ReportInputException unknownField(
      String parent, String key, Collection<String> fields, String of) {
    return new ReportInputException(
        member(parent, key), null,
        closest(key, fields).map(n -> "is not a field " + of + "; did you mean `" + n + "`?")
            .orElse("is not a field " + of + " (allowed: " + String.join(", ", fields) + ")"));
  }
}
