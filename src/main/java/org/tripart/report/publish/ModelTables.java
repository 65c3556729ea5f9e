package org.tripart.report.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelLayout;
import org.tripart.analysis.ModelRun;
import org.tripart.analysis.ModelSpec;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.report.DesignReport;
import org.tripart.stats.model.GlmCoefficient;
import org.tripart.stats.model.OrdinalTerm;

/**
 * Builds the {@link ModelTable} of a fitted model as gtsummary's {@code tbl_regression(fit,
 * exponentiate = TRUE)} shows a logistic, Poisson or ordinal model and {@code tbl_regression(fit)}
 * a linear one: the header {@code OR} (binomial and ordinal), {@code IRR} (Poisson) or {@code Beta}
 * (gaussian); a numeric covariate on one row under its label; a single-choice covariate as its
 * label, then its options in instrument order, the reference level's estimate and interval {@code
 * —}, options no respondent of the domain gave left out (as R drops unused factor levels); a
 * multiple-choice covariate as its label with a row per option; an interaction as its items' labels
 * joined by {@code *}, one row per coefficient; no intercept and no cut points. The footnotes give
 * the abbreviations ({@code OR = Odds Ratio, CI = Confidence Interval}), the model (R function,
 * family, df), the respondents used and left out, the design and the Wald test of every factor. The
 * labels of items and options and the table's own words follow the chosen language ({@code en} or
 * {@code zh}, {@link ModelWords}), as the publication tables' labels do; the design's description
 * and the data's provenance are printed as written. The layout is written from gtsummary's
 * documentation and checked by hand, since gtsummary is not installed here; the numbers are the
 * engine's, equal to R's survey. Stateless.
 */
public final class ModelTables {
  private ModelTables() {}

  /** The table in English with a caption naming the model and its outcome. */
  public static ModelTable of(ModelRun.Result result, Dataset data, DesignPlan plan) {
    return of(result, data, plan, title(result.spec(), data), "en");
  }

  /** The table in English under {@code title}. */
  public static ModelTable of(ModelRun.Result result, Dataset data, DesignPlan plan, String title) {
    return of(result, data, plan, title, "en");
  }

  /**
   * @param title the caption, for example {@code Table 11. Logistic regression of ...}
   * @param language {@code en} or {@code zh}: the labels and words of the table and the design's
   *     description ({@link DesignReport#describe}) with the set-up's notes; the data's provenance
   *     stays as written
   * @throws org.tripart.TripartException (TRP-1750) when a coefficient matches no covariate term
   */
  public static ModelTable of(
      ModelRun.Result result, Dataset data, DesignPlan plan, String title, String language) {
    ModelSpec spec = result.spec();
    Values values = values(result);
    ModelLayout layout = ModelLayout.of(data, plan, spec, values.names());
    List<ModelTable.Line> lines = new ArrayList<>();
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    for (ModelLayout.Term t : layout.terms()) {
      lines(lines, t, values, language);
      labels.put(t.term(), label(t, language));
    }
    boolean exp = spec.family() != ModelSpec.ModelFamily.GAUSSIAN;
    String header =
        switch (spec.family()) {
          case GAUSSIAN -> "Beta";
          case BINOMIAL, ORDINAL -> "OR";
          case POISSON -> "IRR";
        };
    double level = result instanceof ModelRun.Ordinal ? plan.level() : 0.95;
    List<String> notes = new ArrayList<>();
    notes.add(
        ModelWords.get(
            switch (spec.family()) {
              case GAUSSIAN -> "ciAbbreviation";
              case BINOMIAL, ORDINAL -> "orAbbreviation";
              case POISSON -> "irrAbbreviation";
            },
            language));
    notes.add(model(result, language));
    notes.addAll(DesignReport.describe(plan, result.prepared(), language));
    if (result instanceof ModelRun.Glm g) {
      for (ModelRun.TermTest test : g.tests()) {
        notes.add(
            String.format(
                Locale.ROOT,
                ModelWords.get("wald", language),
                labels.get(test.term()),
                test.test().f(),
                test.test().numeratorDf(),
                test.test().denominatorDf(),
                pSentence(test.test().pF())));
      }
    }
    if (data.isSynthetic()) {
      notes.add(data.provenance());
    }
    return new ModelTable(title, header, exp, level, lines, notes, language);
  }

  /** The model's coefficients on the printed scale, by index. */
  private record Values(
      List<String> names, double[] estimate, double[] low, double[] high, double[] p) {}

