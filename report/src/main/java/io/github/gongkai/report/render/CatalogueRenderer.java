package io.github.gongkai.report.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.LegalBasis;
import io.github.gongkai.core.catalogue.Catalogue;
import io.github.gongkai.core.catalogue.CatalogueClass;
import io.github.gongkai.core.catalogue.CatalogueEntry;
import io.github.gongkai.core.catalogue.DisclosureAttribute;
import io.github.gongkai.core.catalogue.DisclosureGuide;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.item.PublicationMedium;
import io.github.gongkai.report.render.internal.CatalogueClassView;
import io.github.gongkai.report.render.internal.CatalogueView;
import io.github.gongkai.report.render.internal.GuideSectionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders an agency's disclosure catalogue (政府信息公开目录), optionally preceded by its guide
 * (政府信息公开指南), as Markdown or a standalone HTML page (《中华人民共和国政府信息公开条例》(2019)
 * 第十二条). The catalogue is a table per class and sub-class — 索引号, 名称, 文号, 生成日期, 公开方式 —
 * under a heading naming the class and the statutory categories it corresponds to; the guide is a
 * section each for the arrangement, the acceptance office and how to reach it, the procedure, the
 * fees, the remedies and where the catalogue is.
 *
 * <p>Output is deterministic ({@code \n} line ends) and every value is escaped: HTML by the
 * precompiled template {@code catalogue.jte}, Markdown by the same rules as {@link ReportRenderer}.
 * Thread-safe.
 */
