package org.tripart.interop.stats;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.stats.Variable.Kind;

/**
 * Writes a {@link StatsTable} as the CSV that the SPSS syntax and the Stata do-file read: a header
 * of the safe variable names, numeric codes for coded answers, 0/1 for ticked options, numbers with
 * a {@code .} decimal point and no exponent, ISO dates, text with line breaks made spaces (SPSS
 * reads one case per line), blank for not answered. UTF-8 without byte order mark, LF line ends,
 * RFC 4180 quoting. Stateless.
 */
final class StatsCsv {
  private StatsCsv() {}

  /** The CSV's bytes; a note is added to {@code notes} for each text column whose breaks went. */
  static byte[] write(StatsTable table, List<ConversionNote> notes) {
    return write(table, notes, false);
  }

  /**
   * The CSV in Tripart's own layout ({@code csv-layout.md}): column names and option codes as
   * Tripart writes them, line breaks kept. R's {@code read.csv} reads it.
   */
  static byte[] writeTripartLayout(StatsTable table) {
    return write(table, new java.util.ArrayList<>(), true);
  }

  private static byte[] write(StatsTable table, List<ConversionNote> notes, boolean tripart) {
    List<Variable> vars = table.variables();
    StringBuilder out = new StringBuilder(64 * (table.rows() + 1));
    for (int v = 0; v < vars.size(); v++) {
      out.append(v == 0 ? "" : ",").append(tripart ? vars.get(v).column() : vars.get(v).name());
    }
    out.append('\n');
    boolean[] broken = new boolean[vars.size()];
    for (int row = 0; row < table.rows(); row++) {
      for (int v = 0; v < vars.size(); v++) {
        if (v > 0) {
          out.append(',');
        }
        Kind kind = vars.get(v).kind();
        switch (kind) {
          case CODED, DUMMY -> {
            if (tripart && kind == Kind.CODED) {
              String code = table.optionCode(v, row);
              if (code != null) {
                out.append(code);
              }
              continue;
            }
            Long code = table.code(v, row);
            if (code != null) {
              out.append(code);
            }
          }
          case NUMBER -> {
            double d = table.number(v, row);
            if (!Double.isNaN(d)) {
              out.append(plain(d));
            }
          }
          case ID, TEXT, DATE -> {
            String s = table.text(v, row);
            if (s != null) {
              String flat =
                  tripart ? s : s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
              broken[v] |= !flat.equals(s);
              quote(out, flat);
            }
          }
        }
      }
      out.append('\n');
    }
    for (int v = 0; v < vars.size(); v++) {
      if (broken[v]) {
        notes.add(
            new ConversionNote(
                table.instrument().id(),
                "column " + vars.get(v).column(),
                "line breaks inside answers written as spaces (SPSS reads one case per line)"));
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A number without exponent: {@code 42}, {@code 3.25}, {@code 0.001}. */
  static String plain(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static void quote(StringBuilder out, String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      out.append(s);
      return;
    }
    out.append('"').append(s.replace("\"", "\"\"")).append('"');
  }
}
