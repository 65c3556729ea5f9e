package org.tripart.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.stream.Stream;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Option;
import org.tripart.stats.CrossTab;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;
import org.tripart.store.Store;
import org.tripart.store.StoredResponse;
import org.tripart.store.StoredStudy;

/**
 * Frequencies of every coded item of a group's questionnaire over its stored final responses, with
 * 95% Wilson intervals, overall or by the options of one single-choice item ({@code by}) ({@code
 * GET}); design-based estimates for a declared survey design ({@code POST}, see {@link
 * DesignRequest}). Reads a fresh {@link Dataset} per request. Stateless apart from the store.
 */
final class AnalysisApi {
  private static final double CONFIDENCE = 0.95;

  private final Store store;
  private final ResearcherAuth auth;
  private final Instruments instruments;

  AnalysisApi(Store store, ResearcherAuth auth, Instruments instruments) {
    this.store = store;
    this.auth = auth;
    this.instruments = instruments;
  }

  void register(RoutesConfig r) {
    r.get("/api/studies/{study}/analysis", this::analysis);
    r.post("/api/studies/{study}/analysis", this::designed);
  }

  private void designed(Context ctx) {
    auth.require(ctx);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    DesignRequest req = DesignRequest.parse(Limits.json(ctx));
    Instrument instrument =
        instruments
            .current(study.id(), req.group())
            .orElseThrow(
                () -> HttpProblem.notFound("the study has no group '" + req.group() + "'"));
    Dataset data;
    try (Stream<StoredResponse> responses = store.finalResponses(study.id(), req.group())) {
      data = ResponseDatasets.build(instrument, responses);
    }
    ResearcherApi.json(ctx, 200, DesignAnalysisJson.analyse(study.id(), req, data));
  }

  private void analysis(Context ctx) {
    auth.require(ctx);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    String group = ctx.queryParam("group");
    if (group == null || group.isBlank()) {
      throw HttpProblem.badRequest("give the stakeholder group as ?group=");
    }
    Instrument instrument =
        instruments
            .current(study.id(), group)
            .orElseThrow(() -> HttpProblem.notFound("the study has no group '" + group + "'"));
    String by = ctx.queryParam("by");
    if (by != null && (!instrument.hasItem(by) || !instrument.item(by).type().isSingleChoice())) {
      throw HttpProblem.badRequest(
          "'by' must name a single-choice item of the " + group + " questionnaire");
    }
    Dataset data;
    try (Stream<StoredResponse> responses = store.finalResponses(study.id(), group)) {
      data = ResponseDatasets.build(instrument, responses);
    }
    ObjectNode out = Answers.JSON.createObjectNode();
    out.put("study", study.id()).put("group", group).put("by", by);
    out.put("respondents", data.size()).put("provenance", data.provenance());
    out.put("confidence", CONFIDENCE).put("interval", "wilson");
    ArrayNode items = out.putArray("items");
    for (Column c : data.columns().values()) {
      String id = c.item().id();
      if (!c.item().type().isCoded() || id.equals(by)) {
        continue;
      }
      ObjectNode item = items.addObject();
      item.put("item", id)
          .put("type", c.item().type().fileName())
          .put("label", c.item().label().en());
      if (by == null) {
        item.set("overall", frequencies(Frequencies.of(data, id)));
      } else {
        CrossTab t = CrossTabs.of(data, id, by, CONFIDENCE);
        item.set("overall", frequencies(t.overall()));
        ArrayNode strata = item.putArray("strata");
        for (int s = 0; s < t.strata().size(); s++) {
          ObjectNode stratum = strata.addObject().put("stratum", t.strata().get(s).code());
          stratum.set("frequencies", frequencies(t.perStratum().get(s)));
        }
      }
    }
    ResearcherApi.json(ctx, 200, out);
  }

  private static ObjectNode frequencies(ItemFrequencies f) {
    ObjectNode o = Answers.JSON.createObjectNode();
    o.put("respondents", f.respondents()).put("applicable", f.applicable());
    o.put("answered", f.answered()).put("nonResponse", f.nonResponse());
    o.put("answeredWhenSkipped", f.answeredWhenSkipped());
    ArrayNode options = o.putArray("options");
    for (OptionFrequency of : f.options()) {
      Option opt = of.option();
      ObjectNode x = options.addObject().put("code", opt.code()).put("label", opt.label().en());
      x.put("count", of.count()).put("denominator", of.denominator());
      if (of.denominator() == 0) {
        x.putNull("proportion").putNull("ciLow").putNull("ciHigh");
      } else {
        x.put("proportion", of.proportion())
            .put("ciLow", of.ci().low())
            .put("ciHigh", of.ci().high());
      }
    }
    return o;
  }
}
