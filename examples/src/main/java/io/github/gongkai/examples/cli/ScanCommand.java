package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.rules.scan.Check;
import io.github.gongkai.rules.scan.PersonalDataMatch;
import io.github.gongkai.rules.scan.FindingType;
import io.github.gongkai.rules.scan.PersonalDataScanner;
import io.github.gongkai.rules.scan.SensitiveKeywords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai scan}: finds personal data in UTF-8 text on stdin and prints one JSON object per
 * finding per line.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Find personal data in UTF-8 text read from stdin; print one JSON object per finding per"
          + " line: type, start, end (UTF-16 char offsets, end exclusive), confidence, checks,"
          + " masked text (category for sensitive keywords).",
      "扫描标准输入中的个人信息，每条结果输出一行JSON。默认不输出完整号码，--show 时输出。",
    })
final class ScanCommand extends TextCommand {
  @Option(names = "--show", description = "Also print the full matched text (personal data!).")
  boolean show;

  @Option(
      names = "--keywords",
      paramLabel = "FILE",
      description = "A TSV of further sensitive-keyword categories (code, labelZh, labelEn, basis, keywords).")
  @Nullable Path keywords;

  @Override
  public Integer call() throws IOException {
    PersonalDataScanner scanner = scanner(types, keywords, referenceDate);
    PrintWriter out = spec.commandLine().getOut();
    Reader in = stdin();
    scanner.scan(in, f -> out.println(toJson(f, show)));
    out.flush();
    return 0;
  }

  static PersonalDataScanner scanner(
      List<String> types, @Nullable Path keywords, @Nullable LocalDate referenceDate) throws IOException {
    PersonalDataScanner.Builder b = PersonalDataScanner.builder().referenceDate(referenceDate);
    if (!types.isEmpty()) {
      b.types(findingTypes(types));
    }
    if (keywords != null) {
      try (Reader r = Files.newBufferedReader(keywords, StandardCharsets.UTF_8)) {
        b.keywords(SensitiveKeywords.defaults().with(SensitiveKeywords.parse(r).getCategories()));
      }
    }
    return b.build();
  }

  /** The finding types named by {@code codes} (a {@code --type} option). */
  static EnumSet<FindingType> findingTypes(List<String> codes) {
    EnumSet<FindingType> set = EnumSet.noneOf(FindingType.class);
    for (String t : codes) {
      set.add(FindingType.ofCode(t));
    }
    return set;
  }

  static String toJson(PersonalDataMatch f, boolean show) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", f.getType().getCode());
    o.put("start", f.getStart());
    o.put("end", f.getEnd());
    o.put("confidence", f.getConfidence());
    ArrayNode checks = o.putArray("checks");
    for (Check c : f.getChecks()) {
      checks.add(c.getCode());
    }
    if (f.getCategory() != null) {
      o.put("category", f.getCategory());
    }
    o.put("masked", f.getMaskedText());
    if (show) {
      o.put("text", f.getText());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
