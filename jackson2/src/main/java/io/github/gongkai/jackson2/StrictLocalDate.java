package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.gongkai.core.internal.JsonDates;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads only {@code yyyy-MM-dd} strings naming a real day; no numbers, no lenient resolving. */
final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  static final StrictLocalDate INSTANCE = new StrictLocalDate();

  private StrictLocalDate() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      String text = p.getText();
      try {
        return JsonDates.parse(text);
      } catch (DateTimeParseException e) {
        throw InvalidFormatException.from(p, JsonDates.RULE, text, LocalDate.class);
      }
    }
    if (p.currentToken() != null && p.currentToken().isScalarValue()) {
      // a number (epoch day) or boolean: refused, and shown
      throw InvalidFormatException.from(p, JsonDates.RULE, p.getText(), LocalDate.class);
    }
    throw MismatchedInputException.from(p, LocalDate.class, JsonDates.RULE);
  }
}
