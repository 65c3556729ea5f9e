package org.tripart.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.report.publish.Captions;
import org.tripart.report.publish.DocxExport;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.PublicationTable;
import org.tripart.report.publish.PublicationTables;
import org.tripart.report.publish.XlsxExport;
import org.tripart.stats.CrossTab;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.GroupMismatchException;
import org.tripart.stats.ItemFrequencies;

/**
 * The dashboard's publication downloads: one table of the chosen coded items (all of them when none
 * is chosen), overall, by the stratifier, or compared across respondent groups, with counts below
 * the threshold the caller gets (the study's for a viewer, none for those who see exact counts)
 * withheld with their complements. Stateless and thread-safe.
 */
final class Exports {
  enum Kind {
    DOCX(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    Kind(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    String extension() {
      return extension;
    }

    String mediaType() {
      return mediaType;
    }
  }

  private Exports() {}

  /**
   * The publication table of the selection's items, as one table.
   *
   * @param threshold counts from 1 to {@code threshold - 1} are withheld; 0 or 1 withholds nothing
   */
  static PublicationTable table(
      DashboardData.Selection s, List<String> itemIds, String lang, int threshold) {
    PublicationSettings settings =
        new PublicationSettings(lang, threshold, s.data().provenance(), "respondents");
    List<String> ids = new ArrayList<>(itemIds);
    if (ids.isEmpty()) {
      for (Item item : s.instrument().items()) {
        if (item.type().isCoded() && (s.by() == null || !item.id().equals(s.by().id()))) {
          ids.add(item.id());
        }
      }
    }
    String title =
        Captions.table(1, lang)
            + s.study().id()
            + Captions.comma(lang)
            + s.group()
            + (s.by() == null ? "" : Captions.by(s.by().label().in(lang), lang))
            + (s.wave() == null ? "" : Captions.wave(s.wave(), lang));
    if (s.by() == null) {
      List<ItemFrequencies> items = new ArrayList<>();
      ids.forEach(id -> items.add(Frequencies.of(s.data(), id)));
      return PublicationTables.overall(title, items, settings);
    }
    List<CrossTab> items = new ArrayList<>();
    ids.forEach(id -> items.add(CrossTabs.of(s.data(), id, s.by().id(), DashboardData.CONFIDENCE)));
    return PublicationTables.byStratum(title, items, settings);
  }

  static byte[] write(
      Kind kind, DashboardData.Selection s, List<String> itemIds, String lang, int threshold) {
    PublicationTable t = table(s, itemIds, lang, threshold);
    return kind == Kind.DOCX
        ? DocxExport.write(t.title(), List.of(s.data().provenance()), List.of(t))
        : XlsxExport.write(List.of(t));
  }

  /**
   * The publication table comparing the items across the selections' groups, one column per group
   * in the order given, with a chi-square p-value ({@link CrossTabs#acrossGroups}). With no item
   * chosen, every coded item of the first group that all the groups ask alike.
   *
   * @param groups one selection per group, at least two, all of one study and wave, none split
   * @param threshold counts from 1 to {@code threshold - 1} are withheld; 0 or 1 withholds nothing
   * @throws GroupMismatchException when a chosen item is missing from a group or asked differently
   */
  static PublicationTable acrossGroups(
      List<DashboardData.Selection> groups, List<String> itemIds, String lang, int threshold) {
    Map<String, Dataset> byGroup = new LinkedHashMap<>();
    groups.forEach(s -> byGroup.put(s.group(), s.data()));
    List<CrossTab> items = new ArrayList<>();
    if (itemIds.isEmpty()) {
      for (Item item : groups.get(0).instrument().items()) {
        if (item.type().isCoded()) {
          try {
            items.add(CrossTabs.acrossGroups(byGroup, item.id(), DashboardData.CONFIDENCE));
          } catch (GroupMismatchException e) {
            continue;
          }
        }
      }
    } else {
      itemIds.forEach(
          id -> items.add(CrossTabs.acrossGroups(byGroup, id, DashboardData.CONFIDENCE)));
    }
    DashboardData.Selection first = groups.get(0);
    PublicationSettings settings =
        new PublicationSettings(
            lang, threshold, String.join("; ", provenances(groups)), "respondents");
    String title =
        Captions.table(1, lang)
            + first.study().id()
            + Captions.comma(lang)
            + String.join(Captions.comma(lang), byGroup.keySet())
            + (first.wave() == null ? "" : Captions.wave(first.wave(), lang))
            + Captions.byRespondentGroup(lang);
    return PublicationTables.byStratum(title, items, settings);
  }

  static byte[] writeAcrossGroups(
      Kind kind,
      List<DashboardData.Selection> groups,
      List<String> itemIds,
      String lang,
      int threshold) {
    PublicationTable t = acrossGroups(groups, itemIds, lang, threshold);
    return kind == Kind.DOCX
        ? DocxExport.write(t.title(), provenances(groups), List.of(t))
        : XlsxExport.write(List.of(t));
  }

  private static List<String> provenances(List<DashboardData.Selection> groups) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    groups.forEach(s -> out.add(s.data().provenance()));
    return List.copyOf(out);
  }
}
