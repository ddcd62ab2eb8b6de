package io.github.gongkai.examples.cli;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.letters.Letter;
import io.github.gongkai.letters.LetterComposer;
import io.github.gongkai.letters.LetterInput;
import io.github.gongkai.letters.LetterKind;
import io.github.gongkai.letters.Letterhead;
import io.github.gongkai.letters.render.LetterFormat;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.decision.ItemDecision;
import io.github.gongkai.rules.decision.RequestDecision;
import io.github.gongkai.rules.remedy.RemedyPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai letter}: the answer letter or a procedural notice of a request, as a Word document,
 * HTML, plain text or JSON.
 */
@Command(
    name = "letter",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the answer letter (2019 Art.36-39) or a procedural notice of a disclosure request: receipt"
          + " (Art.31, 33), correction (Art.30), extension (Art.33), third-party consultation (Art.32) or fee"
          + " notice (Art.42, 国办函〔2020〕109号), with each statement's provisions and the remedy notice"
          + " the answer date calls for.",
      "答复书与告知书：由申请及其处理记录生成答复书或补正、延期、征求意见、收费等告知书，逐句注明法律依据并附救济途径。"
    })
final class LetterCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--request", required = true, paramLabel = "FILE",
      description = "The request with its events (JSON, as `report build` reads them one per line); - for standard input.")
  String request = "";

  @Option(names = "--decision", paramLabel = "FILE",
      description = "The decision the answer carries out, as printed by `decide` (one item or several); it must agree with the request's answer.")
  @Nullable Path decision;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "answer",
      description = "answer (default), receipt, correction, extension, consultation or fee.")
  String kind = "answer";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "txt",
      description = "docx, html, txt (default) or json.")
  String format = "txt";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write; standard output when omitted (not for docx).")
  @Nullable Path output;

  @Option(names = "--template", paramLabel = "DIR",
      description = "The agency's template directory: letterhead.properties (agency, documentNumberPattern, reviewBody, court, address, phone, extra.KIND.N), optional letters_zh.properties / letters.properties with its own wording, optional seal.png.")
  @Nullable Path template;

  @Option(names = "--serial", paramLabel = "N",
      description = "Serial number of the letter's document number (发文字号), with the template's pattern.")
  @Nullable Integer serial;

  @Option(names = "--event", paramLabel = "N",
      description = "For a notice: the position (from 0) of the event it gives notice of; default the last of its kind.")
  @Nullable Integer event;

  @Option(names = "--competent-agency", paramLabel = "TEXT",
      description = "For information not held: the agency responsible for it and its contacts (2019 Art.36(5)).")
  @Nullable String competentAgency;

  @Option(names = "--published-at", paramLabel = "TEXT",
      description = "For information already published: where to obtain it (2019 Art.36(1)).")
  @Nullable String publishedAt;

  @Option(names = "--partial-review-first", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Whether a partial release (部分公开) answered from 2024-01-01 counts as a refusal that must go to"
          + " administrative review first (行政复议法 2023 Art.23; an interpretation, default yes); --no-partial-review-first"
          + " offers both routes.")
  boolean partialReviewFirst = true;

  @Override
  public Integer call() throws IOException {
    InformationRequest req = readRequest();
    LetterInput.Builder in = LetterInput.builder().request(req)
        .serial(serial).eventIndex(event).competentAgency(competentAgency).publishedAt(publishedAt);
    if (decision != null) {
      in.decision(readDecision(decision));
    }
    Letterhead letterhead = template != null ? Letterhead.fromDirectory(template) : Letterhead.of(req.getAgency());
    LetterComposer composer = LetterComposer.of(ChinaCalendars.official(), letterhead);
    if (!partialReviewFirst) {
      RemedyPolicy defaults = RemedyPolicy.defaults();
      Set<OutcomeGround> grounds = EnumSet.copyOf(defaults.getReviewFirstGrounds());
      grounds.remove(OutcomeGround.PARTIALLY_RELEASED);
      Set<OutcomeGround> interpreted = EnumSet.noneOf(OutcomeGround.class);
      interpreted.addAll(defaults.getInterpretedGrounds());
      interpreted.remove(OutcomeGround.PARTIALLY_RELEASED);
      composer = composer.withRemedyPolicy(
          RemedyPolicy.builder().reviewFirstGrounds(grounds).interpretedGrounds(interpreted).build());
    }
    Letter letter = composer.compose(LetterKind.ofCode(kind), in.build(), CliText.of(spec).locale());
    byte[] bytes = render(letter, format, letterhead);
    if (output == null) {
      if (format.equals(LetterFormat.DOCX.getCode())) {
        throw new InvalidValueException("--output", format, "is needed for a Word document (-o FILE.docx)");
      }
      spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    } else {
      try (OutputStream out = Files.newOutputStream(output)) {
        out.write(bytes);
      }
    }
    return 0;
  }

  /** The letter in a format: json, or one of the letter writers'. */
  static byte[] render(Letter letter, String format, Letterhead letterhead) {
    if (format.equals("json")) {
      return (GongkaiJson.writePretty(letter) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LetterFormat.ofCode(format).writer(letterhead).write(letter, out);
    return out.toByteArray();
  }

  private InformationRequest readRequest() throws IOException {
    InformationRequest r;
    if (request.equals("-")) {
      r = GongkaiJson.read(System.in, InformationRequest.class);
    } else {
      try (InputStream s = Files.newInputStream(Path.of(request))) {
        r = GongkaiJson.read(s, InformationRequest.class);
      } catch (NoSuchFileException e) {
        throw new NoSuchFileException(request, null, "no such file");
      }
    }
    return InvalidValueException.requireNonNull(r, "request (the JSON document)");
  }

  /** A decision as `decide` prints it: a RequestDecision (with items) or one item's DisclosureDecision. */
  private static RequestDecision readDecision(Path path) throws IOException {
    String json;
    try {
      json = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(path.toString(), null, "no such file");
    }
    Object tree = GongkaiJson.read(json, Object.class);
    if (tree instanceof java.util.Map && ((java.util.Map<?, ?>) tree).containsKey("items")) {
      return InvalidValueException.requireNonNull(GongkaiJson.read(json, RequestDecision.class), "decision");
    }
    DisclosureDecision one =
        InvalidValueException.requireNonNull(GongkaiJson.read(json, DisclosureDecision.class), "decision");
    return RequestDecision.combine(List.of(ItemDecision.of("1", one)));
  }
}
