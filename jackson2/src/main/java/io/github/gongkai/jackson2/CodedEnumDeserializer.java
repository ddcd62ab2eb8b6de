package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.github.gongkai.core.Coded;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The enum deserializer of a gongkai {@link Coded} enum with a fast path: a string that is exactly
 * one constant's code is that constant, found in a map; anything else (another spelling, a
 * number, null) goes to the enum's own {@code ofCode} deserializer, which refuses it with its
 * message. Gongkai's {@code ofCode} methods match codes exactly, so the result is the same either
 * way; the map saves the reflective call and the scan over the constants.
 */
final class CodedEnumDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final Map<String, Object> byCode;

  private CodedEnumDeserializer(JsonDeserializer<?> delegate, Map<String, Object> byCode) {
    super(delegate);
    this.byCode = byCode;
  }

  /**
   * {@code delegate} with the fast path, or {@code delegate} itself when {@code type} is not a
   * coded enum with distinct codes.
   */
  static JsonDeserializer<?> wrap(Class<?> type, JsonDeserializer<?> delegate) {
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
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new CodedEnumDeserializer(newDelegatee, byCode);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      @Nullable Object constant = byCode.get(p.getText());
      if (constant != null) {
        return constant;
      }
    }
    return _delegatee.deserialize(p, ctxt);
  }
}
