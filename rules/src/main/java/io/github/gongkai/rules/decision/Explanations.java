package io.github.gongkai.rules.decision;

import io.github.gongkai.core.Regime;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the explanation trace: one entry per rule, in Chinese and English. */
final class Explanations {
  private Explanations() {}

  static String proactiveDuty(ProactiveCategory c) {
    return "主动公开 " + c.getLegalBasis().toChinese() + "：" + c.getLabelZh();
  }

  static List<TraceEntry> trace(DisclosureDecider.Evaluation e, DisclosureDecision d) {
    List<TraceEntry> out = new ArrayList<>(e.t.entries.size());
    for (RuleTable.Entry r : e.t.entries) {
      out.add(entry(e, d, r.rule));
    }
    return List.copyOf(out);
  }

  private static TraceEntry entry(DisclosureDecider.Evaluation e, DisclosureDecision d, DecisionRule r) {
    boolean fired = e.fired(r);
    boolean decisive = e.decisive(r);
    String[] why;
    if (!e.t.applies(r)) {
      why = notApplicable(r, e.t.regime);
    } else {
      why = fired ? firedReason(e, r) : notFiredReason(e, r);
      if (fired && !decisive && e.gate != null && e.gate != r) {
        why =
            new String[] {
              why[0] + "；但已由前序规则“" + e.gate.getLabelZh() + "”决定答复",
              why[1] + "; but the earlier rule '" + e.gate.getLabelEn() + "' already decided the answer"
            };
      }
    }
    return TraceEntry.builder()
        .rule(r)
        .fired(fired)
        .decisive(decisive)
        .reasonZh(why[0])
        .reasonEn(why[1])
        .legalBases(e.t.bases(r))
        .build();
  }

  private static String[] notApplicable(DecisionRule r, Regime regime) {
    String zh = regime == Regime.R2008 ? "2008年《条例》无此规定" : "2019年《条例》无此规定";
    String en = "No such rule under the " + regime.getCode() + " Regulation";
    switch (r) {
      case SPECIAL_NEED:
        return new String[] {"2019年修订的《条例》第二十七条已取消“三需要”条件", "The 2019 Regulation (Art.27) abolished the special-need test"};
      case ENFORCEMENT_CASE_FILE:
        return new String[] {"2008年《条例》未规定行政执法案卷信息可以不予公开", "The 2008 Regulation had no law-enforcement case-file exemption"};
      default:
        return new String[] {zh, en};
    }
  }

  private static String[] of(String zh, String en) {
    return new String[] {zh, en};
  }

