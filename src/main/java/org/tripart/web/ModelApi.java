package org.tripart.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.stream.Stream;
import org.tripart.analysis.DesignPlan;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.store.Store;
import org.tripart.store.StoredDatasets;
import org.tripart.store.StoredResponse;
import org.tripart.store.StoredStudy;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * {@code POST /api/studies/{study}/model}: a design-based regression of a group's stored final
 * responses. The body is an analysis plan with a {@code model} section and {@code group}, read as
 * the analysis API reads its body ({@link DesignRequest}); the answer is {@link ModelJson}'s.
 * Owners, analysts and the admin token only (the route needs exact counts, as the design-based
 * analysis does). The table's labels and words are in {@code ?lang=en|zh}, else in Chinese when
 * {@code Accept-Language} starts with {@code zh}, else in English, as the dashboard chooses (no
 * cookie); another {@code lang} is a 400. Reads a fresh {@link Dataset} per request; stateless
 * apart from the store.
 */
final class ModelApi {
  private final Store store;
  private final ResearcherAuth auth;
  private final Instruments instruments;

  ModelApi(Store store, ResearcherAuth auth, Instruments instruments) {
    this.store = store;
    this.auth = auth;
    this.instruments = instruments;
  }

  void register(RoutesConfig r) {
    r.post("/api/studies/{study}/model", this::model);
  }

  private void model(Context ctx) {
    auth.require(ctx);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    DesignRequest req = DesignRequest.parse(Limits.json(ctx));
    String language = language(ctx);
    DesignPlan plan = req.plan();
    if (plan.model() == null) {
      throw DesignRequest.invalid(
          "model",
          "give the model to fit: {\"outcome\": ITEM or ITEM=CODE, \"covariates\": [...],"
              + " \"family\": gaussian|binomial|poisson|ordinal, \"reference\": {item: code}}");
    }
    Instrument instrument =
        instruments
            .current(study.id(), req.group())
            .orElseThrow(
                () -> HttpProblem.notFound("the study has no group '" + req.group() + "'"));
    Dataset data;
    try (Stream<StoredResponse> responses = store.finalResponses(study.id(), req.group())) {
      data = StoredDatasets.build(instrument, responses);
    }
    ResearcherApi.json(ctx, 200, ModelJson.fit(study.id(), req, data, language));
  }

  /** The table's language: {@code ?lang=}, else {@code Accept-Language}, else English. */
  private static String language(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked != null) {
      if (!asked.equals("en") && !asked.equals("zh")) {
        throw DesignRequest.invalid("lang", "'" + asked + "': give en or zh");
      }
      return asked;
    }
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.strip().startsWith("zh") ? "zh" : "en";
  }
}
