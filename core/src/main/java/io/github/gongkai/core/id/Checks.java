package io.github.gongkai.core.id;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.internal.ResourceTables;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Shared argument checks and resource loading for the identifier checks. */
final class Checks {
  private Checks() {}

  static CharSequence range(@Nullable CharSequence s, int start, int end, String field) {
    CharSequence cs = InvalidValueException.requireNonNull(s, field);
    if (start < 0 || end < start || end > cs.length()) {
      throw new InvalidValueException(
          field,
          "[" + start + ", " + end + ") of length " + cs.length(),
          "range must satisfy 0 <= start <= end <= length");
    }
    return cs;
  }

  /** ASCII digit value, or -1. */
  static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  /** Rows of a tab-separated resource, comments and blank lines skipped. */
  static List<String[]> rows(Class<?> owner, String resource) {
    List<String[]> out = new ArrayList<>();
    ResourceTables.forEachRow(owner, resource, 0, out::add);
    return out;
  }
}
