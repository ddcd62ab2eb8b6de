package io.github.gongkai.rules;

/** Placeholder removed once the first rule lands. */
final class Rules {
  private Rules() {}
}
