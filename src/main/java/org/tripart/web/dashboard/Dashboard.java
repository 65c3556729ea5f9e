package org.tripart.web.dashboard;

import static org.tripart.web.dashboard.NetworkDownloads.Format.EDGES;
import static org.tripart.web.dashboard.NetworkDownloads.Format.GEXF;
import static org.tripart.web.dashboard.NetworkDownloads.Format.GRAPHML;
import static org.tripart.web.dashboard.NetworkDownloads.Format.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.instrument.Item;
import org.tripart.stats.NumericSummary;
import org.tripart.store.CountDimension;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;
import org.tripart.study.Study;
import org.tripart.synth.Synthesizer;

/**
 * The researcher's dashboard: the fieldwork overview, one chart per coded item (optionally split by
 * a single-choice stratifier, with the test), the publication downloads, the collaboration network
 * ({@link NetworkRoutes}: page, JSON, GraphML, GEXF and CSV), the JSON the charts are made of, and
 * the ECharts script from its webjar. A wave is an invitation batch: {@code ?wave=} keeps the
 * responses to invitations of that batch (open-link responses have none). Every route needs a
 * signed-in researcher. A caller who sees exact counts (owners, analysts, the admin token) gets
 * everything unsuppressed; everyone else (viewers) gets counts below the study's {@link
 * StoredStudy#suppressionThreshold} withheld with their complements, in the pages, the JSON and the
 * downloads alike. Each download is audited before it is sent ({@link
 * DashboardSources#exportAudit}). Reads a fresh dataset per request; stateless apart from the
 * store.
 */
public final class Dashboard {
  static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private final Store store;
  private final DashboardSources sources;
  private final DashboardData data;
  private final Downloads downloads;
  private final NetworkRoutes network;
  private final ModelPanel model;

  private final Study paperStudy;

  public Dashboard(Store store, DashboardSources sources) {
    this(store, sources, null);
  }

  /**
   * @param paperStudy the bundled study whose paper-style report {@code paper.docx} serves, or null
   *     for none
   */
  public Dashboard(Store store, DashboardSources sources, Study paperStudy) {
    this.store = store;
    this.sources = sources;
    this.data = new DashboardData(store, sources);
    this.downloads = new Downloads(data, sources);
    this.network = new NetworkRoutes(store, sources);
    this.model = new ModelPanel(sources, data);
    this.paperStudy = paperStudy;
  }

  public void register(RoutesConfig r) {
    r.get("/assets/vendor/echarts.min.js", Dashboard::echarts);
    r.get("/dashboard/{study}", ctx -> page(ctx, this::overview));
    r.get("/dashboard/{study}/items", ctx -> page(ctx, this::items));
    r.get("/dashboard/{study}/export.docx", ctx -> export(ctx, Exports.Kind.DOCX));
    r.get("/dashboard/{study}/export.xlsx", ctx -> export(ctx, Exports.Kind.XLSX));
    r.get("/dashboard/{study}/paper.docx", this::paper);
    r.get("/api/studies/{study}/dashboard/overview", this::overviewJson);
    r.get("/api/studies/{study}/dashboard/items", this::itemsJson);
    r.get("/dashboard/{study}/network", ctx -> page(ctx, network::page));
    r.get("/dashboard/{study}/model", ctx -> page(ctx, model::page));
    r.get("/dashboard/{study}/model.docx", ctx -> modelDownload(ctx, ModelPanel.Download.DOCX));
    r.get("/dashboard/{study}/model.xlsx", ctx -> modelDownload(ctx, ModelPanel.Download.XLSX));
    r.get("/dashboard/{study}/model.csv", ctx -> modelDownload(ctx, ModelPanel.Download.CSV));
    r.get("/dashboard/{study}/network.graphml", ctx -> network.download(ctx, GRAPHML));
    r.get("/dashboard/{study}/network.gexf", ctx -> network.download(ctx, GEXF));
    r.get("/dashboard/{study}/network-nodes.csv", ctx -> network.download(ctx, NODES));
    r.get("/dashboard/{study}/network-edges.csv", ctx -> network.download(ctx, EDGES));
    r.get("/api/studies/{study}/dashboard/network", network::json);
    r.post("/api/studies/{study}/dashboard/network/figure", network::figure);
  }

