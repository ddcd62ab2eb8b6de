package io.github.gongkai.jackson3;

import io.github.gongkai.core.Coded;
import io.github.gongkai.core.internal.EnumCodes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * The enum deserializer of a gongkai {@link Coded} enum with a fast path: a string that is exactly
 * one constant's code is that constant, found by {@link EnumCodes#exact}; anything else (another
 * spelling, a number, null) goes to the enum's own {@code ofCode} deserializer, which refuses it
 * with its message. Gongkai's {@code ofCode} methods match codes exactly, so the result is the same either
 * way; the fast path saves the reflective call.
 */
final class CodedEnumDeserializer extends DelegatingDeserializer {
  private final Class<?> type;

  private CodedEnumDeserializer(ValueDeserializer<?> delegate, Class<?> type) {
    super(delegate);
    this.type = type;
  }

  /**
   * {@code delegate} with the fast path, or {@code delegate} itself when {@code type} is not a
   * coded enum.
   */
  static ValueDeserializer<?> wrap(Class<?> type, ValueDeserializer<?> delegate) {
    if (!type.isEnum() || !Coded.class.isAssignableFrom(type)) {
      return delegate;
    }
    return new CodedEnumDeserializer(delegate, type);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
    return new CodedEnumDeserializer(newDelegatee, type);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      @Nullable Object constant = EnumCodes.exact(type, p.getString());
      if (constant != null) {
        return constant;
      }
    }
    return _delegatee.deserialize(p, ctxt);
  }
}
