package org.tripart.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import org.tripart.fieldwork.Counts;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.fieldwork.Rate;
import org.tripart.store.CountDimension;
import org.tripart.store.FieldworkCount;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;
import org.tripart.web.dashboard.OverviewMasks;

/**
 * Fieldwork progress: invited, started and completed invitations with AAPOR RR1 and RR2 by group,
 * province and tier. The store counts invitations but not how much of a started questionnaire was
 * answered, so a started, unsubmitted questionnaire counts as partial (P): RR2 is then the share of
 * invitees who started, an upper bound of AAPOR RR2.
 *
 * <p>A caller without exact counts (a viewer) gets every row whose invited, started, completed or
 * partial count lies from 1 to the study's threshold minus one withheld whole, with a complementary
 * row where a single row of a table would be withheld ({@link OverviewMasks#fieldworkRows}), and
 * the total withheld when it is itself that small: its counts and rates are null and {@code
 * withheld} true; {@code suppressionThreshold} is the study's threshold and {@code disclosure} says
 * so. Owners, analysts and the admin token get exact counts and {@code suppressionThreshold} 0, as
 * in the dashboard's JSON. Stateless apart from the store.
 */
final class FieldworkApi {
  private final Store store;
  private final ResearcherAuth auth;
  private final BiPredicate<Context, String> exactCounts;

  /**
   * @param exactCounts whether the caller sees a study's exact counts
   */
  FieldworkApi(Store store, ResearcherAuth auth, BiPredicate<Context, String> exactCounts) {
    this.store = store;
    this.auth = auth;
    this.exactCounts = exactCounts;
  }

  void register(RoutesConfig r) {
    r.get("/api/studies/{study}/fieldwork", this::fieldwork);
  }

  private void fieldwork(Context ctx) {
    auth.require(ctx);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    int threshold = threshold(exactCounts, ctx, study);
    ObjectNode out = Answers.JSON.createObjectNode().put("study", study.id());
    out.put("suppressionThreshold", threshold);
    out.put("disclosure", disclosure(threshold));
    out.put(
        "syntheticInvitations",
        store.invitationsWithIdPrefix(study.id(), org.tripart.synth.Synthesizer.ID_PREFIX));
    FieldworkSummary byGroup = summary(store, study.id(), CountDimension.GROUP);
    out.set("total", row(byGroup.total(), OverviewMasks.fieldworkTotal(byGroup, threshold)));
    out.set("byGroup", rows(byGroup, threshold));
    out.set("byProvince", rows(summary(store, study.id(), CountDimension.PROVINCE), threshold));
    out.set("byTier", rows(summary(store, study.id(), CountDimension.TIER), threshold));
    ResearcherApi.json(ctx, 200, out);
  }

  /**
   * The threshold of what the caller sees of the study: 0 (nothing withheld) with exact counts,
   * else the study's {@link StoredStudy#suppressionThreshold}.
   */
  static int threshold(BiPredicate<Context, String> exact, Context ctx, StoredStudy study) {
    return exact.test(ctx, study.id()) ? 0 : study.suppressionThreshold();
  }

  private static String disclosure(int threshold) {
    if (threshold <= 1) {
      return "exact counts";
    }
    return "counts from 1 to "
        + (threshold - 1)
        + " are withheld (null), with complementary rows so that they cannot be worked out from"
        + " the totals";
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

  private static ArrayNode rows(FieldworkSummary s, int threshold) {
    boolean[] hidden = OverviewMasks.fieldworkRows(s, threshold);
    ArrayNode a = Answers.JSON.createArrayNode();
    for (int i = 0; i < hidden.length; i++) {
      a.add(row(s.rows().get(i), hidden[i]));
    }
    return a;
  }

  private static ObjectNode row(FieldworkSummary.Row r, boolean hidden) {
    ObjectNode o = Answers.JSON.createObjectNode();
    o.put("key", r.key());
    o.put("withheld", hidden);
    if (hidden) {
      o.putNull("invited").putNull("started").putNull("completed");
      o.putNull("rr1").putNull("rr2");
      return o;
    }
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