  private static String[] firedReason(DisclosureDecider.Evaluation e, DecisionRule r) {
    switch (r) {
      case PETITION_OR_COMPLAINT:
        return of("申请人以政府信息公开申请的形式进行信访、投诉、举报，不作为政府信息公开申请处理", "A petition, complaint or report made in request form is not handled as a disclosure request");
      case EXCESSIVE_REQUEST:
        return of("申请数量、频次明显超过合理范围且理由不合理，不予处理", "The requests clearly exceed a reasonable range and the reasons are unreasonable: not processed");
      case REPEATED_REQUEST:
        return of("已就相同政府信息作出答复，申请人重复申请，不予重复处理", "The same information was already answered: the repeated request is not processed again");
      case PUBLISHED_MATERIAL:
        return of("申请内容为公开出版物，可以告知获取途径", "The request is for published materials: the agency may say where to obtain them");
      case CONFIRMATION_OR_REISSUE:
        return of("要求行政机关确认或重新出具已获取的信息，不予处理", "A request to confirm or re-issue information already obtained is not processed");
      case SPECIAL_NEED:
        return of("2019年5月15日前的申请，申请人不能合理说明与自身生产、生活、科研等特殊需要相关", "A request made before 2019-05-15 whose applicant could not reasonably show a related production, living or research need");
      case STILL_UNCLEAR:
        return of("补正后申请内容仍不明确", "The request is still unclear after correction");
      case NOT_GOVERNMENT_INFORMATION:
        return of("所申请内容不属于政府信息；计入“" + e.policy.getNotGovernmentInformationRow().getLabelZh() + "”（政策默认，可调整）",
            "The content asked for is not government information; counted as '" + e.policy.getNotGovernmentInformationRow().getLabelEn() + "' (policy default, configurable)");
      case NOT_THIS_AGENCY: {
        String agency = e.a.getResponsibleAgency();
        return agency == null
            ? of("所申请信息不属于本机关负责公开，负责机关无法确定", "Another agency is responsible; it cannot be identified")
            : of("所申请信息不属于本机关负责公开，告知负责机关：" + agency, "Another agency is responsible: " + agency);
      }
      case CASE_FILE_BY_PARTY:
        return of("行政程序的当事人、利害关系人以政府信息公开名义申请查阅案卷材料，告知按相关法律、法规办理", "A party to the administrative procedure seeks the case file in the name of disclosure: told to use the case-file access rules");
      case SPECIAL_ACCESS_ROUTE: {
        SpecialAccessRoute route = e.item.getSpecialAccessRoute();
        String zh = route == null ? "" : route.getLabelZh();
        String en = route == null ? "" : route.getLabelEn();
        return of("所申请信息属于有特别获取规定的信息（" + zh + "），告知依照有关法律、行政法规办理", "The information has a special statutory access route (" + en + "): the applicant is referred to it");
      }
      case NOT_HELD:
        return of("经检索没有所申请公开信息，告知该政府信息不存在", "A search found no such information: the applicant is told it does not exist");
      case REQUIRES_CREATION:
        return of("需要对现有政府信息进行加工、分析或另行制作，可以不予提供", "Answering would need new information or processing and analysis of existing information: may be refused");
      case ALREADY_PUBLISHED: {
        io.github.gongkai.core.item.Publication p = e.item.getPublishedAt();
        String where = p == null ? "" : p.getMedium().getLabelZh() + (p.getLocation() == null ? "" : " " + p.getLocation());
        String whereEn = p == null ? "" : p.getMedium().getLabelEn() + (p.getLocation() == null ? "" : " " + p.getLocation());
        return of("所申请信息已经主动公开（" + where + "），告知获取的方式、途径", "The information is already proactively disclosed (" + whereEn + "): the applicant is told how to obtain it");
      }
      case STATE_SECRET: {
        SecrecyMarking m = e.item.getSecrecyMarking();
        return of("信息标有密级（" + (m == null ? "" : m.getLevel().getLabelZh()) + "）且在保密期限内，依法确定为国家秘密，不予公开；须依保密法审查标志与期限",
            "The item carries a secrecy marking (" + (m == null ? "" : m.getLevel().getLabelEn()) + ") in force: a state secret, withheld; the marking and its period must be reviewed under the secrecy law");
      }
      case PROHIBITED_BY_LAW:
        return of("法律、行政法规禁止公开：" + e.item.getProhibitingLaw(), "A law or administrative regulation forbids disclosure: " + e.item.getProhibitingLaw());
      case ENDANGERS_SECURITY:
        return of("行政机关认定公开后可能危及国家安全、公共安全、经济安全、社会稳定", "The agency finds that disclosure may endanger national, public or economic security or social stability");
      case CONFIDENTIALITY_DOUBT:
        return of("行政机关不能确定是否可以公开，应报有关主管部门或者保密行政管理部门确定，答复须待确定", "The agency cannot tell whether the item may be disclosed: it must refer the question to the competent department or the secrecy administration before answering");
      case THIRD_PARTY_RIGHTS:
        return thirdPartyFired(e);
      case PUBLIC_INTEREST_OVERRIDE:
        return of("行政机关认为不公开会对公共利益造成重大影响，予以公开，理由：" + e.a.getPublicInterestReasons() + "；须书面告知第三方，并对公共利益承担举证责任",
            "The agency finds that non-disclosure would majorly affect the public interest and discloses; reasons: " + e.a.getPublicInterestReasons() + "; the third party must be told in writing, and the agency bears the burden of proof");
      case INTERNAL_AFFAIRS:
      case PROCESS_INFORMATION:
      case ENFORCEMENT_CASE_FILE:
        return discretionFired(e, r);
      case LAW_REQUIRES_DISCLOSURE:
        return of("法律、法规、规章规定应当公开（" + e.lawName + "），从其规定", "A law, regulation or rule requires disclosure (" + e.lawName + "), and prevails");
      case SEPARATION:
        return of("不应当公开的内容能够作区分处理，提供可以公开的内容并对其余部分说明理由", "The exempt content can be separated: the rest is provided and reasons are given for the part withheld");
      case RELEASE:
        if (e.discretionApplies) {
          return discretionNotUsed(e);
        }
        return of("无不予公开情形，以公开为常态，予以公开", "No exemption applies; disclosure is the rule: released");
      default:
        throw new IllegalStateException(r.name());
    }
  }

