package io.github.gongkai.core;

import org.quicktheories.QuickTheory;

/**
 * How property tests of this module run: QuickTheories inside ordinary JUnit Jupiter tests, with a
 * fixed seed so that every build checks the same examples.
 *
 * <p>Pass {@code -DQT_SEED=<n>} to explore another seed; a failure always reports the seed and the
 * smallest falsifying example it found. Other modules use the same settings through the core test
 * jar.
 */
public class PropertyRuns {
  /** Only for the modules' own names of these settings. */
  protected PropertyRuns() {}

  /** Examples per property unless a test asks for more. */
  public static final int EXAMPLES = 200;

  /** The seed used unless {@code QT_SEED} is set. */
  public static final long SEED = 20_190_515L;

  public static QuickTheory qt() {
    return qt(EXAMPLES);
  }

  public static QuickTheory qt(int examples) {
    QuickTheory qt = QuickTheory.qt().withExamples(examples);
    return System.getProperty("QT_SEED") == null ? qt.withFixedSeed(SEED) : qt;
  }
}
