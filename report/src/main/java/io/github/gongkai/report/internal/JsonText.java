package io.github.gongkai.report.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document of plain Java values ({@link Map} with string keys, {@link List}, {@link
 * String}, {@link Number}, {@link Boolean}, null) as JSON text in gongkai's fixed layout, independent
 * of any JSON library: either compact on one line, or indented by two spaces with {@code "key": value}
 * and {@code \n} line ends. Numbers are written as their {@code toString()} (so {@link BigDecimal}
 * keeps its scale), strings escaped as JSON requires (control characters as {@code \n}-style or
 * six-character hexadecimal escapes, everything else as is). Stateless and thread-safe.
 */
public final class JsonText {
  /**
   * The escape of every character that needs one, indexed by the character: the control characters
   * (the short form where JSON has one, else six-character hexadecimal), the quote and the backslash.
   */
  private static final @Nullable String[] ESCAPES = new String['\\' + 1];

  static {
    for (char c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format(Locale.ROOT, "\\u%04X", (int) c);
    }
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\f'] = "\\f";
  }

  private JsonText() {}

  /**
   * The value as compact JSON on one line.
   *
   * @param value the document
   * @return the text, without a line break
   */
  public static String compact(@Nullable Object value) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, value, -1);
    return sb.toString();
  }

  /**
   * The value as indented JSON with a final line break.
   *
   * @param value the document
   * @return the text
   */
  public static String pretty(@Nullable Object value) {
    StringBuilder sb = new StringBuilder(4096);
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  /** {@code depth} -1: compact; otherwise the current indentation level. */
  private static void write(StringBuilder sb, @Nullable Object v, int depth) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String) {
      string(sb, (String) v);
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof BigDecimal || v instanceof BigInteger || v instanceof Long
        || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      sb.append(v);
    } else if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      if (m.isEmpty()) {
        sb.append(depth < 0 ? "{}" : "{ }");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        newline(sb, depth + 1, depth);
        string(sb, String.valueOf(e.getKey()));
        sb.append(depth < 0 ? ":" : ": ");
        write(sb, e.getValue(), depth < 0 ? -1 : depth + 1);
      }
      newline(sb, depth, depth);
      sb.append('}');
    } else if (v instanceof List) {
      List<?> l = (List<?>) v;
      if (l.isEmpty()) {
        sb.append(depth < 0 ? "[]" : "[ ]");
        return;
      }
      sb.append('[');
      boolean first = true;
      for (Object o : l) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        newline(sb, depth + 1, depth);
        write(sb, o, depth < 0 ? -1 : depth + 1);
      }
      newline(sb, depth, depth);
      sb.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }

  private static void newline(StringBuilder sb, int level, int depth) {
    if (depth < 0) {
      return;
    }
    sb.append('\n');
    for (int i = 0; i < level; i++) {
      sb.append("  ");
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = c < ESCAPES.length ? ESCAPES[c] : null;
      if (escape == null) {
        sb.append(c);
      } else {
        sb.append(escape);
      }
    }
    sb.append('"');
  }
}
