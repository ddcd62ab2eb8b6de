package io.github.gongkai.rules.decision;

import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.ThirdPartyInterest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the third parties of an item stand (《政府信息公开条例》(2019) 第十五条、第三十二条; 2008 第十四条、第二十三条):
 * who consented, whose objection binds, who would be harmed (found, or presumed by policy) and who
 * must still be consulted. Established once per evaluation, for the fact {@link Fact#THIRD_PARTY_BARS},
 * the consultation and override steps and the trace.
 */
final class ThirdParties {
  /** No third party. */
  static final ThirdParties NONE = new ThirdParties(false);

  int consented;
  int objectedBinding;
  int barredByHarm;
  int notHarmful;
  /** The parties whose interest bars disclosure, or null for none. */
  @Nullable List<ThirdPartyInterest> barred;
  /** The parties still to be consulted, or null for none. */
  @Nullable List<ThirdPartyInterest> toConsult;
  boolean harmPresumed;

  private ThirdParties(boolean harmPresumed) {
    this.harmPresumed = harmPresumed;
  }

  /**
   * Sorts the parties of an item.
   *
   * @param interests the item's third-party interests, not empty
   * @param assessment the agency's assessment
   * @param policy the policy (presumed harm)
   * @param objectionsBindAlways whether every objection binds (2008), or only one not found
   *     unreasonable (2019)
   * @return the parties' standing
   */
  static ThirdParties of(
      List<ThirdPartyInterest> interests,
      ItemAssessment assessment,
      DecisionPolicy policy,
      boolean objectionsBindAlways) {
    Boolean harm = assessment.getThirdPartyHarm();
    boolean harmful = harm != null ? harm : policy.isPresumeThirdPartyHarm();
    ThirdParties p = new ThirdParties(harm == null);
    boolean objectionBinds = objectionsBindAlways || !assessment.isThirdPartyObjectionUnreasonable();
    for (int i = 0, n = interests.size(); i < n; i++) {
      p.sort(interests.get(i), objectionBinds, harmful);
    }
    return p;
  }

  private void sort(ThirdPartyInterest tp, boolean objectionBinds, boolean harmful) {
    ConsentState s = tp.getConsent();
    if (s == ConsentState.CONSENTED) {
      consented++;
      return;
    }
    if (s == ConsentState.OBJECTED && objectionBinds) {
      objectedBinding++;
      barred = add(barred, tp);
      return;
    }
    if (!harmful) {
      notHarmful++;
      return;
    }
    barredByHarm++;
    barred = add(barred, tp);
    if (s == ConsentState.NOT_ASKED || s == ConsentState.PENDING) {
      toConsult = add(toConsult, tp);
    }
  }

  private static List<ThirdPartyInterest> add(@Nullable List<ThirdPartyInterest> list, ThirdPartyInterest tp) {
    List<ThirdPartyInterest> l = list == null ? new ArrayList<>(2) : list;
    l.add(tp);
    return l;
  }

  /** Whether some party's interest bars disclosure. */
  boolean bars() {
    return barred != null;
  }
}
