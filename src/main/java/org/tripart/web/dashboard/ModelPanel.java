package org.tripart.web.dashboard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.TripartException;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignPlanException;
import org.tripart.analysis.ModelRun;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.ModelTables;
import org.tripart.store.StoredStudy;

/**
 * The dashboard's model panel ({@code GET /dashboard/{study}/model}): a form of the group, the
 * outcome, the covariates (and interactions), the family, reference levels and the design columns,
 * read as an analysis plan's {@code design:} and {@code model:} sections by {@link
 * AnalysisPlanReader} (the keys and messages of a plan file and of {@code POST
 * /api/studies/{study}/model}), fitted with {@link ModelRun} and shown as {@link ModelTables} lays
 * it out (gtsummary's {@code tbl_regression}). For callers who see exact counts (owners, analysts,
 * the admin token); viewers get 403. A model that does not fit the data is shown as its message
 * above the form. Reads a fresh dataset per request; stateless apart from the store.
 */
final class ModelPanel {
  static final String SOURCE = "the model form";

  private final DashboardSources sources;
  private final DashboardData data;

  ModelPanel(DashboardSources sources, DashboardData data) {
    this.sources = sources;
    this.data = data;
  }

  /**
   * What the form asks; null or blank fields are not set.
   *
   * @param covariates the ticked covariate items
   * @param terms further terms, comma-separated ({@code a:b}, {@code a*b})
   * @param reference reference levels as {@code item=code}, comma-separated
   */
  record Form(
      String group,
      String outcome,
      String family,
      List<String> covariates,
      String terms,
      String reference,
      String weights,
      String strata,
      String cluster) {
    static Form of(Context ctx) {
      return new Form(
          DashboardData.blankToNull(ctx.queryParam("group")),
          DashboardData.blankToNull(ctx.queryParam("outcome")),
          DashboardData.blankToNull(ctx.queryParam("family")),
          List.copyOf(ctx.queryParams("covariates")),
          DashboardData.blankToNull(ctx.queryParam("terms")),
          DashboardData.blankToNull(ctx.queryParam("reference")),
          DashboardData.blankToNull(ctx.queryParam("weights")),
          DashboardData.blankToNull(ctx.queryParam("strata")),
          DashboardData.blankToNull(ctx.queryParam("cluster")));
    }

    /**
     * The plan's sections as a plan file would give them.
     *
     * @throws DesignPlanException for a reference level not written {@code item=code}
     */
    Map<String, Object> plan() {
      Map<String, Object> design = new LinkedHashMap<>();
      put(design, "weights", weights);
      put(design, "strata", strata);
      put(design, "clusters", cluster);
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("outcome", outcome);
      List<String> all = new ArrayList<>(covariates);
      if (terms != null) {
        for (String t : terms.split(",")) {
          if (!t.isBlank()) {
            all.add(t.strip());
          }
        }
      }
      model.put("covariates", all);
      put(model, "family", family);
      if (reference != null) {
        Map<String, Object> refs = new LinkedHashMap<>();
        for (String r : reference.split(",")) {
          if (r.isBlank()) {
            continue;
          }
          int eq = r.indexOf('=');
          if (eq <= 0 || eq == r.strip().length() - 1) {
            throw new DesignPlanException(
                SOURCE, "model.reference", "'" + r.strip() + "': expected item=code");
          }
          refs.put(r.substring(0, eq).strip(), r.substring(eq + 1).strip());
        }
        model.put("reference", refs);
      }
      Map<String, Object> plan = new LinkedHashMap<>();
      plan.put("design", design);
      plan.put("model", model);
      return plan;
    }

    private static void put(Map<String, Object> m, String key, String value) {
      if (value != null) {
        m.put(key, value);
      }
    }
  }

  /** The fitted table, or the message saying why there is none; both null before a fit. */
  record Outcome(ModelTable table, String error) {}

  String page(Context ctx, StoredStudy study, String lang) {
    String title = DashboardData.title(study, lang);
    if (!sources.exactCounts().test(ctx, study.id())) {
      ctx.status(403);
      return ModelPage.forbidden(lang, study.id(), title);
    }
    Form form = Form.of(ctx);
    DashboardData.Selection s = data.select(study, form.group(), null, ctx.queryParam("wave"));
    Outcome outcome = new Outcome(null, null);
    if (form.outcome() != null) {
      outcome = fit(form, s, lang);
    }
    return ModelPage.render(lang, study.id(), title, form, s, data.groups(study.id()), outcome);
  }

  private static Outcome fit(Form form, DashboardData.Selection s, String lang) {
    if (s.data().size() == 0) {
      return new Outcome(null, "noResponses");
    }
    try {
      DesignPlan plan = AnalysisPlanReader.read(form.plan(), SOURCE, null);
      ModelRun.Result result = ModelRun.run(s.data(), plan, plan.model(), k -> "design." + k);
      return new Outcome(
          ModelTables.of(
              result, s.data(), plan, ModelTables.title(plan.model(), s.data(), lang), lang),
          null);
    } catch (TripartException | IllegalArgumentException e) {
      return new Outcome(null, e.getMessage());
    }
  }
}
