package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Coded;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The condition of a rule of the table, parsed once when the table is loaded. Grammar:
 *
 * <pre>
 * condition := fact                       the fact holds (a valued fact: it has a value)
 *            | fact "=" value             a valued fact has this value (by code)
 *            | "all(" condition ("," condition)* ")"   every one holds
 *            | "any(" condition ("," condition)* ")"   at least one holds
 *            | "not(" condition ")"
 *            | "fired(" rule ")"          a rule earlier in the table fired
 *            | "lifted(" rule ")"         an exemption earlier in the table fired and was lifted
 * </pre>
 *
 * <p>Facts are the codes of {@link Fact}, rules the codes of {@link DecisionRule}.
 */
sealed interface Condition {
  /**
   * Whether the condition holds in an evaluation.
   *
   * @param e the evaluation so far (rules earlier in the table are settled)
   * @return true if it holds
   */
  boolean test(Evaluation e);

  /**
   * Adds the facts the condition names.
   *
   * @param out the set to add to
   */
  void facts(Set<Fact> out);

  /** Every part holds ({@code all(...)}), or at least one ({@code any(...)}). */
  record Join(boolean all, List<Condition> parts) implements Condition {
    @Override
    public boolean test(Evaluation e) {
      // all: true unless a part fails; any: false unless a part holds
      for (int i = 0, n = parts.size(); i < n; i++) {
        if (parts.get(i).test(e) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    public void facts(Set<Fact> out) {
      parts.forEach(p -> p.facts(out));
    }

    @Override
    public String toString() {
      return parts.stream().map(Object::toString).collect(Collectors.joining(", ", all ? "all(" : "any(", ")"));
    }
  }

  /** The negation. */
  record Not(Condition part) implements Condition {
    @Override
    public boolean test(Evaluation e) {
      return !part.test(e);
    }

    @Override
    public void facts(Set<Fact> out) {
      part.facts(out);
    }

    @Override
    public String toString() {
      return "not(" + part + ")";
    }
  }

  /** A fact holds. */
  record Holds(Fact fact) implements Condition {
    @Override
    public boolean test(Evaluation e) {
      return fact.holds(e);
    }

    @Override
    public void facts(Set<Fact> out) {
      out.add(fact);
    }

    @Override
    public String toString() {
      return fact.code();
    }
  }

  /** A valued fact has a value. */
  record Equals(Fact fact, Coded value) implements Condition {
    @Override
    public boolean test(Evaluation e) {
      return fact.value(e) == value;
    }

    @Override
    public void facts(Set<Fact> out) {
      out.add(fact);
    }

    @Override
    public String toString() {
      return fact.code() + "=" + value.getCode();
    }
  }

  /**
   * A rule earlier in the table fired ({@code fired(rule)}), or, an exemption, fired and was lifted
   * ({@code lifted(rule)}); {@code position} is its place in the table.
   */
  record RuleState(boolean lifted, DecisionRule rule, int position) implements Condition {
    @Override
    public boolean test(Evaluation e) {
      return lifted ? e.lifted(position) : e.fired(position);
    }

    @Override
    public void facts(Set<Fact> out) {}

    @Override
    public String toString() {
      return (lifted ? "lifted(" : "fired(") + rule.getCode() + ")";
    }
  }

  /**
   * A fact without which a condition cannot hold: the fact of a fact condition, or of the first
   * part of an {@code all(...)}; null if there is none.
   *
   * @param c the condition
   * @return the fact, or null
   */
  static @Nullable Fact guard(Condition c) {
    if (c instanceof Holds) {
      return ((Holds) c).fact();
    }
    if (c instanceof Equals) {
      return ((Equals) c).fact();
    }
    if (c instanceof Join && ((Join) c).all()) {
      return guard(((Join) c).parts().get(0));
    }
    return null;
  }

  /**
   * Parses a condition.
   *
   * @param text the condition
   * @param earlier the table position of a rule that comes before the rule being read; throws
   *     {@link IllegalArgumentException} for any other rule
   * @return the condition
   * @throws IllegalArgumentException for a malformed condition, an unknown fact, value or rule
   */
  static Condition parse(String text, ToIntFunction<DecisionRule> earlier) {
    Parser p = new Parser(text, earlier);
    Condition c = p.condition();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("unexpected '" + text.substring(p.pos) + "'");
    }
    return c;
  }

  /** A recursive-descent parser of the grammar above. */
  final class Parser {
    private final String text;
    private final ToIntFunction<DecisionRule> earlier;
    private int pos;

    private Parser(String text, ToIntFunction<DecisionRule> earlier) {
      this.text = text;
      this.earlier = earlier;
    }

    private Condition condition() {
      String name = name();
      skipSpace();
      if (peek('(')) {
        pos++;
        return call(name);
      }
      Fact fact = Fact.ofCode(name);
      if (fact == null) {
        throw error("unknown fact '" + name + "'");
      }
      if (peek('=')) {
        pos++;
        skipSpace();
        return new Equals(fact, value(fact, name()));
      }
      return new Holds(fact);
    }

    private Condition call(String name) {
      switch (name) {
        case "all":
        case "any": {
          List<Condition> parts = new ArrayList<>();
          do {
            parts.add(condition());
            skipSpace();
          } while (accept(','));
          expect(')');
          return new Join(name.equals("all"), List.copyOf(parts));
        }
        case "not": {
          Condition c = condition();
          expect(')');
          return new Not(c);
        }
        case "fired":
        case "lifted": {
          String code = name();
          DecisionRule rule;
          try {
            rule = DecisionRule.ofCode(code);
          } catch (RuntimeException e) {
            throw error("unknown rule '" + code + "'");
          }
          int position = earlier.applyAsInt(rule);
          expect(')');
          return new RuleState(name.equals("lifted"), rule, position);
        }
        default:
          throw error("unknown operator '" + name + "'");
      }
    }

    private static Coded value(Fact fact, String code) {
      Class<? extends Enum<?>> type = fact.valueType();
      if (type == null) {
        throw new IllegalArgumentException("fact '" + fact.code() + "' has no values");
      }
      for (Enum<?> c : type.getEnumConstants()) {
        Coded coded = (Coded) c;
        if (coded.getCode().equals(code)) {
          return coded;
        }
      }
      throw new IllegalArgumentException("no value '" + code + "' of fact '" + fact.code() + "'");
    }

    private String name() {
      skipSpace();
      int start = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
          pos++;
        } else {
          break;
        }
      }
      if (start == pos) {
        throw error("a name expected");
      }
      return text.substring(start, pos);
    }

    private void skipSpace() {
      while (pos < text.length() && text.charAt(pos) == ' ') {
        pos++;
      }
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean accept(char c) {
      skipSpace();
      if (peek(c)) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw error("'" + c + "' expected");
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at " + pos + " in '" + text + "'");
    }
  }
}
