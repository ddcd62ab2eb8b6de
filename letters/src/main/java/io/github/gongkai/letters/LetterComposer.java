package io.github.gongkai.letters;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.id.Masking;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.ExtensionApproved;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.FeePaid;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.letters.LetterTexts.Citation;
import io.github.gongkai.letters.LetterTexts.Entry;
import io.github.gongkai.rules.decision.AppliedGround;
import io.github.gongkai.rules.decision.ItemDecision;
import io.github.gongkai.rules.decision.RequestDecision;
import io.github.gongkai.rules.fee.FeeLine;
import io.github.gongkai.rules.fee.FeeQuote;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.LifecyclePolicy;
import io.github.gongkai.rules.lifecycle.RequestState;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import io.github.gongkai.rules.redact.RedactionLogEntry;
import io.github.gongkai.rules.remedy.RemedyNotice;
import io.github.gongkai.rules.remedy.RemedyPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Composes letters from requests: the answer for every row of table 三 and the procedural notices.
 *
 * <p>A letter can only be composed from inputs that agree: an answer needs an answered (or deemed
 * abandoned) request, and a decision given with it must have the request's outcome and regime; a
 * notice needs the event it gives notice of; a redaction log belongs only to information provided.
 * Anything else is refused with an {@link InvalidValueException} naming what disagrees. Every
 * sentence comes from the reviewed letter-text table with the provisions it rests on; a ground's
 * provisions are the decision's, else the outcome catalogue's. Every paragraph but the agency's
 * contact line has identifier-like runs masked ({@link Masking#maskIdentifiers}), so a third party's
 * resident ID, mobile or bank card never appears whole.
 *
 * <p>The answer date decides the remedy notice ({@link RemedyPolicy}). Where the statute leaves a
 * period open, the composer uses a documented default: the correction period when the notice's event
 * gives no date ({@link #DEFAULT_CORRECTION_WORKING_DAYS}, an interpretation of "合理的补正期限", 2019
 * 第三十条), and the third party's reply period under the 2008 Regulation, which set none (the 2019
 * period of 第三十二条 is used). Immutable and thread-safe.
 */
public final class LetterComposer {
  /** The correction period when the event gives no due date: 15 working days (interpretation). */
  public static final int DEFAULT_CORRECTION_WORKING_DAYS = 15;

  /** The third party's reply period: 15 working days (2019 第三十二条). */
  public static final int CONSULTATION_WORKING_DAYS = 15;

  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("y年M月d日", Locale.CHINA);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final WorkingCalendar calendar;
  private final Letterhead letterhead;
  private final RemedyPolicy remedyPolicy;
  private final LifecyclePolicy lifecyclePolicy;

  private LetterComposer(
      WorkingCalendar calendar, Letterhead letterhead, RemedyPolicy remedyPolicy, LifecyclePolicy lifecyclePolicy) {
    this.calendar = calendar;
    this.letterhead = letterhead;
    this.remedyPolicy = remedyPolicy;
    this.lifecyclePolicy = lifecyclePolicy;
  }

  /**
   * A composer with the default remedy and lifecycle policies.
   *
   * @param calendar the working calendar the request's deadlines are counted in
   * @param letterhead the agency's letterhead
   * @return the composer
   */
  public static LetterComposer of(WorkingCalendar calendar, Letterhead letterhead) {
    InvalidValueException.requireNonNull(calendar, "calendar");
    InvalidValueException.requireNonNull(letterhead, "letterhead");
    return new LetterComposer(calendar, letterhead, RemedyPolicy.defaults(), LifecyclePolicy.defaults());
  }

  /**
   * The same composer with another remedy policy.
   *
   * @param policy the policy
   * @return a new composer
   */
  public LetterComposer withRemedyPolicy(RemedyPolicy policy) {
    InvalidValueException.requireNonNull(policy, "policy");
    return new LetterComposer(calendar, letterhead, policy, lifecyclePolicy);
  }

  /**
   * The same composer with another lifecycle policy (how the request's history is read).
   *
   * @param policy the policy
   * @return a new composer
   */
  public LetterComposer withLifecyclePolicy(LifecyclePolicy policy) {
    InvalidValueException.requireNonNull(policy, "policy");
    return new LetterComposer(calendar, letterhead, remedyPolicy, policy);
  }

  /**
   * The agency's letterhead.
   *
   * @return the letterhead
   */
  public Letterhead getLetterhead() {
    return letterhead;
  }

  /**
   * Composes a letter.
   *
   * @param kind the kind of letter
   * @param input the request and what else the letter needs
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @return the letter
   * @throws InvalidValueException when the inputs do not allow this letter (no answer yet, a
   *     decision that disagrees with the history, no event to give notice of, …)
   */
  public Letter compose(LetterKind kind, LetterInput input, Locale locale) {
    InvalidValueException.requireNonNull(kind, "kind");
    InvalidValueException.requireNonNull(input, "input");
    InvalidValueException.requireNonNull(locale, "locale");
    Locale language = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    switch (kind) {
      case ANSWER:
        return answer(input, language);
      case RECEIPT:
        return receipt(input, language);
      case CORRECTION:
        return correction(input, language);
      case EXTENSION:
        return extension(input, language);
      case CONSULTATION:
        return consultation(input, language);
      case FEE:
        return fee(input, language);
    }
    throw new AssertionError(kind);
  }

  // ---------------------------------------------------------------- answer

  private Letter answer(LetterInput input, Locale locale) {
    InformationRequest request = input.getRequest();
    RequestStatus status = Lifecycle.of(request, calendar, lifecyclePolicy);
    if (status.getState() != RequestState.ANSWERED && status.getState() != RequestState.ABANDONED) {
      throw new InvalidValueException("request", request.getId(),
          "is " + status.getState().getCode() + ": an answer letter needs an answered or deemed-abandoned request");
    }
    OutcomeGround outcome = status.getOutcome().orElseThrow();
    LocalDate date = status.getClosedOn().orElseThrow();
    Regime regime = status.getRegime();
    RequestDecision decision = input.getDecision();
    if (decision != null) {
      agrees(request, decision, outcome, regime);
    }
    Draft d = new Draft(LetterKind.ANSWER, request, regime, locale, decision);
    d.add(ParagraphRole.SALUTATION, "answer.salutation", request.getApplicant().getName());
    d.add(ParagraphRole.OPENING, "answer.opening",
        d.date(status.getReceiptDate().orElse(request.getSubmittedOn())), request.getDescription(), request.getId());
    answerParagraphs(d, input, outcome);
    redactions(d, input, outcome);
    if (outcome == OutcomeGround.RELEASED && input.getPublishedAt() == null
        || outcome == OutcomeGround.PARTIALLY_RELEASED) {
      d.add(ParagraphRole.DELIVERY, "answer.delivery",
          d.inline(request.getRequestedForm().getLabel(locale)), d.inline(request.getDelivery().getLabel(locale)));
    }
    lastOf(request, FeeNoticeIssued.class).filter(e -> lastOf(request, FeePaid.class).isPresent())
        .ifPresent(notice -> d.add(ParagraphRole.FEE, "answer.fee", notice.getAmount().getAmount().toPlainString()));
    d.agencyParagraphs();
    RemedyNotice remedy = remedyPolicy.noticeFor(outcome, date);
    d.addCiting(ParagraphRole.REMEDY, remedy.isReviewFirst() ? "remedy.review-first" : "remedy.both",
        remedy.getLegalBases(), reviewBody(locale), court(locale));
    d.contact();
    return d.build(request.getApplicant().getName(), date, remedy, input.getSerial());
  }

  private void answerParagraphs(Draft d, LetterInput input, OutcomeGround outcome) {
    InformationRequest request = input.getRequest();
    String key = "answer.ground." + outcome.getCode();
    switch (outcome) {
      case RELEASED:
        String published = input.getPublishedAt();
        if (published != null) {
          d.addGround(ParagraphRole.ANSWER, key + ".published", outcome, published);
        } else {
          d.addGround(ParagraphRole.ANSWER, key, outcome);
        }
        break;
      case CANNOT_PROVIDE_NOT_HELD:
        String competent = input.getCompetentAgency();
        if (competent != null) {
          d.addGround(ParagraphRole.ANSWER, key + ".other-agency", outcome, competent);
        } else {
          d.addGround(ParagraphRole.ANSWER, key, outcome);
        }
        break;
      case OTHER_CORRECTION_NOT_MADE:
        d.addGround(ParagraphRole.ANSWER, key, outcome,
            d.date(lastOf(request, CorrectionRequested.class).map(RequestEvent::getDate).orElseThrow(
                () -> new InvalidValueException("events", request.getId(), "record no correction request"))));
        break;
      case OTHER_FEE_NOT_PAID:
        d.addGround(ParagraphRole.ANSWER, key, outcome,
            d.date(lastOf(request, FeeNoticeIssued.class).map(RequestEvent::getDate).orElseThrow(
                () -> new InvalidValueException("events", request.getId(), "record no fee notice"))));
        break;
      case OTHER:
        String reason = closing(request).getNote();
        if (reason == null || reason.isBlank()) {
          throw new InvalidValueException("note", request.getId(),
              "must say why: an answer under 其他 states the reason recorded in the answered event's note");
        }
        d.addGround(ParagraphRole.ANSWER, key, outcome, reason);
        break;
      case PARTIALLY_RELEASED:
        d.addGround(ParagraphRole.ANSWER, key, outcome);
        items(d, input);
        break;
      default:
        d.addGround(ParagraphRole.ANSWER, key, outcome);
        RequestDecision decision = input.getDecision();
        if (decision != null && outcome.getCategory() == OutcomeCategory.WITHHELD) {
          for (OutcomeGround also : decision.getGrounds()) {
            if (also != outcome && also.getCategory() == OutcomeCategory.WITHHELD) {
              d.addGround(ParagraphRole.ANSWER, "answer.also", also, d.inline(also.getLabel(d.locale)));
            }
          }
        }
    }
  }

  private void items(Draft d, LetterInput input) {
    Answered answered = (Answered) closing(input.getRequest());
    List<ItemOutcome> items = answered.getItemOutcomes();
    int n = 0;
    for (ItemOutcome item : items) {
      n++;
      String description = item.getDescription();
      String what = description != null ? description : LetterTexts.format(text("answer.item.unnamed", d.locale), d.locale, "", item.getItemId());
      OutcomeGround g = item.getGround();
      if (g == OutcomeGround.RELEASED) {
        d.add(ParagraphRole.ITEM, "answer.item.released", Integer.toString(n), what);
      } else if (g.getCategory() == OutcomeCategory.WITHHELD) {
        d.addGround(ParagraphRole.ITEM, "answer.item.withheld", g, Integer.toString(n), what, d.inline(g.getLabel(d.locale)));
      } else {
        d.addGround(ParagraphRole.ITEM, "answer.item.other", g, Integer.toString(n), what, d.inline(g.getLabel(d.locale)));
      }
    }
  }

  private void redactions(Draft d, LetterInput input, OutcomeGround outcome) {
    List<RedactionLogEntry> log = input.getRedactions();
    if (log.isEmpty()) {
      return;
    }
    if (outcome != OutcomeGround.RELEASED && outcome != OutcomeGround.PARTIALLY_RELEASED) {
      throw new InvalidValueException("redactions", Integer.toString(log.size()),
          "belong to information provided; an answer of " + outcome.getCode() + " provides none");
    }
    Map<OutcomeGround, List<RedactionLogEntry>> byGround = new LinkedHashMap<>();
    for (RedactionLogEntry e : log) {
      if (e.getRegime() != d.regime) {
        throw new InvalidValueException("redactions", e.getRegime().getCode(),
            "must be made under the request's regime " + d.regime.getCode());
      }
      byGround.computeIfAbsent(e.getGround(), g -> new ArrayList<>()).add(e);
    }
    d.add(ParagraphRole.REDACTION, "answer.redaction", Integer.toString(log.size()));
    byGround.forEach((ground, entries) -> d.addCiting(ParagraphRole.REDACTION, "answer.redaction.ground",
        entries.get(0).getLegalBases(), d.inline(ground.getLabel(d.locale)), Integer.toString(entries.size())));
  }

  private static void agrees(
      InformationRequest request, RequestDecision decision, OutcomeGround outcome, Regime regime) {
    if (decision.getReportRow() != outcome) {
      throw new InvalidValueException("decision", decision.getReportRow().getCode(),
          "disagrees with the request's answer " + outcome.getCode() + " (" + request.getId() + ")");
    }
    if (decision.getRegime() != regime) {
      throw new InvalidValueException("decision", decision.getRegime().getCode(),
          "was made under another regime than the request's " + regime.getCode());
    }
    if (decision.isProvisional()) {
      throw new InvalidValueException("decision", request.getId(),
          "is provisional (a required step is still open); only a final decision is answered");
    }
    RequestEvent last = closing(request);
    if (last instanceof Answered && !((Answered) last).getItemOutcomes().isEmpty()) {
      List<String> recorded = ((Answered) last).getItemOutcomes().stream().map(ItemOutcome::getItemId).sorted().toList();
      List<String> decided = decision.getItems().stream().map(ItemDecision::getItemId).sorted().toList();
      if (!recorded.equals(decided)) {
        throw new InvalidValueException("decision", String.join(",", decided),
            "decides other items than the answer records: " + String.join(",", recorded));
      }
    }
  }

  // ---------------------------------------------------------------- notices

  /** A notice being written: the event it gives notice of, the status up to it, and its draft. */
  private record Notice<E extends RequestEvent>(E event, RequestStatus status, Draft draft) {
    /** The date the request was received, as the notice states it. */
    String received() {
      return draft.date(status.getReceiptDate().orElse(draft.request.getSubmittedOn()));
    }
  }

  /**
   * Starts a notice: finds its event, replays the history up to it, and opens the draft with the
   * salutation to {@code addressee} (the applicant when null).
   */
  private <E extends RequestEvent> Notice<E> notice(LetterKind kind, LetterInput input, Locale locale,
      Class<E> type, String code, java.util.function.Function<E, String> addressee) {
    InformationRequest request = input.getRequest();
    Event<E> e = event(input, type, code);
    RequestStatus status = Lifecycle.of(upTo(request, e.index), calendar, lifecyclePolicy);
    Draft d = new Draft(kind, request, status.getRegime(), locale, null);
    d.add(ParagraphRole.SALUTATION, "answer.salutation", addressee.apply(e.event));
    return new Notice<>(e.event, status, d);
  }

  /** Ends a notice: the agency's paragraphs and contacts, dated the day of its event. */
  private Letter finish(Notice<?> n, LetterInput input, String addressee) {
    n.draft.agencyParagraphs();
    n.draft.contact();
    return n.draft.build(addressee, n.event.getDate(), null, input.getSerial());
  }

  private static String applicant(LetterInput input) {
    return input.getRequest().getApplicant().getName();
  }

  private Letter receipt(LetterInput input, Locale locale) {
    InformationRequest request = input.getRequest();
    Notice<Received> n = notice(LetterKind.RECEIPT, input, locale, Received.class, "received", e -> applicant(input));
    LocalDate received = n.status.getReceiptDate().orElseThrow(
        () -> new InvalidValueException("events", request.getId(), "record no receipt date"));
    LocalDate due = n.status.getDueDate().orElseThrow();
    n.draft.add(ParagraphRole.ANSWER, "receipt.body", n.draft.date(received), request.getDescription(), request.getId(),
        Integer.toString(calendar.workingDaysBetween(received, due)), n.draft.date(due));
    return finish(n, input, applicant(input));
  }

  private Letter correction(LetterInput input, Locale locale) {
    InformationRequest request = input.getRequest();
    Notice<CorrectionRequested> n = notice(LetterKind.CORRECTION, input, locale, CorrectionRequested.class,
        "correction-requested", e -> applicant(input));
    n.draft.add(ParagraphRole.OPENING, "correction.body", n.received(), request.getDescription(), request.getId());
    int i = 0;
    for (String item : n.event.getItems()) {
      n.draft.add(ParagraphRole.ITEM, "correction.item", Integer.toString(++i), item);
    }
    LocalDate due = n.event.getCorrectionDueDate();
    if (due == null) {
      due = calendar.plusWorkingDays(n.event.getDate(), DEFAULT_CORRECTION_WORKING_DAYS);
    }
    n.draft.add(ParagraphRole.DEADLINE, "correction.period", n.draft.date(due));
    n.draft.add(ParagraphRole.DEADLINE, "correction.consequence");
    return finish(n, input, applicant(input));
  }

  private Letter extension(LetterInput input, Locale locale) {
    InformationRequest request = input.getRequest();
    Notice<ExtensionApproved> n = notice(LetterKind.EXTENSION, input, locale, ExtensionApproved.class,
        "extension-approved", e -> applicant(input));
    n.draft.add(ParagraphRole.ANSWER, "extension.body", n.received(), request.getDescription(), request.getId(),
        Integer.toString(n.event.getWorkingDays()), n.draft.date(n.status.getDueDate().orElseThrow()));
    return finish(n, input, applicant(input));
  }

  private Letter consultation(LetterInput input, Locale locale) {
    Notice<ThirdPartyConsultationSent> n = notice(LetterKind.CONSULTATION, input, locale,
        ThirdPartyConsultationSent.class, "third-party-consultation-sent", ThirdPartyConsultationSent::getThirdParty);
    // the applicant is not named to the third party
    n.draft.add(ParagraphRole.OPENING, "consultation.body", input.getRequest().getDescription());
    n.draft.add(ParagraphRole.DEADLINE, "consultation.period", Integer.toString(CONSULTATION_WORKING_DAYS));
    n.draft.add(ParagraphRole.DEADLINE, "consultation.silence");
    n.draft.add(ParagraphRole.ANSWER, "consultation.objection");
    return finish(n, input, n.event.getThirdParty());
  }

  private Letter fee(LetterInput input, Locale locale) {
    InformationRequest request = input.getRequest();
    Notice<FeeNoticeIssued> n = notice(LetterKind.FEE, input, locale, FeeNoticeIssued.class, "fee-notice-issued",
        e -> applicant(input));
    FeeNoticeIssued notice = n.event;
    Draft d = n.draft;
    d.add(ParagraphRole.OPENING, "fee.body", n.received(), request.getDescription(), request.getId());
    d.add(ParagraphRole.FEE, "fee.amount", notice.getMethod().getLabel(locale),
        Integer.toString(notice.getQuantity()), notice.getAmount().getAmount().toPlainString());
    FeeQuote quote = input.getFeeQuote();
    if (quote != null) {
      if (quote.getMethod() != notice.getMethod() || !quote.getAmount().equals(notice.getAmount())) {
        throw new InvalidValueException("feeQuote", quote.getAmount().getAmount().toPlainString(),
            "disagrees with the fee notice in the history (" + notice.getMethod().getCode() + ", "
                + notice.getAmount().getAmount().toPlainString() + ")");
      }
      int i = 0;
      for (FeeLine line : quote.getLines()) {
        d.addCiting(ParagraphRole.ITEM, "fee.line." + quote.getMethod().getCode(), List.of(line.getLegalBasis()),
            Integer.toString(++i), Integer.toString(line.getFirstUnit()), Integer.toString(line.getLastUnit()),
            line.getUnitPrice().getAmount().toPlainString(), Integer.toString(line.getUnits()),
            line.getSubtotal().getAmount().toPlainString());
      }
    }
    n.status.getFeePaymentDueDate().ifPresent(due -> d.add(ParagraphRole.DEADLINE, "fee.payment", d.date(due)));
    return finish(n, input, applicant(input));
  }

  // ---------------------------------------------------------------- helpers

  private record Event<E extends RequestEvent>(E event, int index) {}

  private static <E extends RequestEvent> Event<E> event(LetterInput input, Class<E> type, String code) {
    List<RequestEvent> events = input.getRequest().getEvents();
    Integer index = input.getEventIndex();
    if (index != null) {
      RequestEvent e = events.get(index);
      if (!type.isInstance(e)) {
        throw new InvalidValueException("eventIndex", index.toString(), "must name a " + code + " event");
      }
      return new Event<>(type.cast(e), index);
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      if (type.isInstance(events.get(i))) {
        return new Event<>(type.cast(events.get(i)), i);
      }
    }
    throw new InvalidValueException("events", input.getRequest().getId(),
        "record no " + code + " event, which this notice gives notice of");
  }

  private static InformationRequest upTo(InformationRequest request, int index) {
    return InformationRequest.builder().from(request).events(request.getEvents().subList(0, index + 1)).build();
  }

  private static <E extends RequestEvent> java.util.Optional<E> lastOf(InformationRequest request, Class<E> type) {
    List<RequestEvent> events = request.getEvents();
    for (int i = events.size() - 1; i >= 0; i--) {
      if (type.isInstance(events.get(i))) {
        return java.util.Optional.of(type.cast(events.get(i)));
      }
    }
    return java.util.Optional.empty();
  }

  private static RequestEvent closing(InformationRequest request) {
    List<RequestEvent> events = request.getEvents();
    for (int i = events.size() - 1; i >= 0; i--) {
      RequestEvent e = events.get(i);
      if (e instanceof Answered || e instanceof DeemedAbandoned) {
        return e;
      }
    }
    throw new InvalidValueException("events", request.getId(), "record no answer");
  }

  private String reviewBody(Locale locale) {
    String body = letterhead.getReviewBody();
    return body != null ? body : text("remedy.review-body", locale);
  }

  private String court(Locale locale) {
    String court = letterhead.getCourt();
    return court != null ? court : text("remedy.court", locale);
  }

  private String text(String key, Locale locale) {
    String own = letterhead.text(key, locale);
    if (own != null) {
      return own;
    }
    Entry e = LetterTexts.entry(key);
    return "zh".equals(locale.getLanguage()) ? e.zh() : e.en();
  }

  /** A letter being written: its paragraphs so far. */
  private final class Draft {
    final LetterKind kind;
    final InformationRequest request;
    final Regime regime;
    final Locale locale;
    final @Nullable RequestDecision decision;
    final List<LetterParagraph> paragraphs = new ArrayList<>();

    Draft(LetterKind kind, InformationRequest request, Regime regime, Locale locale,
        @Nullable RequestDecision decision) {
      this.kind = kind;
      this.request = request;
      this.regime = regime;
      this.locale = locale;
      this.decision = decision;
    }

    /** A label inside an English sentence starts in lower case; Chinese labels are unchanged. */
    String inline(String label) {
      return "en".equals(locale.getLanguage()) && !label.isEmpty()
          ? label.substring(0, 1).toLowerCase(Locale.ENGLISH) + label.substring(1)
          : label;
    }

    String date(LocalDate date) {
      return ("zh".equals(locale.getLanguage()) ? ZH_DATE : EN_DATE).format(date);
    }

    /** A sentence whose citations are the entry's (it must cite no ground). */
    void add(ParagraphRole role, String key, String... args) {
      write(role, key, null, null, args);
    }

    /** A sentence stating a ground: the entry's "ground" token stands for the ground's provisions. */
    void addGround(ParagraphRole role, String key, OutcomeGround ground, String... args) {
      write(role, key, ground, null, args);
    }

    /** A sentence with citations given here instead of the entry's. */
    void addCiting(ParagraphRole role, String key, List<LegalBasis> citations, String... args) {
      write(role, key, null, citations, args);
    }

    private void write(ParagraphRole role, String key, @Nullable OutcomeGround ground,
        @Nullable List<LegalBasis> given, String... args) {
      Entry entry = LetterTexts.entry(key);
      if (!entry.existsUnder(regime)) {
        return;
      }
      List<LegalBasis> citations = given != null ? given : citations(entry, ground, key);
      Object[] all = new Object[args.length + 1];
      all[0] = cite(citations);
      System.arraycopy(args, 0, all, 1, args.length);
      String text = LetterTexts.format(text(key, locale), locale, all);
      if (role != ParagraphRole.CONTACT) {
        text = Masking.maskIdentifiers(text);
      }
      paragraphs.add(LetterParagraph.of(role, key, text, citations));
    }

    private List<LegalBasis> citations(Entry entry, @Nullable OutcomeGround ground, String key) {
      List<LegalBasis> out = new ArrayList<>();
      for (Citation c : entry.citationsUnder(regime)) {
        LegalBasis basis = c.basis();
        if (basis != null) {
          out.add(basis);
        } else if (ground == null) {
          throw new IllegalStateException(key + " cites its ground but none was given");
        } else {
          out.addAll(groundBases(ground));
        }
      }
      return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    private List<LegalBasis> groundBases(OutcomeGround ground) {
      RequestDecision d = decision;
      if (d != null) {
        for (ItemDecision item : d.getItems()) {
          for (AppliedGround applied : item.getDecision().getGrounds()) {
            if (applied.getGround() == ground) {
              return applied.getLegalBases();
            }
          }
        }
      }
      return ground.getLegalBases(regime);
    }

    private String cite(List<LegalBasis> citations) {
      boolean zh = "zh".equals(locale.getLanguage());
      List<String> parts = new ArrayList<>();
      for (LegalBasis b : citations) {
        parts.add(zh ? b.toChinese() : b.toEnglish());
      }
      return String.join(zh ? "、" : "; ", parts);
    }

    void agencyParagraphs() {
      for (String text : letterhead.getExtraParagraphs().getOrDefault(kind, List.of())) {
        paragraphs.add(LetterParagraph.of(ParagraphRole.AGENCY, "agency", Masking.maskIdentifiers(text), List.of()));
      }
    }

    void contact() {
      String address = letterhead.getAddress();
      String phone = letterhead.getPhone();
      if (address != null && phone != null) {
        add(ParagraphRole.CONTACT, "contact", address, phone);
      } else if (address != null) {
        add(ParagraphRole.CONTACT, "contact.address", address);
      } else if (phone != null) {
        add(ParagraphRole.CONTACT, "contact.phone", phone);
      }
    }

    Letter build(String addressee, LocalDate date, @Nullable RemedyNotice remedy, @Nullable Integer serial) {
      return Letter.builder()
          .kind(kind)
          .regime(regime)
          .language(locale.getLanguage())
          .requestId(request.getId())
          .issuer(letterhead.getAgency())
          .documentNumber(serial == null ? null : letterhead.documentNumber(date.getYear(), serial))
          .title(text(kind.getCode() + ".title", locale))
          .addressee(addressee)
          .paragraphs(paragraphs)
          .remedy(remedy)
          .date(date)
          .dateLine(date(date))
          .build();
    }
  }
}
