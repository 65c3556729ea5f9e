package org.tripart.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tripart.fieldwork.Counts;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.fieldwork.Rate;
import org.tripart.store.CountDimension;
import org.tripart.store.FieldworkCount;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;

/**
 * Fieldwork progress: invited, started and completed invitations with AAPOR RR1 and RR2 by group,
 * province and tier. The store counts invitations but not how much of a started questionnaire was
 * answered, so a started, unsubmitted questionnaire counts as partial (P): RR2 is then the share of
 * invitees who started, an upper bound of AAPOR RR2. Stateless apart from the store.
 */
final class FieldworkApi {
  private final Store store;
  private final ResearcherAuth auth;

  FieldworkApi(Store store, ResearcherAuth auth) {
    this.store = store;
    this.auth = auth;
  }

  void register(RoutesConfig r) {
    r.get("/api/studies/{study}/fieldwork", this::fieldwork);
  }

  private void fieldwork(Context ctx) {
    auth.require(ctx);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    ObjectNode out = Answers.JSON.createObjectNode().put("study", study.id());
    FieldworkSummary byGroup = summary(store, study.id(), CountDimension.GROUP);
    out.set("total", row(byGroup.total()));
    out.set("byGroup", rows(byGroup));
    out.set("byProvince", rows(summary(store, study.id(), CountDimension.PROVINCE)));
    out.set("byTier", rows(summary(store, study.id(), CountDimension.TIER)));
    ResearcherApi.json(ctx, 200, out);
  }

  /** The fieldwork summary of a study along one dimension, from the store's counts. */
  static FieldworkSummary summary(Store store, String study, CountDimension by) {
    Map<String, Counts> counts = new LinkedHashMap<>();
    for (FieldworkCount c : store.counts(study, by)) {
      long partial = c.started() - c.completed();
      long notStarted = c.invited() - c.started();
      counts.put(c.key(), new Counts(c.completed(), partial, 0, notStarted, 0, 0, 0));
    }
    return FieldworkSummary.fromCounts(FieldworkSummary.Dimension.valueOf(by.name()), counts);
  }

  private static ArrayNode rows(FieldworkSummary s) {
    ArrayNode a = Answers.JSON.createArrayNode();
    s.rows().forEach(r -> a.add(row(r)));
    return a;
  }

  private static ObjectNode row(FieldworkSummary.Row r) {
    ObjectNode o = Answers.JSON.createObjectNode();
    o.put("key", r.key());
    o.put("invited", r.invited());
    o.put("started", r.started());
    o.put("completed", r.completed());
    o.set("rr1", rate(r.rr1()));
    o.set("rr2", rate(r.rr2()));
    return o;
  }

  private static ObjectNode rate(Rate rate) {
    ObjectNode o = Answers.JSON.createObjectNode();
    o.put("numerator", rate.numerator()).put("denominator", rate.denominator());
    if (rate.denominator() == 0) {
      o.putNull("value");
    } else {
      o.put("value", rate.value());
    }
    return o;
  }
}