  /** A release although a discretionary exemption was considered: names it and why it was not used. */
  private static String[] discretionNotUsed(DisclosureDecider.Evaluation e) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (DecisionRule r : DisclosureDecider.DISCRETIONARY) {
      if (e.fired(r)) {
        if (zh.length() > 0) {
          zh.append("、");
          en.append(", ");
        }
        zh.append(r.getLabelZh());
        en.append(r.getLabelEn().toLowerCase(java.util.Locale.ROOT));
      }
    }
    boolean byLaw = e.lawPrevailsPara1 || e.lawPrevailsPara2;
    return of(
        "属于可以不予公开的" + zh + "，" + (byLaw ? "但法律、法规、规章规定应当公开" : "行政机关选择予以公开") + "，予以公开",
        "The " + en + " exemption was considered and not used ("
            + (byLaw ? "a law, regulation or rule requires disclosure" : "the agency chose to release") + "): released");
  }

  private static String[] thirdPartyFired(DisclosureDecider.Evaluation e) {
    StringBuilder zh = new StringBuilder("涉及第三方合法权益：");
    StringBuilder en = new StringBuilder("Third-party rights are involved: ");
    List<ThirdPartyInterest> barred = e.barred;
    if (barred != null) {
      for (int i = 0; i < barred.size(); i++) {
        ThirdPartyInterest tp = barred.get(i);
        if (i > 0) {
          zh.append("；");
          en.append("; ");
        }
        zh.append(tp.getThirdParty()).append("（").append(tp.getKind().getLabelZh()).append("，").append(tp.getConsent().getLabelZh()).append("）");
        en.append(tp.getThirdParty()).append(" (").append(tp.getKind().getLabelEn()).append(", ").append(tp.getConsent().getLabelEn()).append(')');
      }
    }
    if (e.objectedBinding > 0) {
      zh.append("；第三方不同意公开且有合理理由，不予公开");
      en.append("; the third party objects with reasonable grounds, so the information is not disclosed");
    }
    if (e.barredByHarm > 0) {
      if (e.harmPresumed) {
        zh.append("；未评估损害，按政策推定公开会损害第三方合法权益");
        en.append("; harm not assessed: presumed harmful by policy");
      } else {
        zh.append("；行政机关认定公开会损害第三方合法权益");
        en.append("; the agency finds disclosure would harm the third party");
      }
    }
    if (e.toConsult != null) {
      zh.append("；须书面征求第三方意见（15个工作日内答复），答复须待意见");
      en.append("; the third party must be consulted in writing (15 working days to reply) before answering");
    }
    if (e.consented > 0) {
      zh.append("；另有").append(e.consented).append("个第三方同意公开");
      en.append("; ").append(e.consented).append(" other third part(ies) consented");
    }
    return of(zh.toString(), en.toString());
  }

  private static String[] discretionFired(DisclosureDecider.Evaluation e, DecisionRule r) {
    boolean y2008 = e.t.regime == Regime.R2008;
    String what;
    String whatEn;
    switch (r) {
      case INTERNAL_AFFAIRS:
        what = "内部事务信息（" + labelZh(e.item.getInternalAffairsKind()) + "）";
        whatEn = "internal-affairs information (" + labelEn(e.item.getInternalAffairsKind()) + ")";
        break;
      case PROCESS_INFORMATION:
        what = "过程性信息（" + labelZh(e.item.getProcessInformationKind()) + "）";
        whatEn = "process information (" + labelEn(e.item.getProcessInformationKind()) + ")";
        break;
      default:
        what = "行政执法案卷信息";
        whatEn = "a law-enforcement case file";
        break;
    }
    String basis = y2008 ? "依国办发〔2010〕5号一般不属于应公开的政府信息" : "依《条例》第十六条可以不予公开";
    String basisEn = y2008 ? "generally not information to be disclosed under 国办发〔2010〕5号" : "may be withheld under Art.16";
    String choice = e.choice == DiscretionaryChoice.WITHHOLD ? "不予公开" : "予以公开";
    String src = e.choiceByDefault ? "（行政机关未作选择，适用政策默认）" : "（行政机关的选择）";
    String srcEn = e.choiceByDefault ? " (no choice stated: policy default)" : " (the agency's choice)";
    boolean prevails = r == DecisionRule.INTERNAL_AFFAIRS ? e.lawPrevailsPara1 : e.lawPrevailsPara2;
    String law = "";
    String lawEn = "";
    if (prevails) {
      law = "；但法律、法规、规章规定应当公开，从其规定";
      lawEn = "; but a law, regulation or rule requires disclosure, which prevails";
    } else if (r == DecisionRule.INTERNAL_AFFAIRS && e.lawName != null) {
      law = "；第十六条第一款无“从其规定”但书，按政策不适用";
      lawEn = "; Art.16 para.1 has no such proviso and the policy reads it literally";
    }
    return of(
        "属于" + what + "，" + basis + "；选择：" + choice + src + law,
        "The item is " + whatEn + ", " + basisEn + "; choice: " + e.choice.getCode() + srcEn + lawEn);
  }

  private static String labelZh(io.github.gongkai.core.item.@Nullable InternalAffairsKind k) {
    return k == null ? "" : k.getLabelZh();
  }

  private static String labelEn(io.github.gongkai.core.item.@Nullable InternalAffairsKind k) {
    return k == null ? "" : k.getLabelEn();
  }

  private static String labelZh(io.github.gongkai.core.item.@Nullable ProcessInformationKind k) {
    return k == null ? "" : k.getLabelZh();
  }

  private static String labelEn(io.github.gongkai.core.item.@Nullable ProcessInformationKind k) {
    return k == null ? "" : k.getLabelEn();
  }

  private static String[] notFiredReason(DisclosureDecider.Evaluation e, DecisionRule r) {
    switch (r) {
      case PETITION_OR_COMPLAINT:
        return of("不属于信访、投诉、举报", "Not a petition, complaint or report");
      case EXCESSIVE_REQUEST: {
        ExcessiveRequestFinding ex = e.ctx.getExcessiveRequest();
        return ex == null
            ? of("未认定申请数量、频次明显超过合理范围", "No finding of excessive requests")
            : of("已认定数量、频次超过合理范围，但处于“" + ex.getLabelZh() + "”，不予处理不适用", "Excessive requests found, but '" + ex.getLabelEn() + "': not a refusal");
      }
      case REPEATED_REQUEST:
        return of("不是重复申请", "Not a repeated request");
      case PUBLISHED_MATERIAL:
        return of("不是要求提供公开出版物", "Not a request for published materials");
      case CONFIRMATION_OR_REISSUE:
        return of("不是要求确认或重新出具已获取信息", "Not a request to confirm or re-issue information");
      case SPECIAL_NEED:
        if (!e.ctx.specialNeedTestApplies()) {
          return of("申请日在2019年5月15日以后，不适用“三需要”", "The request is dated from 2019-05-15: no special-need test");
        }
        return e.ctx.getSpecialNeed() == SpecialNeedFinding.SHOWN
            ? of("申请人已说明与自身特殊需要相关", "The applicant showed a related special need")
            : of("行政机关未以“三需要”为由拒绝", "The agency did not refuse on the special-need test");
      case STILL_UNCLEAR:
        return of("申请内容明确", "The request is clear");
      case NOT_GOVERNMENT_INFORMATION:
        return of("属于政府信息", "It is government information");
      case NOT_THIS_AGENCY:
        return of("由本机关负责公开", "This agency is responsible");
      case CASE_FILE_BY_PARTY:
        return e.item.isEnforcementCaseFile()
            ? of("申请人不是该行政程序的当事人或利害关系人", "The applicant is not a party to the procedure")
            : of("不是行政程序的案卷材料", "Not a case file of an administrative procedure");
      case SPECIAL_ACCESS_ROUTE:
        return of("无特别获取规定", "No special statutory access route");
      case NOT_HELD:
        return of("本机关保存有该信息", "The agency holds the information");
      case REQUIRES_CREATION:
        return of("属于已制作或者获取的现有信息", "Existing information; nothing to create");
      case ALREADY_PUBLISHED:
        return of("尚未主动公开", "Not yet proactively disclosed");
      case STATE_SECRET:
        return e.marked
            ? of("密级标志已解密或保密期限已届满，不再属于国家秘密；仍须依保密法审查", "The secrecy marking is no longer in force (declassified or period expired): not a state secret; still to be reviewed under the secrecy law")
            : of("信息未标密级", "The item carries no secrecy marking");
      case PROHIBITED_BY_LAW:
        return of("无法律、行政法规禁止公开", "No law or administrative regulation forbids disclosure");
      case ENDANGERS_SECURITY:
        return of("未认定公开后可能危及“三安全一稳定”", "No finding that disclosure may endanger security or stability");
      case CONFIDENTIALITY_DOUBT:
        return of("是否可以公开没有疑问", "No doubt whether the item may be disclosed");
      case THIRD_PARTY_RIGHTS:
        if (e.item.getThirdPartyInterests().isEmpty()) {
          return of("不涉及第三方合法权益", "No third-party interest recorded");
        }
        if (e.consented > 0 && e.notHarmful == 0) {
          return of("第三方同意公开", "The third party consented");
        }
        return of("行政机关认定公开不会损害第三方合法权益" + (e.consented > 0 ? "，或第三方同意公开" : ""),
            "The agency finds disclosure would not harm the third party" + (e.consented > 0 ? ", or it consented" : ""));
      case PUBLIC_INTEREST_OVERRIDE:
        return e.a.getPublicInterestReasons() == null
            ? of("未以公共利益为由决定公开", "No public-interest override")
            : of("无须以公共利益决定公开（第三方权益不构成障碍）", "No override needed: third-party rights are no bar");
      case INTERNAL_AFFAIRS:
        return of("不属于内部事务信息", "Not internal-affairs information");
      case PROCESS_INFORMATION:
        return of("不属于过程性信息", "Not process information");
      case ENFORCEMENT_CASE_FILE:
        return of("不属于行政执法案卷信息", "Not a law-enforcement case file");
      case LAW_REQUIRES_DISCLOSURE:
        return e.lawName == null
            ? of("无法律、法规、规章规定应当公开", "No law, regulation or rule requiring disclosure")
            : of("有规定应当公开（" + e.lawName + "），但不涉及可以不予公开的信息或按政策不适用", "A duty to disclose exists (" + e.lawName + ") but no discretionary exemption it could override");
      case SEPARATION:
        return e.withholding == 0 || e.gate != null
            ? of("无须区分处理", "No separation needed")
            : of("不应当公开的内容无法作区分处理", "The exempt content cannot be separated");
      case RELEASE:
        return of("存在不予公开或者其他处理情形", "An exemption or another outcome applies");
      default:
        throw new IllegalStateException(r.name());
    }
  }
}
