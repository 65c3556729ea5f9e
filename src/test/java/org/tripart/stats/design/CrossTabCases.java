package org.tripart.stats.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The svychisq and cell-percentage cases of design-reference.R. */
final class CrossTabCases {
  private static final Map<String, List<String>> LEVELS =
      Map.of(
          "sch.wide", List.of("No", "Yes"),
          "awards", List.of("No", "Yes"),
          "both", List.of("No", "Yes"),
          "stype", List.of("E", "H", "M"));

  private CrossTabCases() {}

  static Map<String, Double> compute(String[] part) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (part[0].equals("cells")) {
      RaoScottTest t = test(part[1], "sch.wide", "stype");
      String[] label = part[2].split("\\.");
      int i = LEVELS.get("sch.wide").indexOf(label[0]);
      int j = LEVELS.get("stype").indexOf(label[1]);
      out.put("estimate", t.cells()[i][j]);
      out.put("se", t.cellStandardErrors()[i][j]);
      return out;
    }
    String[] vars = part[2].split("\\+");
    RaoScottTest t = test(part[1], vars[0], vars[1]);
    out.put("F", t.f());
    out.put("ndf", t.numeratorDf());
    out.put("ddf", t.denominatorDf());
    out.put("p_F", t.pValue());
    out.put("pearson", t.pearson());
    out.put("p_chisq", t.firstOrderPValue());
    return out;
  }

  private static RaoScottTest test(String designName, String rowVar, String colVar) {
    ApiData data = ReferenceCases.data(designName);
    return RaoScott.test(
        ReferenceCases.design(designName),
        WeightingCases.groups(data, rowVar, LEVELS.get(rowVar).toArray(String[]::new)),
        WeightingCases.groups(data, colVar, LEVELS.get(colVar).toArray(String[]::new)));
  }
}
