package io.github.gongkai.rules.redact;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.rules.scan.PersonalDataMatch;
import io.github.gongkai.rules.scan.FindingType;
import io.github.gongkai.rules.scan.PersonalDataScanner;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies findings and caller spans to a text (区分处理, 2019 Art.37; 2008 Art.22).
 *
 * <p>Findings are kept when their type is in the policy's types and their confidence reaches its
 * minimum; each becomes a span withheld to protect a third party's lawful rights ({@link
 * OutcomeGround#WITHHELD_THIRD_PARTY_RIGHTS}, 2019 Art.15). Caller spans carry their own ground.
 * Overlapping spans (sharing at least one char) are merged into one region; a region of one span
 * takes that span's mask (its own, else the policy's for its type, else the caller default), a
 * merged region of several is masked in full. Adjacent spans stay separate. Each region's log
 * entry cites the legal bases of its grounds under the policy's regime from the catalogue, followed
 * by those of partial disclosure ({@link OutcomeGround#PARTIALLY_RELEASED}: 2019 Art.37, 2008
 * Art.22).
 *
 * <p>Immutable and thread-safe.
 */
public final class Redactor {
  private static final Redactor STANDARD = new Redactor(RedactionPolicy.defaults(), PersonalDataScanner.standard());

  private final RedactionPolicy policy;
  private final PersonalDataScanner scanner;

  private Redactor(RedactionPolicy policy, PersonalDataScanner scanner) {
    this.policy = policy;
    this.scanner = scanner;
  }

  /**
   * The redactor with the standard policy and scanner.
   *
   * @return the standard redactor
   */
  public static Redactor standard() {
    return STANDARD;
  }

  /**
   * A redactor with a policy, using the standard scanner for {@link #redact(String)}.
   *
   * @param policy the policy; not null
   * @return the redactor
   */
  public static Redactor of(RedactionPolicy policy) {
    return of(policy, PersonalDataScanner.standard());
  }

  /**
   * A redactor with a policy and a scanner.
   *
   * @param policy the policy; not null
   * @param scanner the scanner used by {@link #redact(String)}; not null
   * @return the redactor
   */
  public static Redactor of(RedactionPolicy policy, PersonalDataScanner scanner) {
    return new Redactor(
        InvalidValueException.requireNonNull(policy, "policy"),
        InvalidValueException.requireNonNull(scanner, "scanner"));
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public RedactionPolicy getPolicy() {
    return policy;
  }

  /**
   * Scans {@code text} and redacts what the policy selects.
   *
   * @param text the text; not null
   * @return the result
   */
  public RedactionResult redact(String text) {
    InvalidValueException.requireNonNull(text, "text");
    return redact(text, scanner.scan(text), List.of());
  }

  /**
   * Redacts a stream of text in bounded memory: reads {@code in}, writes the redacted text to
   * {@code out} and passes each log entry to {@code log} as soon as its region is settled, in text
   * order. The result is what {@link #redact(String)} gives for the whole text; at most about
   * {@link PersonalDataScanner#MAX_LAG} chars of input are held back at any time, however long the
   * lines. Positions in the log are int: the input must be shorter than 2<sup>31</sup> chars.
   * Neither stream is closed; {@code out} is flushed.
   *
   * @param in the text; not null
   * @param out receives the redacted text; not null
   * @param log receives the log entries, in text order; not null
   * @return counts and the answer-letter paragraph
   * @throws IOException if reading or writing fails
   */
  public RedactionSummary redact(Reader in, Writer out, Consumer<RedactionLogEntry> log)
      throws IOException {
    return stream(in, out, log).finish();
  }

  /** A streaming redaction run to the end of {@code in}, not yet finished (for tests). */
  StreamingRedaction stream(Reader in, Writer out, Consumer<RedactionLogEntry> log) throws IOException {
    InvalidValueException.requireNonNull(in, "in");
    InvalidValueException.requireNonNull(out, "out");
    InvalidValueException.requireNonNull(log, "log");
    StreamingRedaction run = new StreamingRedaction(this, out, log);
    try {
      scanner.scan(run.tee(in), run::onFinding);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return run;
  }

  /**
   * Redacts the given findings (as selected by the policy) and caller spans.
   *
   * @param text the text the findings were made on; not null
   * @param findings scanner findings on {@code text}; not null
   * @param spans further spans to withhold; not null
   * @return the result
   * @throws InvalidValueException if a finding or span lies outside the text
   */
  public RedactionResult redact(String text, List<PersonalDataMatch> findings, List<RedactionSpan> spans) {
    InvalidValueException.requireNonNull(text, "text");
    InvalidValueException.requireNonNull(findings, "findings");
    InvalidValueException.requireNonNull(spans, "spans");
    List<RedactionSpan> all = new ArrayList<>();
    for (PersonalDataMatch f : findings) {
      InvalidValueException.requireNonNull(f, "findings");
      if (policy.getTypes().contains(f.getType()) && f.getConfidence() >= policy.getMinConfidence()) {
        all.add(RedactionSpan.of(f));
      }
    }
    for (RedactionSpan s : spans) {
      all.add(InvalidValueException.requireNonNull(s, "spans"));
    }
    for (RedactionSpan s : all) {
      if (s.getEnd() > text.length()) {
        throw new InvalidValueException(
            "spans", s.toString(), "must lie within the text of length " + text.length());
      }
    }
    all.sort(Comparator.comparingInt(RedactionSpan::getStart).thenComparingInt(s -> -s.getEnd()));
    StringBuilder out = new StringBuilder(text.length());
    List<RedactionLogEntry> log = new ArrayList<>();
    int copied = 0;
    int k = 0;
    while (k < all.size()) {
      RedactionSpan first = all.get(k);
      int start = first.getStart();
      int end = first.getEnd();
      int m = k + 1;
      while (m < all.size() && all.get(m).getStart() < end) {
        end = Math.max(end, all.get(m).getEnd());
        m++;
      }
      List<RedactionSpan> group = all.subList(k, m);
      out.append(text, copied, start);
      int redactedStart = out.length();
      Mask mask = group.size() == 1 ? maskOf(first) : Mask.full();
      out.append(mask.apply(text.substring(start, end)));
      log.add(entry(group, start, end, redactedStart, out.length(), mask));
      copied = end;
      k = m;
    }
    out.append(text, copied, text.length());
    return RedactionResult.builder()
        .text(out.toString())
        .entries(log)
        .regime(policy.getRegime())
        .build();
  }

  Mask maskOf(RedactionSpan s) {
    Mask own = s.getMask();
    if (own != null) {
      return own;
    }
    FindingType t = s.getType();
    return t == null ? policy.getCallerMask() : policy.maskFor(t);
  }

  RedactionLogEntry entry(
      List<RedactionSpan> group, int start, int end, int redactedStart, int redactedEnd, Mask mask) {
    List<FindingType> types = new ArrayList<>();
    Set<OutcomeGround> grounds = EnumSet.noneOf(OutcomeGround.class);
    List<String> notes = new ArrayList<>();
    for (RedactionSpan s : group) {
      FindingType t = s.getType();
      if (t != null && !types.contains(t)) {
        types.add(t);
      }
      grounds.add(s.getGround());
      if (!s.getNote().isEmpty() && !notes.contains(s.getNote())) {
        notes.add(s.getNote());
      }
    }
    List<LegalBasis> bases = new ArrayList<>();
    for (OutcomeGround g : grounds) {
      for (LegalBasis b : bases(g, policy.getRegime())) {
        if (!bases.contains(b)) {
          bases.add(b);
        }
      }
    }
    return RedactionLogEntry.builder()
        .start(start)
        .end(end)
        .redactedStart(redactedStart)
        .redactedEnd(redactedEnd)
        .types(types)
        .grounds(grounds)
        .regime(policy.getRegime())
        .legalBases(bases)
        .mask(mask)
        .notes(notes)
        .build();
  }

  /** The bases of a ground under a regime, then those of partial disclosure. */
  static List<LegalBasis> bases(OutcomeGround ground, Regime regime) {
    List<LegalBasis> out = new ArrayList<>(ground.getLegalBases(regime));
    for (LegalBasis b : OutcomeGround.PARTIALLY_RELEASED.getLegalBases(regime)) {
      if (!out.contains(b)) {
        out.add(b);
      }
    }
    return out;
  }
}
