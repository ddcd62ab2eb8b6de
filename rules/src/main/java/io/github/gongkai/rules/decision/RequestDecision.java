package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.request.ItemOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One answer to a request over several items, counted once in the annual report.
 *
 * <p>Combination ({@link #combine(List)}), independent of the order of the items:
 *
 * <ul>
 *   <li>every item released in full → {@link Disposition#RELEASE}, row {@link OutcomeGround#RELEASED};
 *   <li>some information released (in full or in part) and some not → {@link
 *       Disposition#RELEASE_IN_PART}, row {@link OutcomeGround#PARTIALLY_RELEASED} — table 三（二）:
 *       "区分处理的，只计这一情形，不计其他情形" (counted here only);
 *   <li>nothing released → the refusal counted in the <em>earliest row of table 三</em> among the
 *       items' report rows, i.e. the first in catalogue order: a withholding ground （三） before
 *       cannot-provide （四） before not-processed （五） before other （六）, and within a category the
 *       table's order (state secret first). The reasoning: a substantive exemption is the most
 *       specific answer and the one an applicant must first contest by administrative review
 *       (行政复议法 2023 Art.23(4)), and the table order puts mandatory grounds before discretionary
 *       ones. The disposition is that item's (the lowest disposition code order among items on the
 *       same row, for a deterministic answer).
 * </ul>
 *
 * <p>Immutable and thread-safe; JSON with stable codes.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequestDecision.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRequestDecision.class)
@JsonDeserialize(as = ImmutableRequestDecision.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRequestDecision.class)
@JsonPropertyOrder({"regime", "disposition", "reportRow", "provisional", "grounds", "items"})
public abstract class RequestDecision {
  RequestDecision() {}

  /**
   * The regime shared by all items.
   *
   * @return the regime
   */
  public abstract Regime getRegime();

  /**
   * The combined answer.
   *
   * @return the disposition
   */
  public abstract Disposition getDisposition();

  /**
   * The one row of table 三 the request is counted in.
   *
   * @return the row
   */
  public abstract OutcomeGround getReportRow();

  /**
   * Whether any item's decision is provisional.
   *
   * @return true if the answer must wait for a step
   */
  public abstract boolean isProvisional();

  /**
   * The distinct grounds of all items, in catalogue order ({@link OutcomeGround#RELEASED} only when
   * everything is released).
   *
   * @return the grounds, not empty
   */
  public abstract List<OutcomeGround> getGrounds();

  /**
   * The per-item decisions, in the order given.
   *
   * @return the items, not empty
   */
  public abstract List<ItemDecision> getItems();

  /**
   * The provisions the whole answer rests on: the union of the items' legal bases, each provision
   * once (a plain citation preferred to the same provision marked as an interpretation), ordered by
   * instrument, article, paragraph and item — the same whatever the order of the items.
   *
   * @return the legal bases, not empty
   */
  @Value.Derived
  public List<LegalBasis> getLegalBases() {
    List<LegalBasis> all = new ArrayList<>();
    for (ItemDecision it : getItems()) {
      all.addAll(it.getDecision().getLegalBases());
    }
    all.sort(PROVISION_ORDER);
    List<LegalBasis> out = new ArrayList<>(all.size());
    for (LegalBasis b : all) {
      if (!RuleTable.containsProvision(out, b)) {
        out.add(b);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The steps the agency must take for the whole answer: the union of the items' steps, each once,
   * blocking steps first, then by kind, party, due date and provision — the same whatever the order
   * of the items.
   *
   * @return the steps, possibly empty
   */
  @Value.Derived
  public List<RequiredStep> getSteps() {
    List<RequiredStep> out = new ArrayList<>();
    for (ItemDecision it : getItems()) {
      for (RequiredStep st : it.getDecision().getSteps()) {
        if (!out.contains(st)) {
          out.add(st);
        }
      }
    }
    out.sort(STEP_ORDER);
    return List.copyOf(out);
  }

  private static final Comparator<LegalBasis> PROVISION_ORDER =
      Comparator.comparing(LegalBasis::getInstrument)
          .thenComparing(LegalBasis::getArticle, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(LegalBasis::getParagraph, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(LegalBasis::getItem, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(LegalBasis::isInterpretation);

  private static final Comparator<RequiredStep> STEP_ORDER =
      Comparator.comparing((RequiredStep st) -> !st.isBlocking())
          .thenComparing(RequiredStep::getKind)
          .thenComparing(RequiredStep::getParty, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(RequiredStep::getDueDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(st -> st.getLegalBasis().toNotation());

  /**
   * The per-item outcomes for an {@code Answered} event of the request's history: each item's id
   * with its report row ({@link io.github.gongkai.core.request.ItemOutcome}), in item order. The
   * request's own outcome is {@link #getReportRow()}.
   *
   * @return the item outcomes, not empty
   */
  public List<ItemOutcome> toItemOutcomes() {
    List<ItemOutcome> out = new ArrayList<>(getItems().size());
    for (ItemDecision it : getItems()) {
      out.add(ItemOutcome.of(it.getItemId(), it.getDecision().getReportRow()));
    }
    return List.copyOf(out);
  }

  /**
   * Combines the decisions on the items of one request.
   *
   * @param items the item decisions, at least one, all under the same regime
   * @return the combined decision
   * @throws InvalidValueException if the list is empty, holds null, or mixes regimes
   */
  public static RequestDecision combine(List<ItemDecision> items) {
    InvalidValueException.requireNonNull(items, "items");
    if (items.isEmpty()) {
      throw new InvalidValueException("items", "[]", "must hold at least one item decision");
    }
    Regime regime = null;
    boolean allReleased = true;
    boolean anyReleased = false;
    boolean provisional = false;
    DisclosureDecision decisive = null;
    Set<OutcomeGround> grounds = EnumSet.noneOf(OutcomeGround.class);
    for (ItemDecision it : items) {
      InvalidValueException.requireNonNull(it, "items[]");
      DisclosureDecision d = it.getDecision();
      if (regime == null) {
        regime = d.getRegime();
      } else if (regime != d.getRegime()) {
        throw new InvalidValueException(
            "items", it.getItemId() + "@" + d.getRegime().getCode(), "must share one regime, " + regime.getCode());
      }
      Disposition disp = d.getDisposition();
      allReleased &= disp == Disposition.RELEASE;
      anyReleased |= disp.releasesSomething();
      provisional |= d.isProvisional();
      for (AppliedGround g : d.getGrounds()) {
        grounds.add(g.getGround());
      }
      if (!disp.releasesSomething() && (decisive == null || precedes(d, decisive))) {
        decisive = d;
      }
    }
    Disposition disposition;
    OutcomeGround row;
    if (allReleased) {
      disposition = Disposition.RELEASE;
      row = OutcomeGround.RELEASED;
    } else if (anyReleased || decisive == null) {
      disposition = Disposition.RELEASE_IN_PART;
      row = OutcomeGround.PARTIALLY_RELEASED;
    } else {
      disposition = decisive.getDisposition();
      row = decisive.getReportRow();
    }
    // an EnumSet iterates in catalogue order
    grounds.remove(OutcomeGround.RELEASED);
    List<OutcomeGround> list = new ArrayList<>(grounds);
    if (list.isEmpty()) {
      list.add(OutcomeGround.RELEASED);
    }
    return ImmutableRequestDecision.builder()
        .regime(Objects.requireNonNull(regime, "regime of a non-empty list"))
        .disposition(disposition)
        .reportRow(row)
        .provisional(provisional)
        .grounds(list)
        .items(items)
        .build();
  }

  private static boolean precedes(DisclosureDecision a, DisclosureDecision b) {
    // catalogue order of the rows, then the order of the dispositions
    int c = a.getReportRow().compareTo(b.getReportRow());
    if (c != 0) {
      return c < 0;
    }
    return a.getDisposition().compareTo(b.getDisposition()) < 0;
  }
}
