package io.github.gongkai.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.ChinaCalendars;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.rules.deadline.DeadlineEngine;
import io.github.gongkai.rules.deadline.DeadlineInput;
import io.github.gongkai.rules.deadline.DeadlinePolicy;
import io.github.gongkai.rules.deadline.DeadlineResult;
import io.github.gongkai.rules.deadline.Pause;
import io.github.gongkai.rules.deadline.PauseKind;
import io.github.gongkai.rules.deadline.RestDayReceipt;
import io.github.gongkai.rules.lifecycle.Receipt;
import io.github.gongkai.rules.lifecycle.ReceiptRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai deadline}: the reply deadline of a disclosure request, as JSON, on the bundled
 * national calendar.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the reply deadline of a disclosure request (2019 Art.30-35; 2008 Art.24) on the"
          + " official national calendar and prints it as JSON with an auditable trace.",
      "答复期限计算：按国务院办公厅节假日安排计算工作日，输出含计算过程的JSON。"
    })
final class DeadlineCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--received",
      required = true,
      paramLabel = "DATE",
      description = "Receipt date (yyyy-mm-dd), established under 2019 Art.31 (207号 before 2019-05-15).")
  String received = "";

  @Option(
      names = "--channel",
      paramLabel = "C",
      description = "Channel: in-person, mail, ordinary-letter, online-platform, email, fax or other. Reported with its receipt rule (2019 Art.31; 207号 before 2019-05-15); for channels needing confirmation, --received is the confirmation date.")
  @Nullable String channel;

  @Option(names = "--regime", paramLabel = "2008|2019", description = "Regime; default: by receipt date (2019-05-15 cut-over).")
  @Nullable String regime;

  @Option(names = "--extended", description = "An extension of the maximum length was granted.")
  boolean extended;

  @Option(
      names = "--pause",
      paramLabel = "[KIND:]FROM..TO",
      description = "Days excluded from the count, both ends inclusive; KIND third-party (default), other-agency or fee-notice. Repeatable.")
  List<String> pauses = new ArrayList<>();

  @Option(
      names = "--consultation",
      paramLabel = "[KIND:]SENT[..REPLIED]",
      description = "A consultation letter sent on SENT and answered on REPLIED (omit while unanswered: under 2019 it runs to the 15-working-day reply window, Art.32, Art.34); KIND third-party (default) or other-agency. The days excluded are derived under the policy (2019 Art.33 para.2). Repeatable.")
  List<String> consultations = new ArrayList<>();

  @Option(
      names = "--correction-notice",
      paramLabel = "DATE",
      description = "Date the correction notice was sent (补正告知, 2019 Art.30): checked against the 7-working-day limit.")
  @Nullable String correctionNotice;

  @Option(
      names = "--corrected",
      paramLabel = "DATE",
      description = "Receipt date of the corrected request (补正): the reply period runs afresh from it (2019 Art.30).")
  @Nullable String corrected;

  @Option(names = "--art35", paramLabel = "DATE", description = "Later reply date set by the agency under 2019 Art.35.")
  @Nullable String art35;

  @Option(
      names = "--rest-day-receipt",
      paramLabel = "RULE",
      description = "next-working-day (default) or as-received: how a request received on a day off is dated.")
  @Nullable String restDayReceipt;

  @Option(names = "--exclude-makeup-days", description = "Do not count 调休 make-up working days.")
  boolean excludeMakeupDays;

  @Override
  public Integer call() throws JsonProcessingException {
    CliText text = CliText.of(spec);
    LocalDate receipt = date(text, "--received", received);
    Regime r = regime == null ? Regime.forDate(receipt) : Regime.ofCode(regime);
    DeadlineInput.Builder in = DeadlineInput.builder().receiptDate(receipt);
    if (regime != null) {
      in.regime(r);
    }
    if (extended) {
      in.extensionWorkingDays(DeadlineEngine.replyWorkingDays(r));
    }
    for (String p : pauses) {
      in.addPauses(pause(text, p));
    }
    if (corrected != null) {
      in.correctedReceiptDate(date(text, "--corrected", corrected));
    }
    if (art35 != null) {
      in.art35DueDate(date(text, "--art35", art35));
    }
    if (correctionNotice != null) {
      in.correctionNoticeDate(date(text, "--correction-notice", correctionNotice));
    }
    DeadlinePolicy.Builder policy = DeadlinePolicy.builder().makeUpWorkdaysCounted(!excludeMakeupDays);
    if (restDayReceipt != null) {
      policy.restDayReceipt(RestDayReceipt.ofCode(restDayReceipt));
    }
    DeadlineEngine engine = DeadlineEngine.of(ChinaCalendars.official(), policy.build());
    for (String c : consultations) {
      consultationPause(text, engine, c, r).ifPresent(in::addPauses);
    }
    DeadlineResult result = engine.compute(in.build());

    ObjectMapper mapper = GongkaiJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode json = mapper.createObjectNode();
    if (channel != null) {
      Channel c = Channel.ofCode(channel);
      Receipt rule = ReceiptRules.establish(c, result.getRegime(), receipt, receipt);
      json.put("channel", c.getCode());
      ObjectNode receiptRule = json.putObject("receiptRule");
      receiptRule.put("confirmationNeeded", ReceiptRules.needsConfirmation(c, result.getRegime()));
      receiptRule.put("zh", rule.getRuleZh());
      receiptRule.put("en", rule.getRuleEn());
      receiptRule.put("citation", rule.getLegalBasis().toChinese());
    }
    json.setAll((ObjectNode) mapper.valueToTree(result));
    spec.commandLine().getOut().println(mapper.writeValueAsString(json));
    return 0;
  }

  private static LocalDate date(CliText text, String option, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(option, value, text.get("option.date"));
    }
  }

  /** The pause of one consultation, derived by the engine from its letter and reply dates. */
  private static Optional<Pause> consultationPause(
      CliText text, DeadlineEngine engine, String value, Regime regime) {
    Kinded k = Kinded.parse(value);
    if (k.kind() == PauseKind.FEE_NOTICE) {
      throw new InvalidValueException("--consultation", value, text.get("option.consultation-kind"));
    }
    String spec = k.rest();
    int dots = spec.indexOf("..");
    LocalDate sent = date(text, "--consultation", dots < 0 ? spec : spec.substring(0, dots));
    LocalDate replied = dots < 0 ? null : date(text, "--consultation", spec.substring(dots + 2));
    return engine.consultationPause(k.kind(), sent, replied, regime);
  }

  private static Pause pause(CliText text, String value) {
    Kinded k = Kinded.parse(value);
    String spec = k.rest();
    int dots = spec.indexOf("..");
    if (dots < 0) {
      throw new InvalidValueException("--pause", value, text.get("option.pause"));
    }
    return Pause.of(k.kind(), date(text, "--pause", spec.substring(0, dots)), date(text, "--pause", spec.substring(dots + 2)));
  }

  /** An option value {@code [KIND:]REST}: its pause kind, third-party when none is given, and the rest. */
  private record Kinded(PauseKind kind, String rest) {
    static Kinded parse(String value) {
      String spec = value.trim();
      int colon = spec.indexOf(':');
      return colon < 0
          ? new Kinded(PauseKind.THIRD_PARTY, spec)
          : new Kinded(PauseKind.ofCode(spec.substring(0, colon)), spec.substring(colon + 1));
    }
  }
}
