package io.github.gongkai.rules.decision;

import io.github.gongkai.core.internal.ResourceTables;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The provisions each rule rests on under each regime, loaded from the reviewed resource {@code
 * decision-rules.tsv} (which names its sources), and the pre-built applied grounds. Built once;
 * read-only afterwards.
 */
final class RuleTable {
  private static final String RESOURCE = "decision-rules.tsv";
  private static final List<String[]> NOTATIONS = load();

  /** The reply-type provision of a withholding answer: 2019 Art.36(3), 2008 Art.21(2). */
  final LegalBasis withholdReply;
  /** Confidentiality review of a marked item: 2019 Art.17 para.2, 2008 Art.14. */
  final LegalBasis confidentialityReview;

  final Regime regime;
  private final List<List<LegalBasis>> ruleBases;
  private final Map<OutcomeGround, AppliedGround> catalogueGrounds;
  private final List<@Nullable AppliedGround> ruleGrounds;
  /** Per rule, the catalogue grounds narrowed to the provisions the rule rests on. */
  private final List<Map<OutcomeGround, AppliedGround>> narrowedGrounds;

  private static final RuleTable R2019 = new RuleTable(Regime.R2019);
  private static final RuleTable R2008 = new RuleTable(Regime.R2008);

  private RuleTable(Regime regime) {
    this.regime = regime;
    int col = regime == Regime.R2019 ? 1 : 2;
    List<List<LegalBasis>> bases = new ArrayList<>();
    DecisionRule[] rules = DecisionRule.values();
    if (NOTATIONS.size() != rules.length) {
      throw new IllegalStateException("rule table out of step with DecisionRule");
    }
    for (int i = 0; i < rules.length; i++) {
      String[] row = NOTATIONS.get(i);
      if (!row[0].equals(rules[i].name())) {
        throw new IllegalStateException(RESOURCE + ": out of order at " + rules[i]);
      }
      bases.add(parse(regime, row[col]));
    }
    this.ruleBases = List.copyOf(bases);
    Map<OutcomeGround, AppliedGround> grounds = new EnumMap<>(OutcomeGround.class);
    for (OutcomeGround g : OutcomeGround.values()) {
      List<LegalBasis> b = g.getLegalBases(regime);
      if (!b.isEmpty()) {
        grounds.put(g, AppliedGround.of(g, natureOf(g), b));
      }
    }
    this.catalogueGrounds = grounds;
    List<@Nullable AppliedGround> byRule = new ArrayList<>();
    for (DecisionRule r : rules) {
      List<LegalBasis> b = ruleBases.get(r.ordinal());
      // OTHER has no catalogue basis; a decision on it cites the rule's own provisions
      byRule.add(b.isEmpty() ? null : AppliedGround.of(OutcomeGround.OTHER, ExemptionNature.NONE, b));
    }
    this.ruleGrounds = java.util.Collections.unmodifiableList(byRule);
    List<Map<OutcomeGround, AppliedGround>> narrowed = new ArrayList<>();
    for (DecisionRule r : rules) {
      Map<OutcomeGround, AppliedGround> m = new EnumMap<>(OutcomeGround.class);
      for (AppliedGround g : grounds.values()) {
        List<LegalBasis> own = new ArrayList<>();
        for (LegalBasis b : g.getLegalBases()) {
          if (containsProvision(ruleBases.get(r.ordinal()), b)) {
            own.add(b);
          }
        }
        if (!own.isEmpty() && own.size() < g.getLegalBases().size()) {
          m.put(g.getGround(), AppliedGround.of(g.getGround(), g.getNature(), own));
        }
      }
      narrowed.add(m);
    }
    this.narrowedGrounds = List.copyOf(narrowed);
    this.withholdReply =
        LegalBasis.parse(regime, regime == Regime.R2019 ? "OGI-2019:36(3)" : "OGI-2008:21(2)");
    this.confidentialityReview =
        LegalBasis.parse(regime, regime == Regime.R2019 ? "OGI-2019:17.2" : "OGI-2008:14");
  }

  private static List<String[]> load() {
    List<String[]> rows = new ArrayList<>();
    ResourceTables.forEachRow(RuleTable.class, RESOURCE, 3, rows::add);
    return List.copyOf(rows);
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

  /**
   * Whether a rule has a counterpart under this regime.
   *
   * @param rule the rule
   * @return true if it applies
   */
  boolean applies(DecisionRule rule) {
    return !ruleBases.get(rule.ordinal()).isEmpty();
  }

  List<LegalBasis> bases(DecisionRule rule) {
    return ruleBases.get(rule.ordinal());
  }

  /** The first (reply-type) provision of a rule. */
  LegalBasis first(DecisionRule rule) {
    return ruleBases.get(rule.ordinal()).get(0);
  }

  /**
   * The applied ground for a catalogue ground. Where the catalogue row rests on several provisions
   * and the rule on only some of them, only those are cited (a release of information not yet
   * published cites 2019 Art.36(2), not Art.36(1); "not held" cites Art.36(4) and "another agency's"
   * Art.36(5), though both count in row （四）1). For {@link OutcomeGround#OTHER} or a ground without
   * a basis under this regime, the rule's own provisions are cited.
   */
  AppliedGround applied(OutcomeGround ground, DecisionRule rule) {
    AppliedGround own = narrowedGrounds.get(rule.ordinal()).get(ground);
    if (own != null) {
      return own;
    }
    AppliedGround g = catalogueGrounds.get(ground);
    if (g != null) {
      return g;
    }
    AppliedGround r = ruleGrounds.get(rule.ordinal());
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
        && java.util.Objects.equals(a.getArticle(), b.getArticle())
        && java.util.Objects.equals(a.getParagraph(), b.getParagraph())
        && java.util.Objects.equals(a.getItem(), b.getItem());
  }

  static boolean containsProvision(List<LegalBasis> list, LegalBasis b) {
    for (int i = 0, n = list.size(); i < n; i++) {
      if (sameProvision(list.get(i), b)) {
        return true;
      }
    }
    return false;
  }

  static ExemptionNature natureOf(OutcomeGround g) {
    switch (g) {
      case WITHHELD_STATE_SECRET:
      case WITHHELD_PROHIBITED_BY_LAW:
      case WITHHELD_ENDANGERS_SECURITY_OR_STABILITY:
      case WITHHELD_THIRD_PARTY_RIGHTS:
        return ExemptionNature.MANDATORY;
      case WITHHELD_INTERNAL_AFFAIRS:
      case WITHHELD_PROCESS_INFORMATION:
      case WITHHELD_ENFORCEMENT_CASE_FILE:
        return ExemptionNature.DISCRETIONARY;
      default:
        return ExemptionNature.NONE;
    }
  }
}