  /** The one place that decides whether the caller may see the dashboard. */
  private boolean researcher(Context ctx) {
    return sources.signedIn().test(ctx);
  }

  /** Whether the caller sees exact counts; a viewer sees small counts withheld. */
  private boolean exact(Context ctx, StoredStudy study) {
    return sources.exactCounts().test(ctx, study.id());
  }

  /**
   * The disclosure threshold of what the caller sees of the study: 0 (nothing withheld) for a
   * caller who sees exact counts, else the study's {@link StoredStudy#suppressionThreshold}.
   */
  private int threshold(Context ctx, StoredStudy study) {
    return exact(ctx, study) ? 0 : study.suppressionThreshold();
  }

  /** Whether the caller sees small counts withheld and the selection has fewer respondents. */
  private boolean smallForViewer(Context ctx, DashboardData.Selection s) {
    return s.data().size() < threshold(ctx, s.study());
  }

  private void requireResearcher(Context ctx) {
    if (!researcher(ctx)) {
      throw sources
          .problem()
          .apply(401, "send an API token as 'Authorization: Bearer <token>' or sign in at /login");
    }
  }

  private interface PageHandler {
    String render(Context ctx, StoredStudy study, String lang);
  }

  private void page(Context ctx, PageHandler handler) {
    if (!researcher(ctx)) {
      ctx.redirect("/login?next=" + DashboardPage.enc(ctx.path()), HttpStatus.SEE_OTHER);
      return;
    }
    String lang = DashboardTexts.language(ctx);
    ctx.html(handler.render(ctx, study(ctx), lang));
  }

