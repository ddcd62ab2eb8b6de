package io.github.gongkai.rules.decision;

import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.Texts;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.Publication;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterest;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Builds the explanation trace: one entry per rule of the {@link RuleTable}, in table order, with
 * reasons in Chinese and English: each rule's own from its entry of the table (keys {@code
 * rule.<code>.*}, see {@link RuleBundle}), the engine's sentences from the {@code DecisionMessages}
 * bundles. Which of a rule's texts applies is decided by the stage of the rule, its nature and the
 * conditions of its not-fired variants, never by its name.
 */
final class Explanations {
  static final String BUNDLE = "io.github.gongkai.rules.decision.DecisionMessages";
  private static final Messages ZH = new Messages(bundle(Locale.CHINESE));
  private static final Messages EN = new Messages(bundle(Locale.ROOT));

  /** One language's messages, parsed once: texts without arguments are kept formatted. */
  private static final class Messages {
    final Map<String, MessageFormat> patterns = new HashMap<>();
    final Map<String, String> texts = new HashMap<>();

    Messages(ResourceBundle b) {
      for (String key : Collections.list(b.getKeys())) {
        MessageFormat f = new MessageFormat(b.getString(key), Locale.ROOT);
        patterns.put(key, f);
        if (f.getFormatsByArgumentIndex().length == 0) {
          texts.put(key, f.format(new Object[0]));
        }
      }
    }

    boolean containsKey(String key) {
      return patterns.containsKey(key);
    }
  }

  private Explanations() {}

  /**
   * The texts of {@link Locale#CHINESE} or {@link Locale#ROOT}: the table's entries over the engine's
   * sentences, the bundle of that locale looked up in this class's module (a {@code
   * ResourceBundle.Control} cannot be used there once the module is named). Both files exist, so
   * neither locale falls back to the JVM's default locale.
   */
  static ResourceBundle bundle(Locale locale) {
    ResourceBundle engine = ResourceBundle.getBundle(BUNDLE, locale, Explanations.class.getModule());
    return new RuleBundle(RuleRows.STANDARD, Texts.isChinese(locale), engine);
  }

  /** The name of a proactive-disclosure duty as a law requiring disclosure, in Chinese (the record's language). */
  static String proactiveDuty(ProactiveCategory c) {
    return format(ZH, "law.proactive-duty", new Object[] {c.getLegalBasis().toChinese(), c.getLabelZh()});
  }

  /** One reason in both languages: [zh, en]. */
  private static String[] msg(String key, Object... args) {
    return msg2(key, args, args);
  }

  private static String[] msg2(String key, Object[] zhArgs, Object[] enArgs) {
    return new String[] {format(ZH, key, zhArgs), format(EN, key, enArgs)};
  }

  private static String format(Messages m, String key, Object[] args) {
    String text = m.texts.get(key);
    if (text != null) {
      return text;
    }
    MessageFormat f = m.patterns.get(key);
    if (f == null) {
      throw new java.util.MissingResourceException("no message " + key, BUNDLE, key);
    }
    // a clone per use: MessageFormat is not thread-safe
    return ((MessageFormat) f.clone()).format(args);
  }

  /** A message without arguments (its pattern still unescaped). */
  private static String text(Messages m, String key) {
    return format(m, key, new Object[0]);
  }

  static List<TraceEntry> trace(Evaluation e) {
    List<TraceEntry> out = new ArrayList<>(e.t.entries.size());
    for (RuleTable.Entry r : e.t.entries) {
      out.add(entry(e, r));
    }
    return List.copyOf(out);
  }

  private static TraceEntry entry(Evaluation e, RuleTable.Entry entry) {
    DecisionRule r = entry.rule;
    String key = entry.reasonKey;
    boolean fired = e.fired(entry);
    boolean decisive = e.decisive(entry);
    String[] why;
    if (!e.t.applies(entry)) {
      why = notApplicable(key, e.t.regime);
    } else {
      why = fired ? firedReason(e, entry) : notFiredReason(e, entry);
      RuleTable.Entry gate = e.gate;
      if (fired && !decisive && gate != null && gate != entry) {
        why =
            msg2(
                "rule.earlier-gate-decided",
                new Object[] {why[0], gate.rule.getLabelZh()},
                new Object[] {why[1], gate.rule.getLabelEn()});
      }
    }
    return TraceEntry.builder()
        .rule(r)
        .fired(fired)
        .decisive(decisive)
        .reasonZh(why[0])
        .reasonEn(why[1])
        .legalBases(e.t.bases(entry))
        .build();
  }

