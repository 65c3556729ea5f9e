package org.tripart.interop.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.Export;
import org.tripart.interop.ExportFile;
import org.tripart.interop.ExportOptions;
import org.tripart.interop.Exporter;
import org.tripart.interop.stats.Variable.Kind;

/**
 * Writes answers for R as REDCap's R export does: {@code ID.csv} in Tripart's own layout (option
 * codes, {@code item___code} 0/1 columns) and {@code ID.R}, a base-R script (no packages) that
 * reads it with {@code read.csv} into {@code data}, sets each column's {@code "label"} attribute
 * (what Hmisc's {@code label()} and haven read), makes dates {@code Date}s, and adds beside each
 * coded column a factor {@code NAME.factor} whose levels are the option codes and labels the option
 * texts. Missing-data codes stay in the raw column; in the factor they are excluded levels, so they
 * are {@code NA}, and the factor's {@code "missing_codes"} attribute names them. Stateless and
 * thread-safe.
 */
final class RExporter implements Exporter {
  @Override
  public Export write(Instrument instrument, Dataset data, ExportOptions options) {
    StatsTable table = StatsTable.of(instrument, data, options, "R");
    List<ConversionNote> notes = new ArrayList<>();
    for (ConversionNote n : table.notes()) {
      if (!n.message().startsWith("option codes written as numbers")
          && !n.message().startsWith("named ")) {
        notes.add(n);
      }
    }
    String id = instrument.id();
    String script = script(table, id + ".csv");
    return new Export(
        List.of(
            new ExportFile(id + ".csv", StatsCsv.writeTripartLayout(table)),
            new ExportFile(id + ".R", script.getBytes(StandardCharsets.UTF_8))),
        notes);
  }

  private static String script(StatsTable table, String csvName) {
    List<Variable> vars = table.variables();
    StringBuilder s = new StringBuilder();
    s.append("# Written by Tripart: instrument ")
        .append(table.instrument().id())
        .append(" version ")
        .append(table.instrument().version())
        .append(", labels in '")
        .append(table.language())
        .append("'.\n");
    s.append("# Run from the folder that holds ").append(csvName).append(" (or setwd() there).\n");
    StringJoiner classes = new StringJoiner(",\n  ", "c(\n  ", ")");
    for (Variable v : vars) {
      String cls =
          switch (v.kind()) {
            case ID, TEXT, DATE, CODED -> "character";
            case DUMMY -> "integer";
            case NUMBER -> "numeric";
          };
      classes.add(quoted(v.column()) + " = " + quoted(cls));
    }
    s.append("data <- read.csv(").append(quoted(csvName));
    s.append(", fileEncoding = \"UTF-8\", check.names = FALSE, na.strings = \"\",\n");
    s.append("  colClasses = ").append(classes).append(")\n\n");
    for (Variable v : vars) {
      if (v.kind() == Kind.DATE) {
        s.append("data[[").append(quoted(v.column())).append("]] <- as.Date(data[[");
        s.append(quoted(v.column())).append("]], format = \"%Y-%m-%d\")\n");
      }
    }
    for (Variable v : vars) {
      s.append("attr(data[[").append(quoted(v.column())).append("]], \"label\") <- ");
      s.append(quoted(v.label())).append('\n');
    }
    s.append('\n');
    for (Variable v : vars) {
      if (v.kind() == Kind.CODED) {
        factor(s, table, v);
      } else if (v.kind() == Kind.DUMMY) {
        String f = quoted(v.column() + ".factor");
        s.append("data[[").append(f).append("]] <- factor(data[[").append(quoted(v.column()));
        s.append("]], levels = c(0, 1), labels = c(\"Unchecked\", \"Checked\"))\n");
      }
    }
    return s.toString();
  }

  private static void factor(StringBuilder s, StatsTable table, Variable v) {
    StringJoiner levels = new StringJoiner(", ", "c(", ")");
    StringJoiner labels = new StringJoiner(", ", "c(", ")");
    StringJoiner missing = new StringJoiner(", ", "c(", ")");
    boolean anyMissing = false;
    for (Option o : v.item().options()) {
      String text = quoted(o.label().in(table.language()));
      if (o.missing()) {
        missing.add(text + " = " + quoted(o.code()));
        anyMissing = true;
      } else {
        levels.add(quoted(o.code()));
        labels.add(text);
      }
    }
    String f = quoted(v.column() + ".factor");
    s.append("data[[").append(f).append("]] <- factor(data[[").append(quoted(v.column()));
    s.append("]], levels = ").append(levels).append(", labels = ").append(labels);
    if (v.item().type() == ItemType.LIKERT) {
      s.append(", ordered = TRUE");
    }
    s.append(")\n");
    if (anyMissing) {
      s.append("attr(data[[").append(f).append("]], \"missing_codes\") <- ").append(missing);
      s.append('\n');
    }
  }

  /** An R string literal: double quotes, with {@code \}, {@code "} and line breaks escaped. */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
