package org.tripart.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tripart.analysis.DesignEstimate;
import org.tripart.analysis.DesignItemResult;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignSetup;
import org.tripart.instrument.Item;
import org.tripart.stats.design.RaoScottTest;

/**
 * Lays out design-based estimates as report documents: a machine-readable table (percent, full
 * precision) and a readable one per item. Stateless.
 */
public final class DesignReport {
  /** The columns of the machine-readable table, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "item",
          "option",
          "pct",
          "se",
          "ci_low",
          "ci_high",
          "deff",
          "stratum",
          "n",
          "denominator",
          "df",
          "ci_method",
          "rao_scott_f",
          "ndf",
          "ddf",
          "p_value");

  private final String language;

  /**
   * @param language the language of labels, for example {@code en}
   */
  public DesignReport(String language) {
    this.language = language;
  }

  /**
   * One row per option of every coded item (then per {@code by} category), proportions, SEs and
   * limits in percent at full precision (shortest round-trip form); numeric items are left out.
   */
  public static Table csv(List<DesignItemResult> results, DesignPlan plan) {
    Table.Builder t = Table.builder("");
    CSV_COLUMNS.forEach(c -> t.column(c, Align.LEFT));
    String method = plan.ciMethod().name().toLowerCase(Locale.ROOT);
    for (DesignItemResult r : results) {
      int options = r.item().options().size();
      for (int k = 0; k < r.estimates().size(); k++) {
        DesignEstimate e = r.estimates().get(k);
        if (!e.isProportion()) {
          continue;
        }
        RaoScottTest test =
            r.tests().isEmpty() ? null : r.tests().get(r.tests().size() == 1 ? 0 : k % options);
        t.row(
            e.item(),
            e.option(),
            pct(e.estimate()),
            pct(e.standardError()),
            pct(e.lower()),
            pct(e.upper()),
            AnalysisReport.plain(e.designEffect()),
            e.stratum(),
            Long.toString(e.n()),
            Integer.toString(e.denominator()),
            Integer.toString(e.degreesOfFreedom()),
            method,
            test == null ? "" : AnalysisReport.plain(test.f()),
            test == null ? "" : AnalysisReport.plain(test.numeratorDf()),
            test == null ? "" : AnalysisReport.plain(test.denominatorDf()),
            test == null ? "" : AnalysisReport.plain(test.pValue()));
      }
    }
    return t.build();
  }

  /** A section per item: estimates with SE, interval and design effect, and the tests. */
  public void items(Document.Builder doc, List<DesignItemResult> results, DesignPlan plan) {
    String method = plan.ciMethod().name().toLowerCase(Locale.ROOT);
    String level = AnalysisReport.plain(100 * plan.level()) + "% CI";
    for (DesignItemResult r : results) {
      Item item = r.item();
      doc.heading(2, item.id() + ": " + item.label().in(language));
      boolean numeric = !r.estimates().isEmpty() && !r.estimates().get(0).isProportion();
      Table.Builder t = Table.builder("");
      t.column(r.by() == null ? (numeric ? "" : "Option") : "Option / " + r.by().id(), Align.LEFT)
          .column("n", Align.RIGHT)
          .column(numeric ? "Mean" : "%", Align.RIGHT)
          .column("SE", Align.RIGHT)
          .column(level + (numeric ? "" : " (" + method + ")"), Align.RIGHT)
          .column("Deff", Align.RIGHT);
      for (DesignEstimate e : r.estimates()) {
        String label = numeric ? "Mean" : label(item, e.option());
        if (!e.stratum().isEmpty()) {
          label += " | " + r.by().id() + " = " + label(r.by(), e.stratum());
        }
        double scale = numeric ? 1 : 100;
        t.row(
            label,
            e.n() + " / " + e.denominator(),
            fixed(scale * e.estimate(), numeric ? 2 : 1),
            fixed(scale * e.standardError(), 2),
            Double.isNaN(e.lower())
                ? ""
                : fixed(scale * e.lower(), 1) + "–" + fixed(scale * e.upper(), 1),
            fixed(e.designEffect(), 2));
      }
      for (int k = 0; k < r.tests().size(); k++) {
        RaoScottTest test = r.tests().get(k);
        String what =
            r.tests().size() == 1 ? "" : " ('" + label(item, item.options().get(k).code()) + "')";
        t.note("Rao-Scott test of association with " + r.by().id() + what + ": " + testText(test));
      }
      String variance = plan.replicates() == null ? "Taylor-linearization" : "replicate-weight";
      t.note(
          numeric
              ? "The mean is design-based: weighted, with a "
                  + variance
                  + " standard error and a t interval on the design's degrees of freedom; n"
                  + " counts respondents who answered."
              : "Percentages are design-based: weighted, with "
                  + variance
                  + " standard errors; n / denominator counts respondents (unweighted) who chose the"
                  + " option / answered the item; item non-response is outside the denominator.");
      doc.table(t.build());
    }
  }

