package io.github.gongkai.report.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import io.github.gongkai.report.CellAddress;
import io.github.gongkai.report.CellValue;
import io.github.gongkai.report.ReportLayout;

/**
 * Findings as JSON, one object per finding:
 *
 * <pre>{@code
 * {"rule":"t3-balance","severity":"error",
 *  "cells":["table3/new/natural-person", ...],
 *  "values":[58, 2, 54, 5],            // numbers; null for blank; "/" for not applicable
 *  "where":["表三 一、本年新收政府信息公开申请数量 × 自然人", ...],
 *  "left":60,"right":59,
 *  "messageZh":"...","messageEn":"..."}
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FindingJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FindingJson() {}

  /**
   * A finding as a JSON tree.
   *
   * @param finding the finding; not null
   * @param layout the layout its cells belong to, for the Chinese descriptions; not null
   * @return the tree
   */
  public static ObjectNode toTree(Finding finding, ReportLayout layout) {
    InvalidValueException.requireNonNull(finding, "finding");
    InvalidValueException.requireNonNull(layout, "layout");
    ObjectNode o = MAPPER.createObjectNode();
    o.put("rule", finding.getRule().getCode());
    o.put("severity", finding.getSeverity().getCode());
    ArrayNode cells = o.putArray("cells");
    ArrayNode values = o.putArray("values");
    ArrayNode where = o.putArray("where");
    for (int i = 0; i < finding.getCells().size(); i++) {
      CellAddress a = finding.getCells().get(i);
      cells.add(a.toString());
      CellValue v = finding.getValues().get(i);
      if (v.isBlank()) {
        values.addNull();
      } else if (v.isNotApplicable()) {
        values.add("/");
      } else {
        values.add(v.getNumber());
      }
      where.add(layout.getTable(a.getTable()).describeZh(a));
    }
    if (finding.getLeft() != null) {
      o.put("left", finding.getLeft());
    }
    if (finding.getRight() != null) {
      o.put("right", finding.getRight());
    }
    o.put("messageZh", finding.getMessageZh());
    o.put("messageEn", finding.getMessageEn());
    return o;
  }

  /**
   * A finding as one line of JSON (no line terminator).
   *
   * @param finding the finding; not null
   * @param layout the layout of the checked report; not null
   * @return the JSON text
   */
  public static String toLine(Finding finding, ReportLayout layout) {
    try {
      return MAPPER.writeValueAsString(toTree(finding, layout));
    } catch (JsonProcessingException e) {
      throw new GongkaiException("cannot write finding: " + e.getOriginalMessage(), e);
    }
  }
}
