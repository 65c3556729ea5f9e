package org.tripart.web.dashboard;

import io.javalin.http.Context;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;

/**
 * The handlers of the network page, its JSON and its downloads ({@link Dashboard} registers them).
 * Every one needs a signed-in researcher; what it shows is what the caller may see of the study's
 * network ({@link NetworkData#view}): all of it for a caller who sees exact counts, the viewers'
 * part otherwise. Stateless apart from the store; thread-safe.
 */
final class NetworkRoutes {
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
