package io.github.gongkai.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class GongkaiModuleTest {

  @Test
  void is_found_by_service_loader_and_registers_once() {
    JsonMapper m = JsonMapper.builder().findAndAddModules().addModule(new GongkaiModule()).build();
    assertThat(m.registeredModules().stream().filter(x -> x instanceof GongkaiModule)).hasSize(1);
  }

  @Test
  void changes_no_feature_and_nothing_for_types_outside_gongkai() {
    JsonMapper plain = JsonMapper.builder().build();
    JsonMapper with = JsonMapper.builder().addModule(new GongkaiModule()).build();
    for (DeserializationFeature f : DeserializationFeature.values()) {
      assertThat(with.isEnabled(f)).as(f.name()).isEqualTo(plain.isEnabled(f));
    }
    // values outside gongkai keep the mapper's own (lenient) reading: an epoch day is a date
    assertThat(with.readValue("19000", LocalDate.class))
        .isEqualTo(plain.readValue("19000", LocalDate.class))
        .isEqualTo(LocalDate.ofEpochDay(19000));
    assertThat(with.readTree("{\"a\":1}").has("a")).isTrue();
  }

  @Test
  void new_mapper_is_independent_and_has_the_module() {
    assertThat(GongkaiJson.newMapper()).isNotSameAs(GongkaiJson.newMapper());
    assertThat(GongkaiJson.newMapper().registeredModules().stream().filter(x -> x instanceof GongkaiModule))
        .hasSize(1);
  }
}
