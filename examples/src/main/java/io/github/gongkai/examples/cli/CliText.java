package io.github.gongkai.examples.cli;

import io.github.gongkai.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The command line's own messages — errors, summaries, the demo's headings — in the language chosen
 * with the global {@code --lang} option: English by default, Chinese for {@code --lang zh}. The texts
 * are {@link java.text.MessageFormat} patterns in {@code i18n/messages.properties} (English) and
 * {@code i18n/messages_zh.properties} (Chinese) next to this class. Numbers are written plainly (no
 * grouping), so years and counts print as they are.
 */
final class CliText {
  private static final Texts TEXTS = Texts.load(CliText.class, "/io/github/gongkai/examples/cli/i18n/messages");

  /** English, the default. */
  static final CliText ENGLISH = new CliText(Locale.ENGLISH);

  /** Chinese. */
  static final CliText CHINESE = new CliText(Locale.SIMPLIFIED_CHINESE);

  private final Locale locale;

  private CliText(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language asked for on a command line: the value of {@code --lang} ({@code --lang zh} or
   * {@code --lang=zh}); any {@code zh} value gives Chinese, anything else English.
   *
   * @param args the command-line arguments
   * @return the texts
   */
  static CliText of(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = null;
      if (a.equals("--lang") && i + 1 < args.size()) {
        value = args.get(i + 1);
      } else if (a.startsWith("--lang=")) {
        value = a.substring("--lang=".length());
      }
      if (value != null) {
        return value.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
      }
    }
    return ENGLISH;
  }

  /**
   * The language of the command line a command runs in.
   *
   * @param spec the running command's spec
   * @return the texts
   */
  static CliText of(CommandLine.Model.CommandSpec spec) {
    CommandLine.ParseResult parsed = spec.root().commandLine().getParseResult();
    return parsed == null ? ENGLISH : of(parsed.originalArgs());
  }

  /**
   * The locale of these texts.
   *
   * @return {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
   */
  Locale locale() {
    return locale;
  }

  /**
   * Whether these texts are Chinese.
   *
   * @return true for Chinese
   */
  boolean isChinese() {
    return Texts.isChinese(locale);
  }

  /**
   * A message.
   *
   * @param key the key
   * @param args the arguments; numbers other than those a pattern formats itself ({@code choice})
   *     are written without grouping
   * @return the text
   */
  String get(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      plain[i] = a instanceof Long || a instanceof Integer ? a.toString() : a;
    }
    return TEXTS.format(key, locale, plain);
  }

  /**
   * The keys of one language, for completeness tests.
   *
   * @param chinese true for the Chinese file
   * @return the keys
   */
  static java.util.Set<String> keys(boolean chinese) {
    return TEXTS.keys(chinese);
  }
}
