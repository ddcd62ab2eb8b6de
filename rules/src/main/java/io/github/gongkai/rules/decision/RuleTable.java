package io.github.gongkai.rules.decision;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The decision rules as data, loaded from the reviewed resource {@code decision-rules.tsv} (which
 * names its sources): for each rule its stage, the condition under which it fires and, for an
 * exemption, the condition under which it is lifted (both over the facts of {@link Fact}, see
 * {@link Condition}), the ground, disposition and nature it yields, the steps of its answer, its
 * provisions under each regime, and the cases its not-fired reasons tell apart (its zh/en texts
 * themselves are read by {@link Explanations}). The order of the table is the order in which the
 * rules are considered and traced. Built once per regime; read-only afterwards.
 */
final class RuleTable {
  static final String RESOURCE = RuleRows.RESOURCE;

  /** Where a rule stands in the evaluation. */
  enum Stage {
    /** Ends the matter without looking at the content; the first that fires decides. */
    GATE,
    /**
     * May withhold the item: it withholds when it fires and is not lifted, and, if discretionary
     * (2019 Art.16), the agency's choice (or the policy's default) is to withhold. Every exemption
     * that withholds is a ground; the first in table order is the report row.
     */
    EXEMPTION,
    /** Adds steps to a substantive answer; decides nothing. */
    CHECK,
    /** Lifts an exemption; decisive when the item is released. */
    OVERRIDE,
    /** Releases the rest of a withheld item; decisive, with its disposition and ground, when it fires. */
    SEPARATION,
    /** The answer when no gate fires and no exemption withholds. */
    RELEASE
  }

  /** A step of a rule's answer; {@code blocking} is written as a trailing {@code !} in the table. */
  record Step(StepKind kind, boolean blocking) {}

  /**
   * A case in which a rule that did not fire gives a reason of its own: the text {@code
   * rule.<code>.<key>}, used when {@code when} holds; its arguments are the facts the condition
   * names that are shown, in the order written.
   */
  record Variant(String key, Condition when, List<Fact> facts) {}

  /** The keys a rule's texts may have besides its not-fired variants ({@code not-fired.<name>}). */
  private static final Set<String> TEXT_KEYS =
      Set.of("label", "fired", "fired.unknown", "fired.discretion-not-used", "what", "not-fired", "not-applicable");

  /** One row of the table. */
  static final class Entry {
    final DecisionRule rule;
    /** The row's place in the table, from 0. */
    final int position;
    final Stage stage;
    /** When the rule fires; null for the release. */
    final @Nullable Condition when;
    /** The one fact {@link #when} consists of, if so (evaluated without the condition tree). */
    final @Nullable Fact whenFact;
    /** A fact without which {@link #when} cannot hold, tested first; null if none. */
    final @Nullable Fact guard;
    /** When a fired exemption is lifted (does not withhold); null if it cannot be. */
    final @Nullable Condition lifted;
    /** The input properties the rule's conditions read, from their facts. */
    final List<String> reads;
    /** The facts the firing condition names, in the order written (the arguments of its reason). */
    final List<Fact> whenFacts;
    /** The ground, or null for none or the policy's row ({@link #policyGround}). */
    final @Nullable OutcomeGround ground;
    final boolean policyGround;
    final @Nullable Disposition disposition;
    final ExemptionNature nature;
    final List<Step> steps;
    final List<LegalBasis> bases2019;
    final List<LegalBasis> bases2008;
    /** The prefix of the keys of its texts: {@code rule.<code>}. */
    final String reasonKey;
    /** The cases in which it gives a reason of its own for not firing, in the order tried. */
    final List<Variant> notFired;

