package io.github.gongkai.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The Jackson module for gongkai's model.
 *
 * <p>gongkai's types describe their own JSON form with annotations (explicit property names and
 * order, enum codes, {@code yyyy-MM-dd} dates, {@code "type"} names for events), so this module only
 * makes sure what they need is present: it declares {@link JavaTimeModule} as a dependency for
 * {@link java.time.LocalDate}. Registering it changes no feature of your {@code ObjectMapper}.
 *
 * <p>Listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so {@code
 * ObjectMapper.findAndRegisterModules()} finds it. Registering it twice is harmless: Jackson skips a
 * module whose {@link #getTypeId() type id} is already registered.
 */
public class GongkaiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public GongkaiModule() {
    super("gongkai", Version.unknownVersion());
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
}