  private static String[] notApplicable(String key, Regime regime) {
    if (EN.containsKey(key + ".not-applicable")) {
      return msg(key + ".not-applicable");
    }
    return msg("rule.not-applicable", regime.getCode());
  }

  /**
   * The reason a rule fired: {@code <key>.fired}, whose arguments are the facts its condition names
   * that are shown ({@link #shown}), in the order written ({@code <key>.fired.unknown} if one has
   * no value); a gate counted in the policy's row names the row; a discretionary exemption and a
   * release after one explain the agency's choice.
   */
  private static String[] firedReason(Evaluation e, RuleTable.Entry entry) {
    String key = entry.reasonKey;
    if (entry.nature == ExemptionNature.DISCRETIONARY) {
      return discretionFired(e, entry);
    }
    if (entry.stage == RuleTable.Stage.RELEASE && e.discretionApplies) {
      return discretionNotUsed(e, key);
    }
    if (entry.policyGround) {
      OutcomeGround row = e.policy.getNotGovernmentInformationRow();
      return msg2(key + ".fired", new Object[] {row.getLabelZh()}, new Object[] {row.getLabelEn()});
    }
    return withShownFacts(e, entry.whenFacts, key + ".fired");
  }

  /**
   * A message whose arguments are the facts a condition names that are shown, in the order
   * written; the message's {@code .unknown} variant if one of them has no value.
   */
  private static String[] withShownFacts(Evaluation e, List<Fact> facts, String message) {
    List<Object> zh = new ArrayList<>(1);
    List<Object> en = new ArrayList<>(1);
    for (Fact f : facts) {
      String[] shown = shown(f, e);
      if (shown == UNKNOWN) {
        return msg(message + ".unknown");
      }
      if (shown != null) {
        zh.add(shown[0]);
        en.add(shown[1]);
      }
    }
    return msg2(message, zh.toArray(), en.toArray());
  }

  /** A fact named by a condition without a value to show: the reason's {@code .unknown} variant. */
  private static final String[] UNKNOWN = new String[0];

  /**
   * How a fact named by a rule's condition is shown in the reason that it fired, [zh, en]: the
   * agency, the route, where it was published, the secrecy level, the kind of internal-affairs or
   * process information, the law, the third parties, the reasons, the excessive-request finding;
   * null for a fact that is not shown.
   */
  private static String @Nullable [] shown(Fact f, Evaluation e) {
    switch (f) {
      case EXCESSIVE_REQUEST: {
        ExcessiveRequestFinding ex = e.ctx.getExcessiveRequest();
        return ex == null ? UNKNOWN : new String[] {ex.getLabelZh(), ex.getLabelEn()};
      }
      case NOT_THIS_AGENCY: {
        String agency = e.a.getResponsibleAgency();
        return agency == null ? UNKNOWN : new String[] {agency, agency};
      }
      case SPECIAL_ACCESS_ROUTE: {
        SpecialAccessRoute route = e.item.getSpecialAccessRoute();
        return route == null ? UNKNOWN : new String[] {route.getLabelZh(), route.getLabelEn()};
      }
      case PUBLISHED: {
        Publication p = e.item.getPublishedAt();
        return p == null ? UNKNOWN : new String[] {where(ZH, p), where(EN, p)};
      }
      case CLASSIFIED: {
        SecrecyMarking m = e.item.getSecrecyMarking();
        return m == null ? UNKNOWN : new String[] {m.getLevel().getLabelZh(), m.getLevel().getLabelEn()};
      }
      case INTERNAL_AFFAIRS: {
        InternalAffairsKind k = e.item.getInternalAffairsKind();
        return k == null ? UNKNOWN : new String[] {k.getLabelZh(), k.getLabelEn()};
      }
      case PROCESS_INFORMATION: {
        ProcessInformationKind k = e.item.getProcessInformationKind();
        return k == null ? UNKNOWN : new String[] {k.getLabelZh(), k.getLabelEn()};
      }
      case PROHIBITED_BY_LAW:
        return same(e.item.getProhibitingLaw());
      case THIRD_PARTY_BARS:
        return thirdParties(e);
      case PUBLIC_INTEREST_REASONS:
        return same(e.a.getPublicInterestReasons());
      case LAW_REQUIRES_DISCLOSURE:
        return same(e.lawName());
      default:
        return null;
    }
  }

  private static String[] same(@Nullable String s) {
    return s == null ? UNKNOWN : new String[] {s, s};
  }

