package org.tripart.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.analysis.DesignAnalysis;
import org.tripart.analysis.DesignEstimate;
import org.tripart.analysis.DesignItemResult;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignPlanException;
import org.tripart.analysis.DesignSetup;
import org.tripart.analysis.EstimandAnalysis;
import org.tripart.analysis.EstimandRow;
import org.tripart.analysis.QuantileAnalysis;
import org.tripart.analysis.QuantileNotes;
import org.tripart.dataset.Dataset;
import org.tripart.report.DesignReport;
import org.tripart.stats.design.DesignInputException;
import org.tripart.stats.design.RaoScottTest;
import org.tripart.web.http.HttpProblem;

/**
 * Runs a design-based analysis ({@link DesignSetup}, {@link DesignAnalysis}) over the responses of
 * a request and writes the answer of {@code POST /api/studies/{study}/analysis}: per item and
 * option the percentage, its standard error, interval and design effect (percentages at full
 * precision), the counts, and with {@code by} the Rao-Scott tests; the plan's estimands and
 * quantiles ({@link EstimandAnalysis}, {@link QuantileAnalysis}) in {@code estimands} and {@code
 * quantiles} (with what R's svyquantile says of them on the design, {@link QuantileNotes}, in
 * {@code quantile_notes}). A plan that does not fit the data is a 422 naming the request field.
 * Stateless.
 */
final class DesignAnalysisJson {
  private static final Set<String> FIELDS =
      Set.of(
          "design.weights",
          "design.strata",
          "design.clusters",
          "design.fpc",
          "design.lonely_psu",
          "items",
          "by",
          "domain",
          "margins");

  private DesignAnalysisJson() {}

  static ObjectNode analyse(String study, DesignRequest req, Dataset data) {
    DesignPlan plan = req.plan();
    if (data.size() == 0) {
      throw unfit("group", "the group has no final responses to analyse");
    }
    DesignSetup.Prepared prepared;
    List<DesignItemResult> results;
    List<EstimandRow> estimands;
    List<EstimandRow> quantiles;
    try {
      prepared = DesignSetup.prepare(data, plan, DesignAnalysisJson::field);
      results = DesignAnalysis.run(data, prepared, plan);
      estimands = EstimandAnalysis.run(data, prepared, plan);
      quantiles = QuantileAnalysis.run(data, prepared, plan);
    } catch (DesignPlanException | DesignInputException e) {
      throw unfit(e);
    } catch (IllegalArgumentException e) {
      throw unfit("design", e.getMessage());
    }
    ObjectNode out = Answers.JSON.createObjectNode();
    out.put("study", study).put("group", req.group()).put("by", plan.by());
    out.put("respondents", data.size()).put("provenance", data.provenance());
    out.put("level", plan.level());
    out.put("interval", plan.ciMethod().name().toLowerCase(Locale.ROOT));
    out.put("weighted", prepared.weighted());
    ArrayNode notes = out.putArray("design");
    DesignReport.describe(plan, prepared).forEach(notes::add);
    ArrayNode items = out.putArray("items");
    for (DesignItemResult r : results) {
      items.add(item(r));
    }
    if (!plan.estimands().isEmpty()) {
      ArrayNode rows = out.putArray("estimands");
      estimands.forEach(e -> rows.add(estimand(e)));
    }
    if (!plan.quantiles().isEmpty()) {
      ArrayNode rows = out.putArray("quantiles");
      quantiles.forEach(e -> rows.add(estimand(e)));
      QuantileNotes.of(prepared, plan).forEach(out.putArray("quantile_notes")::add);
    }
    return out;
  }

  /**
   * Totals, ratios, score means, contrasts and quantiles on R's scale (not percent), full
   * precision; a quantile's option is its probability, its detail the rule and interval type (and
   * {@code , by=level} for a level of {@code by}).
   */
  private static ObjectNode estimand(EstimandRow e) {
    ObjectNode x = Answers.JSON.createObjectNode();
    x.put("estimand", e.kind().id()).put("item", e.item());
    if (e.option() != null) {
      x.put("option", e.option());
    }
    if (e.detail() != null) {
      x.put("detail", e.detail());
    }
    number(x, "estimate", e.estimate());
    number(x, "se", e.standardError());
    number(x, "ci_low", e.lower());
    number(x, "ci_high", e.upper());
    x.put("df", e.degreesOfFreedom()).put("n", e.rows());
    if (!Double.isNaN(e.designEffect())) {
      number(x, "deff", e.designEffect());
    }
    if (e.kind() == EstimandRow.Kind.CONTRAST) {
      number(x, "t", e.statistic());
      number(x, "p", e.pValue());
    }
    return x;
  }

