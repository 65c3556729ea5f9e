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
import org.tripart.interop.stats.Variable.Kind;
import org.tripart.interop.stats.Variable.ValueLabel;

/**
 * Writes answers for Stata: {@code ID.dta} (format 118, labels and extended missing values in
 * place, see {@link DtaWriter}) and, as REDCap does, {@code ID.csv} with {@code ID.do}, a do-file
 * that imports the CSV and applies {@code label variable}, {@code label define}/{@code label
 * values}, recodes missing-data codes to {@code .a}, {@code .b}, ... and makes dates {@code %td}.
 * Stateless and thread-safe.
 */
final class StataExporter implements Exporter {
  /** Stata keeps variable labels of up to 80 characters. */
  private static final int VARIABLE_LABEL_CHARS = 80;

  @Override
  public Export write(Instrument instrument, Dataset data, ExportOptions options) {
    StatsTable table = StatsTable.of(instrument, data, options, "Stata");
    List<ConversionNote> notes = new ArrayList<>(table.notes());
    byte[] csv = StatsCsv.write(table, notes);
    String id = instrument.id();
    byte[] dta = DtaWriter.write(table, instrument.title().in(table.language()), notes);
    String doFile = doFile(table, id + ".csv", new ArrayList<>());
    return new Export(
        List.of(
            new ExportFile(id + ".dta", dta),
            new ExportFile(id + ".csv", csv),
            new ExportFile(id + ".do", doFile.getBytes(StandardCharsets.UTF_8))),
        notes.stream().distinct().toList());
  }

  private static String doFile(StatsTable table, String csvName, List<ConversionNote> notes) {
    List<Variable> vars = table.variables();
    StringBuilder s = new StringBuilder();
    s.append("* Written by Tripart: instrument ")
        .append(table.instrument().id())
        .append(" version ")
        .append(table.instrument().version())
        .append(", labels in '")
        .append(table.language())
        .append("'.\n");
    s.append("* Run from the folder that holds ").append(csvName).append(".\n");
    StringBuilder strings = new StringBuilder();
    for (int v = 0; v < vars.size(); v++) {
      Kind kind = vars.get(v).kind();
      if (kind == Kind.ID || kind == Kind.TEXT || kind == Kind.DATE) {
        strings.append(strings.length() == 0 ? "" : " ").append(v + 1);
      }
    }
    s.append("import delimited using ").append(quoted(csvName));
    s.append(", varnames(1) case(preserve) bindquote(strict) encoding(\"utf-8\")");
    s.append(" stringcols(").append(strings).append(") clear\n\n");
    for (Variable var : vars) {
      s.append("label variable ").append(var.name()).append(' ');
      s.append(quoted(variableLabel(table, var, notes))).append('\n');
    }
    for (Variable var : vars) {
      if (var.valueLabels().isEmpty()) {
        continue;
      }
      s.append('\n');
      for (int m = 0; m < var.missing().size(); m++) {
        s.append("replace ").append(var.name()).append(" = .").append((char) ('a' + m));
        s.append(" if ").append(var.name()).append(" == ").append(var.missing().get(m));
        s.append('\n');
      }
      s.append("label define ").append(var.name());
      for (ValueLabel vl : var.valueLabels()) {
        int m = var.missing().indexOf(vl.value());
        s.append(' ').append(m >= 0 ? "." + (char) ('a' + m) : Long.toString(vl.value()));
        s.append(' ').append(quoted(Labels.oneLine(vl.label())));
      }
      s.append(", replace\n");
      s.append("label values ").append(var.name()).append(' ').append(var.name()).append('\n');
    }
    for (Variable var : vars) {
      if (var.kind() == Kind.DATE) {
        String n = var.name();
        s.append('\n')
            .append("generate long tripart_date = date(")
            .append(n)
            .append(", \"YMD\")\n");
        s.append("order tripart_date, after(").append(n).append(")\n");
        s.append("drop ").append(n).append('\n');
        s.append("rename tripart_date ").append(n).append('\n');
        s.append("format ").append(n).append(" %td\n");
        s.append("label variable ").append(n).append(' ');
        s.append(quoted(variableLabel(table, var, notes))).append('\n');
      }
    }
    return s.toString();
  }

  /** The variable label cut to what Stata keeps (80 characters), with a note when cut. */
  static String variableLabel(StatsTable table, Variable var, List<ConversionNote> notes) {
    String line = Labels.oneLine(var.label());
    if (line.codePointCount(0, line.length()) <= VARIABLE_LABEL_CHARS) {
      return line;
    }
    notes.add(
        new ConversionNote(
            table.instrument().id(),
            "column " + var.column(),
            "variable label cut to the 80 characters Stata keeps"));
    return line.substring(0, line.offsetByCodePoints(0, VARIABLE_LABEL_CHARS));
  }

  /**
   * A Stata string literal: compound double quotes, so that {@code "} may appear inside, with
   * {@code `} and {@code $} escaped so that no macro is expanded.
   */
  static String quoted(String s) {
    return "`\"" + s.replace("`", "\\`").replace("$", "\\$") + "\"'";
  }
}
