package io.github.gongkai.rules.decision;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A step the agency must take before or with its answer, with the provision requiring it.
 *
 * <p>A {@link #isBlocking() blocking} step must be completed before the answer can be final (a
 * pending third-party consultation, a secrecy determination); the decision carrying it is {@link
 * DisclosureDecision#isProvisional() provisional}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequiredStep.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRequiredStep.class)
@JsonDeserialize(as = ImmutableRequiredStep.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRequiredStep.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "blocking", "party", "dueDate", "legalBasis"})
public abstract class RequiredStep {
  RequiredStep() {}

  /**
   * What must be done.
   *
   * @return the kind of step
   */
  public abstract StepKind getKind();

  /**
   * Whether the answer must wait for this step.
   *
   * @return true if the decision is provisional until the step is done
   */
  public abstract boolean isBlocking();

  /**
   * The party the step concerns: the third party to consult or notify, or the responsible agency to
   * name; null when the step concerns no particular party.
   *
   * @return the party, or null
   */
  public abstract @Nullable String getParty();

  /**
   * The due date of the step, where the law fixes one and the caller computed it: for a third-party
   * consultation, the last day of the 15 working days from the third party's receipt of the letter
   * (2019 Art.32). gongkai's deciders never compute working days themselves; they take this date
   * from the caller.
   *
   * @return the due date, or null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract @Nullable LocalDate getDueDate();

  /**
   * The provision requiring the step, under the decision's regime.
   *
   * @return the legal basis
   */
  public abstract LegalBasis getLegalBasis();

  @Value.Check
  void check() {
    String party = getParty();
    if (party != null && party.isBlank()) {
      throw new InvalidValueException("party", party, "must not be blank");
    }
  }

  /**
   * Creates a step.
   *
   * @param kind the kind; not null
   * @param blocking whether the answer must wait for it
   * @param party the party concerned, or null
   * @param dueDate the due date, or null
   * @param legalBasis the provision; not null
   * @return the step
   */
  public static RequiredStep of(
      StepKind kind,
      boolean blocking,
      @Nullable String party,
      @Nullable LocalDate dueDate,
      LegalBasis legalBasis) {
    return builder()
        .kind(InvalidValueException.requireNonNull(kind, "kind"))
        .blocking(blocking)
        .party(party)
        .dueDate(dueDate)
        .legalBasis(InvalidValueException.requireNonNull(legalBasis, "legalBasis"))
        .build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequiredStep}. */
  public static final class Builder extends ImmutableRequiredStep.Builder {
    Builder() {}
  }
}