  private static Values values(ModelRun.Result result) {
    boolean exp = result.spec().family() != ModelSpec.ModelFamily.GAUSSIAN;
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    if (result instanceof ModelRun.Glm g) {
      for (GlmCoefficient c : g.fit().coefficients()) {
        names.add(c.term());
        rows.add(
            exp
                ? new double[] {c.expEstimate(), c.expLower(), c.expUpper(), c.p()}
                : new double[] {c.estimate(), c.lower(), c.upper(), c.p()});
      }
    } else {
      for (OrdinalTerm c : ((ModelRun.Ordinal) result).fit().coefficients()) {
        names.add(c.name());
        rows.add(new double[] {c.oddsRatio(), c.oddsRatioLower(), c.oddsRatioUpper(), c.pValue()});
      }
    }
    int n = rows.size();
    Values v = new Values(names, new double[n], new double[n], new double[n], new double[n]);
    for (int i = 0; i < n; i++) {
      v.estimate[i] = rows.get(i)[0];
      v.low[i] = rows.get(i)[1];
      v.high[i] = rows.get(i)[2];
      v.p[i] = rows.get(i)[3];
    }
    return v;
  }

  private static ModelTable.Line line(ModelTable.Kind kind, String label, int index, Values v) {
    return new ModelTable.Line(
        kind, label, v.estimate[index], v.low[index], v.high[index], v.p[index], false);
  }

  private static void lines(
      List<ModelTable.Line> out, ModelLayout.Term t, Values v, String language) {
    String label = label(t, language);
    switch (t.kind()) {
      case NUMERIC -> out.add(line(ModelTable.Kind.VARIABLE, label, t.columns().get(0).index(), v));
      case FACTOR -> {
        out.add(ModelTable.Line.bare(ModelTable.Kind.VARIABLE, label, false));
        Item item = t.items().get(0);
        for (var o : item.options()) {
          String code = o.code();
          if (code.equals(t.reference())) {
            out.add(ModelTable.Line.bare(ModelTable.Kind.LEVEL, o.label().in(language), true));
            continue;
          }
          for (ModelLayout.TermColumn c : t.columns()) {
            if (code.equals(c.codes().get(0))) {
              out.add(line(ModelTable.Kind.LEVEL, o.label().in(language), c.index(), v));
            }
          }
        }
      }
      case MULTIPLE, INTERACTION -> {
        if (t.kind() == ModelLayout.Kind.INTERACTION && t.columns().size() == 1) {
          out.add(line(ModelTable.Kind.VARIABLE, label, t.columns().get(0).index(), v));
          return;
        }
        out.add(ModelTable.Line.bare(ModelTable.Kind.VARIABLE, label, false));
        for (ModelLayout.TermColumn c : t.columns()) {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < t.items().size(); i++) {
            Item item = t.items().get(i);
            String code = c.codes().get(i);
            parts.add(
                code == null
                    ? item.label().in(language)
                    : item.options().get(item.optionIndex(code)).label().in(language));
          }
          out.add(line(ModelTable.Kind.LEVEL, String.join(" * ", parts), c.index(), v));
        }
      }
    }
  }

  private static String model(ModelRun.Result result, String language) {
    if (result instanceof ModelRun.Glm g) {
      String family =
          switch (result.spec().family()) {
            case GAUSSIAN -> "gaussian";
            case BINOMIAL -> ModelWords.get("quasibinomial", language);
            case POISSON -> ModelWords.get("quasipoisson", language);
            case ORDINAL -> "";
          };
      return String.format(
          Locale.ROOT,
          ModelWords.get("glm", language),
          family,
          g.fit().rows(),
          g.fit().droppedRows(),
          g.fit().residualDf());
    }
    ModelRun.Ordinal o = (ModelRun.Ordinal) result;
    return String.format(
        Locale.ROOT, ModelWords.get("olr", language), o.fit().rowsUsed(), o.fit().rowsDropped());
  }

  /** {@code Logistic regression of Schoolwide target met = Yes}: the default caption. */
  public static String title(ModelSpec spec, Dataset data) {
    return title(spec, data, "en");
  }

  /** The default caption in {@code language}, {@code en} or {@code zh}. */
  public static String title(ModelSpec spec, Dataset data, String language) {
    String kind =
        switch (spec.family()) {
          case GAUSSIAN -> "linear";
          case BINOMIAL -> "logistic";
          case POISSON -> "poisson";
          case ORDINAL -> "ordinal";
        };
    Item item = data.column(spec.outcome()).item();
    String outcome = item.label().in(language);
    if (spec.outcomeCode() != null && item.optionIndex(spec.outcomeCode()) >= 0) {
      outcome +=
          " = " + item.options().get(item.optionIndex(spec.outcomeCode())).label().in(language);
    }
    return String.format(
        Locale.ROOT, ModelWords.get("title", language), ModelWords.get(kind, language), outcome);
  }

  private static String label(ModelLayout.Term t, String language) {
    return String.join(" * ", t.items().stream().map(i -> i.label().in(language)).toList());
  }

  private static String pSentence(double p) {
    String s = RegressionNumbers.pValue(p).text();
    return s.startsWith("<") || s.startsWith(">") ? s.charAt(0) + " " + s.substring(1) : "= " + s;
  }
}
