package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.Publication;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import static io.github.gongkai.rules.RulesGens.orNull;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A generated decision input: item facts, assessment and request context from bit masks. */
final class Scenario {
  static final LocalDate[] DATES = {
    LocalDate.of(2012, 1, 1), LocalDate.of(2019, 5, 14), LocalDate.of(2019, 5, 15), LocalDate.of(2024, 3, 1)
  };

  final int itemBits;
  final int assessBits;
  final int ctxBits;
  final ConsentState consent;
  final @Nullable DiscretionaryChoice choice;
  final @Nullable ExcessiveRequestFinding excessive;
  final LocalDate date;
  final @Nullable SpecialNeedFinding need;

  Scenario(
      int itemBits,
      int assessBits,
      int ctxBits,
      ConsentState consent,
      @Nullable DiscretionaryChoice choice,
      @Nullable ExcessiveRequestFinding excessive,
      LocalDate date,
      @Nullable SpecialNeedFinding need) {
    this.itemBits = itemBits;
    this.assessBits = assessBits;
    this.ctxBits = ctxBits;
    this.consent = consent;
    this.choice = choice;
    this.excessive = excessive;
    this.date = date;
    this.need = need;
  }

  /** Any combination of the facts. */
  static Gen<Scenario> arbitrary() {
    Gen<int[]> bits =
        integers()
            .between(0, (1 << 10) - 1)
            .zip(
                integers().between(0, (1 << 17) - 1),
                integers().between(0, (1 << 6) - 1),
                (i, a, c) -> new int[] {i, a, c});
    Gen<Object[]> rest =
        Generate.enumValues(ConsentState.class)
            .zip(
                orNull(Generate.enumValues(DiscretionaryChoice.class), 30),
                orNull(Generate.enumValues(ExcessiveRequestFinding.class), 70),
                (c, d, e) -> new Object[] {c, d, e});
    return bits.zip(
        rest,
        Generate.pick(List.of(DATES)),
        orNull(Generate.enumValues(SpecialNeedFinding.class), 50),
        (b, r, date, need) ->
            new Scenario(
                b[0],
                b[1],
                b[2],
                (ConsentState) r[0],
                (DiscretionaryChoice) r[1],
                (ExcessiveRequestFinding) r[2],
                date,
                need));
  }

  /** Mostly-clean scenarios: few flags, so that releases are common too. */
  static Gen<Scenario> sparse() {
    return integers()
        .between(0, (1 << 10) - 1)
        .map(i -> i & (i >>> 3) & (i >>> 5))
        .zip(
            integers().between(0, (1 << 17) - 1).map(i -> i & (i >>> 4) & (i >>> 7)),
            Generate.enumValues(ConsentState.class),
            orNull(Generate.enumValues(DiscretionaryChoice.class), 30),
            (i, a, consent, choice) ->
                new Scenario(i, a, 0, consent, choice, null, LocalDate.of(2024, 3, 1), null));
  }

  /** Either kind, half the time each. */
  static Gen<Scenario> any() {
    return arbitrary().mix(sparse());
  }

  boolean item(int bit) {
    return (itemBits & (1 << bit)) != 0;
  }

  boolean assess(int bit) {
    return (assessBits & (1 << bit)) != 0;
  }

  boolean ctx(int bit) {
    return (ctxBits & (1 << bit)) != 0;
  }

  InformationItem item(String id) {
    InformationItem.Builder b = Items.base(id);
    if (item(0)) {
      b.secrecyMarking(SecrecyMarking.builder().level(SecrecyLevel.CONFIDENTIAL).build());
    }
    if (item(1)) {
      b.prohibitingLaw("某法第十条");
    }
    if (item(2)) {
      b.addThirdPartyInterests(Items.interest(ThirdPartyInterestKind.PERSONAL_PRIVACY, "张某", consent));
    }
    if (item(3)) {
      b.addThirdPartyInterests(Items.interest(ThirdPartyInterestKind.COMMERCIAL_SECRET, "某公司", ConsentState.CONSENTED));
    }
    if (item(4)) {
      b.internalAffairsKind(InternalAffairsKind.PERSONNEL);
    }
    if (item(5)) {
      b.processInformationKind(ProcessInformationKind.REQUEST_FOR_INSTRUCTIONS_OR_REPORT);
    }
    if (item(6)) {
      b.enforcementCaseFile(true);
    }
    if (item(7)) {
      b.specialAccessRoute(SpecialAccessRoute.REAL_ESTATE_REGISTRATION);
    }
    if (item(8)) {
      b.publishedAt(Publication.of(PublicationMedium.WEBSITE, "政府网站"));
    }
    if (item(9)) {
      b.proactiveCategory(ProactiveCategory.values()[0]);
    }
    return b.build();
  }

  InformationItem item() {
    return item("item-" + Integer.toHexString(itemBits));
  }

  ItemAssessment assessment() {
    ItemAssessment.Builder b =
        ItemAssessment.builder()
            .repeated(assess(0))
            .publishedMaterial(assess(1))
            .confirmationOrReissue(assess(2))
            .notGovernmentInformation(assess(3))
            .notThisAgency(assess(4))
            .notHeld(assess(6))
            .requiresCreationOrAnalysis(assess(7))
            .endangersSecurityOrStability(assess(8))
            .confidentialityDoubtful(assess(9))
            .thirdPartyObjectionUnreasonable(assess(12))
            .separable(assess(16))
            .discretionaryChoice(choice);
    if (assess(5)) {
      b.responsibleAgency("某区人民政府");
    }
    if (assess(10)) {
      b.thirdPartyHarm(assess(11));
    }
    if (assess(13)) {
      b.thirdPartyReplyDueDate(date.plusDays(21));
    }
    if (assess(14)) {
      b.publicInterestReasons("关系公众健康");
    }
    if (assess(15)) {
      b.lawRequiringDisclosure("某规章第五条");
    }
    return b.build();
  }

  DecisionContext context() {
    DecisionContext.Builder b =
        DecisionContext.builder()
            .requestDate(date)
            .applicantPartyToProceeding(ctx(0))
            .petitionOrComplaint(ctx(1))
            .stillUnclearAfterCorrection(ctx(2))
            .excessiveRequest(excessive)
            .specialNeed(need);
    if (ctx(3)) {
      b.regime(ctx(4) ? Regime.R2019 : Regime.R2008);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return String.format(
        "Scenario[item=%s, assess=%s, ctx=%s, consent=%s, choice=%s, excessive=%s, date=%s, need=%s]",
        Integer.toBinaryString(itemBits), Integer.toBinaryString(assessBits), Integer.toBinaryString(ctxBits),
        consent, choice, excessive, date, need);
  }
}