  private static ObjectNode item(DesignItemResult r) {
    ObjectNode o = Answers.JSON.createObjectNode();
    o.put("item", r.item().id())
        .put("type", r.item().type().fileName())
        .put("label", r.item().label().en());
    ArrayNode overall = o.putArray("overall");
    ArrayNode strata = null;
    ArrayNode current = null;
    String stratum = "";
    for (DesignEstimate e : r.estimates()) {
      if (e.stratum().isEmpty()) {
        overall.add(estimate(e));
        continue;
      }
      if (strata == null) {
        strata = o.putArray("strata");
      }
      if (current == null || !e.stratum().equals(stratum)) {
        stratum = e.stratum();
        current = strata.addObject().put("stratum", stratum).putArray("estimates");
      }
      current.add(estimate(e));
    }
    if (r.by() != null) {
      ArrayNode tests = o.putArray("raoScott");
      for (int i = 0; i < r.tests().size(); i++) {
        RaoScottTest t = r.tests().get(i);
        ObjectNode x = tests.addObject();
        if (r.tests().size() > 1) {
          x.put("option", r.item().options().get(i).code());
        }
        if (t == null) {
          x.putNull("f");
          continue;
        }
        number(x, "pearson", t.pearson());
        number(x, "f", t.f());
        number(x, "numeratorDf", t.numeratorDf());
        number(x, "denominatorDf", t.denominatorDf());
        number(x, "p", t.pValue());
      }
    }
    return o;
  }

  private static ObjectNode estimate(DesignEstimate e) {
    ObjectNode x = Answers.JSON.createObjectNode();
    double scale = e.isProportion() ? 100 : 1;
    if (e.isProportion()) {
      x.put("option", e.option());
    }
    x.put("n", e.n()).put("denominator", e.denominator());
    number(x, e.isProportion() ? "pct" : "mean", scale * e.estimate());
    number(x, "se", scale * e.standardError());
    number(x, "ci_low", scale * e.lower());
    number(x, "ci_high", scale * e.upper());
    number(x, "deff", e.designEffect());
    x.put("df", e.degreesOfFreedom());
    return x;
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  /** The request field a {@link DesignSetup} key stands for. */
  static String field(String key) {
    switch (key) {
      case "weights":
      case "strata":
      case "fpc":
        return "design." + key;
      case "cluster":
        return "design.clusters";
      case "lonely-psu":
        return "design.lonely_psu";
      default:
        return key;
    }
  }

  private static HttpProblem unfit(TripartException e) {
    String message = e.getMessage();
    String rest = message.substring(message.indexOf(' ') + 1);
    int space = rest.indexOf(' ');
    int colon = rest.indexOf(':');
    int end = space < 0 ? colon : colon < 0 ? space : Math.min(space, colon);
    String first = end < 0 ? "" : rest.substring(0, end);
    String pointer = FIELDS.contains(first) ? first : "design";
    if (e.code().name().startsWith("QUANTILE_")) {
      pointer =
          switch (e.code()) {
            case QUANTILE_NOT_NUMERIC_ITEM, QUANTILE_NO_VALUES -> "quantile_items";
            case QUANTILE_METHOD -> "quantile_interval";
            default -> "quantiles";
          };
    } else if (first.startsWith("estimands")) {
      pointer = first;
    } else if (first.equals("calibrate")) {
      pointer = "weighting.calibrate";
    } else if (first.equals("domain")) {
      pointer = "domain";
    } else if (first.equals("margins")) {
      pointer = rest.contains("poststratify") ? "weighting.poststratify" : "weighting.rake";
    }
    return new HttpProblem(
        422,
        e.code(),
        "Unprocessable content",
        message,
        List.of(new HttpProblem.FieldError(pointer, e.code().code(), message)),
        0);
  }

  private static HttpProblem unfit(String field, String problem) {
    return new HttpProblem(
        422,
        ErrorCode.ANALYSIS_PLAN,
        "Unprocessable content",
        field + ": " + problem,
        List.of(new HttpProblem.FieldError(field, ErrorCode.ANALYSIS_PLAN.code(), problem)),
        0);
  }
}
