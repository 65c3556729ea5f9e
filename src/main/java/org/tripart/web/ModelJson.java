package org.tripart.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignPlanException;
import org.tripart.analysis.ModelRun;
import org.tripart.analysis.ModelSpec;
import org.tripart.dataset.Dataset;
import org.tripart.report.DesignReport;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.ModelTables;
import org.tripart.stats.model.GlmCoefficient;
import org.tripart.stats.model.OrdinalTerm;
import org.tripart.web.http.HttpProblem;

/**
 * Fits the model of a request ({@link ModelRun}) and writes the answer of {@code POST
 * /api/studies/{study}/model}: every coefficient (and an ordinal model's cut points) on the link
 * scale at full precision with its exponentiated forms, as {@code tripart model --format csv} names
 * them ({@code term, estimate, se, statistic, p_value, ci_low, ci_high, exp_estimate, exp_ci_low,
 * exp_ci_high, kind}); the respondents used and left out; the residual degrees of freedom; the Wald
 * test of every factor ({@code regTermTest}); the design's description; and the table in
 * gtsummary's {@code tbl_regression} layout ({@link ModelTables}) in the request's language (its
 * labels and words; the keys and the other fields are the same in every language). A model or
 * design that does not fit the data (an unknown item, a factor with one level, separation, no
 * convergence) is a 422 naming the plan key. Stateless.
 */
final class ModelJson {
  private ModelJson() {}

  /**
   * @param language {@code en} or {@code zh}: the language of the {@code table}
   */
  static ObjectNode fit(String study, DesignRequest req, Dataset data, String language) {
    DesignPlan plan = req.plan();
    ModelSpec spec = plan.model();
    if (data.size() == 0) {
      throw unfit("group", ErrorCode.ANALYSIS_PLAN, "the group has no final responses to model");
    }
    ModelRun.Result result;
    ModelTable table;
    try {
      result = ModelRun.run(data, plan, spec, DesignAnalysisJson::field);
      table = ModelTables.of(result, data, plan, ModelTables.title(spec, data, language), language);
    } catch (DesignPlanException e) {
      throw unfit(pointer(e, e.key()), e.code(), e.getMessage());
    } catch (HttpProblem e) {
      throw e;
    } catch (TripartException e) {
      throw unfit(pointer(e, ""), e.code(), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw unfit("design", ErrorCode.ANALYSIS_PLAN, e.getMessage());
    }
    ObjectNode out = Answers.JSON.createObjectNode();
    out.put("study", study).put("group", req.group());
    out.put("respondents", data.size()).put("provenance", data.provenance());
    out.put("language", language);
    ObjectNode model = out.putObject("model");
    model.put("outcome", spec.outcome()).put("outcome_code", spec.outcomeCode());
    model.put("family", spec.family().name().toLowerCase(Locale.ROOT));
    spec.terms().forEach(model.putArray("covariates")::add);
    ObjectNode refs = model.putObject("reference");
    spec.references().forEach(refs::put);
    ArrayNode notes = out.putArray("design");
    DesignReport.describe(plan, result.prepared()).forEach(notes::add);
    ArrayNode coefficients = out.putArray("coefficients");
    ArrayNode tests = out.putArray("tests");
    if (result instanceof ModelRun.Glm g) {
      out.put("n_used", g.fit().rows()).put("n_dropped", g.fit().droppedRows());
      out.put("df", g.fit().residualDf());
      number(out, "dispersion", g.fit().dispersion());
      out.put("level", 0.95);
      for (GlmCoefficient c : g.fit().coefficients()) {
        ObjectNode x = coefficients.addObject().put("term", c.term());
        numbers(x, c.estimate(), c.standardError(), c.t(), c.p(), c.lower(), c.upper());
        exp(x, c.expEstimate(), c.expLower(), c.expUpper());
        x.put("kind", "coefficient");
      }
      for (ModelRun.TermTest t : g.tests()) {
        ObjectNode x = tests.addObject().put("term", t.term());
        number(x, "f", t.test().f());
        x.put("numerator_df", t.test().numeratorDf());
        x.put("denominator_df", t.test().denominatorDf());
        number(x, "p_value", t.test().pF());
        number(x, "chisq", t.test().chisq());
        number(x, "p_chisq", t.test().pChisq());
      }
    } else {
      ModelRun.Ordinal o = (ModelRun.Ordinal) result;
      out.put("n_used", o.fit().rowsUsed()).put("n_dropped", o.fit().rowsDropped());
      out.put("df", o.fit().degreesOfFreedom());
      out.put("level", plan.level());
      ordinal(coefficients, o.fit().coefficients(), "coefficient");
      ordinal(coefficients, o.fit().cutPoints(), "cut_point");
    }
    out.set("table", table(table));
    return out;
  }

  private static void ordinal(ArrayNode out, List<OrdinalTerm> terms, String kind) {
    for (OrdinalTerm c : terms) {
      ObjectNode x = out.addObject().put("term", c.name());
      numbers(x, c.estimate(), c.standardError(), c.statistic(), c.pValue(), c.lower(), c.upper());
      exp(x, c.oddsRatio(), c.oddsRatioLower(), c.oddsRatioUpper());
      x.put("kind", kind);
    }
  }

  private static void numbers(
      ObjectNode x, double b, double se, double stat, double p, double lo, double hi) {
    number(x, "estimate", b);
    number(x, "se", se);
    number(x, "statistic", stat);
    number(x, "p_value", p);
    number(x, "ci_low", lo);
    number(x, "ci_high", hi);
  }

  private static void exp(ObjectNode x, double b, double lo, double hi) {
    number(x, "exp_estimate", b);
    number(x, "exp_ci_low", lo);
    number(x, "exp_ci_high", hi);
  }

  /** The table as printed: caption, headers, rows (label, whether a level, cells), footnotes. */
  static ObjectNode table(ModelTable t) {
    ObjectNode o = Answers.JSON.createObjectNode().put("title", t.title());
    t.headers().forEach(o.putArray("headers")::add);
    ArrayNode rows = o.putArray("rows");
    for (ModelTable.Line l : t.lines()) {
      ObjectNode r = rows.addObject().put("label", l.label());
      r.put("level", l.kind() == ModelTable.Kind.LEVEL).put("reference", l.reference());
      t.cells(l).forEach(r.putArray("cells")::add);
    }
    t.footnotes().forEach(o.putArray("footnotes")::add);
    return o;
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  /** The request field at fault: the plan key a message names, else the model. */
  private static String pointer(TripartException e, String key) {
    if (!key.isEmpty()) {
      return key;
    }
    String message = e.getMessage();
    String rest = message.substring(message.indexOf(' ') + 1);
    int end = rest.indexOf(' ');
    String first = end < 0 ? rest : rest.substring(0, end);
    if (first.endsWith(":")) {
      first = first.substring(0, first.length() - 1);
    }
    return first.startsWith("design.") || first.startsWith("weighting.") || first.equals("domain")
        ? first
        : "model";
  }

  private static HttpProblem unfit(String field, ErrorCode code, String message) {
    return new HttpProblem(
        422,
        code,
        "Unprocessable content",
        message,
        List.of(new HttpProblem.FieldError(field, code.code(), message)),
        0);
  }
}
