package org.tripart.interop.stats;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.stats.Variable.Kind;
import org.tripart.interop.stats.Variable.ValueLabel;

/**
 * Writes a {@link StatsTable} as a Stata dataset in format 118 (Stata 14 and later, UTF-8), as
 * {@code help dta} documents it: little-endian, coded and ticked answers as {@code long} with a
 * value label per variable, missing-data codes as the extended missing values {@code .a}, {@code
 * .b}, ... (labelled with the option's text), numbers as {@code double}, dates as {@code long} days
 * since 1960-01-01 with format {@code %td}, text as {@code str#} of the widest answer (at most 2045
 * bytes). Stateless.
 */
final class DtaWriter {
  private static final int STR_MAX = 2045;
  private static final int TYPE_DOUBLE = 65526;
  private static final int TYPE_LONG = 65528;
  private static final int LONG_MISSING = 2147483621;
  private static final long DOUBLE_MISSING = 0x7fe0000000000000L;
  private static final LocalDate STATA_EPOCH = LocalDate.of(1960, 1, 1);

  private DtaWriter() {}

  /** The extended missing value {@code .a} + {@code index} as a Stata long. */
  static int longMissing(int index) {
    return LONG_MISSING + 1 + index;
  }

  static byte[] write(StatsTable table, String datasetLabel, List<ConversionNote> notes) {
    List<Variable> vars = table.variables();
    int k = vars.size();
    int[] types = new int[k];
    for (int v = 0; v < k; v++) {
      types[v] = type(table, v, notes);
    }
    Out o = new Out();
    o.tag("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>");
    o.u16(k);
    o.tag("</K><N>");
    o.u64(table.rows());
    o.tag("</N><label>");
    byte[] label = utf8(Labels.cut(Labels.oneLine(datasetLabel), 320));
    o.u16(label.length);
    o.bytes(label);
    o.tag("</label><timestamp>");
    o.u8(0);
    o.tag("</timestamp></header>");
    long[] map = new long[14];
    map[1] = o.size();
    o.tag("<map>");
    int mapValues = o.size();
    for (int i = 0; i < 14; i++) {
      o.u64(0);
    }
    o.tag("</map>");
    map[2] = o.size();
    o.tag("<variable_types>");
    for (int t : types) {
      o.u16(t);
    }
    o.tag("</variable_types>");
    map[3] = o.size();
    o.tag("<varnames>");
    for (Variable var : vars) {
      o.fixed(utf8(var.name()), 129);
    }
    o.tag("</varnames>");
    map[4] = o.size();
    o.tag("<sortlist>");
    for (int i = 0; i <= k; i++) {
      o.u16(0);
    }
    o.tag("</sortlist>");
    map[5] = o.size();
    o.tag("<formats>");
    for (int v = 0; v < k; v++) {
      o.fixed(utf8(displayFormat(vars.get(v), types[v])), 57);
    }
    o.tag("</formats>");
    map[6] = o.size();
    o.tag("<value_label_names>");
    for (Variable var : vars) {
      o.fixed(utf8(var.valueLabels().isEmpty() ? "" : var.name()), 129);
    }
    o.tag("</value_label_names>");
    map[7] = o.size();
    o.tag("<variable_labels>");
    for (Variable var : vars) {
      o.fixed(utf8(StataExporter.variableLabel(table, var, notes)), 321);
    }
    o.tag("</variable_labels>");
    map[8] = o.size();
    o.tag("<characteristics></characteristics>");
    map[9] = o.size();
    o.tag("<data>");
    for (int row = 0; row < table.rows(); row++) {
      for (int v = 0; v < k; v++) {
        cell(o, table, v, row, types[v]);
      }
    }
    o.tag("</data>");
    map[10] = o.size();
    o.tag("<strls></strls>");
    map[11] = o.size();
    o.tag("<value_labels>");
    for (Variable var : vars) {
      if (!var.valueLabels().isEmpty()) {
        valueLabel(o, var);
      }
    }
    o.tag("</value_labels>");
    map[12] = o.size();
    o.tag("</stata_dta>");
    map[13] = o.size();
    byte[] bytes = o.toByteArray();
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 14; i++) {
      b.putLong(mapValues + 8 * i, map[i]);
    }
    return bytes;
  }

  private static int type(StatsTable table, int v, List<ConversionNote> notes) {
    Variable var = table.variables().get(v);
    return switch (var.kind()) {
      case CODED, DUMMY, DATE -> TYPE_LONG;
      case NUMBER -> TYPE_DOUBLE;
      case ID, TEXT -> {
        int w = 1;
        for (int row = 0; row < table.rows(); row++) {
          String s = table.text(v, row);
          w = Math.max(w, s == null ? 0 : Labels.bytes(s));
        }
        if (w > STR_MAX) {
          notes.add(
              new ConversionNote(
                  table.instrument().id(),
                  "column " + var.column(),
                  "answers longer than 2045 bytes cut to 2045 in the .dta file"));
        }
        yield Math.min(w, STR_MAX);
      }
    };
  }

  private static String displayFormat(Variable var, int type) {
    if (var.kind() == Kind.DATE) {
      return "%td";
    }
    return switch (type) {
      case TYPE_LONG -> "%12.0g";
      case TYPE_DOUBLE -> "%10.0g";
      default -> "%" + Math.min(type, 244) + "s";
    };
  }

  private static void cell(Out o, StatsTable table, int v, int row, int type) {
    Variable var = table.variables().get(v);
    switch (var.kind()) {
      case CODED, DUMMY -> {
        Long code = table.code(v, row);
        int m = code == null ? -1 : var.missing().indexOf(code);
        o.i32(code == null ? LONG_MISSING : m >= 0 ? longMissing(m) : code.intValue());
      }
      case DATE -> {
        String s = table.text(v, row);
        o.i32(
            StatsTable.isIsoDate(s)
                ? (int) ChronoUnit.DAYS.between(STATA_EPOCH, LocalDate.parse(s))
                : LONG_MISSING);
      }
      case NUMBER -> {
        double d = table.number(v, row);
        o.u64(Double.isNaN(d) ? DOUBLE_MISSING : Double.doubleToLongBits(d));
      }
      case ID, TEXT -> {
        String s = table.text(v, row);
        o.fixed(utf8(s == null ? "" : Labels.cut(s, type)), type);
      }
    }
  }

  private static void valueLabel(Out o, Variable var) {
    List<Integer> values = new ArrayList<>();
    ByteArrayOutputStream txt = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    for (ValueLabel vl : var.valueLabels()) {
      int m = var.missing().indexOf(vl.value());
      values.add(m >= 0 ? longMissing(m) : (int) vl.value());
      offsets.add(txt.size());
      txt.writeBytes(utf8(Labels.oneLine(vl.label())));
      txt.write(0);
    }
    int n = values.size();
    int len = 8 + 8 * n + txt.size();
    o.tag("<lbl>");
    o.i32(len);
    o.fixed(utf8(var.name()), 129);
    o.bytes(new byte[3]);
    o.i32(n);
    o.i32(txt.size());
    offsets.forEach(o::i32);
    values.forEach(o::i32);
    o.bytes(txt.toByteArray());
    o.tag("</lbl>");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A growing little-endian byte buffer. */
  private static final class Out extends ByteArrayOutputStream {
    void tag(String s) {
      writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    void bytes(byte[] b) {
      writeBytes(b);
    }

    void u8(int v) {
      write(v);
    }

    void u16(int v) {
      write(v & 0xff);
      write((v >>> 8) & 0xff);
    }

    void i32(int v) {
      for (int i = 0; i < 4; i++) {
        write((v >>> (8 * i)) & 0xff);
      }
    }

    void u64(long v) {
      for (int i = 0; i < 8; i++) {
        write((int) ((v >>> (8 * i)) & 0xff));
      }
    }

    /** The bytes padded with zeros (or cut) to exactly {@code width}. */
    void fixed(byte[] b, int width) {
      write(b, 0, Math.min(b.length, width));
      for (int i = b.length; i < width; i++) {
        write(0);
      }
    }
  }
}
