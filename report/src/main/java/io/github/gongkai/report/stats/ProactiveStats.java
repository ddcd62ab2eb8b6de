package io.github.gongkai.report.stats;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportTable;
import io.github.gongkai.report.internal.JsonText;
import io.github.gongkai.rules.lifecycle.Lifecycle;
import io.github.gongkai.rules.lifecycle.LifecyclePolicy;
import io.github.gongkai.rules.lifecycle.RequestState;
import io.github.gongkai.rules.lifecycle.RequestStatus;
import io.github.gongkai.rules.publication.AgendaDuty;
import io.github.gongkai.rules.publication.AgendaRecord;
import io.github.gongkai.rules.publication.DecisionCounts;
import io.github.gongkai.rules.publication.EnforcementDecision;
import io.github.gongkai.rules.publication.PublicationEvent;
import io.github.gongkai.rules.publication.PublicationEventKind;
import io.github.gongkai.rules.publication.PublicationItem;
import io.github.gongkai.rules.publication.PublicationStatus;
import io.github.gongkai.rules.publication.PublicationTracker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Proactive-disclosure statistics computed from records over a {@link Period}: proactive items
 * ({@link PublicationItem}), 双公示 decisions ({@link EnforcementDecision}) and disclosure requests
 * ({@link InformationRequest}).
 *
 * <ul>
 *   <li><b>Published items</b>: an item counts once in a period when one of its {@code published}
 *       records is dated in it (the first such record gives its medium); counted by catalogue class
 *       ({@value #UNCLASSIFIED} without one), by medium ({@code unspecified} without one) and by
 *       calendar part of the period; shares by the {@link ShareMethod} chosen, categories in
 *       descending count, then by label. Period-over-period (环比, against {@link
 *       Period#previous()}) and year-over-year (同比, against {@link Period#yearEarlier()}) change
 *       as {@link YearOverYear}, in total and by class.
 *   <li><b>Rates</b> ({@link FormulaRate}; no instrument defines them, each formula is an
 *       interpretation): 应公开已公开率 ({@link #getPublishedOfDue()}), 主动公开按时公开率 ({@link
 *       #getOnTimePublication()}), 双公示按时公示率 ({@link #getDecisionsOnTime()}), 文本及时送交率
 *       ({@link #getTransmittal()}) and 按期答复率 ({@link #getRepliedOnTime()}).
 *   <li><b>Timing</b>: working days from receipt to answer of the requests answered in the period,
 *       in all, per channel and per table 三 outcome row ({@link WorkingDaysSummary}).
 *   <li><b>Table 二</b>: the licensing and penalty decisions made in the period ({@link
 *       DecisionCounts}), as report cells ({@link #getTable2Cells()}) to merge into a built report.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProactiveStats {
  /** The class label of an item without a catalogue class. */
  public static final String UNCLASSIFIED = "未分类";

  /** The medium label of a publication that names none. */
  public static final String UNSPECIFIED_MEDIUM = "unspecified";

  private final Period period;
  private final ShareMethod method;
  private final Period.Kind unit;
  private final long published;
  private final Shares byClass;
  private final Shares byMedium;
  private final Map<Period, Long> byPart;
  private final YearOverYear periodOverPeriod;
  private final YearOverYear yearOverYear;
  private final Map<String, YearOverYear> classPeriodOverPeriod;
  private final Map<String, YearOverYear> classYearOverYear;
  private final FormulaRate publishedOfDue;
  private final FormulaRate onTimePublication;
  private final FormulaRate decisionsOnTime;
  private final FormulaRate transmittal;
  private final FormulaRate repliedOnTime;
  private final WorkingDaysSummary timing;
  private final Map<Channel, WorkingDaysSummary> timingByChannel;
  private final Map<OutcomeGround, WorkingDaysSummary> timingByOutcome;
  private final DecisionCounts decisionCounts;

  private ProactiveStats(Builder b) {
    this.period = b.period;
    this.method = b.method;
    this.unit = b.unit;
    PublicationTracker tracker = b.tracker;

    // published items: the first publication record in a period
    Map<String, Long> classes = count(b.items, period, i -> label(i.getCatalogueClass()));
    this.published = sum(classes);
    this.byClass = Shares.of(sorted(classes), method);
    Map<String, Long> media = new LinkedHashMap<>();
    for (PublicationItem i : b.items) {
      PublicationEvent e = publishedIn(i, period);
      if (e != null) {
        PublicationMedium m = e.getMedium();
        media.merge(m == null ? UNSPECIFIED_MEDIUM : m.getCode(), 1L, Long::sum);
      }
    }
    this.byMedium = Shares.of(sorted(media), method);
    Map<Period, Long> parts = new LinkedHashMap<>();
    List<Period> split = period.split(unit);
    for (Period p : split) {
      parts.put(p, 0L);
    }
    for (PublicationItem i : b.items) {
      PublicationEvent e = publishedIn(i, period);
      if (e != null) {
        for (Period p : split) {
          if (p.contains(e.getDate())) {
            parts.merge(p, 1L, Long::sum);
          }
        }
      }
    }
    this.byPart = parts;
    Map<String, Long> previous = count(b.items, period.previous(), i -> label(i.getCatalogueClass()));
    Map<String, Long> yearEarlier = count(b.items, period.yearEarlier(), i -> label(i.getCatalogueClass()));
    this.periodOverPeriod = YearOverYear.of(sum(previous), published);
    this.yearOverYear = YearOverYear.of(sum(yearEarlier), published);
    Set<String> allClasses = new LinkedHashSet<>(byClassOrder(classes));
    allClasses.addAll(byClassOrder(previous));
    allClasses.addAll(byClassOrder(yearEarlier));
    Map<String, YearOverYear> pop = new LinkedHashMap<>();
    Map<String, YearOverYear> yoy = new LinkedHashMap<>();
    for (String c : allClasses) {
      long now = classes.getOrDefault(c, 0L);
      pop.put(c, YearOverYear.of(previous.getOrDefault(c, 0L), now));
      yoy.put(c, YearOverYear.of(yearEarlier.getOrDefault(c, 0L), now));
    }
    this.classPeriodOverPeriod = pop;
    this.classYearOverYear = yoy;

    // rates over items
    long due = 0;
    long dueDone = 0;
    long done = 0;
    long doneOnTime = 0;
    for (PublicationItem i : b.items) {
      PublicationStatus s = tracker.status(i);
      if (period.contains(s.getDueDate())) {
        due++;
        if (s.isDoneBy(period.getTo())) {
          dueDone++;
        }
      }
      if (period.contains(s.getDoneOn())) {
        done++;
        if (s.isOnTime()) {
          doneOnTime++;
        }
      }
    }
    this.publishedOfDue = FormulaRate.of("publishedOfDue", "应公开已公开率", "Due items published",
        "items whose proactive publication fell due in the period (due date in the period) and were published by"
            + " its last day ÷ items whose proactive publication fell due in the period",
        "《中华人民共和国政府信息公开条例》(2019) 第二十六条 (20 working days from formation or change, or the policy's"
            + " limit); the formula is an interpretation, no instrument defines the rate",
        Rate.of(dueDone, due));
    this.onTimePublication = FormulaRate.of("onTimePublication", "主动公开按时公开率", "Items published on time",
        "items published in the period on or before their due date ÷ items published in the period (first"
            + " publication or correction on or after the formation or change)",
        "《中华人民共和国政府信息公开条例》(2019) 第二十六条; the formula is an interpretation, no instrument defines"
            + " the rate",
        Rate.of(doneOnTime, done));

    // 双公示 decisions
    long decided = 0;
    long decidedOnTime = 0;
    for (EnforcementDecision d : b.decisions) {
      for (PublicationStatus s : tracker.statuses(d)) {
        if (s.getDuty() != AgendaDuty.WITHDRAWAL && period.contains(s.getDoneOn())) {
          decided++;
          if (s.isOnTime()) {
            decidedOnTime++;
          }
        }
      }
    }
    this.decisionsOnTime = FormulaRate.of("decisionsOnTime", "双公示按时公示率", "Decisions published on time",
        "licensing and penalty decisions not excluded, published in the period on or before their due date ÷"
            + " those published in the period",
        "国办发〔2015〕51号 (7 working days from the decision, a policy limit); 《中华人民共和国行政处罚法》(2021)"
            + " 第四十八条; the formula is an interpretation, no instrument defines the rate",
        Rate.of(decidedOnTime, decided));
    this.transmittal = FormulaRate.of("transmittal", "文本及时送交率", "Documents sent to archives and libraries in time",
        "proactively published documents sent to the national archives and public libraries within the agency's"
            + " limit ÷ documents due to be sent in the period, as counted by the agency (supplied, not derived"
            + " from item records)",
        "《中华人民共和国政府信息公开条例》(2019) 第二十五条第三款 (\"及时\", no limit set); the formula is an"
            + " interpretation, no instrument defines the rate",
        b.transmittal);

    // requests
    List<Integer> all = new ArrayList<>();
    Map<Channel, List<Integer>> channels = new EnumMap<>(Channel.class);
    Map<OutcomeGround, List<Integer>> outcomes = new EnumMap<>(OutcomeGround.class);
    long answered = 0;
    long answeredOnTime = 0;
    for (int k = 0; k < b.requests.size(); k++) {
      InformationRequest r = b.requests.get(k);
      RequestStatus s = b.statuses.get(k);
      LocalDate closed = s.getClosedOn().orElse(null);
      LocalDate receipt = s.getReceiptDate().orElse(null);
      if (s.getState() != RequestState.ANSWERED || !period.contains(closed) || receipt == null || closed == null) {
        continue;
      }
      LocalDate dueDate = s.getDueDate().orElse(null);
      if (dueDate != null) {
        answered++;
        if (!closed.isAfter(dueDate)) {
          answeredOnTime++;
        }
      }
      int days = tracker.getDeadlines().workingDaysBetween(receipt, closed);
      all.add(days);
      channels.computeIfAbsent(r.getChannel(), c -> new ArrayList<>()).add(days);
      OutcomeGround o = s.getOutcome().orElse(null);
      if (o != null) {
        outcomes.computeIfAbsent(o, c -> new ArrayList<>()).add(days);
      }
    }
    this.repliedOnTime = FormulaRate.of("repliedOnTime", "按期答复率", "Requests answered on time",
        "requests answered in the period on or before their binding reply date (extended or Art.35 date"
            + " included) ÷ requests answered in the period (withdrawn and abandoned requests left out)",
        "《中华人民共和国政府信息公开条例》(2019) 第三十三条; the formula is an interpretation, no instrument defines"
            + " the rate",
        Rate.of(answeredOnTime, answered));
    this.timing = WorkingDaysSummary.of(all);
    Map<Channel, WorkingDaysSummary> tc = new EnumMap<>(Channel.class);
    channels.forEach((c, l) -> tc.put(c, WorkingDaysSummary.of(l)));
    this.timingByChannel = tc;
    Map<OutcomeGround, WorkingDaysSummary> to = new EnumMap<>(OutcomeGround.class);
    outcomes.forEach((c, l) -> to.put(c, WorkingDaysSummary.of(l)));
    this.timingByOutcome = to;
    this.decisionCounts = tracker.counts(b.decisions, period.getFrom(), period.getTo());
  }

  private static String label(@Nullable String catalogueClass) {
    return catalogueClass == null ? UNCLASSIFIED : catalogueClass;
  }

  /** The first {@code published} record of an item dated in a period. */
  static @Nullable PublicationEvent publishedIn(PublicationItem item, Period period) {
    for (PublicationEvent e : item.getEvents()) {
      if (e.getKind() == PublicationEventKind.PUBLISHED && period.contains(e.getDate())) {
        return e;
      }
    }
    return null;
  }

  private static Map<String, Long> count(List<PublicationItem> items, Period period, Function<PublicationItem, String> key) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (PublicationItem i : items) {
      if (publishedIn(i, period) != null) {
        out.merge(key.apply(i), 1L, Long::sum);
      }
    }
    return out;
  }

  private static long sum(Map<String, Long> counts) {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    return n;
  }

  private static List<String> byClassOrder(Map<String, Long> counts) {
    return new ArrayList<>(sorted(counts).keySet());
  }

  /** Descending count, then label. */
  private static Map<String, Long> sorted(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : entries) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * A builder over a tracker (calendar and publication policy) and a period. Requests are replayed
   * by {@link Lifecycle} on the tracker's calendar under its deadline policy.
   *
   * @param tracker the tracker; not null
   * @param period the period; not null
   * @return the builder
   */
  public static Builder builder(PublicationTracker tracker, Period period) {
    return new Builder(
        InvalidValueException.requireNonNull(tracker, "tracker"), InvalidValueException.requireNonNull(period, "period"));
  }

  /** Collects records, then {@linkplain #build() builds} the statistics. Not thread-safe. */
  public static final class Builder {
    private final PublicationTracker tracker;
    private final Period period;
    private ShareMethod method = ShareMethod.DEFAULT;
    private Period.Kind unit = Period.Kind.MONTH;
    private @Nullable Rate transmittal;
    private final List<PublicationItem> items = new ArrayList<>();
    private final List<EnforcementDecision> decisions = new ArrayList<>();
    private final List<InformationRequest> requests = new ArrayList<>();
    private final List<RequestStatus> statuses = new ArrayList<>();

    private Builder(PublicationTracker tracker, Period period) {
      this.tracker = tracker;
      this.period = period;
    }

    /**
     * How shares are rounded; {@link ShareMethod#DEFAULT} unless set.
     *
     * @param method the method; not null
     * @return this builder
     */
    public Builder method(ShareMethod method) {
      this.method = InvalidValueException.requireNonNull(method, "method");
      return this;
    }

    /**
     * The calendar parts the published items are also counted by; months unless set.
     *
     * @param unit {@link Period.Kind#MONTH}, {@link Period.Kind#QUARTER} or {@link Period.Kind#YEAR}
     * @return this builder
     * @throws InvalidValueException for {@link Period.Kind#RANGE}
     */
    public Builder breakdown(Period.Kind unit) {
      InvalidValueException.requireNonNull(unit, "unit");
      if (unit == Period.Kind.RANGE) {
        throw new InvalidValueException("unit", "range", "must be month, quarter or year");
      }
      this.unit = unit;
      return this;
    }

    /**
     * The agency's own count for 文本及时送交率 (《中华人民共和国政府信息公开条例》(2019) 第二十五条第三款): documents
     * sent to the archives and libraries in time, of those due in the period. Item records do not
     * hold the sending, and no instrument sets its limit, so the counts are supplied; without them
     * the rate is undefined.
     *
     * @param sentInTime documents sent in time, 0 to {@code due}
     * @param due documents due to be sent, 0 or more
     * @return this builder
     * @throws InvalidValueException for a negative count or more sent than due
     */
    public Builder transmittal(long sentInTime, long due) {
      FormulaRate.checkCounts(sentInTime, due, "transmittal");
      this.transmittal = Rate.of(sentInTime, due);
      return this;
    }

    /**
     * Adds a proactive item.
     *
     * @param item the item; not null
     * @return this builder
     */
    public Builder add(PublicationItem item) {
      items.add(InvalidValueException.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Adds a 双公示 decision.
     *
     * @param decision the decision; not null
     * @return this builder
     */
    public Builder add(EnforcementDecision decision) {
      decisions.add(InvalidValueException.requireNonNull(decision, "decision"));
      return this;
    }

    /**
     * Adds a request, replayed by {@link Lifecycle} at once.
     *
     * @param request the request; not null
     * @return this builder
     * @throws io.github.gongkai.rules.lifecycle.InconsistentHistoryException if its history is
     *     impossible
     */
    public Builder add(InformationRequest request) {
      InvalidValueException.requireNonNull(request, "request");
      LifecyclePolicy policy = LifecyclePolicy.builder().deadlinePolicy(tracker.getPolicy().getDeadlinePolicy()).build();
      statuses.add(Lifecycle.of(request, tracker.getDeadlines().getEngine().getCalendar(), policy));
      requests.add(request);
      return this;
    }

    /**
     * Adds one line of an agenda input ({@code {"item": …}}, {@code {"decision": …}} or {@code
     * {"request": …}}).
     *
     * @param record the record; not null
     * @return this builder
     */
    public Builder add(AgendaRecord record) {
      InvalidValueException.requireNonNull(record, "record");
      PublicationItem item = record.getItem();
      if (item != null) {
        return add(item);
      }
      EnforcementDecision decision = record.getDecision();
      if (decision != null) {
        return add(decision);
      }
      return add(InvalidValueException.requireNonNull(record.getRequest(), "request"));
    }

    /**
     * The statistics.
     *
     * @return the statistics
     * @throws io.github.gongkai.core.calendar.CalendarCoverageException if a due date lies outside
     *     the calendar
     */
    public ProactiveStats build() {
      return new ProactiveStats(this);
    }
  }

  /**
   * The period.
   *
   * @return the period
   */
  public Period getPeriod() {
    return period;
  }

  /**
   * How the shares were rounded.
   *
   * @return the method
   */
  public ShareMethod getMethod() {
    return method;
  }

  /**
   * Items published in the period.
   *
   * @return the count
   */
  public long getPublished() {
    return published;
  }

  /**
   * Items published in the period by catalogue class, with shares.
   *
   * @return the shares, in descending count
   */
  public Shares getByClass() {
    return byClass;
  }

  /**
   * Items published in the period by medium code (e.g. {@code website}), with shares.
   *
   * @return the shares, in descending count
   */
  public Shares getByMedium() {
    return byMedium;
  }

  /**
   * Items published in each calendar part of the period (months unless set otherwise).
   *
   * @return part → count, in date order
   */
  public Map<Period, Long> getByPart() {
    return java.util.Collections.unmodifiableMap(byPart);
  }

  /**
   * Items published: the previous period against this one (环比).
   *
   * @return the change
   */
  public YearOverYear getPeriodOverPeriod() {
    return periodOverPeriod;
  }

  /**
   * Items published: the same period a year earlier against this one (同比).
   *
   * @return the change
   */
  public YearOverYear getYearOverYear() {
    return yearOverYear;
  }

  /**
   * Period-over-period change by class: every class published in either period.
   *
   * @return class → change
   */
  public Map<String, YearOverYear> getClassPeriodOverPeriod() {
    return java.util.Collections.unmodifiableMap(classPeriodOverPeriod);
  }

  /**
   * Year-over-year change by class: every class published in either period.
   *
   * @return class → change
   */
  public Map<String, YearOverYear> getClassYearOverYear() {
    return java.util.Collections.unmodifiableMap(classYearOverYear);
  }

  /**
   * 应公开已公开率: of the items whose publication fell due in the period, those published by its end.
   *
   * @return the rate
   */
  public FormulaRate getPublishedOfDue() {
    return publishedOfDue;
  }

  /**
   * 主动公开按时公开率: of the items published in the period, those published by their due date.
   *
   * @return the rate
   */
  public FormulaRate getOnTimePublication() {
    return onTimePublication;
  }

  /**
   * 双公示按时公示率: of the decisions published in the period, those published by their due date.
   *
   * @return the rate
   */
  public FormulaRate getDecisionsOnTime() {
    return decisionsOnTime;
  }

  /**
   * 文本及时送交率 from the supplied counts; undefined when none were supplied.
   *
   * @return the rate
   */
  public FormulaRate getTransmittal() {
    return transmittal;
  }

  /**
   * 按期答复率: of the requests answered in the period, those answered by their binding reply date.
   *
   * @return the rate
   */
  public FormulaRate getRepliedOnTime() {
    return repliedOnTime;
  }

  /**
   * Every rate, in the order above.
   *
   * @return the rates
   */
  public List<FormulaRate> getRates() {
    return List.of(publishedOfDue, onTimePublication, decisionsOnTime, transmittal, repliedOnTime);
  }

  /**
   * Working days from receipt to answer (after the receipt day up to the answer day) of the
   * requests answered in the period.
   *
   * @return the summary
   */
  public WorkingDaysSummary getTiming() {
    return timing;
  }

  /**
   * {@link #getTiming()} per channel, in the channels' order.
   *
   * @return channel → summary, channels without an answer left out
   */
  public Map<Channel, WorkingDaysSummary> getTimingByChannel() {
    return java.util.Collections.unmodifiableMap(timingByChannel);
  }

  /**
   * {@link #getTiming()} per table 三 outcome row.
   *
   * @return outcome → summary, rows without an answer left out
   */
  public Map<OutcomeGround, WorkingDaysSummary> getTimingByOutcome() {
    return java.util.Collections.unmodifiableMap(timingByOutcome);
  }

  /**
   * The licensing and penalty decisions made in the period.
   *
   * @return the counts
   */
  public DecisionCounts getDecisionCounts() {
    return decisionCounts;
  }

  /**
   * Table 二's 本年处理决定数量 of the 行政许可 and 行政处罚 rows (2021 layout, {@code table2/licensing/decisions}
   * and {@code table2/penalties/decisions}), to pass to {@link
   * io.github.gongkai.report.aggregate.ReportAccumulator#toReport(io.github.gongkai.report.ReportFormat,
   * String, Map)} when the period is the report year.
   *
   * @return the cells
   */
  public Map<CellAddress, CellValue> getTable2Cells() {
    Map<CellAddress, CellValue> m = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> row : decisionCounts.asTable2().entrySet()) {
      for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
        m.put(CellAddress.of(ReportTable.TABLE_2, row.getKey(), cell.getKey()), CellValue.ofCount(cell.getValue()));
      }
    }
    return m;
  }

  /**
   * The statistics as a JSON document of plain values: {@code period}, {@code from}, {@code to},
   * {@code method}, {@code published} (total, by class, by medium, by part), {@code change},
   * {@code rates} (keyed by code, each with numerator, denominator and value in percent or null),
   * {@code timing} and {@code table2} (shaped like the annual report's {@code table2}).
   *
   * @return the document
   */
  public Map<String, Object> toDocument() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("period", period.toString());
    o.put("from", period.getFrom().toString());
    o.put("to", period.getTo().toString());
    o.put("method", method.getCode());
    Map<String, Object> pub = new LinkedHashMap<>();
    pub.put("total", published);
    pub.put("byClass", shares(byClass));
    pub.put("byClassShareSum", byClass.isDefined() ? byClass.getPercentSum().toPlainString() : null);
    pub.put("byMedium", shares(byMedium));
    pub.put("byMediumShareSum", byMedium.isDefined() ? byMedium.getPercentSum().toPlainString() : null);
    List<Object> parts = new ArrayList<>();
    byPart.forEach((p, n) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("period", p.toString());
      e.put("count", n);
      parts.add(e);
    });
    pub.put("byPart", parts);
    o.put("published", pub);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("previousPeriod", period.previous().toString());
    change.put("periodOverPeriod", change(periodOverPeriod));
    change.put("yearEarlierPeriod", period.yearEarlier().toString());
    change.put("yearOverYear", change(yearOverYear));
    List<Object> byClassChange = new ArrayList<>();
    for (String c : classPeriodOverPeriod.keySet()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("label", c);
      e.put("periodOverPeriod", change(classPeriodOverPeriod.get(c)));
      e.put("yearOverYear", change(classYearOverYear.get(c)));
      byClassChange.add(e);
    }
    change.put("byClass", byClassChange);
    o.put("change", change);
    Map<String, Object> rates = new LinkedHashMap<>();
    for (FormulaRate r : getRates()) {
      rates.put(r.getCode(), r.toDocument());
    }
    o.put("rates", rates);
    Map<String, Object> t = new LinkedHashMap<>(timing.toDocument());
    List<Object> tc = new ArrayList<>();
    timingByChannel.forEach((c, s) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("channel", c.getCode());
      e.putAll(s.toDocument());
      tc.add(e);
    });
    t.put("byChannel", tc);
    List<Object> to = new ArrayList<>();
    timingByOutcome.forEach((c, s) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("outcome", c.getCode());
      e.putAll(s.toDocument());
      to.add(e);
    });
    t.put("byOutcome", to);
    o.put("timing", t);
    Map<String, Object> t2 = new LinkedHashMap<>();
    decisionCounts.asTable2().forEach((row, cells) -> t2.put(row, new LinkedHashMap<>(cells)));
    o.put("table2", t2);
    Map<String, Object> dc = new LinkedHashMap<>();
    dc.put("licensingDecisions", decisionCounts.getLicensingDecisions());
    dc.put("licensingPublished", decisionCounts.getLicensingPublished());
    dc.put("licensingExcluded", decisionCounts.getLicensingExcluded());
    dc.put("penaltyDecisions", decisionCounts.getPenaltyDecisions());
    dc.put("penaltiesPublished", decisionCounts.getPenaltiesPublished());
    dc.put("penaltiesExcluded", decisionCounts.getPenaltiesExcluded());
    o.put("decisions", dc);
    return o;
  }

  /**
   * {@link #toDocument()} as JSON text, two-space indented.
   *
   * @return the text
   */
  public String toJson() {
    return JsonText.pretty(toDocument());
  }

  private static List<Object> shares(Shares s) {
    List<Object> out = new ArrayList<>();
    for (Share sh : s.getShares()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("label", sh.getCategory());
      e.put("count", sh.getCount());
      e.put("share", sh.getPercent().toPlainString());
      if (sh.isAdjusted()) {
        e.put("adjusted", true);
      }
      out.add(e);
    }
    return out;
  }

  private static Map<String, Object> change(@Nullable YearOverYear y) {
    Map<String, Object> e = new LinkedHashMap<>();
    if (y == null) {
      return e;
    }
    e.put("previous", y.getPrevious());
    e.put("current", y.getCurrent());
    e.put("change", y.getChange());
    e.put("percentChange", y.getPercentChange(2).map(BigDecimal::toPlainString).orElse(null));
    return e;
  }

  @Override
  public String toString() {
    return "ProactiveStats{" + period + ", " + published + " published, " + getRates() + "}";
  }
}
