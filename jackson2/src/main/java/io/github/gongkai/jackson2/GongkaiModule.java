package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsFailProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.gongkai.core.internal.JsonMessages;
import io.github.gongkai.core.remedy.RemedyCase;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The Jackson 2 module for gongkai's model: makes gongkai's types strict on any mapper it is
 * registered with, without changing a feature of that mapper.
 *
 * <p>For gongkai types only (classes under {@code io.github.gongkai.}), whatever the mapper's
 * features say:
 *
 * <ul>
 *   <li>an unknown field is refused (Spring Boot turns {@code FAIL_ON_UNKNOWN_PROPERTIES} off);
 *   <li>a date must be a string {@code yyyy-MM-dd} naming a real day: {@code 2024-02-30} is refused
 *       rather than read as 2024-02-29, and a number is refused rather than read as an epoch day;
 *   <li>JSON {@code null} is refused for required values, numbers and lists;
 *   <li>dates are written as {@code yyyy-MM-dd} strings even where the mapper writes timestamps;
 *   <li>a {@link RemedyCase} is read as a {@code LitigationCase} when it has a {@code route} field,
 *       else as a {@code ReviewCase}.
 * </ul>
 *
 * <p>It declares {@link JavaTimeModule} as a dependency. It is listed in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}, so {@code findAndRegisterModules()} and
 * {@code JsonMapper.builder().findAndAddModules()} (and Spring Boot 3) find it. Registering it twice
 * is harmless: Jackson skips a module whose {@link #getTypeId() type id} is already registered.
 */
public class GongkaiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public GongkaiModule() {
    super("gongkai", Version.unknownVersion());
    addDeserializer(RemedyCase.class, RemedyCaseDeserializer.INSTANCE);
  }

  /**
   * The modules gongkai's types need: {@link JavaTimeModule}.
   *
   * @return the dependencies
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }

  /**
   * The id under which Jackson de-duplicates registrations: this class's name.
   *
   * @return the type id
   */
  @Override
  public Object getTypeId() {
    return GongkaiModule.class.getName();
  }

  /**
   * Installs the strictness for gongkai types.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addBeanDeserializerModifier(new StrictProperties());
    context.addBeanDeserializerModifier(new FastEnums());
    context.addDeserializationProblemHandler(new UnknownFields());
    context.addBeanSerializerModifier(new DatesAsStrings());
  }

  /** Dates of gongkai types as {@code yyyy-MM-dd} strings, whatever WRITE_DATES_AS_TIMESTAMPS says. */
  static final class DatesAsStrings extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> props) {
      if (JsonMessages.isGongkai(beanDesc.getBeanClass())) {
        for (BeanPropertyWriter w : props) {
          if (w.getType().hasRawClass(LocalDate.class)) {
            w.assignSerializer(IsoDate.INSTANCE);
          }
        }
      }
      return props;
    }
  }

  /** Writes a date as its ISO string. */
  static final class IsoDate extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    static final IsoDate INSTANCE = new IsoDate();

    private IsoDate() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Strict dates and no null for required values, on the properties of gongkai types. */
  static final class StrictProperties extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription beanDesc, BeanDeserializerBuilder builder) {
      if (!JsonMessages.isGongkai(beanDesc.getBeanClass())) {
        return builder;
      }
      List<SettableBeanProperty> props = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
        props.add(it.next());
      }
      for (SettableBeanProperty prop : props) {
        SettableBeanProperty strict = prop;
        JavaType type = prop.getType();
        if (type.hasRawClass(LocalDate.class)) {
          strict = strict.withValueDeserializer(StrictLocalDate.INSTANCE);
        }
        if (prop.isRequired() || type.isPrimitive() || type.isContainerType()) {
          strict = strict.withNullProvider(NullsFailProvider.constructForProperty(prop));
        }
        if (strict != prop) {
          builder.addOrReplaceProperty(strict, true);
        }
      }
      return builder;
    }
  }

  /** Coded enums of gongkai found by their exact code without a reflective call. */
  static final class FastEnums extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config, JavaType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      Class<?> raw = type.getRawClass();
      return JsonMessages.isGongkai(raw) ? CodedEnumDeserializer.wrap(raw, deserializer) : deserializer;
    }
  }

  /** Refuses unknown fields of gongkai types, whatever FAIL_ON_UNKNOWN_PROPERTIES says. */
  static final class UnknownFields extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      Class<?> owner = beanOrClass instanceof Class ? (Class<?>) beanOrClass : beanOrClass.getClass();
      if (!JsonMessages.isGongkai(owner)) {
        return false;
      }
      throw UnrecognizedPropertyException.from(
          p, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
    }
  }
}
