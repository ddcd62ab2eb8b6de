package io.github.gongkai.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gongkai.core.Coded;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.Regime;
import io.github.gongkai.core.internal.EnumCodes;
import io.github.gongkai.core.internal.ResourceTables;
import io.github.gongkai.core.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A category of information agencies must disclose proactively (主动公开): the items of 2019 Art.20
 * (1–15), the areas Art.21 adds for districted-city and county governments and for townships, and the
 * items of 2008 Art.10 (county level and above), Art.11 (districted cities and counties) and Art.12
 * (townships).
 *
 * <p>Each category knows its {@link #getLegalBasis() legal basis}, its {@link #getRegime() regime}
 * and which agencies it addresses ({@link #getScope()}). Labels and bases are statutory data, kept in
 * the reviewed resource {@code proactive-categories.tsv} beside this class, which names its sources;
 * this enum fixes only the constants and their stable codes. The 2008 labels are marked unconfirmed
 * there (docs/legal-reference.md §10).
 */
public enum ProactiveCategory implements Coded {
  /** 行政法规、规章和规范性文件 — OGI-2019:20(1). */
  R2019_REGULATIONS_AND_NORMATIVE_DOCUMENTS("2019-art20-1"),
  /** 机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名 — OGI-2019:20(2). */
  R2019_FUNCTIONS_AND_CONTACTS("2019-art20-2"),
  /** 国民经济和社会发展规划、专项规划、区域规划及相关政策 — OGI-2019:20(3). */
  R2019_PLANS_AND_POLICIES("2019-art20-3"),
  /** 国民经济和社会发展统计信息 — OGI-2019:20(4). */
  R2019_STATISTICS("2019-art20-4"),
  /** 办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果 — OGI-2019:20(5). */
  R2019_LICENSING_AND_SERVICES("2019-art20-5"),
  /** 实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定 — OGI-2019:20(6). */
  R2019_PENALTIES_AND_COERCION("2019-art20-6"),
  /** 财政预算、决算信息 — OGI-2019:20(7). */
  R2019_BUDGETS_AND_FINAL_ACCOUNTS("2019-art20-7"),
  /** 行政事业性收费项目及其依据、标准 — OGI-2019:20(8). */
  R2019_ADMINISTRATIVE_FEES("2019-art20-8"),
  /** 政府集中采购项目的目录、标准及实施情况 — OGI-2019:20(9). */
  R2019_CENTRALIZED_PROCUREMENT("2019-art20-9"),
  /** 重大建设项目的批准和实施情况 — OGI-2019:20(10). */
  R2019_MAJOR_CONSTRUCTION_PROJECTS("2019-art20-10"),
  /** 扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况 — OGI-2019:20(11). */
  R2019_SOCIAL_POLICIES("2019-art20-11"),
  /** 突发公共事件的应急预案、预警信息及应对情况 — OGI-2019:20(12). */
  R2019_EMERGENCIES("2019-art20-12"),
  /** 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况 — OGI-2019:20(13). */
  R2019_SUPERVISORY_INSPECTIONS("2019-art20-13"),
  /** 公务员招考的职位、名额、报考条件等事项以及录用结果 — OGI-2019:20(14). */
  R2019_CIVIL_SERVICE_RECRUITMENT("2019-art20-14"),
  /** 法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息 — OGI-2019:20(15). */
  R2019_OTHER_REQUIRED_BY_LAW("2019-art20-15"),
  /** 市政建设 — OGI-2019:21. */
  R2019_CITY_COUNTY_MUNICIPAL_CONSTRUCTION("2019-art21-city-municipal-construction"),
  /** 公共服务 — OGI-2019:21. */
  R2019_CITY_COUNTY_PUBLIC_SERVICES("2019-art21-city-public-services"),
  /** 公益事业 — OGI-2019:21. */
  R2019_CITY_COUNTY_PUBLIC_WELFARE("2019-art21-city-public-welfare"),
  /** 土地征收 — OGI-2019:21. */
  R2019_CITY_COUNTY_LAND_EXPROPRIATION("2019-art21-city-land-expropriation"),
  /** 房屋征收 — OGI-2019:21. */
  R2019_CITY_COUNTY_HOUSING_EXPROPRIATION("2019-art21-city-housing-expropriation"),
  /** 治安管理 — OGI-2019:21. */
  R2019_CITY_COUNTY_PUBLIC_SECURITY("2019-art21-city-public-security"),
  /** 社会救助 — OGI-2019:21. */
  R2019_CITY_COUNTY_SOCIAL_ASSISTANCE("2019-art21-city-social-assistance"),
  /** 贯彻落实农业农村政策 — OGI-2019:21. */
  R2019_TOWNSHIP_AGRICULTURAL_POLICY("2019-art21-township-agricultural-policy"),
  /** 农田水利工程建设运营 — OGI-2019:21. */
  R2019_TOWNSHIP_FARMLAND_WATER_WORKS("2019-art21-township-farmland-water-works"),
  /** 农村土地承包经营权流转 — OGI-2019:21. */
  R2019_TOWNSHIP_LAND_CONTRACT_TRANSFER("2019-art21-township-land-contract-transfer"),
  /** 宅基地使用情况审核 — OGI-2019:21. */
  R2019_TOWNSHIP_HOMESTEAD_REVIEW("2019-art21-township-homestead-review"),
  /** 土地征收 — OGI-2019:21. */
  R2019_TOWNSHIP_LAND_EXPROPRIATION("2019-art21-township-land-expropriation"),
  /** 房屋征收 — OGI-2019:21. */
  R2019_TOWNSHIP_HOUSING_EXPROPRIATION("2019-art21-township-housing-expropriation"),
  /** 筹资筹劳 — OGI-2019:21. */
  R2019_TOWNSHIP_FUND_AND_LABOUR_RAISING("2019-art21-township-fund-and-labour-raising"),
  /** 社会救助 — OGI-2019:21. */
  R2019_TOWNSHIP_SOCIAL_ASSISTANCE("2019-art21-township-social-assistance"),
  /** 行政法规、规章和规范性文件 — OGI-2008:10(1). */
  R2008_REGULATIONS_AND_NORMATIVE_DOCUMENTS("2008-art10-1"),
  /** 国民经济和社会发展规划、专项规划、区域规划及相关政策 — OGI-2008:10(2). */
  R2008_PLANS_AND_POLICIES("2008-art10-2"),
  /** 国民经济和社会发展统计信息 — OGI-2008:10(3). */
  R2008_STATISTICS("2008-art10-3"),
  /** 财政预算、决算报告 — OGI-2008:10(4). */
  R2008_BUDGET_AND_FINAL_ACCOUNTS_REPORTS("2008-art10-4"),
  /** 行政事业性收费的项目、依据、标准 — OGI-2008:10(5). */
  R2008_ADMINISTRATIVE_FEES("2008-art10-5"),
  /** 政府集中采购项目的目录、标准及实施情况 — OGI-2008:10(6). */
  R2008_CENTRALIZED_PROCUREMENT("2008-art10-6"),
  /** 行政许可的事项、依据、条件、数量、程序、期限以及申请行政许可需要提交的全部材料目录及办理情况 — OGI-2008:10(7). */
  R2008_ADMINISTRATIVE_LICENSING("2008-art10-7"),
  /** 重大建设项目的批准和实施情况 — OGI-2008:10(8). */
  R2008_MAJOR_CONSTRUCTION_PROJECTS("2008-art10-8"),
  /** 扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况 — OGI-2008:10(9). */
  R2008_SOCIAL_POLICIES("2008-art10-9"),
  /** 突发公共事件的应急预案、预警信息及应对情况 — OGI-2008:10(10). */
  R2008_EMERGENCIES("2008-art10-10"),
  /** 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况 — OGI-2008:10(11). */
  R2008_SUPERVISORY_INSPECTIONS("2008-art10-11"),
  /** 城乡建设和管理的重大事项 — OGI-2008:11(1). */
  R2008_CITY_COUNTY_URBAN_RURAL_CONSTRUCTION("2008-art11-1"),
  /** 社会公益事业建设情况 — OGI-2008:11(2). */
  R2008_CITY_COUNTY_PUBLIC_WELFARE("2008-art11-2"),
  /** 征收或者征用土地、房屋拆迁及其补偿、补助费用的发放、使用情况 — OGI-2008:11(3). */
  R2008_CITY_COUNTY_LAND_REQUISITION_AND_DEMOLITION("2008-art11-3"),
  /** 抢险救灾、优抚、救济、社会捐助等款物的管理、使用和分配情况 — OGI-2008:11(4). */
  R2008_CITY_COUNTY_RELIEF_AND_DONATIONS("2008-art11-4"),
  /** 贯彻落实国家关于农村工作政策的情况 — OGI-2008:12(1). */
  R2008_TOWNSHIP_RURAL_POLICY("2008-art12-1"),
  /** 财政收支、各类专项资金的管理和使用情况 — OGI-2008:12(2). */
  R2008_TOWNSHIP_FINANCES("2008-art12-2"),
  /** 乡（镇）土地利用总体规划、宅基地使用的审核情况 — OGI-2008:12(3). */
  R2008_TOWNSHIP_LAND_USE_AND_HOMESTEAD("2008-art12-3"),
  /** 征收或者征用土地、房屋拆迁及其补偿、补助费用的发放、使用情况 — OGI-2008:12(4). */
  R2008_TOWNSHIP_LAND_REQUISITION_AND_DEMOLITION("2008-art12-4"),
  /** 乡（镇）的债权债务、筹资筹劳情况 — OGI-2008:12(5). */
  R2008_TOWNSHIP_DEBTS_AND_FUND_RAISING("2008-art12-5"),
  /** 抢险救灾、优抚、救济、社会捐助等款物的发放情况 — OGI-2008:12(6). */
  R2008_TOWNSHIP_RELIEF_AND_DONATIONS("2008-art12-6"),
  /** 乡镇集体企业及其他乡镇经济实体承包、租赁、拍卖等情况 — OGI-2008:12(7). */
  R2008_TOWNSHIP_COLLECTIVE_ENTERPRISES("2008-art12-7"),
  /** 执行计划生育政策的情况 — OGI-2008:12(8). */
  R2008_TOWNSHIP_FAMILY_PLANNING("2008-art12-8");

  private static final String RESOURCE = "proactive-categories.tsv";
  private static final Map<ProactiveCategory, Entry> ENTRIES = load();

  private final String code;

  ProactiveCategory(String code) {
    this.code = code;
  }

  /**
   * The stable code used in JSON: regime, article and item or area, e.g. {@code "2019-art20-1"} or
   * {@code "2019-art21-township-homestead-review"}.
   *
   * @return the code
   */
  @Override
  @JsonValue
  public String getCode() {
    return code;
  }

  /**
   * The regime whose Regulation lists this category.
   *
   * @return the regime
   */
  public Regime getRegime() {
    return entry().basis().getRegime();
  }

  /**
   * The provision listing this category, e.g. {@code 《中华人民共和国政府信息公开条例》第二十条第（一）项}.
   *
   * @return the legal basis
   */
  public LegalBasis getLegalBasis() {
    return entry().basis();
  }

  /**
   * Which agencies the provision addresses.
   *
   * @return the scope
   */
  public ProactiveScope getScope() {
    return entry().scope();
  }

  /**
   * The label in a locale: for any {@code zh} locale the words of the Regulation; English otherwise.
   *
   * @param locale the locale; not null
   * @return the label
   */
  @Override
  public String getLabel(Locale locale) {
    return Texts.isChinese(locale) ? entry().labelZh() : entry().labelEn();
  }

  /**
   * The categories of one regime, in the order of the Regulation.
   *
   * @param regime the regime; not null
   * @return the categories, unmodifiable
   */
  public static List<ProactiveCategory> of(Regime regime) {
    List<ProactiveCategory> out = new ArrayList<>();
    for (ProactiveCategory c : values()) {
      if (c.getRegime() == regime) {
        out.add(c);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Looks a category up by its code.
   *
   * @param code the code
   * @return the category
   * @throws io.github.gongkai.core.InvalidValueException if the code is null or unknown
   */
  @JsonCreator
  public static ProactiveCategory ofCode(String code) {
    return EnumCodes.lookup(ProactiveCategory.class, "proactiveCategory", code);
  }

  private Entry entry() {
    // load() fails unless every constant has its entry
    return Objects.requireNonNull(ENTRIES.get(this), this::name);
  }

  private record Entry(ProactiveScope scope, LegalBasis basis, String labelZh, String labelEn) {}

  private static Map<ProactiveCategory, Entry> load() {
    return ResourceTables.rowPerConstant(
        ProactiveCategory.class,
        RESOURCE,
        6,
        (c, f) -> {
          if (!c.code.equals(f[1])) {
            throw new IllegalStateException("code mismatch " + f[0]);
          }
          Regime regime = f[3].startsWith("OGI-2008") ? Regime.R2008 : Regime.R2019;
          return new Entry(ProactiveScope.valueOf(f[2]), LegalBasis.parse(regime, f[3]), f[4], f[5]);
        });
  }
}
