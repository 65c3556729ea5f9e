package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.TripartException;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignPlanException;
import org.tripart.analysis.ModelRun;
import org.tripart.report.Document;
import org.tripart.report.Format;
import org.tripart.report.ModelReport;
import org.tripart.report.publish.DocxExport;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.ModelTables;
import org.tripart.report.publish.XlsxExport;
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

    /**
     * The form as a query string (names as the form sends them, values URL-encoded), with the wave
     * and language, for the links to the same model's downloads.
     */
    String query(String wave, String lang) {
      StringBuilder q = new StringBuilder();
      param(q, "group", group);
      param(q, "outcome", outcome);
      param(q, "family", family);
      covariates.forEach(c -> param(q, "covariates", c));
      param(q, "terms", terms);
      param(q, "reference", reference);
      param(q, "weights", weights);
      param(q, "strata", strata);
      param(q, "cluster", cluster);
      param(q, "wave", wave);
      param(q, "lang", lang);
      return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
      if (value != null) {
        q.append(q.length() == 0 ? "" : "&").append(name).append('=');
        q.append(DashboardPage.enc(value));
      }
    }

    private static void put(Map<String, Object> m, String key, String value) {
      if (value != null) {
        m.put(key, value);
      }
    }
  }

  /** The fitted table, or the message saying why there is none; both null before a fit. */
  record Outcome(ModelTable table, String error) {}

  /** A fitted model, its plan and its table in gtsummary's layout. */
  private record Fitted(ModelRun.Result result, DesignPlan plan, ModelTable table) {}

  /** The model downloads: the table in Word or Excel, or the coefficients at full precision. */
  enum Download {
    DOCX(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV(".csv", "text/csv; charset=utf-8");

    private final String extension;
    private final String mediaType;

    Download(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }
  }

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
      if (s.data().size() == 0) {
        outcome = new Outcome(null, "noResponses");
      } else {
        try {
          outcome = new Outcome(fit(form, s, lang).table(), null);
        } catch (TripartException | IllegalArgumentException e) {
          outcome = new Outcome(null, e.getMessage());
        }
      }
    }
    String downloads = outcome.table() == null ? null : form.query(s.wave(), lang);
    return ModelPage.render(
        lang, study.id(), title, form, s, data.groups(study.id()), outcome, downloads);
  }

  /**
   * Answers {@code GET /dashboard/{study}/model.docx|.xlsx|.csv} with the model the same query asks
   * of the page: the Word document and the workbook carry the page's table (its footnotes, the
   * synthetic-data label of demonstration data, in the page's language); the CSV has {@code tripart
   * model --format csv}'s columns at full precision. The download is audited before it is sent.
   *
   * @throws RuntimeException the problem of {@link DashboardSources#problem}: 403 for a caller who
   *     does not see exact counts, 400 for no model asked, a group without final responses or a
   *     model that does not fit the data (its message)
   */
  void download(Context ctx, StoredStudy study, Download kind) {
    if (!sources.exactCounts().test(ctx, study.id())) {
      throw sources
          .problem()
          .apply(
              403,
              "your role in this study does not allow models: they use the exact responses,"
                  + " which analysts and owners see");
    }
    String lang = DashboardTexts.language(ctx);
    Form form = Form.of(ctx);
    if (form.outcome() == null) {
      throw sources
          .problem()
          .apply(
              400,
              "'outcome' is missing: ask for the model as the model page's form does"
                  + " (group, outcome, family, covariates, reference, weights, strata, cluster)");
    }
    DashboardData.Selection s = data.select(study, form.group(), null, ctx.queryParam("wave"));
    if (s.data().size() == 0) {
      throw sources
          .problem()
          .apply(400, "the group '" + s.group() + "' has no final responses to fit a model to");
    }
    Fitted fitted;
    try {
      fitted = fit(form, s, lang);
    } catch (TripartException | IllegalArgumentException e) {
      throw sources.problem().apply(400, e.getMessage());
    }
    byte[] bytes = bytes(kind, fitted, s, lang);
    ObjectNode detail = ChartModels.JSON.createObjectNode();
    detail.put("group", s.group()).put("wave", s.wave());
    detail.put("outcome", form.outcome()).put("family", form.family());
    fitted.plan().model().terms().forEach(detail.putArray("terms")::add);
    sources
        .exportAudit()
        .record(ctx, "export.model." + kind.extension.substring(1), study.id(), null, detail);
    String name =
        study.id()
            + "-"
            + s.group()
            + "-model-"
            + form.outcome()
            + (s.data().isSynthetic() ? "-SYNTHETIC" : "");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + name.replaceAll("[^A-Za-z0-9_.-]", "_")
            + kind.extension
            + "\"");
    ctx.contentType(kind.mediaType).result(bytes);
  }

  private static byte[] bytes(
      Download kind, Fitted fitted, DashboardData.Selection s, String lang) {
    return switch (kind) {
      case DOCX ->
          DocxExport.write(
              ModelTexts.get("model", lang) + " – " + DashboardData.title(s.study(), lang),
              s.data().isSynthetic() ? List.of(s.data().provenance()) : List.of(),
              List.of(),
              List.of(),
              List.of(fitted.table()));
      case XLSX -> XlsxExport.write(List.of(), List.of(), List.of(fitted.table()));
      case CSV ->
          Format.CSV
              .render(Document.builder("model").table(ModelReport.csv(fitted.result())).build())
              .getBytes(StandardCharsets.UTF_8);
    };
  }

  private static Fitted fit(Form form, DashboardData.Selection s, String lang) {
    DesignPlan plan = AnalysisPlanReader.read(form.plan(), SOURCE, null);
    ModelRun.Result result = ModelRun.run(s.data(), plan, plan.model(), k -> "design." + k);
    ModelTable table =
        ModelTables.of(
            result, s.data(), plan, ModelTables.title(plan.model(), s.data(), lang), lang);
    return new Fitted(result, plan, table);
  }
}
