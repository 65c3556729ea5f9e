package org.tripart.interop.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.Export;
import org.tripart.interop.ExportFile;
import org.tripart.interop.ExportOptions;
import org.tripart.interop.Exporter;
import org.tripart.interop.stats.Variable.ValueLabel;

/**
 * Writes answers for SPSS (and PSPP): {@code ID.csv} and {@code ID.sps}, a syntax file that reads
 * the CSV with {@code GET DATA} and applies {@code VARIABLE LABELS}, {@code VALUE LABELS}, {@code
 * MISSING VALUES} for options flagged as missing-data codes, and measurement levels. Run it from
 * the folder holding the CSV. Stateless and thread-safe.
 */
final class SpssExporter implements Exporter {
  /** SPSS keeps value labels up to 120 bytes and variable labels up to 255. */
  private static final int VALUE_LABEL_BYTES = 120;

  private static final int VARIABLE_LABEL_BYTES = 255;

  @Override
  public Export write(Instrument instrument, Dataset data, ExportOptions options) {
    StatsTable table = StatsTable.of(instrument, data, options, "SPSS");
    List<ConversionNote> notes = new ArrayList<>(table.notes());
    byte[] csv = StatsCsv.write(table, notes);
    String csvName = instrument.id() + ".csv";
    String syntax = syntax(table, csvName, notes);
    return new Export(
        List.of(
            new ExportFile(csvName, csv),
            new ExportFile(instrument.id() + ".sps", syntax.getBytes(StandardCharsets.UTF_8))),
        notes);
  }

  private static String syntax(StatsTable table, String csvName, List<ConversionNote> notes) {
    List<Variable> vars = table.variables();
    StringBuilder s = new StringBuilder();
    s.append("* Encoding: UTF-8.\n");
    s.append("* Written by Tripart: instrument ")
        .append(table.instrument().id())
        .append(" version ")
        .append(table.instrument().version())
        .append(", labels in '")
        .append(table.language())
        .append("'.\n");
    s.append("* Run from the folder that holds ").append(csvName).append(".\n\n");
    s.append("GET DATA\n  /TYPE=TXT\n  /FILE='").append(csvName).append("'\n");
    s.append("  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n");
    s.append("  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n");
    for (int v = 0; v < vars.size(); v++) {
      s.append("    ").append(vars.get(v).name()).append(' ').append(format(table, v)).append('\n');
    }
    s.append(".\n\nVARIABLE LABELS\n");
    for (int v = 0; v < vars.size(); v++) {
      Variable var = vars.get(v);
      s.append(v == 0 ? "  " : "  /").append(var.name()).append(' ');
      s.append(quoted(label(var.label(), VARIABLE_LABEL_BYTES, table, var, notes))).append('\n');
    }
    s.append(".\n");
    StringBuilder values = new StringBuilder();
    StringBuilder missing = new StringBuilder();
    for (Variable var : vars) {
      if (var.valueLabels().isEmpty()) {
        continue;
      }
      values.append("  /").append(var.name());
      for (ValueLabel vl : var.valueLabels()) {
        values.append(' ').append(vl.value()).append(' ');
        values.append(quoted(label(vl.label(), VALUE_LABEL_BYTES, table, var, notes)));
      }
      values.append('\n');
      if (!var.missing().isEmpty()) {
        List<Long> codes = var.missing().subList(0, Math.min(3, var.missing().size()));
        missing.append("MISSING VALUES ").append(var.name()).append(" (");
        for (int i = 0; i < codes.size(); i++) {
          missing.append(i == 0 ? "" : ", ").append(codes.get(i));
        }
        missing.append(").\n");
        if (var.missing().size() > 3) {
          notes.add(
              new ConversionNote(
                  table.instrument().id(),
                  "item " + var.column(),
                  "SPSS declares at most three missing values; only the first three are"));
        }
      }
    }
    if (values.length() > 0) {
      s.append("\nVALUE LABELS\n").append(values).append(".\n");
    }
    if (missing.length() > 0) {
      s.append('\n').append(missing);
    }
    s.append('\n').append(levels(vars)).append("EXECUTE.\n");
    return s.toString();
  }

  private static String levels(List<Variable> vars) {
    StringBuilder nominal = new StringBuilder();
    StringBuilder ordinal = new StringBuilder();
    StringBuilder scale = new StringBuilder();
    for (Variable v : vars) {
      StringBuilder target =
          switch (v.kind()) {
            case CODED ->
                v.item().type() == org.tripart.instrument.ItemType.LIKERT ? ordinal : nominal;
            case DUMMY, ID, TEXT -> nominal;
            case NUMBER, DATE -> scale;
          };
      target.append(' ').append(v.name());
    }
    StringBuilder s = new StringBuilder("VARIABLE LEVEL");
    appendLevel(s, nominal, "NOMINAL");
    appendLevel(s, ordinal, "ORDINAL");
    appendLevel(s, scale, "SCALE");
    return s.append(".\n").toString();
  }

  private static void appendLevel(StringBuilder s, StringBuilder names, String level) {
    if (names.length() > 0) {
      boolean startsList = s.length() == "VARIABLE LEVEL".length();
      s.append(startsList ? "\n " : "\n /").append(names).append(" (").append(level).append(')');
    }
  }

  /** The input format of a variable: F for numbers, SDATE10 for dates, A with the widest text. */
  private static String format(StatsTable table, int v) {
    Variable var = table.variables().get(v);
    return switch (var.kind()) {
      case CODED, DUMMY -> "F" + Math.max(8, codeWidth(var)) + ".0";
      case NUMBER -> numberFormat(table, v);
      case DATE -> "SDATE10";
      case ID, TEXT -> "A" + textWidth(table, v);
    };
  }

  private static int codeWidth(Variable var) {
    int w = 1;
    for (long c : var.codes()) {
      w = Math.max(w, Long.toString(c).length());
    }
    return w;
  }

  private static String numberFormat(StatsTable table, int v) {
    int decimals = 0;
    int width = 1;
    for (int row = 0; row < table.rows(); row++) {
      double d = table.number(v, row);
      if (!Double.isNaN(d)) {
        String p = StatsCsv.plain(d);
        int dot = p.indexOf('.');
        decimals = Math.max(decimals, dot < 0 ? 0 : p.length() - dot - 1);
        width = Math.max(width, dot < 0 ? p.length() : dot);
      }
    }
    decimals = Math.min(decimals, 16);
    return "F" + Math.min(40, Math.max(8, width + decimals + 1)) + "." + decimals;
  }

  private static int textWidth(StatsTable table, int v) {
    int w = 1;
    for (int row = 0; row < table.rows(); row++) {
      String s = table.text(v, row);
      if (s != null) {
        w = Math.max(w, Labels.bytes(s));
      }
    }
    return Math.min(w, 32767);
  }

  private static String label(
      String text, int maxBytes, StatsTable table, Variable var, List<ConversionNote> notes) {
    String line = Labels.oneLine(text);
    String cut = Labels.cut(line, maxBytes);
    if (!cut.equals(line)) {
      notes.add(
          new ConversionNote(
              table.instrument().id(),
              "column " + var.column(),
              "a label longer than SPSS keeps (" + maxBytes + " bytes) was shortened"));
    }
    return cut;
  }

  /** A string literal of SPSS syntax: double quotes, a quote inside doubled. */
  static String quoted(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
