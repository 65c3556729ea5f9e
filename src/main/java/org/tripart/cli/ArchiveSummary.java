package org.tripart.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  static String size(long bytes) {
    return bytes < 1 << 20
        ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
