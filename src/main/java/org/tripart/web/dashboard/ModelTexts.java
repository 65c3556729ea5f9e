package org.tripart.web.dashboard;

import java.util.Map;

/** The model panel's words in English and Chinese. Stateless and thread-safe. */
final class ModelTexts {
  private static final Map<String, String[]> TEXTS =
      Map.ofEntries(
          Map.entry("model", new String[] {"Regression model", "回归模型"}),
          Map.entry("outcome", new String[] {"Outcome", "结局变量"}),
          Map.entry("choose", new String[] {"(choose)", "（请选择）"}),
          Map.entry("number", new String[] {"number", "数值"}),
          Map.entry("ordered", new String[] {"ordered levels", "有序等级"}),
          Map.entry("family", new String[] {"Model", "模型"}),
          Map.entry("gaussian", new String[] {"Linear (Beta)", "线性回归（Beta）"}),
          Map.entry("binomial", new String[] {"Logistic (odds ratios)", "Logistic 回归（OR）"}),
          Map.entry("poisson", new String[] {"Poisson (rate ratios)", "Poisson 回归（IRR）"}),
          Map.entry(
              "ordinal", new String[] {"Ordinal logistic (odds ratios)", "有序 Logistic 回归（OR）"}),
          Map.entry("covariates", new String[] {"Covariates", "协变量"}),
          Map.entry(
              "terms",
              new String[] {
                "Interactions (a:b, or a*b for a + b + a:b)", "交互项（a:b，或 a*b 表示 a + b + a:b）"
              }),
          Map.entry(
              "reference",
              new String[] {"Reference levels (item=code, comma-separated)", "参照水平（题目=选项代码，逗号分隔）"}),
          Map.entry("design", new String[] {"Survey design", "抽样设计"}),
          Map.entry("weights", new String[] {"Weights", "权重"}),
          Map.entry("strata", new String[] {"Strata", "分层"}),
          Map.entry("cluster", new String[] {"Clusters", "整群"}),
          Map.entry("fit", new String[] {"Fit the model", "拟合模型"}),
          Map.entry("download", new String[] {"Download this model:", "下载此模型："}),
          Map.entry("word", new String[] {"Word table", "Word 表格"}),
          Map.entry("excel", new String[] {"Excel table", "Excel 表格"}),
          Map.entry("csv", new String[] {"coefficients as CSV (full precision)", "系数 CSV（完整精度）"}),
          Map.entry(
              "noResponses", new String[] {"The group has no final responses.", "该组尚无已提交的答卷。"}),
          Map.entry(
              "analystsOnly",
              new String[] {
                "Models are for analysts and owners: they use the exact responses.",
                "回归模型仅供分析员和负责人使用：模型使用未经隐匿的答卷数据。"
              }),
          Map.entry(
              "explain",
              new String[] {
                "Design-based regression as R's survey package fits it (svyglm, svyolr), laid out"
                    + " as gtsummary's tbl_regression.",
                "按 R survey 包（svyglm、svyolr）拟合的基于抽样设计的回归，按 gtsummary 的 tbl_regression 版式呈现。"
              }));

  private ModelTexts() {}

  static String get(String key, String language) {
    String[] t = TEXTS.get(key);
    return t == null ? key : t["zh".equals(language) ? 1 : 0];
  }
}
