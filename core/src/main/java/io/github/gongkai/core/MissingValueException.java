package io.github.gongkai.core;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A required value was not given: a builder was built without a mandatory attribute, or null was
 * passed where a value is required.
 *
 * <p>Thrown by every gongkai builder (see {@link GongkaiStyle}) instead of {@code
 * NullPointerException} or {@code IllegalStateException}. {@link #getField()} names the missing
 * attribute (several are joined with {@code ", "}); {@link #getMissing()} lists them.
 */
public class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final List<String> missing;

  private static final Pattern BUILDER_MESSAGE =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[(.*)\\]");

  /**
   * A required value is missing. Generated builders call this with either the name of a null
   * argument, or their own message listing the attributes not set ({@code "Cannot build X, some of
   * required attributes are not set [a, b]"}), from which the attribute names are taken.
   *
   * @param fieldOrBuilderMessage the attribute or parameter name, or a builder's message; not null
   */
  public MissingValueException(String fieldOrBuilderMessage) {
    this(missingFrom(fieldOrBuilderMessage));
  }

  private MissingValueException(List<String> missing) {
    super(String.join(", ", missing), null, "is required");
    this.missing = missing;
  }

  private static List<String> missingFrom(String message) {
    Matcher m = BUILDER_MESSAGE.matcher(message);
    if (m.matches()) {
      return List.of(m.group(1).split(", "));
    }
    return List.of(message);
  }

  /**
   * The names of the missing attributes.
   *
   * @return the names, at least one
   */
  public List<String> getMissing() {
    return missing;
  }
}