    Entry(RuleRows.Row row, int position, ToIntFunction<DecisionRule> earlier) {
      String[] f = row.fields().toArray(new String[0]);
      this.rule = DecisionRule.ofCode(f[0]);
      this.position = position;
      this.stage = Stage.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
      this.when = f[2].equals("-") ? null : Condition.parse(f[2], earlier);
      this.whenFact = when instanceof Condition.Holds ? ((Condition.Holds) when).fact() : null;
      this.guard = when == null ? null : Condition.guard(when);
      this.lifted = f[3].equals("-") ? null : Condition.parse(f[3], earlier);
      Set<Fact> named = new LinkedHashSet<>();
      if (when != null) {
        when.facts(named);
      }
      this.whenFacts = List.copyOf(named);
      Set<Fact> facts = EnumSet.copyOf(named.isEmpty() ? EnumSet.noneOf(Fact.class) : named);
      if (lifted != null) {
        lifted.facts(facts);
      }
      Set<String> r = new LinkedHashSet<>();
      facts.forEach(x -> r.addAll(x.reads));
      this.reads = List.copyOf(r);
      this.policyGround = f[4].equals("policy");
      this.ground = f[4].equals("-") || policyGround ? null : OutcomeGround.ofCode(f[4]);
      this.disposition = f[5].equals("-") ? null : Disposition.ofCode(f[5]);
      this.nature = ExemptionNature.ofCode(f[6]);
      List<Step> s = new ArrayList<>();
      if (!f[7].equals("-")) {
        for (String k : f[7].split(",")) {
          boolean blocking = k.endsWith("!");
          s.add(new Step(StepKind.ofCode(blocking ? k.substring(0, k.length() - 1) : k), blocking));
        }
      }
      this.steps = List.copyOf(s);
      this.bases2019 = LegalBasis.parseList(Regime.R2019, f[8]);
      this.bases2008 = LegalBasis.parseList(Regime.R2008, f[9]);
      this.reasonKey = "rule." + rule.getCode();
      this.notFired = variants(row.texts(), earlier);
      check();
      checkTexts(row.texts());
    }

    private static List<Variant> variants(List<RuleRows.Text> texts, ToIntFunction<DecisionRule> earlier) {
      List<Variant> out = new ArrayList<>();
      for (RuleRows.Text t : texts) {
        String when = t.condition();
        boolean variant = t.name().startsWith("not-fired.");
        if (variant != (when != null)) {
          throw new IllegalStateException("'" + t.key() + "': a not-fired variant, and only one, takes 'when' and a condition");
        }
        if (when != null) {
          Condition c = Condition.parse(when, earlier);
          Set<Fact> named = new LinkedHashSet<>();
          c.facts(named);
          out.add(new Variant(t.name(), c, List.copyOf(named)));
        }
      }
      return List.copyOf(out);
    }

    private void checkTexts(List<RuleRows.Text> texts) {
      Set<String> keys = new HashSet<>();
      for (RuleRows.Text t : texts) {
        String name = t.name();
        if (!TEXT_KEYS.contains(name) && !name.startsWith("not-fired.")) {
          throw new IllegalStateException("unknown text '" + name + "'");
        }
        if (!keys.add(name)) {
          throw new IllegalStateException("text '" + name + "' appears twice");
        }
      }
      // a discretionary exemption's reason is the engine's sentence around what the item is
      String reason = keys.contains("what") ? "what" : "fired";
      for (String required : List.of("label", reason, "not-fired")) {
        if (!keys.contains(required)) {
          throw new IllegalStateException("no text '" + required + "'");
        }
      }
    }

    private void check() {
      String why = null;
      if ((when == null) != (stage == Stage.RELEASE)) {
        why = "every rule but the release needs a condition";
      } else if (lifted != null && stage != Stage.EXEMPTION) {
        why = "only an exemption can be lifted";
      } else if ((stage == Stage.GATE || stage == Stage.SEPARATION || stage == Stage.RELEASE)
          && (disposition == null || (ground == null && !policyGround))) {
        why = "a " + stage.name().toLowerCase(Locale.ROOT) + " needs a ground and a disposition";
      } else if (stage == Stage.EXEMPTION
          && (ground == null || disposition == null || nature == ExemptionNature.NONE)) {
        why = "an exemption needs a ground, a disposition and a nature";
      } else if (stage != Stage.EXEMPTION && nature != ExemptionNature.NONE) {
        why = "only an exemption has a nature";
      }
      if (why != null) {
        throw new IllegalStateException(rule.getCode() + ": " + why);
      }
    }

