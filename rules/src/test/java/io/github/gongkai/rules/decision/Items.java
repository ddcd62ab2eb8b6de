package io.github.gongkai.rules.decision;

import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.Publication;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterest;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** The one place tests build {@link InformationItem}s, so that they follow the core model. */
final class Items {
  private Items() {}

  static final LocalDate FORMED = LocalDate.of(2023, 3, 1);

  static InformationItem.Builder base(String id) {
    return InformationItem.builder()
        .id(id)
        .title("关于" + id + "的文件")
        .producingAgency("某市生态环境局")
        .formedOn(FORMED);
  }

  static InformationItem plain(String id) {
    return base(id).build();
  }

  static InformationItem with(String id, UnaryOperator<InformationItem.Builder> f) {
    return f.apply(base(id)).build();
  }

  static InformationItem secret(String id) {
    return with(id, b -> b.secrecyMarking(SecrecyMarking.builder().level(SecrecyLevel.SECRET).build()));
  }

  static InformationItem prohibited(String id, String law) {
    return with(id, b -> b.prohibitingLaw(law));
  }

  static InformationItem privacy(String id, String thirdParty, ConsentState consent) {
    return with(id, b -> b.addThirdPartyInterests(interest(ThirdPartyInterestKind.PERSONAL_PRIVACY, thirdParty, consent)));
  }

  static InformationItem commercialSecret(String id, String thirdParty, ConsentState consent) {
    return with(id, b -> b.addThirdPartyInterests(interest(ThirdPartyInterestKind.COMMERCIAL_SECRET, thirdParty, consent)));
  }

  static ThirdPartyInterest interest(ThirdPartyInterestKind kind, String thirdParty, ConsentState consent) {
    return ThirdPartyInterest.builder().kind(kind).thirdParty(thirdParty).consent(consent).build();
  }

  static InformationItem internal(String id, InternalAffairsKind kind) {
    return with(id, b -> b.internalAffairsKind(kind));
  }

  static InformationItem process(String id, ProcessInformationKind kind) {
    return with(id, b -> b.processInformationKind(kind));
  }

  static InformationItem caseFile(String id) {
    return with(id, b -> b.enforcementCaseFile(true));
  }

  static InformationItem specialRoute(String id, SpecialAccessRoute route) {
    return with(id, b -> b.specialAccessRoute(route));
  }

  static InformationItem published(String id) {
    return with(id, b -> b.publishedAt(Publication.of(PublicationMedium.WEBSITE, "某市人民政府门户网站")));
  }
}
