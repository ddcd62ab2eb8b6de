package io.github.gongkai.core.catalogue;

import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.core.OutcomeCategory;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.core.item.ProactiveCategory;
import io.github.gongkai.core.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link Catalogue} as a whole and lists every fault as a {@link CatalogueFinding}, never
 * stopping at the first and never throwing for a fault of the catalogue:
 *
 * <ul>
 *   <li>{@link CatalogueRule#DUPLICATE_INDEX_NUMBER}: an index number (索引号) must identify one entry;
 *   <li>{@link CatalogueRule#DUPLICATE_CLASS_CODE}: a class code must identify one class;
 *   <li>{@link CatalogueRule#UNKNOWN_CLASS}: an entry is filed under a class the catalogue has;
 *   <li>{@link CatalogueRule#MISSING_WITHHOLDING_GROUND} and {@link
 *       CatalogueRule#NOT_A_WITHHOLDING_GROUND}: a not-disclosed entry names one of the withholding
 *       grounds of table 三 （三）1–8 (《中华人民共和国政府信息公开条例》(2019) 第十四条至第十六条、第三十六条第（七）项);
 *   <li>{@link CatalogueRule#GROUND_ON_DISCLOSED_ENTRY}: a proactive or on-request entry names none;
 *   <li>{@link CatalogueRule#CHANGED_BEFORE_FORMED}: an entry does not change before it is formed;
 *   <li>{@link CatalogueRule#UNKNOWN_STATUTORY_CATEGORY}: a class maps only to codes of {@link
 *       ProactiveCategory}.
 * </ul>
 *
 * <p>Findings come in document order: classes first, then entries. Thread-safe.
 */
public final class CatalogueChecks {
  private static final Texts TEXTS =
      Texts.load(CatalogueChecks.class, "/io/github/gongkai/core/i18n/catalogue");

  private CatalogueChecks() {}

  /**
   * Checks a catalogue.
   *
   * @param catalogue the catalogue; not null
   * @return the findings in document order, unmodifiable; empty for a clean catalogue
   */
  public static List<CatalogueFinding> check(Catalogue catalogue) {
    InvalidValueException.requireNonNull(catalogue, "catalogue");
    List<CatalogueFinding> out = new ArrayList<>();
    Set<String> classCodes = new HashSet<>();
    for (int i = 0; i < catalogue.getClasses().size(); i++) {
      checkClass(catalogue.getClasses().get(i), "$.classes[" + i + "]", classCodes, out);
    }
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < catalogue.getEntries().size(); i++) {
      CatalogueEntry e = catalogue.getEntries().get(i);
      String at = "$.entries[" + i + "]";
      Integer first = firstIndex.putIfAbsent(e.getIndexNumber(), i);
      if (first != null) {
        out.add(finding(CatalogueRule.DUPLICATE_INDEX_NUMBER, at + ".indexNumber", e.getIndexNumber(),
            "$.entries[" + first + "]"));
      }
      if (!classCodes.contains(e.getClassCode())) {
        out.add(finding(CatalogueRule.UNKNOWN_CLASS, at + ".classCode", e.getClassCode()));
      }
      checkGround(e, at, out);
      LocalDate changed = e.getChangedOn();
      if (changed != null && changed.isBefore(e.getFormedOn())) {
        out.add(finding(CatalogueRule.CHANGED_BEFORE_FORMED, at + ".changedOn", changed.toString(),
            e.getFormedOn().toString()));
      }
    }
    return List.copyOf(out);
  }

  private static void checkClass(
      CatalogueClass c, String at, Set<String> codes, List<CatalogueFinding> out) {
    if (!codes.add(c.getCode())) {
      out.add(finding(CatalogueRule.DUPLICATE_CLASS_CODE, at + ".code", c.getCode()));
    }
    for (int k = 0; k < c.getStatutoryCategories().size(); k++) {
      String code = c.getStatutoryCategories().get(k);
      if (!isCategory(code)) {
        out.add(finding(CatalogueRule.UNKNOWN_STATUTORY_CATEGORY, at + ".statutoryCategories[" + k + "]", code));
      }
    }
    for (int k = 0; k < c.getSubClasses().size(); k++) {
      checkClass(c.getSubClasses().get(k), at + ".subClasses[" + k + "]", codes, out);
    }
  }

  private static boolean isCategory(String code) {
    for (ProactiveCategory p : ProactiveCategory.values()) {
      if (p.getCode().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static void checkGround(CatalogueEntry e, String at, List<CatalogueFinding> out) {
    OutcomeGround ground = e.getWithholdingGround();
    if (e.getAttribute() == DisclosureAttribute.NOT_DISCLOSED) {
      if (ground == null) {
        out.add(finding(CatalogueRule.MISSING_WITHHOLDING_GROUND, at + ".withholdingGround", null));
      } else if (ground.getCategory() != OutcomeCategory.WITHHELD) {
        out.add(finding(CatalogueRule.NOT_A_WITHHOLDING_GROUND, at + ".withholdingGround", ground.getCode(),
            ground.getRow() + ground.getLabel(Locale.SIMPLIFIED_CHINESE),
            ground.getRow() + ground.getLabel(Locale.ENGLISH)));
      }
    } else if (ground != null) {
      out.add(finding(CatalogueRule.GROUND_ON_DISCLOSED_ENTRY, at + ".withholdingGround", ground.getCode(),
          e.getAttribute().getLabelZh(), e.getAttribute().getLabelEn()));
    }
  }

  /**
   * A finding; its message is the bundle's pattern {@code rule.CODE} with the arguments {0} the
   * place, {1} the value, then {@code more} (a two-language pair is given as zh, en and picked per
   * language: {2} holds the language's own).
   */
  private static CatalogueFinding finding(CatalogueRule rule, String place, @Nullable String value, String... more) {
    String shown = value == null ? "" : value;
    return CatalogueFinding.builder()
        .rule(rule)
        .place(place)
        .value(value)
        .messageZh(TEXTS.format("rule." + rule.getCode(), Locale.SIMPLIFIED_CHINESE, args(place, shown, more, true)))
        .messageEn(TEXTS.format("rule." + rule.getCode(), Locale.ENGLISH, args(place, shown, more, false)))
        .build();
  }

  private static Object[] args(String place, String value, String[] more, boolean zh) {
    if (more.length == 2) {
      return new Object[] {place, value, zh ? more[0] : more[1]};
    }
    Object[] a = new Object[2 + more.length];
    a[0] = place;
    a[1] = value;
    System.arraycopy(more, 0, a, 2, more.length);
    return a;
  }
}
