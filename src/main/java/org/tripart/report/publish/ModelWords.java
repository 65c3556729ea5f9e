package org.tripart.report.publish;

import java.util.Map;

/**
 * The words of a {@link ModelTable} in English and Chinese: the caption's kind of model, the first
 * header, the XLSX bounds, the abbreviations, the sentence on the model and the Wald test of a
 * factor. Formats take {@link String#format} arguments in the English order. Stateless and
 * thread-safe.
 */
final class ModelWords {
  private static final Map<String, String[]> WORDS =
      Map.ofEntries(
          Map.entry("characteristic", new String[] {"Characteristic", "特征"}),
          Map.entry("low", new String[] {"low", "下限"}),
          Map.entry("high", new String[] {"high", "上限"}),
          Map.entry("linear", new String[] {"Linear regression", "线性回归"}),
          Map.entry("logistic", new String[] {"Logistic regression", "Logistic 回归"}),
          Map.entry("poisson", new String[] {"Poisson regression", "Poisson 回归"}),
          Map.entry("ordinal", new String[] {"Ordinal logistic regression", "有序 Logistic 回归"}),
          Map.entry("title", new String[] {"%s of %s", "「%2$s」的%1$s"}),
          Map.entry("ciAbbreviation", new String[] {"CI = Confidence Interval", "CI = 置信区间"}),
          Map.entry(
              "orAbbreviation",
              new String[] {"OR = Odds Ratio, CI = Confidence Interval", "OR = 比值比，CI = 置信区间"}),
          Map.entry(
              "irrAbbreviation",
              new String[] {
                "IRR = Incidence Rate Ratio, CI = Confidence Interval", "IRR = 发病率比，CI = 置信区间"
              }),
          Map.entry(
              "quasibinomial", new String[] {"quasibinomial, odds ratios", "quasibinomial，比值比"}),
          Map.entry(
              "quasipoisson",
              new String[] {"quasipoisson, incidence rate ratios", "quasipoisson，发病率比"}),
          Map.entry(
              "glm",
              new String[] {
                "Design-based regression (R's svyglm, %s): %d respondents in the model, %d left out"
                    + " for a missing outcome or covariate; Wald intervals and p-values with t on %d"
                    + " residual degrees of freedom.",
                "基于抽样设计的回归（R 的 svyglm，%s）：模型纳入 %d 名受访者，%d 名因结局或协变量缺失未纳入；"
                    + "Wald 置信区间和 p 值按残差自由度为 %d 的 t 分布计算。"
              }),
          Map.entry(
              "olr",
              new String[] {
                "Design-based proportional-odds regression (R's svyolr, logit link, odds ratios):"
                    + " %d respondents in the model, %d left out for a missing outcome or covariate;"
                    + " normal Wald intervals and p-values; cut points not shown.",
                "基于抽样设计的比例优势回归（R 的 svyolr，logit 连接，比值比）：模型纳入 %d 名受访者，"
                    + "%d 名因结局或协变量缺失未纳入；正态 Wald 置信区间和 p 值；未列出切点。"
              }),
          Map.entry(
              "wald",
              new String[] {
                "Wald test of %s (regTermTest): F = %.2f on %d and %d df, p %s.",
                "%s 的 Wald 检验（regTermTest）：F = %.2f，自由度 %d 和 %d，p %s。"
              }));

  private ModelWords() {}

  /** The word for {@code key} in {@code language} ({@code zh}, else English). */
  static String get(String key, String language) {
    String[] w = WORDS.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no model-table word " + key);
    }
    return w["zh".equals(language) ? 1 : 0];
  }
}
