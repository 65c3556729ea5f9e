package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.tripart.stats.CrossTab;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.store.CountDimension;
import org.tripart.store.Invitation;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredResponse;
import org.tripart.store.StoredStudy;

/**
 * What the dashboard shows, computed from the store: the overview's charts, the selection of
 * responses by group and wave (an invitation batch; open-link responses belong to none) with the
 * dataset built from them, and the item charts. Stateless apart from the store; thread-safe.
 */
final class DashboardData {
  static final double CONFIDENCE = 0.95;
  static final String TIER_ITEM = "hospital_tier";

  private final Store store;
  private final DashboardSources sources;

  DashboardData(Store store, DashboardSources sources) {
    this.store = store;
    this.sources = sources;
  }

  /**
   * @param threshold counts from 1 to {@code threshold - 1} are withheld, with their complements
   *     ({@link OverviewMasks}); 0 for exact counts
   */
  List<ObjectNode> overviewCharts(String study, String lang, int threshold) {
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
    FieldworkSummary byGroup = sources.fieldwork().apply(study, CountDimension.GROUP);
    FieldworkSummary byTier = sources.fieldwork().apply(study, CountDimension.TIER);
    charts.add(
        ChartModels.completion(
            DashboardTexts.get("byGroup", lang),
            byGroup,
            groupNames,
            OverviewMasks.rows(byGroup, threshold)));
    charts.add(
        ChartModels.completion(
            DashboardTexts.get("byTier", lang),
            byTier,
            tierNames,
            OverviewMasks.rows(byTier, threshold)));
    charts.add(
        ChartModels.perDay(
            DashboardTexts.get("byDay", lang),
            perDay(study),
            DashboardTexts.get("submitted", lang),
            threshold));
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

  /**
   * What the items page, its JSON and the downloads are computed from.
   *
   * @param instrumentVersions the recorded instrument version of each row of {@code data}, in row
   *     order, null where unrecorded
   */
  record Selection(
      StoredStudy study,
      String group,
      Instrument instrument,
      Item by,
      String wave,
      Dataset data,
      List<Integer> instrumentVersions) {}

  Selection select(StoredStudy study, String askedGroup, String byId, String askedWave) {
    List<String> groups = groups(study.id());
    String group = blankToNull(askedGroup);
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
    Item by = null;
    if (blankToNull(byId) != null) {
      if (!instrument.hasItem(byId) || !instrument.item(byId).type().isSingleChoice()) {
        throw sources
            .problem()
            .apply(400, "'by' must name a single-choice item of the " + g + " questionnaire");
      }
      by = instrument.item(byId);
    }
    String wave = blankToNull(askedWave);
    Dataset data;
    List<Integer> versions = new ArrayList<>();
    try (Stream<StoredResponse> responses = store.finalResponses(study.id(), g)) {
      Stream<StoredResponse> kept =
          wave == null ? responses : responses.filter(r -> inWave(r, wave));
      data =
          sources.dataset().apply(instrument, kept.peek(r -> versions.add(r.instrumentVersion())));
    }
    return new Selection(
        study, g, instrument, by, wave, data, Collections.unmodifiableList(versions));
  }

  private boolean inWave(StoredResponse r, String wave) {
    return r.invitationId() != null
        && store
            .invitation(r.invitationId())
            .map(Invitation::batchId)
            .filter(wave::equals)
            .isPresent();
  }

  /**
   * One chart per coded item of the selection; counts from 1 to {@code threshold - 1} are withheld
   * with their complements ({@link ChartModels#withhold}).
   *
   * @param threshold the disclosure threshold; 0 or 1 withholds nothing
   */
  List<ObjectNode> itemCharts(Selection s, String lang, int threshold) {
    List<ObjectNode> charts = new ArrayList<>();
    boolean suppress = threshold > 1;
    for (Item item : s.instrument().items()) {
      if (!item.type().isCoded() || s.by() != null && item.id().equals(s.by().id())) {
        continue;
      }
      ObjectNode chart;
      if (s.by() == null) {
        ItemFrequencies f = Frequencies.of(s.data(), item.id());
        chart = ChartModels.item(f, lang);
        if (suppress) {
          ChartModels.withhold(chart, ViewerMasks.of(f, List.of(), threshold), 0, lang);
        }
      } else {
        CrossTab t = CrossTabs.of(s.data(), item.id(), s.by().id(), CONFIDENCE);
        chart = ChartModels.split(t, lang);
        if (suppress) {
          ChartModels.withhold(
              chart, ViewerMasks.of(t.overall(), t.perStratum(), threshold), 1, lang);
        }
      }
      charts.add(chart);
    }
    return charts;
  }

  List<String> groups(String study) {
    Set<String> groups = new LinkedHashSet<>();
    for (StoredInstrument i : store.instruments(study)) {
      groups.add(i.group());
    }
    return List.copyOf(groups);
  }

  static String title(StoredStudy study, String lang) {
    try {
      var node = ChartModels.JSON.readTree(study.titleJson());
      String t = node.path(lang).asText("");
      return t.isEmpty() ? node.path("en").asText(study.id()) : t;
    } catch (IOException e) {
      return study.id();
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
