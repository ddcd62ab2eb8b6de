package io.github.gongkai.report.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.remedy.LitigationCase;
import io.github.gongkai.core.remedy.RemedyCase;
import io.github.gongkai.core.remedy.ReviewCase;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.report.ReportInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Request records as JSON lines: one {@link InformationRequest} document per line (blank lines
 * skipped), read one at a time so that any number of records streams through in bounded memory.
 * Thread-safe.
 */
public final class RequestRecords {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private RequestRecords() {}

  /**
   * Reads every record and hands it to {@code sink}; the stream is not closed.
   *
   * @param in UTF-8 JSON lines; not null
   * @param sink receives each request in file order; not null
   * @return the number of records read
   * @throws ReportInputException naming the line if a record is malformed or invalid
   * @throws GongkaiException if the stream cannot be read
   */
  public static long forEach(InputStream in, Consumer<InformationRequest> sink) {
    InvalidValueException.requireNonNull(in, "in");
    InvalidValueException.requireNonNull(sink, "sink");
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long n = 0;
    long line = 0;
    try {
      String text;
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        sink.accept(parse(text, line));
        n++;
      }
    } catch (IOException e) {
      throw new GongkaiException("cannot read request records: " + e.getMessage(), e);
    }
    return n;
  }

  /**
   * Reads review and litigation cases, one JSON document per line: a document with a {@code
   * "route"} ({@code direct} or {@code after-review}) is a {@link LitigationCase}, any other a
   * {@link ReviewCase}. The stream is not closed.
   *
   * @param in UTF-8 JSON lines; not null
   * @param sink receives each case; not null
   * @return the number of cases read
   * @throws ReportInputException naming the line if a case is malformed or invalid
   * @throws GongkaiException if the stream cannot be read
   */
  public static long forEachCase(InputStream in, Consumer<RemedyCase> sink) {
    InvalidValueException.requireNonNull(in, "in");
    InvalidValueException.requireNonNull(sink, "sink");
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long n = 0;
    long line = 0;
    try {
      String text;
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        try {
          JsonNode node = MAPPER.readTree(text);
          Class<? extends RemedyCase> type = node.has("route") ? LitigationCase.class : ReviewCase.class;
          sink.accept(MAPPER.treeToValue(node, type));
        } catch (JsonProcessingException e) {
          Throwable cause = e.getCause();
          String why = cause instanceof GongkaiException ? cause.getMessage() : e.getOriginalMessage();
          throw new ReportInputException("line " + line, null, "must be a valid review or litigation case: " + why);
        } catch (GongkaiException e) {
          if (e instanceof ReportInputException) {
            throw e;
          }
          throw new ReportInputException("line " + line, null, "must be a valid review or litigation case: " + e.getMessage());
        }
        n++;
      }
    } catch (IOException e) {
      throw new GongkaiException("cannot read cases: " + e.getMessage(), e);
    }
    return n;
  }

  /**
   * Parses one record.
   *
   * @param json the JSON document; not null
   * @param line the line number, for messages
   * @return the request
   * @throws ReportInputException if malformed or invalid
   */
  public static InformationRequest parse(String json, long line) {
    try {
      return MAPPER.readValue(json, InformationRequest.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      String why = cause instanceof GongkaiException ? cause.getMessage() : e.getOriginalMessage();
      throw new ReportInputException("line " + line, null, "must be a valid request record: " + why);
    } catch (GongkaiException e) {
      throw new ReportInputException("line " + line, null, "must be a valid request record: " + e.getMessage());
    }
  }

  /**
   * Writes one record as a single JSON line (no line terminator).
   *
   * @param request the request; not null
   * @return the JSON line
   */
  public static String toLine(InformationRequest request) {
    InvalidValueException.requireNonNull(request, "request");
    try {
      return MAPPER.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new GongkaiException("cannot write request " + request.getId() + ": " + e.getOriginalMessage(), e);
    }
  }
}
