package io.github.gongkai.rules.decision;

import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.ResourceTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decision rules as data, loaded from the reviewed resource {@code decision-rules.tsv} (which
 * names its sources): for each rule its stage, the input facts it reads, the ground, disposition
 * and nature it yields, the steps of its answer, its provisions under each regime and the key of
 * its zh/en reasons. The order of the table is the order in which the rules are considered and
 * traced. Built once per regime; read-only afterwards.
 */
final class RuleTable {
  private static final String RESOURCE = "decision-rules.tsv";
  private static final int COLUMNS = 10;

  /** Where a rule stands in the evaluation. */
  enum Stage {
    /** Ends the matter without looking at the content; the first that fires decides. */
    GATE,
    /** May withhold the item; every one that withholds is a ground. */
    EXEMPTION,
    /** Adds steps or lifts an exemption; decides nothing alone. */
    CHECK,
    /** The default answer when nothing else decides. */
    RELEASE
  }

  /** One row of the table. */
  static final class Entry {
    final DecisionRule rule;
    final Stage stage;
    final List<String> reads;
    /** The ground, or null for none or the policy's row ({@link #policyGround}). */
    final @Nullable OutcomeGround ground;
    final boolean policyGround;
    final @Nullable Disposition disposition;
    final ExemptionNature nature;
    final List<StepKind> steps;
    final List<LegalBasis> bases2019;
    final List<LegalBasis> bases2008;
    final String reasonKey;

    Entry(String[] f) {
      this.rule = DecisionRule.ofCode(f[0]);
      this.stage = Stage.valueOf(f[1].trim().toUpperCase(java.util.Locale.ROOT));
      this.reads = f[2].equals("-") ? List.of() : List.of(f[2].split(","));
      this.policyGround = f[3].equals("policy");
      this.ground = f[3].equals("-") || policyGround ? null : OutcomeGround.ofCode(f[3]);
      this.disposition = f[4].equals("-") ? null : Disposition.ofCode(f[4]);
      this.nature = ExemptionNature.ofCode(f[5]);
      List<StepKind> s = new ArrayList<>();
      if (!f[6].equals("-")) {
        for (String k : f[6].split(",")) {
          s.add(StepKind.ofCode(k));
        }
      }
      this.steps = List.copyOf(s);
      this.bases2019 = parse(Regime.R2019, f[7]);
      this.bases2008 = parse(Regime.R2008, f[8]);
      this.reasonKey = f[9];
      if (stage == Stage.GATE && (disposition == null || (ground == null && !policyGround))) {
        throw new IllegalStateException(rule.getCode() + ": a gate needs a ground and a disposition");
      }
      if (stage == Stage.EXEMPTION && (ground == null || nature == ExemptionNature.NONE)) {
        throw new IllegalStateException(rule.getCode() + ": an exemption needs a ground and a nature");
      }
    }

    List<LegalBasis> bases(Regime regime) {
      return regime == Regime.R2019 ? bases2019 : bases2008;
    }
  }

  private static final List<Entry> ENTRIES = load();

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
  private final Map<DecisionRule, Entry> byRule;
  private final Map<OutcomeGround, ExemptionNature> natures;
  private final Map<OutcomeGround, AppliedGround> catalogueGrounds;
  private final Map<DecisionRule, AppliedGround> ruleGrounds;
  /** Per rule, the catalogue grounds narrowed to the provisions the rule rests on. */
  private final Map<DecisionRule, Map<OutcomeGround, AppliedGround>> narrowedGrounds;

  private static final RuleTable R2019 = new RuleTable(Regime.R2019);
  private static final RuleTable R2008 = new RuleTable(Regime.R2008);

  private RuleTable(Regime regime) {
    this.regime = regime;
    this.entries = ENTRIES;
    Map<DecisionRule, Entry> map = new EnumMap<>(DecisionRule.class);
    List<Entry> g = new ArrayList<>();
    List<Entry> x = new ArrayList<>();
    Map<OutcomeGround, ExemptionNature> nat = new EnumMap<>(OutcomeGround.class);
    for (Entry e : ENTRIES) {
      if (map.put(e.rule, e) != null) {
        throw new IllegalStateException(RESOURCE + ": " + e.rule.getCode() + " appears twice");
      }
      if (e.stage == Stage.GATE) {
        g.add(e);
      } else if (e.stage == Stage.EXEMPTION) {
        x.add(e);
        nat.put(Objects.requireNonNull(e.ground), e.nature);
      }
    }
    for (DecisionRule r : DecisionRule.values()) {
      if (!map.containsKey(r)) {
        throw new IllegalStateException(RESOURCE + ": no entry for " + r.getCode());
      }
    }
    this.byRule = map;
    this.gates = List.copyOf(g);
    this.exemptions = List.copyOf(x);
    this.natures = nat;
    Map<OutcomeGround, AppliedGround> grounds = new EnumMap<>(OutcomeGround.class);
    for (OutcomeGround og : OutcomeGround.values()) {
      List<LegalBasis> b = og.getLegalBases(regime);
      if (!b.isEmpty()) {
        grounds.put(og, AppliedGround.of(og, natureOf(og), b));
      }
    }
    this.catalogueGrounds = grounds;
    Map<DecisionRule, AppliedGround> byRuleGround = new EnumMap<>(DecisionRule.class);
    Map<DecisionRule, Map<OutcomeGround, AppliedGround>> narrowed = new EnumMap<>(DecisionRule.class);
    for (Entry e : ENTRIES) {
      List<LegalBasis> b = e.bases(regime);
      // OTHER has no catalogue basis; a decision on it cites the rule's own provisions
      if (!b.isEmpty()) {
        byRuleGround.put(e.rule, AppliedGround.of(OutcomeGround.OTHER, ExemptionNature.NONE, b));
      }
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
      narrowed.put(e.rule, m);
    }
    this.ruleGrounds = byRuleGround;
    this.narrowedGrounds = narrowed;
    this.withholdReply =
        LegalBasis.parse(regime, regime == Regime.R2019 ? "OGI-2019:36(3)" : "OGI-2008:21(2)");
    this.confidentialityReview =
        LegalBasis.parse(regime, regime == Regime.R2019 ? "OGI-2019:17.2" : "OGI-2008:14");
  }

  private static List<Entry> load() {
    List<Entry> rows = new ArrayList<>();
    ResourceTables.forEachRow(RuleTable.class, RESOURCE, COLUMNS, f -> rows.add(new Entry(f)));
    return Collections.unmodifiableList(rows);
  }

  static RuleTable of(Regime regime) {
    return regime == Regime.R2019 ? R2019 : R2008;
  }

  private static List<LegalBasis> parse(Regime regime, String field) {
    if (field.equals("-")) {
      return List.of();
    }
    List<LegalBasis> out = new ArrayList<>();
    for (String s : field.split(";")) {
      out.add(LegalBasis.parse(regime, s));
    }
    return List.copyOf(out);
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

  List<LegalBasis> bases(DecisionRule rule) {
    return entry(rule).bases(regime);
  }

  /** The first (reply-type) provision of a rule. */
  LegalBasis first(DecisionRule rule) {
    return bases(rule).get(0);
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
  AppliedGround applied(OutcomeGround ground, DecisionRule rule) {
    AppliedGround own = Objects.requireNonNull(narrowedGrounds.get(rule), rule::getCode).get(ground);
    if (own != null) {
      return own;
    }
    AppliedGround g = catalogueGrounds.get(ground);
    if (g != null) {
      return g;
    }
    AppliedGround r = ruleGrounds.get(rule);
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
