package io.github.gongkai.jackson2;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.AgencyConsultationReplied;
import io.github.gongkai.core.request.AgencyConsultationSent;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Art35DeadlineSet;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.Corrected;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.DeemedAbandoned;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.ExtensionApproved;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.FeePaid;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.IdentityProof;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.core.request.ThirdPartyPosition;
import io.github.gongkai.core.request.ThirdPartyReplied;
import io.github.gongkai.core.request.Withdrawn;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain, well-formed {@link InformationRequest} document straight from its UTF-8 bytes into
 * the model's builders: no tokenizer objects, no data binding, no reflection, no buffering of the
 * events for their {@code "type"}. It is the fast path of the strict codec for request records
 * (JSON Lines), not a reader with rules of its own.
 *
 * <p>It accepts only the plain shape: JSON objects, arrays, strings without escapes and of at most
 * {@value #MAX_STRING} bytes, non-negative integers of at most nine digits, plain decimals for
 * amounts; each field known and present at most once; an event's {@code "type"} as its first
 * field; no {@code null}, {@code true} or {@code false}; only white space after the document.
 * Anything else — an escape, an unknown or repeated field, another JSON type, an unknown code, an
 * impossible date, bytes that are not UTF-8, a value the model's builders refuse, malformed JSON —
 * makes {@link #read} answer null, and the codec reads the document again through Jackson data
 * binding, which accepts or refuses it with its usual message and JSON path. So for every input the
 * codec's answer is the data binding's answer; only the well-formed majority is read faster. Values
 * go through the same builder methods the generated JSON delegates call, so the documents are equal.
 */
final class PlainRequestReader {
  /** The longest string read here, in bytes; a longer one goes to data binding and its limits. */
  static final int MAX_STRING = 100_000;

  /** The document is not of the plain shape: data binding must read it (no stack trace: not an error). */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  /** Every field name of the request document and its parts. */
  private static final Table<String> NAMES =
      Table.of(
          "schemaVersion", "id", "agency", "applicant", "channel", "submittedOn", "description",
          "requestedForm", "delivery", "regimeOverride", "events", "type", "name", "identityProof",
          "contacts", "documentType", "number", "phone", "email", "postalAddress", "postalCode",
          "date", "note", "items", "correctionDueDate", "consultationId", "thirdParty", "position",
          "workingDays", "dueDate", "reason", "amount", "method", "quantity", "outcome",
          "itemOutcomes", "itemId", "ground")
          // the name that usually comes next, in the order gongkai writes documents: tried first
          .withSuccessors(
              "schemaVersion", "id", "id", "agency", "agency", "applicant", "applicant", "type",
              "type", "date", "name", "identityProof", "identityProof", "documentType",
              "documentType", "number", "number", "contacts", "contacts", "phone", "phone", "channel",
              "email", "postalAddress", "postalAddress", "channel", "postalCode", "channel",
              "channel", "submittedOn", "submittedOn", "description", "description", "requestedForm",
              "requestedForm", "delivery", "delivery", "events", "regimeOverride", "events",
              "events", "type", "date", "type", "note", "type", "outcome", "itemOutcomes",
              "itemOutcomes", "type", "itemId", "ground", "ground", "type", "consultationId",
              "thirdParty", "thirdParty", "type", "position", "type", "workingDays", "type",
              "items", "correctionDueDate", "correctionDueDate", "type", "amount", "method",
              "method", "quantity", "quantity", "type", "dueDate", "reason", "reason", "type");

  /** The event types ({@code "type"} of an event). */
  private static final Table<String> KINDS =
      Table.of(
          "received", "correction-requested", "corrected", "third-party-consultation-sent",
          "third-party-replied", "agency-consultation-sent", "agency-consultation-replied",
          "extension-approved", "art35-deadline-set", "fee-notice-issued", "fee-paid", "answered",
          "withdrawn", "deemed-abandoned");

  private static final Table<ApplicantType> APPLICANT_TYPE = Table.codes(ApplicantType.class);
  private static final Table<Channel> CHANNEL = Table.codes(Channel.class);
  private static final Table<DeliveryMethod> DELIVERY_METHOD = Table.codes(DeliveryMethod.class);
  private static final Table<FeeMethod> FEE_METHOD = Table.codes(FeeMethod.class);
  private static final Table<IdentityDocumentType> IDENTITY_DOCUMENT_TYPE = Table.codes(IdentityDocumentType.class);
  private static final Table<InformationForm> INFORMATION_FORM = Table.codes(InformationForm.class);
  private static final Table<OutcomeGround> OUTCOME_GROUND = Table.codes(OutcomeGround.class);
  private static final Table<Regime> REGIME = Table.codes(Regime.class);
  private static final Table<ThirdPartyPosition> THIRD_PARTY_POSITION = Table.codes(ThirdPartyPosition.class);

  private static final byte PLAIN = 0;
  private static final byte QUOTE = 1;
  private static final byte REFUSED = 2;
  private static final byte MULTI_BYTE = 3;
  /** What each byte is inside a string: plain ASCII, its end, a control or escape (not plain), or UTF-8. */
  private static final byte[] STRING_BYTES = new byte[256];

  static {
    for (int c = 0; c < 256; c++) {
      STRING_BYTES[c] = c >= 0x80 ? MULTI_BYTE : c < 0x20 || c == '\\' ? REFUSED : c == '"' ? QUOTE : PLAIN;
    }
  }

  private final byte[] bytes;
  private final int end;
  private int pos;
  /** The slot in {@link #NAMES} of the field name expected next, or -1. */
  private int predicted = -1;

  private PlainRequestReader(byte[] utf8, int offset, int end) {
    this.bytes = utf8;
    this.pos = offset;
    this.end = end;
  }

  /**
   * The request in the bytes, or null when they are not a plain, valid request document.
   *
   * @param utf8 the bytes
   * @param offset where the document starts
   * @param length its length in bytes
   * @return the request, or null to read the bytes through data binding
   */
  static @Nullable InformationRequest read(byte[] utf8, int offset, int length) {
    if (offset < 0 || length < 0 || length > utf8.length - offset) {
      return null;
    }
    PlainRequestReader r = new PlainRequestReader(utf8, offset, offset + length);
    try {
      InformationRequest request = r.request();
      return r.skipSpace() == r.end ? request : null;
    } catch (RuntimeException e) {
      // NotPlain, a byte out of place, or a value the builders refuse: data binding gives the answer
      return null;
    }
  }

  private InformationRequest request() {
    InformationRequest.Builder b = InformationRequest.builder();
    int seen = 0;
    open('{');
    for (String name = firstField(); name != null; name = nextField()) {
      switch (name) {
        case "schemaVersion":
          seen = once(seen, 1);
          b.schemaVersion(integer());
          break;
        case "id":
          seen = once(seen, 1 << 1);
          b.id(text());
          break;
        case "agency":
          seen = once(seen, 1 << 2);
          b.agency(text());
          break;
        case "applicant":
          seen = once(seen, 1 << 3);
          b.applicant(applicant());
          break;
        case "channel":
          seen = once(seen, 1 << 4);
          b.channel(code(CHANNEL));
          break;
        case "submittedOn":
          seen = once(seen, 1 << 5);
          b.submittedOn(date());
          break;
        case "description":
          seen = once(seen, 1 << 6);
          b.description(text());
          break;
        case "requestedForm":
          seen = once(seen, 1 << 7);
          b.requestedForm(code(INFORMATION_FORM));
          break;
        case "delivery":
          seen = once(seen, 1 << 8);
          b.delivery(code(DELIVERY_METHOD));
          break;
        case "regimeOverride":
          seen = once(seen, 1 << 9);
          b.regimeOverride(code(REGIME));
          break;
        case "events":
          seen = once(seen, 1 << 10);
          events(b);
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private Applicant applicant() {
    Applicant.Builder b = Applicant.builder();
    int seen = 0;
    open('{');
    for (String name = firstField(); name != null; name = nextField()) {
      switch (name) {
        case "type":
          seen = once(seen, 1);
          b.type(code(APPLICANT_TYPE));
          break;
        case "name":
          seen = once(seen, 1 << 1);
          b.name(text());
          break;
        case "identityProof":
          seen = once(seen, 1 << 2);
          b.identityProof(identityProof());
          break;
        case "contacts":
          seen = once(seen, 1 << 3);
          b.contacts(contacts());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private IdentityProof identityProof() {
    IdentityProof.Builder b = IdentityProof.builder();
    int seen = 0;
    open('{');
    for (String name = firstField(); name != null; name = nextField()) {
      switch (name) {
        case "documentType":
          seen = once(seen, 1);
          b.documentType(code(IDENTITY_DOCUMENT_TYPE));
          break;
        case "number":
          seen = once(seen, 1 << 1);
          b.number(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private Contacts contacts() {
    Contacts.Builder b = Contacts.builder();
    int seen = 0;
    open('{');
    for (String name = firstField(); name != null; name = nextField()) {
      switch (name) {
        case "phone":
          seen = once(seen, 1);
          b.phone(text());
          break;
        case "email":
          seen = once(seen, 1 << 1);
          b.email(text());
          break;
        case "postalAddress":
          seen = once(seen, 1 << 2);
          b.postalAddress(text());
          break;
        case "postalCode":
          seen = once(seen, 1 << 3);
          b.postalCode(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private void events(InformationRequest.Builder request) {
    open('[');
    for (boolean more = firstElement(']'); more; more = nextElement(']')) {
      open('{');
      if (!"type".equals(firstField())) {
        throw new NotPlain();
      }
      request.addEvents(event(code(KINDS)));
    }
  }

  /** The rest of an event object, after its {@code "type"}. */
  private RequestEvent event(String type) {
    switch (type) {
      case "received":
        return received();
      case "correction-requested":
        return correctionRequested();
      case "corrected":
        return corrected();
      case "third-party-consultation-sent":
        return thirdPartyConsultationSent();
      case "third-party-replied":
        return thirdPartyReplied();
      case "agency-consultation-sent":
        return agencyConsultationSent();
      case "agency-consultation-replied":
        return agencyConsultationReplied();
      case "extension-approved":
        return extensionApproved();
      case "art35-deadline-set":
        return art35DeadlineSet();
      case "fee-notice-issued":
        return feeNoticeIssued();
      case "fee-paid":
        return feePaid();
      case "answered":
        return answered();
      case "withdrawn":
        return withdrawn();
      case "deemed-abandoned":
        return deemedAbandoned();
      default:
        throw new NotPlain();
    }
  }

  // Each event: bit 1 is the date, bit 2 the note, higher bits the kind's own fields.

  private Received received() {
    Received.Builder b = Received.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private Corrected corrected() {
    Corrected.Builder b = Corrected.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private Withdrawn withdrawn() {
    Withdrawn.Builder b = Withdrawn.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private CorrectionRequested correctionRequested() {
    CorrectionRequested.Builder b = CorrectionRequested.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "items":
          seen = once(seen, 4);
          open('[');
          for (boolean more = firstElement(']'); more; more = nextElement(']')) {
            b.addItems(text());
          }
          break;
        case "correctionDueDate":
          seen = once(seen, 8);
          b.correctionDueDate(date());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private ThirdPartyConsultationSent thirdPartyConsultationSent() {
    ThirdPartyConsultationSent.Builder b = ThirdPartyConsultationSent.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "consultationId":
          seen = once(seen, 4);
          b.consultationId(text());
          break;
        case "thirdParty":
          seen = once(seen, 8);
          b.thirdParty(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private ThirdPartyReplied thirdPartyReplied() {
    ThirdPartyReplied.Builder b = ThirdPartyReplied.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "consultationId":
          seen = once(seen, 4);
          b.consultationId(text());
          break;
        case "position":
          seen = once(seen, 8);
          b.position(code(THIRD_PARTY_POSITION));
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private AgencyConsultationSent agencyConsultationSent() {
    AgencyConsultationSent.Builder b = AgencyConsultationSent.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "consultationId":
          seen = once(seen, 4);
          b.consultationId(text());
          break;
        case "agency":
          seen = once(seen, 8);
          b.agency(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private AgencyConsultationReplied agencyConsultationReplied() {
    AgencyConsultationReplied.Builder b = AgencyConsultationReplied.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "consultationId":
          seen = once(seen, 4);
          b.consultationId(text());
          break;
        case "agency":
          seen = once(seen, 8);
          b.agency(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private ExtensionApproved extensionApproved() {
    ExtensionApproved.Builder b = ExtensionApproved.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "workingDays":
          seen = once(seen, 4);
          b.workingDays(integer());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private Art35DeadlineSet art35DeadlineSet() {
    Art35DeadlineSet.Builder b = Art35DeadlineSet.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "dueDate":
          seen = once(seen, 4);
          b.dueDate(date());
          break;
        case "reason":
          seen = once(seen, 8);
          b.reason(text());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private FeeNoticeIssued feeNoticeIssued() {
    FeeNoticeIssued.Builder b = FeeNoticeIssued.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "amount":
          seen = once(seen, 4);
          b.amount(yuan());
          break;
        case "method":
          seen = once(seen, 8);
          b.method(code(FEE_METHOD));
          break;
        case "quantity":
          seen = once(seen, 16);
          b.quantity(integer());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private FeePaid feePaid() {
    FeePaid.Builder b = FeePaid.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "amount":
          seen = once(seen, 4);
          b.amount(yuan());
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private Answered answered() {
    Answered.Builder b = Answered.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "outcome":
          seen = once(seen, 4);
          b.outcome(code(OUTCOME_GROUND));
          break;
        case "itemOutcomes":
          seen = once(seen, 8);
          open('[');
          for (boolean more = firstElement(']'); more; more = nextElement(']')) {
            b.addItemOutcomes(itemOutcome());
          }
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private ItemOutcome itemOutcome() {
    ItemOutcome.Builder b = ItemOutcome.builder();
    int seen = 0;
    open('{');
    for (String name = firstField(); name != null; name = nextField()) {
      switch (name) {
        case "itemId":
          seen = once(seen, 1);
          b.itemId(text());
          break;
        case "description":
          seen = once(seen, 2);
          b.description(text());
          break;
        case "ground":
          seen = once(seen, 4);
          b.ground(code(OUTCOME_GROUND));
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  private DeemedAbandoned deemedAbandoned() {
    DeemedAbandoned.Builder b = DeemedAbandoned.builder();
    int seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date":
          seen = once(seen, 1);
          b.date(date());
          break;
        case "note":
          seen = once(seen, 2);
          b.note(text());
          break;
        case "ground":
          seen = once(seen, 4);
          b.ground(code(OUTCOME_GROUND));
          break;
        default:
          throw new NotPlain();
      }
    }
    return b.build();
  }

  /** {@code seen} with {@code bit} added; not plain if the field was already there. */
  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw new NotPlain();
    }
    return seen | bit;
  }

  // ---- the bytes ----

  /** The position of the next byte that is not JSON white space (may be {@link #end}). */
  private int skipSpace() {
    int i = pos;
    while (i < end) {
      byte c = bytes[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    pos = i;
    return i;
  }

  /** The next byte after white space, consumed; not plain unless it is {@code c}. */
  private void open(char c) {
    int i = skipSpace();
    if (i >= end || bytes[i] != c) {
      throw new NotPlain();
    }
    pos = i + 1;
  }

  /** Right after an object's opening brace: the first field's name (its colon read), or null at its end. */
  private @Nullable String firstField() {
    int i = skipSpace();
    if (i < end && bytes[i] == '}') {
      pos = i + 1;
      return null;
    }
    return name();
  }

  /** After a field's value: the next field's name (its colon read), or null at the object's end. */
  private @Nullable String nextField() {
    int i = skipSpace();
    if (i < end) {
      if (bytes[i] == ',') {
        pos = i + 1;
        return name();
      }
      if (bytes[i] == '}') {
        pos = i + 1;
        return null;
      }
    }
    throw new NotPlain();
  }

  /** Right after an array's opening bracket: whether an element follows (else the bracket is read). */
  private boolean firstElement(char close) {
    int i = skipSpace();
    if (i < end && bytes[i] == close) {
      pos = i + 1;
      return false;
    }
    return true;
  }

  /** After an element: whether another follows (its comma read), else the closing bracket is read. */
  private boolean nextElement(char close) {
    int i = skipSpace();
    if (i < end) {
      if (bytes[i] == ',') {
        pos = i + 1;
        return true;
      }
      if (bytes[i] == close) {
        pos = i + 1;
        return false;
      }
    }
    throw new NotPlain();
  }

  /** A known field name (the constant) and the colon after it. */
  private String name() {
    String name = nameSymbol();
    open(':');
    return name;
  }

  /** The next string, a known field name: first compared with the name expected next. */
  private String nameSymbol() {
    int start = skipSpace() + 1;
    if (start > end || bytes[start - 1] != '"') {
      throw new NotPlain();
    }
    int expected = predicted;
    if (expected >= 0) {
      byte[] key = NAMES.key(expected);
      int close = start + key.length;
      if (close < end && bytes[close] == '"' && Table.same(key, bytes, start)) {
        pos = close + 1;
        predicted = NAMES.next(expected);
        return NAMES.value(expected);
      }
    }
    int limit = Math.min(end, start + Table.MAX_KEY + 1);
    int i = start;
    while (i < limit && bytes[i] != '"') {
      i++;
    }
    int slot = i < limit ? NAMES.slot(bytes, start, i) : -1;
    if (slot < 0) {
      throw new NotPlain();
    }
    pos = i + 1;
    predicted = NAMES.next(slot);
    return NAMES.value(slot);
  }

  /** The next string, which must be one of the table's keys: its value. */
  private <T> T symbol(Table<T> table) {
    int start = skipSpace() + 1;
    if (start > end || bytes[start - 1] != '"') {
      throw new NotPlain();
    }
    int limit = Math.min(end, start + Table.MAX_KEY + 1);
    int i = start;
    while (i < limit && bytes[i] != '"') {
      i++;
    }
    // a key is plain ASCII: an escape, a control or a multi-byte character matches none
    T value = i < limit ? table.get(bytes, start, i) : null;
    if (value == null) {
      throw new NotPlain();
    }
    pos = i + 1;
    return value;
  }

  /** The next value, a string without escapes, of valid UTF-8. */
  private String text() {
    int start = skipSpace() + 1;
    if (start > end || bytes[start - 1] != '"') {
      throw new NotPlain();
    }
    int limit = Math.min(end, start + MAX_STRING);
    boolean ascii = true;
    int i = start;
    for (; ; i++) {
      if (i >= limit) {
        throw new NotPlain();
      }
      byte kind = STRING_BYTES[bytes[i] & 0xFF];
      if (kind == PLAIN) {
        continue;
      }
      if (kind == QUOTE) {
        break;
      }
      if (kind == REFUSED) {
        throw new NotPlain();
      }
      ascii = false;
    }
    pos = i + 1;
    if (ascii) {
      return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
    }
    String s = new String(bytes, start, i - start, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      throw new NotPlain(); // a malformed byte sequence (or a replacement character): data binding decides
    }
    return s;
  }

  /** The next value, a non-negative integer of one to nine digits without a leading zero. */
  private int integer() {
    int i = skipSpace();
    int n = 0;
    int digits = 0;
    while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
      n = n * 10 + (bytes[i] - '0');
      digits++;
      i++;
    }
    if (digits == 0 || digits > 9 || (digits > 1 && bytes[pos] == '0') || isNumberPart(i)) {
      throw new NotPlain();
    }
    pos = i;
    return n;
  }

  /** The next value, a plain non-negative decimal ({@code 2000}, {@code 2000.00}) of yuan. */
  private Yuan yuan() {
    int start = skipSpace();
    int i = start;
    while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
      i++;
    }
    int whole = i - start;
    int fraction = 0;
    if (i < end && bytes[i] == '.') {
      i++;
      while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
        i++;
        fraction++;
      }
      if (fraction == 0) {
        throw new NotPlain();
      }
    }
    if (whole == 0 || whole > 15 || fraction > 15 || (whole > 1 && bytes[start] == '0') || isNumberPart(i)) {
      throw new NotPlain();
    }
    pos = i;
    return Yuan.of(new BigDecimal(new String(bytes, start, i - start, StandardCharsets.ISO_8859_1)));
  }

  /** Whether the byte at {@code i} would continue a number (an exponent, a fraction, a sign). */
  private boolean isNumberPart(int i) {
    if (i >= end) {
      return false;
    }
    byte c = bytes[i];
    return c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' || (c >= '0' && c <= '9');
  }

  /** The next value, a date string {@code yyyy-MM-dd} naming a real day. */
  private LocalDate date() {
    int s = skipSpace();
    if (s + 12 > end || bytes[s] != '"' || bytes[s + 5] != '-' || bytes[s + 8] != '-' || bytes[s + 11] != '"') {
      throw new NotPlain();
    }
    int year = digits(s + 1, 4);
    int month = digits(s + 6, 2);
    int day = digits(s + 9, 2);
    pos = s + 12;
    return LocalDate.of(year, month, day); // an impossible day throws: data binding names it
  }

  private int digits(int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      byte c = bytes[i];
      if (c < '0' || c > '9') {
        throw new NotPlain();
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The next value, exactly the code of a constant in {@code codes}. */
  private <E> E code(Table<E> codes) {
    return symbol(codes);
  }

  /**
   * Keys of ASCII bytes to values, looked up without making a string: field names to their
   * constants, codes to their enum constants. Open addressing; built once, read-only after.
   */
  private static final class Table<T> {
    /** The longest key. */
    static final int MAX_KEY = 64;

    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[][] keys;
    private final Object[] values;
    private final int[] next;
    private final int mask;

    private Table(Map<String, T> entries) {
      int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
      keys = new byte[size][];
      values = new Object[size];
      next = new int[size];
      Arrays.fill(next, -1);
      mask = size - 1;
      entries.forEach((key, value) -> {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        if (k.length == 0 || k.length > MAX_KEY) {
          throw new IllegalArgumentException(key);
        }
        int h = hash(k, 0, k.length) & mask;
        while (keys[h] != null) {
          h = (h + 1) & mask;
        }
        keys[h] = k;
        values[h] = value;
      });
    }

    /** The names, each its own value. */
    static Table<String> of(String... names) {
      Map<String, String> m = new HashMap<>();
      for (String n : names) {
        m.put(n, n);
      }
      return new Table<>(m);
    }

    /**
     * A coded enum's constants by code; where two share a code the first keeps it, as in
     * {@link EnumCodes#exact}.
     */
    static <E extends Enum<E> & Coded> Table<E> codes(Class<E> type) {
      Map<String, E> m = new HashMap<>();
      for (E e : type.getEnumConstants()) {
        m.putIfAbsent(e.getCode(), e);
      }
      return new Table<>(m);
    }

    /** The value of the key {@code b[from, to)}, or null if there is none. */
    @Nullable T get(byte[] b, int from, int to) {
      int slot = slot(b, from, to);
      return slot < 0 ? null : value(slot);
    }

    /** The slot of the key {@code b[from, to)}, or -1 if there is none. */
    int slot(byte[] b, int from, int to) {
      int length = to - from;
      if (length == 0) {
        return -1;
      }
      int h = hash(b, from, to) & mask;
      for (byte[] k = keys[h]; k != null; k = keys[h]) {
        if (k.length == length && same(k, b, from)) {
          return h;
        }
        h = (h + 1) & mask;
      }
      return -1;
    }

    byte[] key(int slot) {
      return keys[slot];
    }

    @SuppressWarnings("unchecked") // values[slot] was put as a T
    T value(int slot) {
      return (T) values[slot];
    }

    /** The slot of the key that usually follows the one in {@code slot}, or -1. */
    int next(int slot) {
      return next[slot];
    }

    /** This table with, for each pair of keys, the second as the usual successor of the first. */
    Table<T> withSuccessors(String... pairs) {
      for (int i = 0; i + 1 < pairs.length; i += 2) {
        byte[] a = pairs[i].getBytes(StandardCharsets.UTF_8);
        byte[] b = pairs[i + 1].getBytes(StandardCharsets.UTF_8);
        int from = slot(a, 0, a.length);
        int to = slot(b, 0, b.length);
        if (from < 0 || to < 0) {
          throw new IllegalArgumentException(pairs[i] + " -> " + pairs[i + 1]);
        }
        next[from] = to;
      }
      return this;
    }

    /** Whether {@code b} holds {@code key} at {@code from}, eight bytes at a time. */
    static boolean same(byte[] key, byte[] b, int from) {
      int n = key.length;
      int i = 0;
      for (; i + 8 <= n; i += 8) {
        if ((long) LONGS.get(key, i) != (long) LONGS.get(b, from + i)) {
          return false;
        }
      }
      for (; i < n; i++) {
        if (key[i] != b[from + i]) {
          return false;
        }
      }
      return true;
    }

    /**
     * A cheap hash of a non-empty key: its length and four of its bytes (the table compares the
     * whole key anyway).
     */
    private static int hash(byte[] b, int from, int to) {
      int n = to - from;
      int h = n * 31 + b[from];
      h = h * 31 + b[from + (n >>> 1)];
      h = h * 31 + b[to - 1];
      h = h * 31 + b[to - 1 - (n >>> 2)];
      return h ^ (h >>> 5) ^ (h >>> 11);
    }
  }
}
