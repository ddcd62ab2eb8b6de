package io.github.gongkai.letters;

import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.jackson2.GongkaiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test fixtures: one answered request of the sample agency per row of table 三. */
public final class Fixtures {
  static final String AGENCY = "江河市自然资源和规划局";

  private Fixtures() {}

  public static List<InformationRequest> answeredByRow() {
    return read("answered-by-row.jsonl");
  }

  /** Requests with a correction, an extension, a fee notice and a third-party consultation. */
  public static List<InformationRequest> notices() {
    return read("notices.jsonl");
  }

  private static List<InformationRequest> read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return JsonLinesReader.of(GongkaiJson.codec(), InformationRequest.class).readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Letterhead letterhead() {
    return Letterhead.builder()
        .agency(AGENCY)
        .documentNumberPattern("江河自然资规公开〔{year}〕{serial}号")
        .reviewBody("江河市人民政府")
        .court("江河市东城区人民法院")
        .address("江河市人民路1号")
        .phone("0791-8888 0000")
        .build();
  }
}
