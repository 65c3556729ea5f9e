package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tripart.dataset.Dataset;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.store.CountDimension;
import org.tripart.store.Invitation;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredResponse;
import org.tripart.store.StoredStudy;

/**
 * The researcher's dashboard: the fieldwork overview, one chart per coded item (optionally split by
 * a single-choice stratifier, with the test), the publication downloads, the JSON the charts are
 * made of, and the ECharts script from its webjar. A wave is an invitation batch: {@code ?wave=}
 * keeps the responses to invitations of that batch (open-link responses have none). Every route
 * needs a signed-in researcher. Reads a fresh dataset per request; stateless apart from the store.
 */
public final class Dashboard {
  static final double CONFIDENCE = 0.95;
  static final String TIER_ITEM = "hospital_tier";
  static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private final Store store;
  private final DashboardSources sources;

  public Dashboard(Store store, DashboardSources sources) {
    this.store = store;
    this.sources = sources;
  }

  public void register(RoutesConfig r) {
    r.get("/assets/vendor/echarts.min.js", Dashboard::echarts);
    r.get("/dashboard/{study}", ctx -> page(ctx, this::overview));
    r.get("/dashboard/{study}/items", ctx -> page(ctx, this::items));
    r.get("/dashboard/{study}/export.docx", ctx -> export(ctx, Exports.Kind.DOCX));
    r.get("/dashboard/{study}/export.xlsx", ctx -> export(ctx, Exports.Kind.XLSX));
    r.get("/api/studies/{study}/dashboard/overview", this::overviewJson);
    r.get("/api/studies/{study}/dashboard/items", this::itemsJson);
  }

  /** The one place that decides whether the caller may see the dashboard. */
  private boolean researcher(Context ctx) {
    return sources.signedIn().test(ctx);
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
    return DashboardPage.overview(
        lang,
        study.id(),
        title(study, lang),
        overviewCharts(study.id(), lang),
        sources.fieldwork().apply(study.id(), CountDimension.PROVINCE));
  }

  private List<ObjectNode> overviewCharts(String study, String lang) {
    Map<String, String> groupNames = new HashMap<>();
    Map<String, String> tierNames = new HashMap<>();
    tierNames.put(FieldworkSummary.NOT_RECORDED, DashboardTexts.get("notRecorded", lang));
    for (String g : groups(study)) {
      sources
          .instrument()
          .apply(study, g)
          .ifPresent(
              i -> {
                String title = i.title().in(lang);
                int colon = Math.max(title.lastIndexOf(':'), title.lastIndexOf('：'));
                groupNames.put(g, title.isEmpty() ? g : title.substring(colon + 1).strip());
                if (i.hasItem(TIER_ITEM)) {
                  i.item(TIER_ITEM)
                      .options()
                      .forEach(o -> tierNames.putIfAbsent(o.code(), o.label().in(lang)));
                }
              });
    }
    List<ObjectNode> charts = new ArrayList<>();
    charts.add(
        ChartModels.completion(
            DashboardTexts.get("byGroup", lang),
            sources.fieldwork().apply(study, CountDimension.GROUP),
            groupNames));
    charts.add(
        ChartModels.completion(
            DashboardTexts.get("byTier", lang),
            sources.fieldwork().apply(study, CountDimension.TIER),
            tierNames));
    charts.add(
        ChartModels.perDay(
            DashboardTexts.get("byDay", lang),
            perDay(study),
            DashboardTexts.get("submitted", lang)));
    return charts;
  }

  /** Final responses per UTC day of submission, over every group. */
  private Map<String, Long> perDay(String study) {
    Map<String, Long> days = new TreeMap<>();
    for (String g : groups(study)) {
      try (Stream<StoredResponse> s = store.finalResponses(study, g)) {
        s.forEach(
            r ->
                days.merge(
                    r.submitted().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                    1L,
                    Long::sum));
      }
    }
    return days;
  }

  private void overviewJson(Context ctx) {
    requireResearcher(ctx);
    StoredStudy study = study(ctx);
    String lang = DashboardTexts.language(ctx);
    ObjectNode out = ChartModels.JSON.createObjectNode().put("study", study.id());
    ArrayNode charts = out.putArray("charts");
    overviewCharts(study.id(), lang).forEach(charts::add);
    ArrayNode provinces = out.putArray("provinces");
    sources
        .fieldwork()
        .apply(study.id(), CountDimension.PROVINCE)
        .rows()
        .forEach(
            r -> {
              ObjectNode p = provinces.addObject().put("code", r.key());
              p.put("invited", r.invited()).put("completed", r.completed());
              if (r.rr1().denominator() > 0) {
                p.put("rr1", r.rr1().value());
              } else {
                p.putNull("rr1");
              }
            });
    ctx.contentType("application/json").result(out.toString());
  }