    List<LegalBasis> bases(Regime regime) {
      return regime == Regime.R2019 ? bases2019 : bases2008;
    }

    @Override
    public String toString() {
      return rule.getCode() + " (" + stage.name().toLowerCase(Locale.ROOT) + ")";
    }
  }

  /** The table under both regimes, read from one resource. */
  record Regimes(RuleTable r2019, RuleTable r2008) {
    RuleTable of(Regime regime) {
      return regime == Regime.R2019 ? r2019 : r2008;
    }
  }

  private static final Regimes STANDARD = of(RESOURCE, RuleRows.STANDARD);

  /** The reply-type provision of a withholding answer: 2019 Art.36(3), 2008 Art.21(2). */
  final LegalBasis withholdReply;
  /** Confidentiality review of a marked item: 2019 Art.17 para.2, 2008 Art.14. */
  final LegalBasis confidentialityReview;

  final Regime regime;
  /** Every rule, in table order. */
  final List<Entry> entries;
  /** The gates, in table order. */
  final List<Entry> gates;
  /** The exemptions, in table order: the first that withholds is the report row. */
  final List<Entry> exemptions;
  /** The release, the last rule. */
  final Entry release;
  /** The rules with provisions under this regime, in table order, but the release: those considered. */
  final List<Entry> considered;
  /** The separation and override rules, in table order. */
  final List<Entry> separations;
  final List<Entry> overrides;
  /** The entries of the rules the engine refers to by name (steps it attaches itself). */
  final Entry thirdPartyRights;
  final Entry excessiveRequest;
  private final Map<DecisionRule, Entry> byRule;
  private final Map<OutcomeGround, ExemptionNature> natures;
  private final Map<OutcomeGround, AppliedGround> catalogueGrounds;
  /** Per entry, by position: the ground OTHER on the rule's own provisions, or null without any. */
  private final @Nullable AppliedGround[] ruleGrounds;
  /** Per rule, the catalogue grounds narrowed to the provisions the rule rests on. */
  private final List<Map<OutcomeGround, AppliedGround>> narrowedGrounds;

  private RuleTable(Regime regime, List<Entry> all, String resource) {
    this.regime = regime;
    this.entries = all;
    Map<DecisionRule, Entry> map = new HashMap<>();
    List<Entry> g = new ArrayList<>();
    List<Entry> x = new ArrayList<>();
    Map<OutcomeGround, ExemptionNature> nat = new EnumMap<>(OutcomeGround.class);
    for (Entry e : all) {
      map.put(e.rule, e);
      if (e.stage == Stage.GATE) {
        g.add(e);
      } else if (e.stage == Stage.EXEMPTION) {
        x.add(e);
        nat.put(Objects.requireNonNull(e.ground), e.nature);
      }
    }
    for (DecisionRule r : DecisionRule.values()) {
      if (!map.containsKey(r)) {
        throw new IllegalStateException(resource + ": no entry for " + r.getCode());
      }
    }
    Entry last = all.get(all.size() - 1);
    if (last.stage != Stage.RELEASE) {
      throw new IllegalStateException(resource + ": the release must be the last rule");
    }
    this.release = last;
    this.considered = List.copyOf(select(all, e -> e.stage != Stage.RELEASE && !e.bases(regime).isEmpty()));
    this.separations = List.copyOf(select(all, e -> e.stage == Stage.SEPARATION));
    this.overrides = List.copyOf(select(all, e -> e.stage == Stage.OVERRIDE));
    this.byRule = map;
    this.thirdPartyRights = entry(DecisionRule.THIRD_PARTY_RIGHTS);
    this.excessiveRequest = entry(DecisionRule.EXCESSIVE_REQUEST);
    this.gates = List.copyOf(g);
    this.exemptions = List.copyOf(x);
    this.natures = nat;
    this.catalogueGrounds = catalogueGrounds(regime);
    this.ruleGrounds = ruleGrounds(regime, all);
    this.narrowedGrounds = narrowedGrounds(regime, all, catalogueGrounds);
    this.withholdReply =
        LegalBasis.parse(regime, regime == Regime.R2019 ? "OGI-2019:36(3)" : "OGI-2008:21(2)");
    this.confidentialityReview =
        LegalBasis.parse(regime, regime == Regime.R2019 ? "OGI-2019:17.2" : "OGI-2008:14");
  }

