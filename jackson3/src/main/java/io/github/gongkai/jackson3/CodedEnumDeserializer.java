package io.github.gongkai.jackson3;

import io.github.gongkai.core.Coded;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * The enum deserializer of a gongkai {@link Coded} enum with a fast path: a string that is exactly
 * one constant's code is that constant, found in a map; anything else (another spelling, a
 * number, null) goes to the enum's own {@code ofCode} deserializer, which refuses it with its
 * message. Gongkai's {@code ofCode} methods match codes exactly, so the result is the same either
 * way; the map saves the reflective call and the scan over the constants.
 */
final class CodedEnumDeserializer extends DelegatingDeserializer {
  private final Map<String, Object> byCode;

  private CodedEnumDeserializer(ValueDeserializer<?> delegate, Map<String, Object> byCode) {
    super(delegate);
    this.byCode = byCode;
  }

  /**
   * {@code delegate} with the fast path, or {@code delegate} itself when {@code type} is not a
   * coded enum with distinct codes.
   */
  static ValueDeserializer<?> wrap(Class<?> type, ValueDeserializer<?> delegate) {
    if (!type.isEnum() || !Coded.class.isAssignableFrom(type)) {
      return delegate;
    }
    Map<String, Object> byCode = new HashMap<>();
    for (Object constant : type.getEnumConstants()) {
      if (byCode.put(((Coded) constant).getCode(), constant) != null) {
        return delegate;
      }
    }
    return new CodedEnumDeserializer(delegate, byCode);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
    return new CodedEnumDeserializer(newDelegatee, byCode);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      @Nullable Object constant = byCode.get(p.getString());
      if (constant != null) {
        return constant;
      }
    }
    return _delegatee.deserialize(p, ctxt);
  }
}
