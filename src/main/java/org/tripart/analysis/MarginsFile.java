package org.tripart.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * Reads population margins from a CSV file with the header {@code column,value,population}: one row
 * per category, the column of the data set, the value as it appears in the data (an option code),
 * and its population count. Rows of one column make one margin; margins come in the order their
 * column first appears. Stateless.
 */
public final class MarginsFile {
  public static final List<String> HEADER = List.of("column", "value", "population");

  private MarginsFile() {}

  /**
   * @throws DesignPlanException naming file and line for a wrong header, a missing or non-positive
   *     count, or a value given twice
   */
  public static List<DesignPlan.Margin> read(Path file) {
    String name = file.toString();
    Map<String, Map<String, Double>> margins = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.DEFAULT.builder().get().parse(in)) {
      var it = p.iterator();
      if (!it.hasNext()) {
        throw new DesignPlanException(name + ":1", "the file is empty; expected " + header());
      }
      List<String> h = it.next().toList().stream().map(String::strip).toList();
      if (!h.equals(HEADER)) {
        throw new DesignPlanException(
            name + ":1", "the header is " + String.join(",", h) + "; expected " + header());
      }
      while (it.hasNext()) {
        CSVRecord r = it.next();
        String where = name + ":" + r.getRecordNumber();
        if (r.size() != 3) {
          throw new DesignPlanException(where, r.size() + " fields; expected " + header());
        }
        String column = r.get(0).strip();
        String value = r.get(1).strip();
        double count = count(where, r.get(2).strip());
        Map<String, Double> m = margins.computeIfAbsent(column, k -> new LinkedHashMap<>());
        if (m.put(value, count) != null) {
          throw new DesignPlanException(where, column + " = '" + value + "' is given twice");
        }
      }
    } catch (NoSuchFileException e) {
      throw new TripartException(ErrorCode.IO, name, "no such file", e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new TripartException(ErrorCode.IO, name, "cannot be read: " + e.getMessage(), e);
    }
    if (margins.isEmpty()) {
      throw new DesignPlanException(name, "no margins; expected rows of " + header());
    }
    List<DesignPlan.Margin> out = new ArrayList<>();
    margins.forEach((c, m) -> out.add(new DesignPlan.Margin(c, m, name)));
    return out;
  }

  public static double count(String where, String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException | NullPointerException e) {
      v = Double.NaN;
    }
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new DesignPlanException(
          where, "population '" + text + "' is not a positive number such as 1200");
    }
    return v;
  }

  private static String header() {
    return "the header " + String.join(",", HEADER);
  }
}
