package io.github.gongkai.report;

/**
 * How property tests of this module run: the settings of {@link io.github.gongkai.core.PropertyRuns}
 * (fixed seed, {@code -DQT_SEED=<n>} to explore another), from the core test jar.
 */
public final class PropertyRuns extends io.github.gongkai.core.PropertyRuns {
  private PropertyRuns() {}
}