  /** What the items page, its JSON and the downloads are computed from. */
  record Selection(
      StoredStudy study, String group, Instrument instrument, Item by, String wave, Dataset data) {}

  Selection select(Context ctx) {
    StoredStudy study = study(ctx);
    List<String> groups = groups(study.id());
    String group = blankToNull(ctx.queryParam("group"));
    if (group == null && !groups.isEmpty()) {
      group = groups.get(0);
    }
    String g = group;
    Instrument instrument =
        g == null
            ? null
            : sources
                .instrument()
                .apply(study.id(), g)
                .orElseThrow(
                    () -> sources.problem().apply(404, "the study has no group '" + g + "'"));
    if (instrument == null) {
      throw sources.problem().apply(404, "the study has no questionnaire yet");
    }
    String byId = blankToNull(ctx.queryParam("by"));
    Item by = null;
    if (byId != null) {
      if (!instrument.hasItem(byId) || !instrument.item(byId).type().isSingleChoice()) {
        throw sources
            .problem()
            .apply(400, "'by' must name a single-choice item of the " + g + " questionnaire");
      }
      by = instrument.item(byId);
    }
    String wave = blankToNull(ctx.queryParam("wave"));
    Dataset data;
    try (Stream<StoredResponse> responses = store.finalResponses(study.id(), g)) {
      Stream<StoredResponse> kept =
          wave == null ? responses : responses.filter(r -> inWave(r, wave));
      data = sources.dataset().apply(instrument, kept);
    }
    return new Selection(study, g, instrument, by, wave, data);
  }

  private boolean inWave(StoredResponse r, String wave) {
    return r.invitationId() != null
        && store
            .invitation(r.invitationId())
            .map(Invitation::batchId)
            .filter(wave::equals)
            .isPresent();
  }

  private List<ObjectNode> itemCharts(Selection s, String lang) {
    List<ObjectNode> charts = new ArrayList<>();
    for (Item item : s.instrument().items()) {
      if (!item.type().isCoded() || s.by() != null && item.id().equals(s.by().id())) {
        continue;
      }
      charts.add(
          s.by() == null
              ? ChartModels.item(Frequencies.of(s.data(), item.id()), lang)
              : ChartModels.split(
                  CrossTabs.of(s.data(), item.id(), s.by().id(), CONFIDENCE), lang));
    }
    return charts;
  }

  private String items(Context ctx, StoredStudy study, String lang) {
    Selection s = select(ctx);
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
            groups(study.id()),
            byChoices);
    return DashboardPage.items(
        lang,
        study.id(),
        title(study, lang),
        f,
        s.data().size(),
        s.data().provenance(),
        itemCharts(s, lang));
  }

  private void itemsJson(Context ctx) {
    requireResearcher(ctx);
    Selection s = select(ctx);
    String lang = DashboardTexts.language(ctx);
    ObjectNode out = ChartModels.JSON.createObjectNode();
    out.put("study", s.study().id()).put("group", s.group());
    out.put("by", s.by() == null ? null : s.by().id()).put("wave", s.wave());
    out.put("respondents", s.data().size()).put("provenance", s.data().provenance());
    ArrayNode charts = out.putArray("charts");
    itemCharts(s, lang).forEach(charts::add);
    ctx.contentType("application/json").result(out.toString());
  }

  private void export(Context ctx, Exports.Kind kind) {
    requireResearcher(ctx);
    Selection s = select(ctx);
    String lang = DashboardTexts.language(ctx);
    List<String> items = new ArrayList<>();
    String asked = blankToNull(ctx.queryParam("items"));
    if (asked != null) {
      for (String id : asked.split(",")) {
        String i = id.strip();
        if (!s.instrument().hasItem(i) || !s.instrument().item(i).type().isCoded()) {
          throw sources
              .problem()
              .apply(
                  400,
                  "'items' names '"
                      + i
                      + "', which is not a coded item of the "
                      + s.group()
                      + " questionnaire");
        }
        items.add(i);
      }
    }
    byte[] bytes = Exports.write(kind, s, items, lang);
    String name = s.study().id() + "-" + s.group() + (s.by() == null ? "" : "-by-" + s.by().id());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + name.replaceAll("[^A-Za-z0-9_.-]", "_")
            + kind.extension()
            + "\"");
    ctx.contentType(kind.mediaType()).result(bytes);
  }

  private List<String> groups(String study) {
    Set<String> groups = new LinkedHashSet<>();
    for (StoredInstrument i : store.instruments(study)) {
      groups.add(i.group());
    }
    return List.copyOf(groups);
  }

  private static String title(StoredStudy study, String lang) {
    try {
      var node = ChartModels.JSON.readTree(study.titleJson());
      String t = node.path(lang).asText("");
      return t.isEmpty() ? node.path("en").asText(study.id()) : t;
    } catch (IOException e) {
      return study.id();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
