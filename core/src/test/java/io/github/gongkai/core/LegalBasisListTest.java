package io.github.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A data file's list of citations. */
class LegalBasisListTest {
  @Test
  void aDashIsNoCitation() {
    assertThat(LegalBasis.parseList(Regime.R2019, "-")).isEmpty();
  }

  @Test
  void citationsSeparatedBySemicolonsKeepTheirOrderAndRegime() {
    assertThat(LegalBasis.parseList(Regime.R2019, "OGI-2019:15;~OGI-2019:32"))
        .containsExactly(LegalBasis.of(Regime.R2019, 15), LegalBasis.parse(Regime.R2019, "~OGI-2019:32"))
        .allSatisfy(b -> assertThat(b.getRegime()).isEqualTo(Regime.R2019));
    assertThat(LegalBasis.parseList(Regime.R2019, "OGI-2019:15;~OGI-2019:32").get(1).isInterpretation()).isTrue();
    assertThat(LegalBasis.parseList(Regime.R2008, "OGI-2008:21(3)")).singleElement()
        .satisfies(b -> assertThat(b.getItem()).isEqualTo(3));
  }

  @Test
  void aMalformedCitationAnywhereInTheListIsRefused() {
    assertThatThrownBy(() -> LegalBasis.parseList(Regime.R2019, "OGI-2019:15;article 32"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("article 32");
    assertThatThrownBy(() -> LegalBasis.parseList(Regime.R2019, ""))
        .isInstanceOf(InvalidValueException.class);
  }
}
