package org.tripart.report;

import java.util.List;
import java.util.Locale;
import org.tripart.analysis.ModelRun;
import org.tripart.analysis.ModelSpec;
import org.tripart.stats.model.GlmCoefficient;
import org.tripart.stats.model.OrdinalTerm;

/**
 * Lays out a fitted design-based model: the coefficient table at full precision for CSV ({@link
 * #CSV_COLUMNS}, estimates on the link scale), and for reading a description, the table rounded
 * with the exponentiated forms (odds or rate ratios), and the Wald test of every factor. Stateless.
 */
public final class ModelReport {
  /** The CSV header: the coefficient on the link scale first, then its exponentiated forms. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "term",
          "estimate",
          "se",
          "statistic",
          "p_value",
          "ci_low",
          "ci_high",
          "exp_estimate",
          "exp_ci_low",
          "exp_ci_high",
          "kind");

  private ModelReport() {}

  /** One row per coefficient (and cut point of an ordinal model), full precision. */
  public static Table csv(ModelRun.Result result) {
    Table.Builder t = Table.builder("");
    CSV_COLUMNS.forEach(c -> t.column(c, Align.LEFT));
    if (result instanceof ModelRun.Glm g) {
      for (GlmCoefficient c : g.fit().coefficients()) {
        t.row(
            c.term(),
            plain(c.estimate()),
            plain(c.standardError()),
            plain(c.t()),
            plain(c.p()),
            plain(c.lower()),
            plain(c.upper()),
            plain(c.expEstimate()),
            plain(c.expLower()),
            plain(c.expUpper()),
            "coefficient");
      }
    } else if (result instanceof ModelRun.Ordinal o) {
      ordinalRows(t, o.fit().coefficients(), "coefficient", true);
      ordinalRows(t, o.fit().cutPoints(), "cut point", false);
    }
    return t.build();
  }

  private static void ordinalRows(
      Table.Builder t, List<OrdinalTerm> terms, String kind, boolean exp) {
    for (OrdinalTerm c : terms) {
      t.row(
          c.name(),
          plain(c.estimate()),
          plain(c.standardError()),
          plain(c.statistic()),
          plain(c.pValue()),
          plain(c.lower()),
          plain(c.upper()),
          exp ? plain(c.oddsRatio()) : "",
          exp ? plain(c.oddsRatioLower()) : "",
          exp ? plain(c.oddsRatioUpper()) : "",
          kind);
    }
  }

  /** The model's section: what was fitted, on how many rows, the table and the factor tests. */
  public static void describe(Document.Builder doc, ModelRun.Result result) {
    ModelSpec spec = result.spec();
    String outcome =
        spec.outcome() + (spec.outcomeCode() == null ? "" : " = " + spec.outcomeCode());
    String ratio =
        switch (spec.family()) {
          case BINOMIAL, ORDINAL -> "OR";
          case POISSON -> "RR";
          case GAUSSIAN -> null;
        };
    doc.heading(2, title(spec) + " of " + outcome);
    doc.paragraph(
        "Covariates: "
            + (spec.terms().isEmpty() ? "none" : String.join(", ", spec.terms()))
            + (spec.references().isEmpty()
                ? "; single-choice covariates are compared with their first option."
                : "; reference levels "
                    + spec.references().entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue())
                        .sorted()
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("")
                    + ", other single-choice covariates compared with their first option."));
    Table.Builder t = Table.builder(title(spec));
    t.column("Term", Align.LEFT);
    t.column("Estimate", Align.RIGHT);
    t.column("SE", Align.RIGHT);
    t.column(result instanceof ModelRun.Ordinal ? "z" : "t", Align.RIGHT);
    t.column("p", Align.RIGHT);
    t.column("95% CI", Align.RIGHT);
    if (ratio != null) {
      t.column(ratio, Align.RIGHT);
      t.column(ratio + " 95% CI", Align.RIGHT);
    }
    if (result instanceof ModelRun.Glm g) {
      for (GlmCoefficient c : g.fit().coefficients()) {
        row(
            t,
            c.term(),
            c.estimate(),
            c.standardError(),
            c.t(),
            c.p(),
            c.lower(),
            c.upper(),
            ratio == null ? null : new double[] {c.expEstimate(), c.expLower(), c.expUpper()});
      }
      doc.paragraph(
          String.format(
              Locale.ROOT,
              "%d respondents in the model, %d left out for a missing outcome or covariate;"
                  + " %d residual degrees of freedom (design df minus coefficients plus one, as"
                  + " R's svyglm); dispersion %s; Wald intervals with t on the residual df.",
              g.fit().rows(),
              g.fit().droppedRows(),
              g.fit().residualDf(),
              fixed(g.fit().dispersion(), 4)));
      doc.table(t.build());
      for (ModelRun.TermTest test : g.tests()) {
        doc.paragraph(
            String.format(
                Locale.ROOT,
                "Wald test of %s (regTermTest): F = %s on %d and %d df, p %s.",
                test.term(),
                fixed(test.test().f(), 3),
                test.test().numeratorDf(),
                test.test().denominatorDf(),
                pSentence(test.test().pF())));
      }
    } else if (result instanceof ModelRun.Ordinal o) {
      for (OrdinalTerm c : o.fit().coefficients()) {
        row(
            t,
            c.name(),
            c.estimate(),
            c.standardError(),
            c.statistic(),
            c.pValue(),
            c.lower(),
            c.upper(),
            new double[] {c.oddsRatio(), c.oddsRatioLower(), c.oddsRatioUpper()});
      }
      for (OrdinalTerm c : o.fit().cutPoints()) {
        row(
            t,
            "cut " + c.name(),
            c.estimate(),
            c.standardError(),
            c.statistic(),
            c.pValue(),
            c.lower(),
            c.upper(),
            new double[] {Double.NaN, Double.NaN, Double.NaN});
      }
      doc.paragraph(
          String.format(
              Locale.ROOT,
              "%d respondents in the model, %d left out for a missing outcome or covariate;"
                  + " proportional odds (R's svyolr, logit link); z statistics and normal"
                  + " Wald intervals, as R's confint of an svyolr fit.",
              o.fit().rowsUsed(),
              o.fit().rowsDropped()));
      doc.table(t.build());
    }
  }

  private static String title(ModelSpec spec) {
    return switch (spec.family()) {
      case GAUSSIAN -> "Linear regression";
      case BINOMIAL -> "Logistic regression";
      case POISSON -> "Poisson regression";
      case ORDINAL -> "Ordinal logistic regression";
    };
  }

  private static void row(
      Table.Builder t,
      String term,
      double b,
      double se,
      double stat,
      double p,
      double lo,
      double hi,
      double[] exp) {
    List<String> cells =
        new java.util.ArrayList<>(
            List.of(
                term,
                fixed(b, 4),
                fixed(se, 4),
                fixed(stat, 2),
                p(p),
                fixed(lo, 4) + " to " + fixed(hi, 4)));
    if (exp != null) {
      cells.add(fixed(exp[0], 3));
      cells.add(Double.isNaN(exp[1]) ? "" : fixed(exp[1], 3) + " to " + fixed(exp[2], 3));
    }
    t.row(cells);
  }

  private static String pSentence(double p) {
    return p < 0.001 ? "< 0.001" : "= " + fixed(p, 3);
  }

  private static String p(double p) {
    return Double.isNaN(p) ? "" : p < 0.001 ? "<0.001" : fixed(p, 3);
  }

  private static String plain(double v) {
    return AnalysisReport.plain(v);
  }

  private static String fixed(double v, int decimals) {
    return DesignReport.fixed(v, decimals);
  }
}
