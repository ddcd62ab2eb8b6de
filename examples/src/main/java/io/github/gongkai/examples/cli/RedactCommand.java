package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.redact.Mask;
import io.github.gongkai.rules.redact.RedactionLogEntry;
import io.github.gongkai.rules.redact.RedactionPolicy;
import io.github.gongkai.rules.redact.RedactionSummary;
import io.github.gongkai.rules.redact.Redactor;
import io.github.gongkai.rules.scan.FindingType;
import io.github.gongkai.rules.scan.PersonalDataScanner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai redact}: redacts personal data in UTF-8 text on stdin, prints the redacted text
 * and writes the redaction log as JSON.
 */
@Command(
    name = "redact",
    mixinStandardHelpOptions = true,
    description = {
      "Redact personal data (区分处理, 2019 Art.37) in UTF-8 text read from stdin and print the"
          + " redacted text. The log (positions, types, outcome ground, legal bases, zh/en text for"
          + " the answer letter) goes to --log FILE as JSON.",
      "对标准输入的文本作区分处理，输出处理后的文本；处理记录以JSON写入 --log 指定的文件。",
    })
final class RedactCommand extends TextCommand {
  @Option(names = "--log", paramLabel = "FILE", description = "Write the redaction log here as JSON.")
  @Nullable Path log;

  @Option(
      names = "--regime",
      paramLabel = "2008|2019",
      description = "The regime whose articles the log cites; default 2019.")
  String regime = "2019";

  @Option(
      names = "--mask",
      paramLabel = "TYPE=MASK",
      description = "Mask for a finding type, e.g. resident-id=full, mobile=keep-3-4, name=fixed:某某 (repeatable).")
  Map<String, String> masks = new LinkedHashMap<>();

  @Option(names = "--mask-all", paramLabel = "MASK", description = "One mask for every type.")
  @Nullable String maskAll;

  @Option(names = "--min-confidence", paramLabel = "X", description = "Skip findings below this confidence.")
  double minConfidence;

  @Override
  public Integer call() throws IOException {
    RedactionPolicy.Builder b =
        RedactionPolicy.builder().regime(Regime.ofCode(regime)).minConfidence(minConfidence);
    if (maskAll != null) {
      b.maskAll(Mask.parse(maskAll));
    }
    for (Map.Entry<String, String> m : masks.entrySet()) {
      b.mask(FindingType.ofCode(m.getKey()), Mask.parse(m.getValue()));
    }
    if (!types.isEmpty()) {
      b.types(ScanCommand.findingTypes(types));
    }
    PersonalDataScanner scanner = ScanCommand.scanner(List.of(), null, referenceDate);
    Redactor redactor = Redactor.of(b.build(), scanner);
    Reader in = stdin();
    Writer out = new CheckedWriter(spec.commandLine().getOut());
    if (log == null) {
      redactor.redact(in, out, e -> { });
      return 0;
    }
    // the log is streamed too: entries as they are settled, the summary at the end
    try (OutputStream file = Files.newOutputStream(log);
        JsonGenerator g = JSON.getFactory().createGenerator(file, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("regime", redactor.getPolicy().getRegime().getCode());
      g.writeArrayFieldStart("entries");
      RedactionSummary summary;
      try {
        summary = redactor.redact(in, out, e -> writeEntry(g, e));
      } catch (UncheckedIOException e) {
        // an UncheckedIOException always wraps its IOException
        throw new OutputFailedException(String.valueOf(log), java.util.Objects.requireNonNull(e.getCause()));
      }
      g.writeEndArray();
      g.writeBooleanField("redacted", summary.isRedacted());
      g.writeStringField("summaryZh", summary.getSummary(Locale.CHINESE));
      g.writeStringField("summaryEn", summary.getSummary(Locale.ENGLISH));
      g.writeEndObject();
      g.flush();
      file.write('\n');
    } catch (OutputFailedException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputFailedException(String.valueOf(log), e);
    }
    return 0;
  }

  private static void writeEntry(JsonGenerator g, RedactionLogEntry e) {
    try {
      g.writeTree(entryJson(e));
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  static ObjectNode entryJson(RedactionLogEntry e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("start", e.getStart());
    o.put("end", e.getEnd());
    o.put("redactedStart", e.getRedactedStart());
    o.put("redactedEnd", e.getRedactedEnd());
    FindingType type = e.getType();
    if (type != null) {
      o.put("type", type.getCode());
    } else {
      o.putNull("type");
    }
    ArrayNode types = o.putArray("types");
    e.getTypes().forEach(t -> types.add(t.getCode()));
    o.put("ground", e.getGround().getCode());
    ArrayNode grounds = o.putArray("grounds");
    for (OutcomeGround g : e.getGrounds()) {
      grounds.add(g.getCode());
    }
    ArrayNode bases = o.putArray("legalBases");
    for (LegalBasis lb : e.getLegalBases()) {
      bases.addObject().put("notation", lb.toNotation()).put("zh", lb.toChinese()).put("en", lb.toEnglish());
    }
    o.put("mask", e.getMask().getCode());
    ArrayNode notes = o.putArray("notes");
    e.getNotes().forEach(notes::add);
    o.put("zh", e.toChinese());
    o.put("en", e.toEnglish());
    return o;
  }
}
