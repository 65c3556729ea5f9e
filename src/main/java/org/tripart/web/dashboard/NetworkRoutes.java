package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;
import org.tripart.web.http.Limits;

/**
 * The handlers of the network page, its JSON, its downloads and the audit of its figures saved
 * ({@link Dashboard} registers them). Every one needs a signed-in researcher; what it shows is what
 * the caller may see of the study's network ({@link NetworkData#view}): all of it for a caller who
 * sees exact counts, the viewers' part otherwise. Stateless apart from the store; thread-safe.
 */
final class NetworkRoutes {
  private static final List<String> FIGURES = List.of("network", "flows", "mixing");
  private static final List<String> FORMATS = List.of("png", "svg");

  private final Store store;
  private final DashboardSources sources;
  private final NetworkData data;

  NetworkRoutes(Store store, DashboardSources sources) {
    this.store = store;
    this.sources = sources;
    this.data = new NetworkData(store);
  }

  /** The network page of a signed-in researcher (the caller checked the sign-in). */
  String page(Context ctx, StoredStudy study, String lang) {
    return NetworkPage.render(lang, study.id(), DashboardData.title(study, lang), view(ctx, study));
  }

  /** {@code ?limit=N} keeps the N organisations of highest degree; all by default. */
  void json(Context ctx) {
    StoredStudy study = study(ctx);
    String asked = DashboardData.blankToNull(ctx.queryParam("limit"));
    int limit = 0;
    if (asked != null) {
      try {
        limit = Integer.parseInt(asked);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1) {
        throw sources.problem().apply(400, "'limit' must be a whole number of at least 1");
      }
    }
    String lang = DashboardTexts.language(ctx);
    ctx.contentType("application/json")
        .result(NetworkJson.of(view(ctx, study), study.id(), lang, limit).toString());
  }

  void download(Context ctx, NetworkDownloads.Format format) {
    StoredStudy study = study(ctx);
    NetworkDownloads.send(ctx, sources, view(ctx, study), format);
  }

  /**
   * Audits a figure of the network page saved as PNG or SVG ({@code {"figure": "network|flows|
   * mixing", "format": "png|svg"}}); {@code network.js} saves the file only once this answered 204.
   */
  void figure(Context ctx) {
    StoredStudy study = study(ctx);
    JsonNode body;
    try {
      body = ChartModels.JSON.readTree(Limits.json(ctx));
    } catch (java.io.IOException e) {
      body = null;
    }
    String figure = body == null ? "" : body.path("figure").asText("");
    String format = body == null ? "" : body.path("format").asText("");
    if (!FIGURES.contains(figure) || !FORMATS.contains(format)) {
      throw sources
          .problem()
          .apply(
              400,
              "send {\"figure\": one of "
                  + FIGURES
                  + ", \"format\": one of "
                  + FORMATS
                  + "} as JSON");
    }
    boolean all = sources.exactCounts().test(ctx, study.id());
    ObjectNode detail = ChartModels.JSON.createObjectNode().put("figure", figure);
    detail.put("format", format).put("access", all ? "all" : "viewer");
    detail.put("suppressionThreshold", all ? 0 : study.suppressionThreshold());
    sources.exportAudit().record(ctx, "export.network.figure", study.id(), null, detail);
    ctx.status(204);
  }

  /**
   * The network statistics table of the publication export, as the caller may see the network
   * (viewers: the viewers' network, without respondent counts); empty when no tie was named.
   */
  java.util.Optional<org.tripart.report.Table> publicationTable(
      Context ctx, StoredStudy study, String caption) {
    NetworkData.View v = view(ctx, study);
    if (v.metrics().network().ties().isEmpty()) {
      return java.util.Optional.empty();
    }
    String provenance =
        (v.synthetic() ? "SYNTHETIC demonstration responses stored in Tripart" : "collected")
            + (v.all()
                ? ""
                : "; ties named by fewer than " + v.threshold() + " respondents left out");
    return java.util.Optional.of(
        org.tripart.report.publish.NetworkSummary.table(
            caption, v.metrics(), v.inputs(), provenance));
  }

  private NetworkData.View view(Context ctx, StoredStudy study) {
    return data.view(study, sources.exactCounts().test(ctx, study.id()));
  }

  private StoredStudy study(Context ctx) {
    if (!sources.signedIn().test(ctx)) {
      throw sources
          .problem()
          .apply(401, "send an API token as 'Authorization: Bearer <token>' or sign in at /login");
    }
    String id = ctx.pathParam("study");
    return store
        .study(id)
        .orElseThrow(() -> sources.problem().apply(404, "there is no study '" + id + "'"));
  }
}
