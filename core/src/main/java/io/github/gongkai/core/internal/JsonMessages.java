package io.github.gongkai.core.internal;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.MissingValueException;
import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.core.json.SchemaVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The wording of JSON input failures, shared by the Jackson 2 and Jackson 3 bindings so that both
 * give the same path, rule and masked value for the same input; not part of the public API.
 */
public final class JsonMessages {
  /** Package prefix of the types the bindings make strict. */
  public static final String GONGKAI_PACKAGE = "io.github.gongkai.";

  /** Rule for a value that is absent or JSON {@code null} where one is required. */
  public static final String REQUIRED = "is required";

  /** An identifier-like run: six or more letters and digits, at least one of them a digit. */
  private static final int MIN_RUN = 6;

  private JsonMessages() {}

  /**
   * Whether a class belongs to gongkai (its binding classes included).
   *
   * @param type the class, may be null
   * @return true for classes under {@code io.github.gongkai.}
   */
  public static boolean isGongkai(@Nullable Class<?> type) {
    return type != null && type.getName().startsWith(GONGKAI_PACKAGE);
  }

  /**
   * Masks every run of six or more letters and digits that contains a digit, the shape of every
   * personal identifier gongkai knows (resident ID, mobile, bank card, unified social credit code,
   * passport); values under a personal-data field are masked whole. Used for every value or name
   * that input echoes into a message.
   *
   * @param path the JSON path the value was read under; not null
   * @param value the raw value, may be null
   * @return the display form, or null when {@code value} is null
   */
  public static @Nullable String safe(String path, @Nullable String value) {
    if (value == null) {
      return null;
    }
    boolean personal =
        path.contains(".identityProof") || path.contains(".contacts") || path.contains(".phone");
    return personal ? Masking.mask(value) : maskRuns(value);
  }

