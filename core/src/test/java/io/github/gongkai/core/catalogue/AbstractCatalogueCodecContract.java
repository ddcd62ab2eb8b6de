package io.github.gongkai.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.json.AbstractBindingContract;
import io.github.gongkai.core.json.JsonInputException;
import org.junit.jupiter.api.Test;

/**
 * The JSON contract of the catalogue and guide documents, run against each binding:
 * gongkai-jackson2 and gongkai-jackson3 extend it. Golden files under {@code
 * src/test/resources/json/} are never edited.
 */
public abstract class AbstractCatalogueCodecContract extends AbstractBindingContract {

  @Test
  void the_sample_catalogue_reads_and_writes_back_as_its_golden_file() {
    String json = resource("catalogue-v1-sample.json");
    Catalogue c = codec().read(json, Catalogue.class);
    assertThat(c.getClasses()).hasSize(8);
    assertThat(c.getEntries()).hasSize(13);
    assertThat(c.getEntries().get(5).getWithholdingGround()).isEqualTo(OutcomeGround.WITHHELD_PROCESS_INFORMATION);
    assertThat(c.getEntries().get(0).getTimeLimitWorkingDays()).isEqualTo(20);
    assertThat(c.getEntries().get(7).getTimeLimitWorkingDays()).isEqualTo(7);
    assertThat(tree(codec().write(c))).isEqualTo(tree(json));
    assertThat(plainRead(json, Catalogue.class)).isEqualTo(c);
    assertThat(CatalogueChecks.check(c)).isEmpty();
    roundTrips(c, Catalogue.class);
  }

  @Test
  void the_sample_guide_reads_and_writes_back_as_its_golden_file() {
    String json = resource("guide-v1-sample.json");
    DisclosureGuide g = codec().read(json, DisclosureGuide.class);
    assertThat(g.getProcedure()).hasSize(3);
    assertThat(tree(codec().write(g))).isEqualTo(tree(json));
    roundTrips(g, DisclosureGuide.class);
  }

  @Test
  void findings_are_written_with_rule_place_and_both_messages() {
    Catalogue c = codec().read(resource("catalogue-v1-sample.json").replace("\"classCode\": \"08\"", "\"classCode\": \"09\""),
        Catalogue.class);
    String json = codec().write(CatalogueChecks.check(c).get(0));
    assertThat(json).startsWith("{\"rule\":\"unknown-class\",\"place\":\"$.entries[12].classCode\",\"value\":\"09\",\"messageZh\":");
    assertThat(plainWrite(CatalogueChecks.check(c).get(0))).isEqualTo(json);
  }

  @Test
  void documents_are_read_strictly_with_the_json_path_of_the_fault() {
    String cat = resource("catalogue-v1-sample.json");
    assertThatThrownBy(() -> codec().read(cat.replace("\"producingOffice\": \"人事科\"", "\"office\": \"人事科\""), Catalogue.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.entries[1].office"));
    assertThatThrownBy(() -> codec().read(cat.replace("withheld-enforcement-case-file", "withheld-because"), Catalogue.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.entries[8].withholdingGround"))
        .hasMessageContaining("$.entries[8].withholdingGround");
    assertThatThrownBy(() -> codec().read(cat.replace("\"reading-room\"", "\"notice-board\""), Catalogue.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.entries[4].media[2]"));
    assertThatThrownBy(() -> codec().read(cat.replace("\"proactive\"", "\"public\""), Catalogue.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.entries[0].attribute"));
    assertThatThrownBy(() -> codec().read(cat.replace("\"OGI-2019:27\"", "\"Art.27\""), Catalogue.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("legalBasis[0]");
    String guide = resource("guide-v1-sample.json");
    assertThatThrownBy(() -> codec().read(guide.replace("\"court\"", "\"tribunal\""), DisclosureGuide.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(t -> assertThat(((JsonInputException) t).getPath()).isEqualTo("$.tribunal"));
  }
}
