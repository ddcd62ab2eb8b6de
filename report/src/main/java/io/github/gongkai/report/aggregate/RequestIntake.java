package io.github.gongkai.report.aggregate;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.calendar.WorkingCalendar;
import io.github.gongkai.core.json.DocumentCodec;
import io.github.gongkai.core.json.JsonInputException;
import io.github.gongkai.core.json.JsonLinesException;
import io.github.gongkai.core.json.JsonLinesReader;
import io.github.gongkai.core.request.InformationRequest;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a year's request records (JSON Lines, one {@link InformationRequest} per line) into a
 * {@link ReportAccumulator}, refusing — never silently dropping — every record the report cannot
 * count:
 *
 * <ul>
 *   <li>a line that is not one valid request document (with its JSON path);
 *   <li>a request id already seen on an earlier line (a request is counted once);
 *   <li>a request with no events, or never received (no receipt date per 2019 Art.31): it belongs to
 *       no report;
 *   <li>a request received after the report year on a day the working calendar does not cover
 *       (e.g. 9999-12-31): out of reach of any report;
 *   <li>a request whose history the lifecycle cannot replay (an impossible history, dates outside the
 *       working calendar's years).
 * </ul>
 *
 * <p>A request closed before 1 January of the year was counted in an earlier year's report, and one
 * received after 31 December (on a covered day) belongs to a later one: both are accepted, not
 * counted in this year, and reported as {@link Result#getEarlier()} and {@link Result#getLater()}.
 *
 * <p>By default the first refused record stops reading with a {@link JsonLinesException} naming its
 * line, path and reason and how many records were read; {@link #skippingBadRecords()} skips them and
 * lists each in the {@link Result}. Parsing and the lifecycle run on {@link #withThreads(int)}
 * threads; duplicate ids are checked and requests counted in line order, so the result does not
 * depend on the number of threads. Memory stays bounded: records are not kept; the duplicate check
 * holds 10 to 15 bytes per request id (a 64-bit hash, see {@link #withoutDuplicateCheck()}).
 *
 * <p>Immutable and thread-safe; each {@link #read(InputStream)} has its own state.
 */
public final class RequestIntake {
  /** Agencies named in the result at most (more are counted, not listed). */
  public static final int MAX_AGENCIES = 16;

  private final int year;
  private final WorkingCalendar calendar;
  private final JsonLinesReader<InformationRequest> reader;
  private final boolean duplicateCheck;

  private RequestIntake(
      int year, WorkingCalendar calendar, JsonLinesReader<InformationRequest> reader, boolean duplicateCheck) {
    this.year = year;
    this.calendar = calendar;
    this.reader = reader;
    this.duplicateCheck = duplicateCheck;
  }

  /**
   * An intake for a report year: fails on the first bad record, one thread, duplicate check on.
   *
   * @param year the report year, 2008 to 9999
   * @param calendar the working calendar for the lifecycle; not null
   * @param codec the strict codec reading each line; not null
   * @return the intake
   * @throws InvalidValueException for a year out of range
   */
  public static RequestIntake forYear(int year, WorkingCalendar calendar, DocumentCodec codec) {
    ReportAccumulator.forYear(year);
    InvalidValueException.requireNonNull(calendar, "calendar");
    return new RequestIntake(year, calendar, JsonLinesReader.of(codec, InformationRequest.class), true);
  }

  /**
   * This intake skipping bad records, each listed in the result (or given to the {@linkplain
   * #withRejectionListener listener}).
   *
   * @return the modified intake
   */
  public RequestIntake skippingBadRecords() {
    return new RequestIntake(year, calendar, reader.skippingBadRecords(), duplicateCheck);
  }

  /**
   * This intake parsing on {@code threads} threads.
   *
   * @param threads 1 to 256
   * @return the modified intake
   * @see JsonLinesReader#withThreads(int)
   */
  public RequestIntake withThreads(int threads) {
    return new RequestIntake(year, calendar, reader.withThreads(threads), duplicateCheck);
  }

  /**
   * This intake with another maximum line length.
   *
   * @param maxLineLength bytes of UTF-8, at least 1
   * @return the modified intake
   * @see JsonLinesReader#withMaxLineLength(int)
   */
  public RequestIntake withMaxLineLength(int maxLineLength) {
    return new RequestIntake(year, calendar, reader.withMaxLineLength(maxLineLength), duplicateCheck);
  }

  /**
   * This intake handing each rejection to {@code listener} in line order as it is found, instead of
   * keeping them in the result (when skipping).
   *
   * @param listener receives each rejection; not null
   * @return the modified intake
   */
  public RequestIntake withRejectionListener(Consumer<? super JsonLinesReader.Rejection> listener) {
    return new RequestIntake(year, calendar, reader.withRejectionListener(listener), duplicateCheck);
  }

  /**
   * This intake without the duplicate-id check, for input whose ids are known to be unique: saves
   * its 10 to 15 bytes per request.
   *
   * @return the modified intake
   */
  public RequestIntake withoutDuplicateCheck() {
    return new RequestIntake(year, calendar, reader, false);
  }

  /**
   * Reads request records. The stream is not closed.
   *
   * @param in UTF-8 JSON Lines; not null
   * @return the counts and the accumulator
   * @throws JsonLinesException for the first bad record, unless skipping
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Result read(InputStream in) {
    State state = new State();
    JsonLinesReader.Result records = reader.read(in, this::place, state::accept);
    return new Result(state.acc, records, state.earlier, state.later, state.agencies, state.agencyCount);
  }

  /** One request, placed by the lifecycle: on the worker threads. */
  private Placed place(InformationRequest r) {
    String id = r.getId();
    if (r.getEvents().isEmpty()) {
      throw new JsonInputException("$.events", null,
          "must hold the request's history: request " + id + " has no events, was never received and belongs to no report",
          null);
    }
    RequestFacts facts;
    try {
      facts = RequestFacts.of(r, calendar);
    } catch (GongkaiException e) {
      throw new JsonInputException("$.events", null,
          "must be a history the lifecycle can replay: request " + id + ": " + e.getMessage(), e);
    }
    LocalDate received = facts.getReceivedOn();
    if (received == null) {
      throw new JsonInputException("$.events", null,
          "must include the receipt: request " + id + " was never received and belongs to no report", null);
    }
    if (received.getYear() > year && !calendar.covers(received)) {
      throw new JsonInputException("$.events", received.toString(),
          "must be a receipt date the working calendar covers (" + calendar.getCoverage() + "): request " + id
              + " was received after the report year, beyond any report that can be made", null);
    }
    return new Placed(id, duplicateCheck ? IdSet.hash(id) : 0, r.getAgency(), facts);
  }

  private static final class Placed {
    final String id;
    final long hash;
    final String agency;
    final RequestFacts facts;

    Placed(String id, long hash, String agency, RequestFacts facts) {
      this.id = id;
      this.hash = hash;
      this.agency = agency;
      this.facts = facts;
    }
  }

  /** Counting in line order (never concurrent). */
  private final class State {
    final ReportAccumulator acc = ReportAccumulator.forYear(year);
    final @Nullable IdSet ids = duplicateCheck ? new IdSet() : null;
    final TreeSet<String> agencies = new TreeSet<>();
    long agencyCount;
    long earlier;
    long later;

    void accept(long line, Placed p) {
      if (ids != null && !ids.add(p.hash)) {
        throw new JsonInputException("$.id", p.id,
            "must be unique: a request with this id is on an earlier line, and a request is counted once", null);
      }
      long outside = acc.getOutside();
      acc.add(p.facts);
      if (acc.getOutside() != outside) {
        LocalDate received = p.facts.getReceivedOn();
        if (received != null && received.getYear() > year) {
          later++;
        } else {
          earlier++;
        }
      }
      if (!agencies.contains(p.agency)) {
        agencyCount++;
        if (agencies.size() < MAX_AGENCIES) {
          agencies.add(p.agency);
        }
      }
    }
  }

  /** What an intake read: the record counts and rejections, and the accumulated report. */
  public static final class Result {
    private final ReportAccumulator accumulator;
    private final JsonLinesReader.Result records;
    private final long earlier;
    private final long later;
    private final SortedSet<String> agencies;
    private final long agencyCount;

    Result(
        ReportAccumulator accumulator,
        JsonLinesReader.Result records,
        long earlier,
        long later,
        SortedSet<String> agencies,
        long agencyCount) {
      this.accumulator = accumulator;
      this.records = records;
      this.earlier = earlier;
      this.later = later;
      this.agencies = Collections.unmodifiableSortedSet(agencies);
      this.agencyCount = agencyCount;
    }

    /**
     * The accumulator holding the accepted requests.
     *
     * @return the accumulator (mutable: merge it with others or build the report)
     */
    public ReportAccumulator getAccumulator() {
      return accumulator;
    }

    /**
     * Records read, accepted, rejected, and the rejections with line, path and reason.
     *
     * @return the reader's result
     */
    public JsonLinesReader.Result getRecords() {
      return records;
    }

    /**
     * Accepted requests closed before the report year: counted in an earlier year's report.
     *
     * @return the count
     */
    public long getEarlier() {
      return earlier;
    }

    /**
     * Accepted requests received after the report year: counted in a later year's report.
     *
     * @return the count
     */
    public long getLater() {
      return later;
    }

    /**
     * Accepted requests counted in this year's report (一 + 二).
     *
     * @return the count
     */
    public long getCounted() {
      return accumulator.getCounted();
    }

    /**
     * The agencies of the accepted requests, at most {@link #MAX_AGENCIES} of them.
     *
     * @return the agency names, sorted, unmodifiable
     */
    public SortedSet<String> getAgencies() {
      return agencies;
    }

    /**
     * The number of distinct agencies of the accepted requests.
     *
     * @return the count
     */
    public long getAgencyCount() {
      return agencyCount;
    }

    @Override
    public String toString() {
      return records + ", counted " + getCounted() + ", earlier " + earlier + ", later " + later;
    }
  }
}
