package io.github.gongkai.jackson3;

import io.github.gongkai.core.internal.JsonDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Reads only {@code yyyy-MM-dd} strings naming a real day; no numbers, no lenient resolving. */
final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {
  static final StrictLocalDate INSTANCE = new StrictLocalDate();

  private StrictLocalDate() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      String text = p.getString();
      try {
        return JsonDates.parse(text);
      } catch (DateTimeParseException e) {
        throw InvalidFormatException.from(p, JsonDates.RULE, text, LocalDate.class);
      }
    }
    if (p.currentToken() != null && p.currentToken().isScalarValue()) {
      // a number (epoch day) or boolean: refused, and shown
      throw InvalidFormatException.from(p, JsonDates.RULE, p.getString(), LocalDate.class);
    }
    throw MismatchedInputException.from(p, LocalDate.class, JsonDates.RULE);
  }
}