public final class CatalogueRenderer {
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
      null, ContentType.Html, CatalogueRenderer.class.getClassLoader(),
      "io.github.gongkai.report.render.internal.jte");
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private CatalogueRenderer() {}

  /**
   * Renders a catalogue, with its guide first if one is given.
   *
   * @param catalogue the catalogue; not null
   * @param guide the guide, or null
   * @param format {@link RenderFormat#MARKDOWN} or {@link RenderFormat#HTML}
   * @return the text
   * @throws InvalidValueException for another format
   */
  public static String render(Catalogue catalogue, @Nullable DisclosureGuide guide, RenderFormat format) {
    InvalidValueException.requireNonNull(catalogue, "catalogue");
    InvalidValueException.requireNonNull(format, "format");
    CatalogueView view = view(catalogue, guide);
    switch (format) {
      case MARKDOWN:
        return markdown(view);
      case HTML:
        StringOutput out = new StringOutput();
        TEMPLATES.render("catalogue.jte", view, out);
        return out.toString();
      default:
        throw new InvalidValueException("format", format.getCode(), "must be md or html");
    }
  }

  // ---- view model ------------------------------------------------------------------------------

  static CatalogueView view(Catalogue catalogue, @Nullable DisclosureGuide guide) {
    String catalogueTitle = catalogue.getAgency() + "政府信息公开目录";
    String title = guide == null ? catalogueTitle : catalogue.getAgency() + "政府信息公开指南和目录";
    List<String> notes = new ArrayList<>();
    String version = catalogue.getVersion();
    notes.add((version == null ? "" : "版本：" + version + "；") + "编制日期：" + date(catalogue.getCompiledOn()));
    List<CatalogueClassView> classes = new ArrayList<>();
    int level = guide == null ? 2 : 3;
    for (CatalogueClass c : catalogue.getClasses()) {
      classView(catalogue, c, level, classes);
    }
    return new CatalogueView(title, guide == null ? List.of() : guideSections(guide), catalogueTitle, notes, classes);
  }

  private static void classView(Catalogue catalogue, CatalogueClass c, int level, List<CatalogueClassView> out) {
    List<String> notes = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    for (String code : c.getStatutoryCategories()) {
      categories.add(category(code));
    }
    if (!categories.isEmpty()) {
      notes.add("对应主动公开范围：" + String.join("；", categories));
    }
    List<List<String>> rows = new ArrayList<>();
    for (CatalogueEntry e : catalogue.entriesOf(c.getCode())) {
      rows.add(List.of(
          e.getIndexNumber(),
          e.getTitle(),
          e.getDocumentNumber() == null ? "" : e.getDocumentNumber(),
          formed(e),
          manner(e)));
    }
    if (rows.isEmpty() && c.getSubClasses().isEmpty()) {
      notes.add("本类暂无条目。");
    }
    out.add(new CatalogueClassView(c.getCode() + " " + c.getName(), level, notes, rows));
    for (CatalogueClass s : c.getSubClasses()) {
      classView(catalogue, s, level + 1, out);
    }
  }

  /** A statutory category by its citation and label; a code that is none is shown as given. */
  private static String category(String code) {
    for (ProactiveCategory p : ProactiveCategory.values()) {
      if (p.getCode().equals(code)) {
        return p.getLegalBasis().toChinese() + "（" + p.getLabel(ZH) + "）";
      }
    }
    return code;
  }

  private static String formed(CatalogueEntry e) {
    LocalDate changed = e.getChangedOn();
    return date(e.getFormedOn()) + (changed == null ? "" : "（" + date(changed) + "变更）");
  }

  /** 公开方式: the media and places of a disclosed entry; the attribute and ground otherwise. */
  private static String manner(CatalogueEntry e) {
    if (e.getAttribute() == DisclosureAttribute.NOT_DISCLOSED) {
      return e.getWithholdingGround() == null
          ? e.getAttribute().getLabel(ZH)
          : e.getAttribute().getLabel(ZH) + "（" + e.getWithholdingGround().getLabel(ZH) + "）";
    }
    List<String> parts = new ArrayList<>();
    if (e.getAttribute() == DisclosureAttribute.ON_REQUEST) {
      parts.add(e.getAttribute().getLabel(ZH));
    }
    for (PublicationMedium m : e.getMedia()) {
      parts.add(m.getLabel(ZH));
    }
    parts.addAll(e.getPlaces());
    if (e.getTimeLimitWorkingDays() != CatalogueEntry.STATUTORY_TIME_LIMIT) {
      parts.add(e.getTimeLimitWorkingDays() + "个工作日内公开");
    }
    return String.join("；", parts);
  }

  private static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static List<GuideSectionView> guideSections(DisclosureGuide g) {
    List<GuideSectionView> out = new ArrayList<>();
    String arrangement = g.getArrangement();
    out.add(new GuideSectionView("一、政府信息的分类与编排体系",
        arrangement == null ? List.of("见本机关政府信息公开目录。") : List.of(arrangement), List.of(), false));
    List<String> office = new ArrayList<>();
    office.add("名称：" + g.getAcceptanceOffice());
    office.add("办公地址：" + g.getAddress() + (g.getPostalCode() == null ? "" : "（邮政编码：" + g.getPostalCode() + "）"));
    office.add("办公时间：" + g.getHours());
    office.add("联系电话：" + g.getPhone());
    if (g.getFax() != null) {
      office.add("传真号码：" + g.getFax());
    }
    if (g.getEmail() != null) {
      office.add("电子邮箱：" + g.getEmail());
    }
    if (g.getOnlineChannel() != null) {
      office.add("互联网联系方式：" + g.getOnlineChannel());
    }
    out.add(new GuideSectionView("二、政府信息公开工作机构", List.of(), office, false));
    out.add(new GuideSectionView("三、获取方式与办理程序", List.of(), g.getProcedure(), true));
    out.add(new GuideSectionView("四、收费", List.of(g.getFees()), List.of(), false));
    LegalBasis remedies = LegalBasis.of(io.github.gongkai.core.Regime.R2019, 51);
    out.add(new GuideSectionView("五、救济途径", List.of(
        "公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向" + g.getReviewBody()
            + "申请行政复议，或者向" + g.getCourt() + "提起行政诉讼（" + remedies.toChinese() + "）。"),
        List.of(), false));
    String reference = g.getCatalogueReference();
    out.add(new GuideSectionView("六、政府信息公开目录", List.of(
        reference == null ? "本机关政府信息公开目录附后。" : "本机关政府信息公开目录见：" + reference + "；亦附后。"),
        List.of(), false));
    return out;
  }

  // ---- Markdown ------------------------------------------------------------------------------

  private static String markdown(CatalogueView v) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(MarkdownText.inline(v.title())).append('\n');
    for (GuideSectionView s : v.guide()) {
      sb.append("\n## ").append(MarkdownText.inline(s.heading())).append('\n');
      for (String p : s.paragraphs()) {
        sb.append('\n').append(MarkdownText.paragraph(p)).append('\n');
      }
      if (!s.items().isEmpty()) {
        sb.append('\n');
        for (int i = 0; i < s.items().size(); i++) {
          sb.append(s.ordered() ? (i + 1) + ". " : "- ").append(MarkdownText.inline(s.items().get(i))).append('\n');
        }
      }
    }
    if (!v.guide().isEmpty()) {
      sb.append("\n## ").append(MarkdownText.inline(v.catalogueTitle())).append('\n');
    }
    for (String n : v.catalogueNotes()) {
      sb.append('\n').append(MarkdownText.paragraph(n)).append('\n');
    }
    for (CatalogueClassView c : v.classes()) {
      sb.append('\n').append("#".repeat(Math.min(6, c.level()))).append(' ')
          .append(MarkdownText.inline(c.heading())).append('\n');
      for (String n : c.notes()) {
        sb.append('\n').append(MarkdownText.paragraph(n)).append('\n');
      }
      if (!c.rows().isEmpty()) {
        sb.append("\n|");
        for (String h : c.columns()) {
          sb.append(' ').append(MarkdownText.cell(h)).append(" |");
        }
        sb.append("\n|");
        sb.append("---|".repeat(c.columns().size()));
        sb.append('\n');
        for (List<String> row : c.rows()) {
          sb.append('|');
          for (String cell : row) {
            sb.append(' ').append(MarkdownText.cell(cell)).append(" |");
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }
}
