package io.github.gongkai.examples.cli;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.rules.decision.AssessedItem;
import io.github.gongkai.rules.decision.DecisionInput;
import io.github.gongkai.rules.decision.DisclosureDecider;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.decision.ItemDecision;
import io.github.gongkai.rules.decision.RequestDecision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai decide --input item.json}: decides a disclosure request and prints the decision as
 * JSON.
 *
 * <p>The input is a {@link DecisionInput} document: {@code item} (an InformationItem) with an
 * optional {@code assessment} (the agency's findings and choices), or {@code items} (a list of
 * {@code {"item": ..., "assessment": ...}} for a request over several items), and an optional
 * {@code context} (request date or regime, petition, excessive requests, special need …). One item
 * prints a {@code DisclosureDecision}; several print a {@code RequestDecision} with the per-item
 * decisions. {@code --explain} adds the trace of every rule. Samples: {@code
 * examples/src/main/resources/samples/decide-*.json}. Exit 0 on success, 2 on bad input.
 */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = {
      "Decides a disclosure request (政府信息公开申请) and prints the decision as JSON: disposition, grounds"
          + " from the outcome catalogue with their articles, required steps, report row.",
      "Input: {\"item\": InformationItem, \"assessment\": {...}?, \"context\": {\"requestDate\":"
          + " \"2024-03-01\", ...}?, \"policy\": {...}?} or {\"items\": [{\"item\": ..., \"assessment\": ...}],"
          + " \"context\": ..., \"policy\": ...}.",
      "Without context the 2019 Regulation applies. Exit 2 on bad input."
    })
final class DecideCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "FILE",
      description = "Decision input JSON (UTF-8); '-' reads standard input.")
  String input = "-";

  @Option(
      names = "--explain",
      description = "Include the explanation trace: every rule considered, fired or not, and why (zh, en).")
  boolean explain;

  @Override
  public Integer call() throws IOException {
    DecisionInput in = read();
    DisclosureDecider decider = in.decider();
    List<AssessedItem> items = in.assessedItems();
    Object out;
    if (in.getItem() != null) {
      AssessedItem one = items.get(0);
      out =
          explain
              ? decider.explain(one.getItem(), one.getAssessment(), in.effectiveContext())
              : decider.decide(one.getItem(), one.getAssessment(), in.effectiveContext());
    } else {
      List<ItemDecision> decisions = new ArrayList<>(items.size());
      for (AssessedItem ai : items) {
        DisclosureDecision d =
            explain
                ? decider.explain(ai.getItem(), ai.getAssessment(), in.effectiveContext())
                : decider.decide(ai.getItem(), ai.getAssessment(), in.effectiveContext());
        decisions.add(ItemDecision.of(ai.getItem().getId(), d));
      }
      out = RequestDecision.combine(decisions);
    }
    spec.commandLine().getOut().println(GongkaiJson.writePretty(out));
    return 0;
  }

  private DecisionInput read() throws IOException {
    DecisionInput in;
    if (input.equals("-")) {
      in = GongkaiJson.read(System.in, DecisionInput.class);
    } else {
      try (InputStream s = Files.newInputStream(Path.of(input))) {
        in = GongkaiJson.read(s, DecisionInput.class);
      } catch (NoSuchFileException e) {
        throw new NoSuchFileException(input, null, "no such file");
      }
    }
    // the JSON document `null` (or an empty one) reads as no value at all
    return InvalidValueException.requireNonNull(in, "decision input (the JSON document)");
  }
}
