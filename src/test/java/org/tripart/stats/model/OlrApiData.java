package org.tripart.stats.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One of the olr-*.csv files written by src/test/r/olr-reference.R, as records. */
final class OlrApiData {
  final List<CSVRecord> rows;

  private OlrApiData(List<CSVRecord> rows) {
    this.rows = rows;
  }

  static OlrApiData load(String name) {
    try (InputStream in = OlrApiData.class.getResourceAsStream(name);
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new OlrApiData(parser.getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return rows.size();
  }

  double[] numbers(String column) {
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      String v = rows.get(r).get(column);
      out[r] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }
    return out;
  }

  int[] integers(String column) {
    int[] out = new int[rows.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = (int) Double.parseDouble(rows.get(r).get(column));
    }
    return out;
  }

  String text(int row, String column) {
    return rows.get(row).get(column);
  }

  /** Codes in order of first appearance. */
  int[] codes(String column) {
    java.util.Map<String, Integer> dict = new java.util.HashMap<>();
    int[] out = new int[rows.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = dict.computeIfAbsent(rows.get(r).get(column), k -> dict.size());
    }
    return out;
  }
}
