package io.github.gongkai.jackson3;

import io.github.gongkai.core.internal.JsonMessages;
import io.github.gongkai.core.remedy.RemedyCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.impl.NullsFailProvider;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for gongkai's model: makes gongkai's types strict on any mapper it is
 * registered with, without changing a feature of that mapper.
 *
 * <p>For gongkai types only (classes under {@code io.github.gongkai.}), whatever the mapper's
 * features say:
 *
 * <ul>
 *   <li>an unknown field is refused (Jackson 3 ignores unknown properties by default);
 *   <li>a date must be a string {@code yyyy-MM-dd} naming a real day: {@code 2024-02-30} is refused
 *       rather than read as 2024-02-29, and a number is refused rather than read as an epoch day;
 *   <li>JSON {@code null} is refused for required values, numbers and lists;
 *   <li>dates are written as {@code yyyy-MM-dd} strings even where the mapper writes timestamps;
 *   <li>a {@link RemedyCase} is read as a {@code LitigationCase} when it has a {@code route} field,
 *       else as a {@code ReviewCase}.
 * </ul>
 *
 * <p>It is listed in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so {@code
 * JsonMapper.builder().findAndAddModules()} (and Spring Boot 4) finds it. Registering it twice is
 * harmless: Jackson skips a module whose {@link #getRegistrationId() registration id} is already
 * registered.
 */
public class GongkaiModule extends JacksonModule {
  /** Creates the module. */
  public GongkaiModule() {}

  /**
   * The module name.
   *
   * @return {@code gongkai}
   */
  @Override
  public String getModuleName() {
    return "gongkai";
  }

  /**
   * The module version.
   *
   * @return unknown: the module is versioned with gongkai
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * The id under which Jackson de-duplicates registrations: this class's name.
   *
   * @return the registration id
   */
  @Override
  public Object getRegistrationId() {
    return GongkaiModule.class.getName();
  }

  /**
   * Installs the strictness for gongkai types.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializers(new SimpleDeserializers().addDeserializer(RemedyCase.class, RemedyCaseDeserializer.INSTANCE));
    context.addDeserializerModifier(new StrictProperties());
    context.addDeserializerModifier(new FastEnums());
    context.addHandler(new UnknownFields());
    context.addSerializerModifier(new DatesAsStrings());
  }

  /** Dates of gongkai types as {@code yyyy-MM-dd} strings, whatever WRITE_DATES_AS_TIMESTAMPS says. */
  static final class DatesAsStrings extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> props) {
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
    static final IsoDate INSTANCE = new IsoDate();

    private IsoDate() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
      gen.writeString(value.toString());
    }
  }

  /** Strict dates and no null for required values, on the properties of gongkai types. */
  static final class StrictProperties extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config,
        BeanDescription.Supplier beanDesc,
        BeanDeserializerBuilder builder) {
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
  static final class FastEnums extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDesc,
        ValueDeserializer<?> deserializer) {
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
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws JacksonException {
      Class<?> owner = beanOrClass instanceof Class ? (Class<?>) beanOrClass : beanOrClass.getClass();
      if (!JsonMessages.isGongkai(owner)) {
        return false;
      }
      throw UnrecognizedPropertyException.from(
          p, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
    }
  }
}
