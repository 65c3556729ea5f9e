package org.tripart.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.SourceLocation;

/**
 * Reads a table of targets from CSV with the header {@code item,option,pct[,by_item,by_option]}
 * (columns in any order; blank lines and lines starting with {@code #} are skipped). Reading checks
 * the form of each row; {@link #validate} checks the targets against an instrument. Stateless and
 * thread-safe.
 */
public final class TargetTable {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final List<String> COLUMNS =
      List.of("item", "option", "pct", "by_item", "by_option");

  private TargetTable() {}

  /**
   * Reads the targets of a UTF-8 CSV file.
   *
   * @throws TripartException {@link ErrorCode#IO} when the file cannot be read, {@link
   *     ErrorCode#INVALID_TARGET} naming file and line when a row is malformed
   */
  public static List<Target> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, file.toString(), "cannot read: " + e.getMessage());
    }
  }

  /**
   * Reads the targets from {@code r}, naming {@code fileName} in messages. Does not close {@code
   * r}.
   *
   * @throws TripartException {@link ErrorCode#INVALID_TARGET} naming file and line when a row is
   *     malformed, {@link ErrorCode#IO} when reading fails
   */
  public static List<Target> read(Reader r, String fileName) {
    List<Target> targets = new ArrayList<>();
    BufferedReader in = new BufferedReader(r);
    int[] at = null;
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        SourceLocation where = new SourceLocation(fileName, lineNo);
        List<String> fields = split(line, where);
        if (at == null) {
          at = header(fields, where);
        } else {
          targets.add(row(fields, at, where));
        }
      }
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, fileName, "cannot read: " + e.getMessage());
    }
    if (at == null) {
      throw invalid(new SourceLocation(fileName, 0), "no header line item,option,pct");
    }
    return List.copyOf(targets);
  }

  /**
   * Checks targets against an instrument: unknown items or options, percentages outside 0..100,
   * strata over an item that is not a coded item answered earlier, duplicate targets, and
   * single-choice targets of one stratum that sum past 100% by more than their rounding allows.
   *
   * @throws TripartException {@link ErrorCode#INVALID_TARGET} naming the file and line of the first
   *     offending target
   */
  public static void validate(Instrument instrument, List<Target> targets) {
    List<TripartException> overfull = TargetRules.check(instrument, targets);
    if (!overfull.isEmpty()) {
      throw overfull.get(0);
    }
  }

  private static int[] header(List<String> fields, SourceLocation where) {
    int[] at = {-1, -1, -1, -1, -1};
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).trim().toLowerCase(java.util.Locale.ROOT);
      int c = COLUMNS.indexOf(name);
      if (c < 0) {
        throw invalid(
            where, "unknown column '" + name + "'; expected " + String.join(",", COLUMNS));
      }
      if (at[c] >= 0) {
        throw invalid(where, "column '" + name + "' appears twice");
      }
      at[c] = i;
    }
    for (int c = 0; c < 3; c++) {
      if (at[c] < 0) {
        throw invalid(where, "missing column '" + COLUMNS.get(c) + "'");
      }
    }
    if ((at[3] < 0) != (at[4] < 0)) {
      throw invalid(where, "by_item and by_option must be given together");
    }
    return at;
  }

  private static Target row(List<String> fields, int[] at, SourceLocation where) {
    int width = 0;
    for (int i : at) {
      width = Math.max(width, i + 1);
    }
    if (fields.size() < width) {
      throw invalid(where, "expected " + width + " fields, found " + fields.size());
    }
    String item = fields.get(at[0]).trim();
    String option = fields.get(at[1]).trim();
    String pct = fields.get(at[2]).trim();
    String byItem = at[3] < 0 ? "" : fields.get(at[3]).trim();
    String byOption = at[4] < 0 ? "" : fields.get(at[4]).trim();
    if (item.isEmpty() || option.isEmpty()) {
      throw invalid(where, "item and option must not be empty");
    }
    if (!NUMBER.matcher(pct).matches()) {
      throw invalid(where, "pct '" + pct + "' is not a number such as 47 or 16.5");
    }
    if (byItem.isEmpty() != byOption.isEmpty()) {
      throw invalid(where, "by_item and by_option must both be given or both be empty");
    }
    int dot = pct.indexOf('.');
    int decimals = dot < 0 ? 0 : pct.length() - dot - 1;
    double value = Double.parseDouble(pct);
    boolean share = !option.equals(Target.MEAN) && !option.equals(Target.SD);
    if (share && (value < 0 || value > 100)) {
      throw invalid(where, "pct " + pct + " is outside 0..100");
    }
    if (option.equals(Target.SD) && value < 0) {
      throw invalid(where, "a standard deviation cannot be negative");
    }
    return new Target(
        item,
        option,
        value,
        decimals,
        byItem.isEmpty() ? null : byItem,
        byOption.isEmpty() ? null : byOption,
        where);
  }

  private static List<String> split(String line, SourceLocation where) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw invalid(where, "a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }

  static TripartException invalid(SourceLocation where, String problem) {
    return new TripartException(ErrorCode.INVALID_TARGET, where.toString(), problem);
  }
}