  private static List<Entry> select(List<Entry> all, java.util.function.Predicate<Entry> p) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : all) {
      if (p.test(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private Map<OutcomeGround, AppliedGround> catalogueGrounds(Regime regime) {
    Map<OutcomeGround, AppliedGround> grounds = new EnumMap<>(OutcomeGround.class);
    for (OutcomeGround og : OutcomeGround.values()) {
      List<LegalBasis> b = og.getLegalBases(regime);
      if (!b.isEmpty()) {
        grounds.put(og, AppliedGround.of(og, natureOf(og), b));
      }
    }
    return grounds;
  }

  /** {@link OutcomeGround#OTHER} has no catalogue basis; a decision on it cites the rule's own provisions. */
  private static @Nullable AppliedGround[] ruleGrounds(Regime regime, List<Entry> all) {
    @Nullable AppliedGround[] byRuleGround = new AppliedGround[all.size()];
    for (Entry e : all) {
      List<LegalBasis> b = e.bases(regime);
      if (!b.isEmpty()) {
        byRuleGround[e.position] = AppliedGround.of(OutcomeGround.OTHER, ExemptionNature.NONE, b);
      }
    }
    return byRuleGround;
  }

  private static List<Map<OutcomeGround, AppliedGround>> narrowedGrounds(
      Regime regime, List<Entry> all, Map<OutcomeGround, AppliedGround> grounds) {
    List<Map<OutcomeGround, AppliedGround>> narrowed = new ArrayList<>(all.size());
    for (Entry e : all) {
      List<LegalBasis> b = e.bases(regime);
      Map<OutcomeGround, AppliedGround> m = new EnumMap<>(OutcomeGround.class);
      for (AppliedGround ag : grounds.values()) {
        List<LegalBasis> own = new ArrayList<>();
        for (LegalBasis lb : ag.getLegalBases()) {
          if (containsProvision(b, lb)) {
            own.add(lb);
          }
        }
        if (!own.isEmpty() && own.size() < ag.getLegalBases().size()) {
          m.put(ag.getGround(), AppliedGround.of(ag.getGround(), ag.getNature(), own));
        }
      }
      narrowed.add(m);
    }
    return List.copyOf(narrowed);
  }

  /**
   * Reads a rule table from a resource.
   *
   * @param anchor the class the resource is relative to
   * @param resource the resource name
   * @return the table under both regimes
   * @throws IllegalStateException for a malformed table
   */
  static Regimes load(Class<?> anchor, String resource) {
    return of(resource, RuleRows.read(anchor, resource));
  }

  /**
   * Builds a rule table from its rows.
   *
   * @param name the table's name, for messages
   * @param rows the entries, as {@link RuleRows#read} reads them
   * @return the table under both regimes
   * @throws IllegalStateException for a malformed table
   */
  static Regimes of(String name, List<RuleRows.Row> rows) {
    Map<DecisionRule, Integer> seen = new HashMap<>();
    List<Entry> entries = new ArrayList<>(rows.size());
    for (RuleRows.Row row : rows) {
      if (row.fields().size() != RuleRows.COLUMNS) {
        throw new IllegalStateException(name + ": " + row.code() + ": expected " + RuleRows.COLUMNS + " columns");
      }
      Entry e;
      try {
        e = new Entry(row, entries.size(), r -> earlier(seen, r));
      } catch (RuntimeException ex) {
        throw new IllegalStateException(name + ": " + row.code() + ": " + ex.getMessage(), ex);
      }
      if (seen.put(e.rule, e.position) != null) {
        throw new IllegalStateException(name + ": " + e.rule.getCode() + " appears twice");
      }
      entries.add(e);
    }
    List<Entry> all = Collections.unmodifiableList(entries);
    return new Regimes(new RuleTable(Regime.R2019, all, name), new RuleTable(Regime.R2008, all, name));
  }

  private static int earlier(Map<DecisionRule, Integer> seen, DecisionRule rule) {
    Integer p = seen.get(rule);
    if (p == null) {
      throw new IllegalArgumentException("'" + rule.getCode() + "' is not earlier in the table");
    }
    return p;
  }

  /** The standard table ({@code decision-rules.tsv}) under a regime. */
  static RuleTable of(Regime regime) {
    return STANDARD.of(regime);
  }

  /** The standard table under both regimes. */
  static Regimes standard() {
    return STANDARD;
  }

  Entry entry(DecisionRule rule) {
    // the constructor fails unless every rule has its entry
    return Objects.requireNonNull(byRule.get(rule), rule::getCode);
  }

  /**
   * Whether a rule has a counterpart under this regime.
   *
   * @param rule the rule
   * @return true if it applies
   */
  boolean applies(DecisionRule rule) {
    return !bases(rule).isEmpty();
  }

  /**
   * Whether a rule has a counterpart under this regime; a rule without is never considered.
   *
   * @param e the rule's entry
   * @return true if it applies
   */
  boolean applies(Entry e) {
    return !e.bases(regime).isEmpty();
  }

  List<LegalBasis> bases(DecisionRule rule) {
    return entry(rule).bases(regime);
  }

  /** The provisions of a rule under this regime. */
  List<LegalBasis> bases(Entry e) {
    return e.bases(regime);
  }

  /** The first (reply-type) provision of a rule. */
  LegalBasis first(DecisionRule rule) {
    return bases(rule).get(0);
  }

  /** The first (reply-type) provision of a rule. */
  LegalBasis first(Entry e) {
    return e.bases(regime).get(0);
  }

  /**
   * The ground a gate yields under this regime: the table's, the policy's row where the table says
   * so, and {@link OutcomeGround#OTHER} where the ground has no basis under this regime.
   */
  OutcomeGround gateGround(Entry gate, DecisionPolicy policy) {
    OutcomeGround g = gate.policyGround ? policy.getNotGovernmentInformationRow() : gate.ground;
    if (g == null) {
      throw new IllegalStateException(gate.rule.getCode() + " yields no ground");
    }
    return g.isAvailableUnder(regime) ? g : OutcomeGround.OTHER;
  }

  /**
   * The applied ground for a catalogue ground. Where the catalogue row rests on several provisions
   * and the rule on only some of them, only those are cited (a release of information not yet
   * published cites 2019 Art.36(2), not Art.36(1); "not held" cites Art.36(4) and "another agency's"
   * Art.36(5), though both count in row （四）1). For {@link OutcomeGround#OTHER} or a ground without
   * a basis under this regime, the rule's own provisions are cited.
   */
  AppliedGround applied(OutcomeGround ground, Entry rule) {
    AppliedGround own = narrowedGrounds.get(rule.position).get(ground);
    if (own != null) {
      return own;
    }
    AppliedGround g = catalogueGrounds.get(ground);
    if (g != null) {
      return g;
    }
    AppliedGround r = ruleGrounds[rule.position];
    if (r == null) {
      throw new IllegalStateException(rule + " has no basis under " + regime);
    }
    return r;
  }

  /**
   * Whether two citations name the same provision (instrument, article, paragraph, item), whether or
   * not either is marked as an interpretation.
   */
  static boolean sameProvision(LegalBasis a, LegalBasis b) {
    return a.getRegime() == b.getRegime()
        && a.getInstrument() == b.getInstrument()
        && Objects.equals(a.getArticle(), b.getArticle())
        && Objects.equals(a.getParagraph(), b.getParagraph())
        && Objects.equals(a.getItem(), b.getItem());
  }

  static boolean containsProvision(List<LegalBasis> list, LegalBasis b) {
    for (int i = 0, n = list.size(); i < n; i++) {
      if (sameProvision(list.get(i), b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a ground binds the agency, from the exemption rows of the table. */
  ExemptionNature natureOf(OutcomeGround g) {
    ExemptionNature n = natures.get(g);
    return n == null ? ExemptionNature.NONE : n;
  }

  @Override
  public String toString() {
    return "RuleTable[" + regime.getCode() + ", " + entries.size() + " rules]";
  }
}
