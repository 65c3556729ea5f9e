package org.tripart.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.dataset.Dataset;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.PublicationTable;
import org.tripart.report.publish.PublicationTables;
import org.tripart.stats.CrossTab;
import org.tripart.stats.CrossTabs;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.study.StudyGroup;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The table of an {@code export --items --groups}: each item compared across respondent groups, one
 * column per group (each counted under its own instrument) with a chi-square p-value, from the
 * bundled study's synthetic data or from the final responses a store holds for each group.
 * Immutable; reading has no side effect.
 *
 * @param name how the document's title names the source
 * @param caption the items' English labels, ending {@code , by respondent group}: the drafted
 *     text's heading
 * @param crossTabs one per item, the groups as strata in the order given
 */
record GroupExport(
    String name,
    PublicationSettings settings,
    String caption,
    List<CrossTab> crossTabs,
    PublicationTable table) {

  /**
   * Reads each group's responses and compares the items across them.
   *
   * @throws ParameterException when the options cannot go with {@code --groups}, name fewer than
   *     two groups, a group twice or a group the study does not have
   * @throws org.tripart.stats.GroupMismatchException when an item is missing from a group or its
   *     type or option codes differ between groups
   */
  static GroupExport of(
      List<String> items,
      List<String> groups,
      Path responses,
      String db,
      String study,
      String group,
      String by,
      int threshold,
      String lang,
      CommandLine cl) {
    if (by != null || group != null) {
      throw new ParameterException(
          cl, "--groups puts one group in each column; it takes no --by or --group");
    }
    if (responses != null) {
      throw new ParameterException(
          cl, "--groups needs --db or the bundled study: a responses CSV holds one group");
    }
    if (study != null && db == null) {
      throw new ParameterException(cl, "--study goes with --db PATH|JDBC_URL");
    }
    if (db != null && study == null) {
      throw new ParameterException(cl, "--db with --groups needs --study ID");
    }
    if (groups.size() < 2) {
      throw new ParameterException(cl, "--groups: name at least two groups, comma-separated");
    }
    Set<String> seen = new HashSet<>();
    for (String g : groups) {
      if (!seen.add(g)) {
        throw new ParameterException(cl, "--groups: " + g + " is named twice");
      }
    }
    Map<String, Dataset> byGroup = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    if (db == null) {
      Study bundled = Study.nationalAi();
      List<String> known = bundled.groups().stream().map(StudyGroup::id).toList();
      for (String g : groups) {
        if (!known.contains(g)) {
          throw new ParameterException(
              cl, "--groups " + g + ": the bundled study's groups are " + String.join(", ", known));
        }
      }
      StudyData data = StudyData.synthesize(bundled);
      groups.forEach(g -> byGroup.put(g, data.dataset(g)));
      sources.add(String.join(", ", groups));
    } else {
      for (String g : groups) {
        StoredResponses stored = StoredResponses.read(db, study, g, cl);
        byGroup.put(g, stored.data());
        sources.add(stored.source());
      }
    }
    List<CrossTab> xs = new ArrayList<>();
    for (String i : items) {
      xs.add(CrossTabs.acrossGroups(byGroup, i, 0.95));
    }
    PublicationSettings settings =
        new PublicationSettings(lang, threshold, provenance(byGroup), "respondents");
    return new GroupExport(
        String.join("; ", sources),
        settings,
        caption(xs, "en"),
        xs,
        PublicationTables.byStratum(
            org.tripart.report.publish.Captions.table(1, lang) + caption(xs, lang), xs, settings));
  }

  private static String caption(List<CrossTab> xs, String lang) {
    return String.join("; ", xs.stream().map(x -> x.item().label().in(lang)).toList())
        + org.tripart.report.publish.Captions.byRespondentGroup(lang);
  }

  /** The first synthetic group's provenance, so that synthetic data is always labelled so. */
  private static String provenance(Map<String, Dataset> byGroup) {
    for (Dataset d : byGroup.values()) {
      if (d.isSynthetic()) {
        return d.provenance();
      }
    }
    return byGroup.values().iterator().next().provenance();
  }
}