  private static void echarts(Context ctx) {
    try (InputStream in = Dashboard.class.getResourceAsStream(ECHARTS)) {
      if (in == null) {
        ctx.status(404);
        return;
      }
      ctx.contentType("text/javascript; charset=utf-8");
      ctx.header("Cache-Control", "public, max-age=86400");
      ctx.result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StoredStudy study(Context ctx) {
    String id = ctx.pathParam("study");
    return store
        .study(id)
        .orElseThrow(() -> sources.problem().apply(404, "there is no study '" + id + "'"));
  }

  private String overview(Context ctx, StoredStudy study, String lang) {
    int threshold = threshold(ctx, study);
    FieldworkSummary byProvince = sources.fieldwork().apply(study.id(), CountDimension.PROVINCE);
    return DashboardPage.overview(
        lang,
        study.id(),
        DashboardData.title(study, lang),
        data.overviewCharts(study.id(), lang, threshold),
        byProvince,
        OverviewMasks.rows(byProvince, threshold),
        store.invitationsWithIdPrefix(study.id(), Synthesizer.ID_PREFIX));
  }

  private void overviewJson(Context ctx) {
    requireResearcher(ctx);
    StoredStudy study = study(ctx);
    String lang = DashboardTexts.language(ctx);
    ObjectNode out = ChartModels.JSON.createObjectNode().put("study", study.id());
    ArrayNode charts = out.putArray("charts");
    int threshold = threshold(ctx, study);
    data.overviewCharts(study.id(), lang, threshold).forEach(charts::add);
    ArrayNode provinces = out.putArray("provinces");
    FieldworkSummary byProvince = sources.fieldwork().apply(study.id(), CountDimension.PROVINCE);
    boolean[] hidden = OverviewMasks.rows(byProvince, threshold);
    for (int i = 0; i < hidden.length; i++) {
      FieldworkSummary.Row r = byProvince.rows().get(i);
      ObjectNode p = provinces.addObject().put("code", r.key());
      if (hidden[i]) {
        p.putNull("invited").putNull("completed").putNull("rr1");
        continue;
      }
      p.put("invited", r.invited()).put("completed", r.completed());
      if (r.rr1().denominator() > 0) {
        p.put("rr1", r.rr1().value());
      } else {
        p.putNull("rr1");
      }
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private String items(Context ctx, StoredStudy study, String lang) {
    DashboardData.Selection s = select(ctx);
    Map<String, String> byChoices = new LinkedHashMap<>();
    for (Item item : s.instrument().items()) {
      if (item.type().isSingleChoice()) {
        byChoices.put(item.id(), item.label().in(lang));
      }
    }
    DashboardPage.Filters f =
        new DashboardPage.Filters(
            s.group(),
            s.by() == null ? null : s.by().id(),
            s.wave(),
            data.groups(study.id()),
            byChoices);
    return DashboardPage.items(
        lang,
        study.id(),
        DashboardData.title(study, lang),
        f,
        smallForViewer(ctx, s) ? -1 : s.data().size(),
        smallForViewer(ctx, s)
            ? ViewerMasks.withoutCounts(s.data().provenance())
            : s.data().provenance(),
        data.itemCharts(s, lang, threshold(ctx, study)),
        smallForViewer(ctx, s) ? List.<NumericSummary>of() : ScoreTable.of(s.data()),
        new DashboardPage.DisclosureNote(!exact(ctx, study), study.suppressionThreshold()));
  }

  private void itemsJson(Context ctx) {
    requireResearcher(ctx);
    DashboardData.Selection s = select(ctx);
    String lang = DashboardTexts.language(ctx);
    ObjectNode out = ChartModels.JSON.createObjectNode();
    out.put("study", s.study().id()).put("group", s.group());
    out.put("by", s.by() == null ? null : s.by().id()).put("wave", s.wave());
    int threshold = threshold(ctx, s.study());
    out.put("suppressionThreshold", threshold);
    if (smallForViewer(ctx, s)) {
      out.putNull("respondents")
          .put("provenance", ViewerMasks.withoutCounts(s.data().provenance()));
    } else {
      out.put("respondents", s.data().size()).put("provenance", s.data().provenance());
    }
    ArrayNode charts = out.putArray("charts");
    data.itemCharts(s, lang, threshold).forEach(charts::add);
    ctx.contentType("application/json").result(out.toString());
  }

  private void export(Context ctx, Exports.Kind kind) {
    requireResearcher(ctx);
    StoredStudy study = study(ctx);
    downloads.send(ctx, kind, study, threshold(ctx, study));
  }

  private void modelDownload(Context ctx, ModelPanel.Download kind) {
    requireResearcher(ctx);
    model.download(ctx, study(ctx), kind);
  }

  private void paper(Context ctx) {
    requireResearcher(ctx);
    StoredStudy study = study(ctx);
    if (paperStudy == null || !paperStudy.id().equals(study.id())) {
      throw sources
          .problem()
          .apply(404, "the study '" + study.id() + "' has no paper-style table layout");
    }
    byte[] bytes =
        PaperReport.write(
            paperStudy,
            data,
            study,
            DashboardData.blankToNull(ctx.queryParam("wave")),
            DashboardTexts.language(ctx),
            threshold(ctx, study),
            caption -> network.publicationTable(ctx, study, caption));
    ObjectNode detail = ChartModels.JSON.createObjectNode();
    detail.put("wave", DashboardData.blankToNull(ctx.queryParam("wave")));
    detail.put("suppressionThreshold", threshold(ctx, study));
    sources.exportAudit().record(ctx, "export.paper", study.id(), null, detail);
    String name = (study.id() + "-paper-tables").replaceAll("[^A-Za-z0-9_.-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".docx\"");
    ctx.contentType(Exports.Kind.DOCX.mediaType()).result(bytes);
  }

  private DashboardData.Selection select(Context ctx) {
    return data.select(
        study(ctx), ctx.queryParam("group"), ctx.queryParam("by"), ctx.queryParam("wave"));
  }
}