  /** Where an item was published: the medium's label, and its location if given. */
  private static String where(Messages m, Publication p) {
    String medium = m == ZH ? p.getMedium().getLabelZh() : p.getMedium().getLabelEn();
    String location = p.getLocation();
    return location == null ? medium : format(m, "fact.published.where", new Object[] {medium, location});
  }

  /** A release although a discretionary exemption was considered: names it and why it was not used. */
  private static String[] discretionNotUsed(Evaluation e, String key) {
    String separator = "rule.discretion.not-used.separator";
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (RuleTable.Entry x : e.t.exemptions) {
      DecisionRule r = x.rule;
      if (x.nature == ExemptionNature.DISCRETIONARY && e.fired(x)) {
        if (zh.length() > 0) {
          zh.append(text(ZH, separator));
          en.append(text(EN, separator));
        }
        zh.append(r.getLabelZh());
        en.append(r.getLabelEn().toLowerCase(Locale.ROOT));
      }
    }
    String how = e.discretionLifted() ? "rule.discretion.not-used.by-law" : "rule.discretion.not-used.by-choice";
    return msg2(
        key + ".fired.discretion-not-used",
        new Object[] {zh.toString(), text(ZH, how)},
        new Object[] {en.toString(), text(EN, how)});
  }

  /** The third parties whose interest bars disclosure, and why, [zh, en]. */
  private static String[] thirdParties(Evaluation e) {
    String key = "fact.third-party-bars";
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    ThirdParties tps = e.thirdParties;
    List<ThirdPartyInterest> barred = tps.barred;
    if (barred != null) {
      for (int i = 0; i < barred.size(); i++) {
        ThirdPartyInterest tp = barred.get(i);
        if (i > 0) {
          zh.append(text(ZH, key + ".separator"));
          en.append(text(EN, key + ".separator"));
        }
        zh.append(format(ZH, key + ".party", new Object[] {tp.getThirdParty(), tp.getKind().getLabelZh(), tp.getConsent().getLabelZh()}));
        en.append(format(EN, key + ".party", new Object[] {tp.getThirdParty(), tp.getKind().getLabelEn(), tp.getConsent().getLabelEn()}));
      }
    }
    List<String[]> parts = new ArrayList<>(4);
    if (tps.objectedBinding > 0) {
      parts.add(msg(key + ".objected"));
    }
    if (tps.barredByHarm > 0) {
      parts.add(msg(tps.harmPresumed ? key + ".harm-presumed" : key + ".harm-found"));
    }
    if (tps.toConsult != null) {
      parts.add(msg(key + ".consult"));
    }
    if (tps.consented > 0) {
      parts.add(msg(key + ".consented", Integer.toString(tps.consented)));
    }
    for (String[] p : parts) {
      zh.append(p[0]);
      en.append(p[1]);
    }
    return new String[] {zh.toString(), en.toString()};
  }

  private static String[] discretionFired(Evaluation e, RuleTable.Entry entry) {
    String key = entry.reasonKey;
    String[] what = withShownFacts(e, entry.whenFacts, key + ".what");
    String basis = e.t.regime == Regime.R2008 ? "rule.discretion.basis.2008" : "rule.discretion.basis.2019";
    String choice =
        e.choice == DiscretionaryChoice.WITHHOLD ? "rule.discretion.choice.withhold" : "rule.discretion.choice.disclose";
    String src = e.choiceByDefault ? "rule.discretion.by-default" : "rule.discretion.by-agency";
    // lifted by a law requiring disclosure; or a law exists and the policy does not let it lift this
    // exemption (only 2019 Art.16 para.1, which has no such proviso, can be read so)
    @Nullable String law = null;
    if (e.lifted(entry)) {
      law = "rule.discretion.law-prevails";
    } else if (Fact.LAW_REQUIRES_DISCLOSURE.holds(e)) {
      law = "rule.discretion.para1-literal";
    }
    return msg2(
        "rule.discretion.fired",
        new Object[] {what[0], text(ZH, basis), text(ZH, choice), text(ZH, src), law == null ? "" : text(ZH, law)},
        new Object[] {what[1], text(EN, basis), text(EN, choice), text(EN, src), law == null ? "" : text(EN, law)});
  }

  /**
   * The reason a rule did not fire: its first not-fired variant whose condition holds, else {@code
   * <key>.not-fired}.
   */
  private static String[] notFiredReason(Evaluation e, RuleTable.Entry entry) {
    for (RuleTable.Variant v : entry.notFired) {
      if (v.when().test(e)) {
        return withShownFacts(e, v.facts(), entry.reasonKey + "." + v.key());
      }
    }
    return msg(entry.reasonKey + ".not-fired");
  }
}
