package io.github.gongkai.core.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;

/**
 * The kind of a RequestEvent, one constant per subtype; its code is also the JSON type name of the
 * event.
 *
 * <p>Serialised by its stable {@link #getCode() code}; labels in Chinese and English.
 */
public enum EventKind implements Coded {
  /** 收到申请 — Received. */
  RECEIVED("received", Received.class),
  /** 告知补正 — Correction requested. */
  CORRECTION_REQUESTED("correction-requested", CorrectionRequested.class),
  /** 收到补正 — Corrected. */
  CORRECTED("corrected", Corrected.class),
  /** 征求第三方意见 — Third-party consultation sent. */
  THIRD_PARTY_CONSULTATION_SENT("third-party-consultation-sent", ThirdPartyConsultationSent.class),
  /** 第三方答复 — Third party replied. */
  THIRD_PARTY_REPLIED("third-party-replied", ThirdPartyReplied.class),
  /** 征求其他机关意见 — Agency consultation sent. */
  AGENCY_CONSULTATION_SENT("agency-consultation-sent", AgencyConsultationSent.class),
  /** 其他机关答复 — Agency consultation replied. */
  AGENCY_CONSULTATION_REPLIED("agency-consultation-replied", AgencyConsultationReplied.class),
  /** 延期答复 — Extension approved. */
  EXTENSION_APPROVED("extension-approved", ExtensionApproved.class),
  /** 确定延迟答复期限 — Art.35 deadline set. */
  ART35_DEADLINE_SET("art35-deadline-set", Art35DeadlineSet.class),
  /** 发出收费通知 — Fee notice issued. */
  FEE_NOTICE_ISSUED("fee-notice-issued", FeeNoticeIssued.class),
  /** 缴纳费用 — Fee paid. */
  FEE_PAID("fee-paid", FeePaid.class),
  /** 作出答复 — Answered. */
  ANSWERED("answered", Answered.class),
  /** 撤回申请 — Withdrawn. */
  WITHDRAWN("withdrawn", Withdrawn.class),
  /** 视为放弃申请 — Deemed abandoned. */
  DEEMED_ABANDONED("deemed-abandoned", DeemedAbandoned.class);

  private static final ClassValue<EventKind> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected EventKind computeValue(Class<?> type) {
          for (EventKind kind : values()) {
            if (kind.eventType.isAssignableFrom(type)) {
              return kind;
            }
          }
          throw new IllegalArgumentException("not a request event type: " + type.getName());
        }
      };

  private final String code;
  private final Class<? extends RequestEvent> eventType;

  EventKind(String code, Class<? extends RequestEvent> eventType) {
    this.code = code;
    this.eventType = eventType;
  }

  /**
   * The stable code used in JSON, e.g. {@code "received"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * Looks a constant up by its code.
   *
   * @param code the code
   * @return the constant
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static EventKind ofCode(String code) {
    return EnumCodes.lookup(EventKind.class, "type", code);
  }

  /** The kind of an event: the constant whose event type the event is an instance of. */
  static EventKind of(RequestEvent event) {
    return BY_CLASS.get(event.getClass());
  }
}
