package org.tripart.web.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.audit.PublishedRow;
import org.tripart.instrument.Item;
import org.tripart.report.publish.Captions;
import org.tripart.report.publish.DocxExport;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.PublicationTable;
import org.tripart.report.publish.PublicationTables;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.store.StoredStudy;
import org.tripart.study.Replication;
import org.tripart.study.Study;

/**
 * The paper-style report of a bundled study as DOCX: one table per table of the study's published
 * tables ({@link Replication#tables}, Tables 1-10 for the national AI-collaboration study), with
 * the same group and items in the printed order, computed over the stored final responses (of one
 * wave when asked) with counts below the caller's threshold withheld with their complements. Items
 * the stored questionnaire lacks are left out. Stateless and thread-safe.
 */
final class PaperReport {
  private PaperReport() {}

  /**
   * @param threshold counts from 1 to {@code threshold - 1} are withheld; 0 or 1 withholds nothing
   * @param network the network statistics table for a caption, as the caller may see it; empty when
   *     the study's rosters named no tie
   */
  static byte[] write(
      Study study,
      DashboardData data,
      StoredStudy stored,
      String wave,
      String lang,
      int threshold,
      java.util.function.Function<String, java.util.Optional<org.tripart.report.Table>> network) {
    Map<String, String> groups = new LinkedHashMap<>();
    Map<String, Set<String>> items = new LinkedHashMap<>();
    for (PublishedRow r : Replication.tables(study)) {
      groups.putIfAbsent(r.table(), r.group());
      items.computeIfAbsent(r.table(), k -> new LinkedHashSet<>()).add(r.item());
    }
    Map<String, DashboardData.Selection> selections = new HashMap<>();
    List<PublicationTable> tables = new ArrayList<>();
    Set<String> provenance = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : groups.entrySet()) {
      DashboardData.Selection s =
          selections.computeIfAbsent(e.getValue(), g -> data.select(stored, g, null, wave));
      provenance.add(s.group() + ": " + s.data().provenance());
      List<ItemFrequencies> frequencies = new ArrayList<>();
      for (String id : items.get(e.getKey())) {
        if (s.instrument().hasItem(id)) {
          Item item = s.instrument().item(id);
          if (item.type().isCoded()) {
            frequencies.add(Frequencies.of(s.data(), id));
          }
        }
      }
      PublicationSettings settings =
          new PublicationSettings(lang, threshold, s.data().provenance(), "respondents");
      String caption =
          Captions.table(e.getKey(), lang)
              + s.group()
              + (wave == null ? "" : Captions.wave(wave, lang));
      tables.add(PublicationTables.overall(caption, frequencies, settings));
    }
    List<org.tripart.report.Table> others = new ArrayList<>();
    network
        .apply(Captions.table(tables.size() + 1, lang) + Captions.network(lang))
        .ifPresent(others::add);
    return DocxExport.write(
        DashboardData.title(stored, lang), List.copyOf(provenance), tables, others);
  }
}
