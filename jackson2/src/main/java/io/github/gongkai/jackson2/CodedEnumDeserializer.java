package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The enum deserializer of a gongkai {@link Coded} enum with a fast path: a string that is exactly
 * one constant's code is that constant, found by {@link EnumCodes#exact}; anything else (another
 * spelling, a number, null) goes to the enum's own {@code ofCode} deserializer, which refuses it
 * with its message. Gongkai's {@code ofCode} methods match codes exactly, so the result is the same either
 * way; the fast path saves the reflective call.
 */
final class CodedEnumDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final Class<?> type;

  private CodedEnumDeserializer(JsonDeserializer<?> delegate, Class<?> type) {
    super(delegate);
    this.type = type;
  }

  /**
   * {@code delegate} with the fast path, or {@code delegate} itself when {@code type} is not a
   * coded enum.
   */
  static JsonDeserializer<?> wrap(Class<?> type, JsonDeserializer<?> delegate) {
    if (!type.isEnum() || !Coded.class.isAssignableFrom(type)) {
      return delegate;
    }
    return new CodedEnumDeserializer(delegate, type);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new CodedEnumDeserializer(newDelegatee, type);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      @Nullable Object constant = EnumCodes.exact(type, p.getText());
      if (constant != null) {
        return constant;
      }
    }
    return _delegatee.deserialize(p, ctxt);
  }
}
