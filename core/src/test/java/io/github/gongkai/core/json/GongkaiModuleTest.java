package io.github.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.gongkai.core.Fixtures;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.RequestEvent;
import org.junit.jupiter.api.Test;

class GongkaiModuleTest {

  @Test
  void depends_on_java_time_and_registers_once() {
    assertThat(new GongkaiModule().getDependencies())
        .singleElement()
        .isInstanceOf(JavaTimeModule.class);
    ObjectMapper m = new ObjectMapper().registerModule(new GongkaiModule()).registerModule(new GongkaiModule());
    assertThat(m.getRegisteredModuleIds()).containsOnlyOnce(GongkaiModule.class.getName());
  }

  @Test
  void dates_are_strings_even_when_the_mapper_writes_timestamps() throws Exception {
    ObjectMapper m = new ObjectMapper().registerModule(new GongkaiModule());
    assertThat(m.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
    String json = m.writeValueAsString(Received.of(Fixtures.d("2024-03-01")));
    assertThat(json).isEqualTo("{\"type\":\"received\",\"date\":\"2024-03-01\"}");
    assertThat(m.readValue(json, RequestEvent.class)).isEqualTo(Received.of(Fixtures.d("2024-03-01")));
    assertThat(m.readValue(m.writeValueAsString(Fixtures.request()), InformationRequest.class))
        .isEqualTo(Fixtures.request());
  }

  @Test
  void new_mapper_is_independent() {
    assertThat(GongkaiJson.newMapper()).isNotSameAs(GongkaiJson.newMapper());
    assertThat(GongkaiJson.newMapper().getRegisteredModuleIds()).contains(GongkaiModule.class.getName());
  }
}