  /**
   * Masks identifier-like runs (six or more letters and digits including a digit) in free text.
   *
   * @param text the text, may be null
   * @return the text with each such run masked, or null
   */
  public static @Nullable String maskRuns(@Nullable String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!isAsciiAlnum(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      boolean digit = false;
      while (j < n && isAsciiAlnum(text.charAt(j))) {
        digit |= Character.isDigit(text.charAt(j));
        j++;
      }
      String run = text.substring(i, j);
      out.append(j - i >= MIN_RUN && digit ? Masking.mask(run) : run);
      i = j;
    }
    return out.toString();
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * A field name typed by the user, made safe to show in a path.
   *
   * @param name the name
   * @return the name with identifier-like runs masked
   */
  public static String safeName(String name) {
    String masked = maskRuns(name);
    return masked == null ? "" : masked;
  }

  /**
   * The display name of the JSON type expected for a Java type.
   *
   * @param type the Java type, may be null
   * @return e.g. {@code date (yyyy-MM-dd)}, {@code integer}, {@code Applicant object}
   */
  public static String typeName(@Nullable Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == LocalDate.class) {
      return "date (yyyy-MM-dd)";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "integer";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    if (type.isEnum()) {
      return "code";
    }
    return documentName(type) + " object";
  }

  /**
   * The model name of a gongkai class: {@code ImmutableContacts} and its JSON helper class both
   * become {@code Contacts}.
   *
   * @param type the class
   * @return the simple model name
   */
  public static String documentName(Class<?> type) {
    Class<?> t = type;
    if (t.getSimpleName().equals("Json") && t.getEnclosingClass() != null) {
      t = t.getEnclosingClass();
    }
    String n = t.getSimpleName();
    return n.startsWith("Immutable") ? n.substring("Immutable".length()) : n;
  }

  /**
   * The rule for an unknown field, naming the nearest known field when one is close enough.
   *
   * @param owner the class the field was read into
   * @param name the unknown name as typed
   * @param known the known field names of {@code owner}
   * @return e.g. {@code is not a field of DecisionContext; did you mean `separable`? (known fields:
   *     ...)}
   */
  public static String unknownField(Class<?> owner, String name, Collection<?> known) {
    TreeSet<String> names = new TreeSet<>();
    for (Object k : known) {
      names.add(String.valueOf(k));
    }
    StringBuilder rule = new StringBuilder("is not a field of ").append(documentName(owner));
    String near = nearest(name, names);
    if (near != null) {
      rule.append("; did you mean `").append(near).append("`?");
    }
    rule.append(" (known fields: ").append(String.join(", ", names)).append(')');
    return rule.toString();
  }

  /**
   * The known name closest to {@code name} by edit distance (case-insensitive), if it is close:
   * at most a third of the name's length, and at least 2 edits are always allowed.
   *
   * @param name the typed name
   * @param known the known names
   * @return the nearest known name, or null when none is close
   */
  public static @Nullable String nearest(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, name.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = editDistance(lower, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /**
   * Levenshtein distance with adjacent transpositions counted as one edit.
   *
   * @param a first string
   * @param b second string
   * @return the number of single-character edits turning {@code a} into {@code b}
   */
  public static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * The first gongkai model failure in a cause chain.
   *
   * @param e the failure
   * @return the model's exception, or null
   */
  public static @Nullable InvalidValueException findModelFailure(@Nullable Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException) {
        return (InvalidValueException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Translates a model failure found while reading the value at {@code path}.
   *
   * @param path the JSON path of the value being read
   * @param scalar whether the value is a scalar (enum code, amount) rather than an object whose
   *     field the model names
   * @param model the model's failure
   * @return the exception to throw
   */
  public static JsonInputException fromModel(String path, boolean scalar, InvalidValueException model) {
    if (model instanceof MissingValueException) {
      List<String> missing = ((MissingValueException) model).getMissing();
      String field = missing.size() == 1 ? missing.get(0) : String.join(", ", missing);
      return new JsonInputException(join(path, field), null, REQUIRED, model);
    }
    String where = scalar ? path : join(path, model.getField());
    return new JsonInputException(where, safe(where, model.getValue()), ruleOf(model), model);
  }

  /**
   * The failure for a document whose {@code schemaVersion} this library cannot read, worded as
   * the model words it.
   *
   * @param version the version found in the document
   * @return the exception, or null if the version is readable
   */
  public static @Nullable JsonInputException unreadableVersion(int version) {
    try {
      SchemaVersion.check(version);
      return null;
    } catch (InvalidValueException e) {
      return new JsonInputException("$.schemaVersion", Integer.toString(version), ruleOf(e), null);
    }
  }

  /**
   * The rule part of a model message, without field and value.
   *
   * @param e the model failure
   * @return the rule, e.g. {@code must be 1 to 20 working days}
   */
  public static String ruleOf(InvalidValueException e) {
    String msg = e.getMessage();
    String prefix = e.getField() + ": ";
    int but = msg.lastIndexOf(" - but was: ");
    String rule = but < 0 ? msg : msg.substring(0, but);
    return rule.startsWith(prefix) ? rule.substring(prefix.length()) : rule;
  }

  /**
   * Appends a model field (which may itself be dotted, e.g. {@code identityProof.number}) to a
   * path, skipping the segments the path already ends with.
   *
   * @param path the JSON path, e.g. {@code $.applicant}
   * @param field the model field
   * @return the joined path
   */
  public static String join(String path, String field) {
    if (field.isEmpty()) {
      return path;
    }
    String[] segments = field.split("\\.");
    for (int k = segments.length; k >= 1; k--) {
      String head = String.join(".", Arrays.copyOfRange(segments, 0, k));
      if (path.endsWith("." + head)) {
        String rest = String.join(".", Arrays.copyOfRange(segments, k, segments.length));
        return rest.isEmpty() ? path : path + "." + rest;
      }
    }
    return path + "." + field;
  }

  /**
   * A JSON path from segments: a String is a field name (masked if identifier-like), an Integer
   * an array index.
   *
   * @param segments the segments from the root
   * @return e.g. {@code $.events[2].date}
   */
  public static String path(List<Object> segments) {
    StringBuilder sb = new StringBuilder("$");
    for (Object s : segments) {
      if (s instanceof Integer) {
        sb.append('[').append(s).append(']');
      } else {
        sb.append('.').append(safeName(String.valueOf(s)));
      }
    }
    return sb.toString();
  }

  /**
   * The repeated name in a parser's duplicate-key message, e.g. {@code Duplicate field 'name'}
   * (Jackson 2) or {@code Duplicate Object property "name"} (Jackson 3), searched along the cause
   * chain.
   *
   * @param e the failure
   * @return the name, or null if the failure is not about a duplicate key
   */
  public static @Nullable String duplicateName(@Nullable Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.startsWith("Duplicate ")) {
        java.util.regex.Matcher q = DUPLICATE.matcher(m);
        return q.find() ? (q.group(1) != null ? q.group(1) : q.group(2)) : "";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern DUPLICATE =
      java.util.regex.Pattern.compile("Duplicate [^'\"]*(?:'([^']*)'|\"([^\"]*)\")");

  /** Rule for a key given twice in one object. */
  public static final String DUPLICATE_RULE = "must appear only once (duplicate key)";

  /**
   * A new, empty segment list for {@link #path(List)}.
   *
   * @return a mutable list
   */
  public static List<Object> segments() {
    return new ArrayList<>();
  }
}
