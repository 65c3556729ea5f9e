package org.tripart.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiPredicate;
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
import org.tripart.store.StoredDatasets;
import org.tripart.store.StoredResponse;
import org.tripart.store.StoredStudy;
import org.tripart.web.dashboard.ViewerMasks;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

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
  private final BiPredicate<Context, String> exactCounts;

  /**
   * @param exactCounts whether the caller may see a study's exact counts (owners, analysts, the
   *     admin token); everyone else (viewers) gets the frequencies with counts below the study's
   *     {@link StoredStudy#suppressionThreshold} withheld with their complements, and the
   *     percentages and intervals of withheld counts withheld too
   */
  AnalysisApi(
      Store store,
      ResearcherAuth auth,
      Instruments instruments,
      BiPredicate<Context, String> exactCounts) {
    this.store = store;
    this.auth = auth;
    this.instruments = instruments;
    this.exactCounts = exactCounts;
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
      data = StoredDatasets.build(instrument, responses);
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
      data = StoredDatasets.build(instrument, responses);
    }
    boolean suppress = !exactCounts.test(ctx, study.id());
    int threshold = suppress ? study.suppressionThreshold() : 0;
    ObjectNode out = Answers.JSON.createObjectNode();
    out.put("study", study.id()).put("group", group).put("by", by);
    boolean small = suppress && data.size() < threshold;
    count(out, "respondents", data.size(), small);
    out.put("provenance", small ? ViewerMasks.withoutCounts(data.provenance()) : data.provenance());
    out.put("suppressionThreshold", threshold);
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
        ItemFrequencies f = Frequencies.of(data, id);
        ViewerMasks m = suppress ? ViewerMasks.of(f, List.of(), threshold) : null;
        item.set("overall", frequencies(f, m, 0, threshold));
      } else {
        CrossTab t = CrossTabs.of(data, id, by, CONFIDENCE);
        ViewerMasks m = suppress ? ViewerMasks.of(t.overall(), t.perStratum(), threshold) : null;
        item.set("overall", frequencies(t.overall(), m, 0, threshold));
        ArrayNode strata = item.putArray("strata");
        for (int s = 0; s < t.strata().size(); s++) {
          ObjectNode stratum = strata.addObject().put("stratum", t.strata().get(s).code());
          stratum.set("frequencies", frequencies(t.perStratum().get(s), m, s + 1, threshold));
        }
      }
    }
    ResearcherApi.json(ctx, 200, out);
  }

  /**
   * One column of frequencies; with {@code masks} (a viewer) the cells the masks hide in column
   * {@code group} are withheld, the column's sizes too when its total is hidden, and the counts of
   * non-response and of answers given when skipped when one of them is small.
   */
  private static ObjectNode frequencies(
      ItemFrequencies f, ViewerMasks masks, int group, int threshold) {
    boolean sizeHidden = false;
    boolean restHidden = false;
    if (masks != null) {
      sizeHidden = masks.sizeHidden()[group];
      restHidden =
          sizeHidden
              || small(f.nonResponse(), threshold)
              || small(f.answeredWhenSkipped(), threshold)
              || small(f.respondents(), threshold);
    }
    ObjectNode o = Answers.JSON.createObjectNode();
    count(o, "respondents", f.respondents(), restHidden);
    count(o, "applicable", f.applicable(), restHidden);
    count(o, "answered", f.answered(), sizeHidden);
    count(o, "nonResponse", f.nonResponse(), restHidden);
    count(o, "answeredWhenSkipped", f.answeredWhenSkipped(), restHidden);
    ArrayNode options = o.putArray("options");
    for (int i = 0; i < f.options().size(); i++) {
      OptionFrequency of = f.options().get(i);
      Option opt = of.option();
      ObjectNode x = options.addObject().put("code", opt.code()).put("label", opt.label().en());
      boolean hidden = masks != null && masks.hidden(i, group);
      count(x, "count", of.count(), hidden);
      count(x, "denominator", of.denominator(), sizeHidden);
      if (of.denominator() == 0 || hidden) {
        x.putNull("proportion").putNull("ciLow").putNull("ciHigh");
      } else {
        x.put("proportion", of.proportion())
            .put("ciLow", of.ci().low())
            .put("ciHigh", of.ci().high());
      }
    }
    return o;
  }

  private static boolean small(long count, int threshold) {
    return count >= 1 && count < threshold;
  }

  private static void count(ObjectNode o, String name, long value, boolean withheld) {
    if (withheld) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }
}
