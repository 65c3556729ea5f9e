package org.tripart.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.tripart.store.archive.Restored;
import org.tripart.store.archive.TableCount;

/** Prints what a backup, restore or migration wrote: one line per table. Stateless. */
final class ArchiveSummary {
  private ArchiveSummary() {}

  static void tables(PrintWriter out, List<TableCount> tables) {
    int width = tables.stream().mapToInt(t -> t.name().length()).max().orElse(5);
    for (TableCount t : tables) {
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s %,10d %-4s  sha256 %s%n",
          t.name(),
          t.rows(),
          t.rows() == 1 ? "row" : "rows",
          t.sha256().substring(0, 16));
    }
  }

  /**
   * Prints "VERB SOURCE into TARGET: N tables, M rows, each table verified HOW; schema version V
   * (migrated to W); in T." and the tables, for a restore or a migration, then flushes.
   */
  static void restored(PrintWriter out, String verb, String how, Restored r) {
    out.printf(
        Locale.ROOT,
        "%s %s into %s: %d tables, %,d rows, each table verified %s; schema version %s%s; in %s.%n",
        verb,
        r.source(),
        r.target(),
        r.tables().size(),
        r.totalRows(),
        how,
        r.sourceVersion(),
        r.sourceVersion().equals(r.targetVersion()) ? "" : ", migrated to " + r.targetVersion(),
        seconds(r.millis()));
    tables(out, r.tables());
    out.flush();
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  static String size(long bytes) {
    return bytes < 1 << 20
        ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