  /** One sentence describing a test, for example {@code F(1.9, 420.3) = 2.31, p = 0.101}. */
  static String testText(RaoScottTest t) {
    if (t == null) {
      return "not computable (fewer than two non-empty rows or columns)";
    }
    String p =
        t.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", t.pValue());
    return String.format(
        Locale.ROOT,
        "F(%.2f, %.1f) = %.2f, %s (second-order correction, as R's svychisq)",
        t.numeratorDf(),
        t.denominatorDf(),
        t.f(),
        p);
  }

  private String label(Item item, String code) {
    int o = item.optionIndex(code);
    return o < 0 ? code : item.options().get(o).label().in(language);
  }

  static String pct(double proportion) {
    return AnalysisReport.plain(100 * proportion);
  }

  static String fixed(double v, int decimals) {
    return Double.isNaN(v) || Double.isInfinite(v)
        ? ""
        : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** The words of {@link #describe}, as formats of {@link String#format}, in one language. */
  private record DesignWords(
      String respondents,
      String weights,
      String equalWeights,
      String fpcWeights,
      String strata,
      String clusters,
      String nested,
      String fpc,
      String fpcSeparator,
      String lonely,
      String degrees,
      String domain,
      String domainSeparator) {}

  private static final DesignWords EN =
      new DesignWords(
          "Survey design: %d respondents; ",
          "weights %s",
          "equal weights (design effects are R's deff = \"replace\")",
          "weights from the FPC",
          "; strata %s (%d)",
          "; clusters %s (%d at the first stage)",
          "%2$s within %1$s",
          "; FPC %s",
          ", ",
          "; lonely PSU: %s",
          "; design degrees of freedom %d.",
          "Domain: %s (as R's subset of the design).",
          " and ");

  private static final DesignWords ZH =
      new DesignWords(
          "抽样设计：%d 名受访者；",
          "权重 %s",
          "等权（设计效应按 R 的 deff = \"replace\" 计算）",
          "权重由有限总体校正（FPC）得出",
          "；分层 %s（%d 层）",
          "；整群 %s（第一阶段 %d 个）",
          "%2$s（嵌套于 %1$s）",
          "；有限总体校正 %s",
          "、",
          "；单 PSU 分层的处理：%s",
          "；设计自由度 %d。",
          "子总体：%s（按 R 的 subset 取设计的子集）。",
          " 且 ");

  /** The sentences describing a design, for the head of a report, in English. */
  public static List<String> describe(DesignPlan plan, DesignSetup.Prepared prepared) {
    return describe(plan, prepared, "en");
  }

  /**
   * The sentences describing a design in {@code language} ({@code en} or {@code zh}): the design
   * and the domain in that language, column names as written, and the set-up's notes (calibration,
   * replicate weights) in that language too ({@link org.tripart.analysis.SetupNote}).
   */
  public static List<String> describe(
      DesignPlan plan, DesignSetup.Prepared prepared, String language) {
    DesignWords w = "zh".equals(language) ? ZH : EN;
    List<String> out = new ArrayList<>();
    var d = prepared.design();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, w.respondents(), d.size()));
    s.append(
        plan.weights() != null
            ? String.format(Locale.ROOT, w.weights(), plan.weights())
            : plan.fpc().isEmpty() ? w.equalWeights() : w.fpcWeights());
    if (plan.strata() != null) {
      s.append(String.format(Locale.ROOT, w.strata(), plan.strata(), d.strataCount()));
    }
    if (!plan.clusters().isEmpty()) {
      String clusters =
          plan.clusters().size() == 1
              ? plan.clusters().get(0)
              : String.format(
                  Locale.ROOT, w.nested(), plan.clusters().get(0), plan.clusters().get(1));
      s.append(String.format(Locale.ROOT, w.clusters(), clusters, d.psuCount()));
    }
    if (!plan.fpc().isEmpty()) {
      s.append(String.format(Locale.ROOT, w.fpc(), String.join(w.fpcSeparator(), plan.fpc())));
    }
    s.append(
        String.format(Locale.ROOT, w.lonely(), plan.lonelyPsu().name().toLowerCase(Locale.ROOT)));
    s.append(
        String.format(
            Locale.ROOT,
            w.degrees(),
            prepared.replicates() == null
                ? d.degreesOfFreedom()
                : prepared.replicates().degreesOfFreedom()));
    out.add(s.toString());
    if (!plan.domain().isEmpty()) {
      List<String> parts = new ArrayList<>();
      plan.domain().forEach((k, v) -> parts.add(k + " = " + v));
      out.add(String.format(Locale.ROOT, w.domain(), String.join(w.domainSeparator(), parts)));
    }
    prepared.notes().forEach(n -> out.add(n.in(language)));
    return out;
  }
}
