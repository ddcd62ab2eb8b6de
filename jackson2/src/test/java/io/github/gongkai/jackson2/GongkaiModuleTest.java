package io.github.gongkai.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GongkaiModuleTest {

  @Test
  void is_found_by_service_loader_and_registers_once_with_java_time() {
    ObjectMapper m = new ObjectMapper().findAndRegisterModules().registerModule(new GongkaiModule());
    assertThat(m.getRegisteredModuleIds()).containsOnlyOnce(GongkaiModule.class.getName());
    assertThat(new GongkaiModule().getDependencies()).singleElement().isInstanceOf(JavaTimeModule.class);
  }

  @Test
  void changes_no_feature_and_nothing_for_types_outside_gongkai() throws Exception {
    JsonMapper plain =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    JsonMapper with =
        JsonMapper.builder()
            .addModule(new GongkaiModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    assertThat(with.getDeserializationConfig().getDeserializationFeatures())
        .isEqualTo(plain.getDeserializationConfig().getDeserializationFeatures());
    assertThat(with.getSerializationConfig().getSerializationFeatures())
        .isEqualTo(plain.getSerializationConfig().getSerializationFeatures());
    assertThat(with.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
    // values outside gongkai keep the mapper's own (lenient) reading: an epoch day is a date
    assertThat(with.readValue("19000", LocalDate.class))
        .isEqualTo(plain.readValue("19000", LocalDate.class))
        .isEqualTo(LocalDate.ofEpochDay(19000));
    assertThat(with.readTree("{\"a\":1}").has("a")).isTrue();
  }

  @Test
  void new_mapper_is_independent_and_has_the_module() {
    assertThat(GongkaiJson.newMapper()).isNotSameAs(GongkaiJson.newMapper());
    assertThat(GongkaiJson.newMapper().getRegisteredModuleIds()).contains(GongkaiModule.class.getName());
  }
}
