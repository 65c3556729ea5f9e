package org.tripart.stats.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One of R's api data sets as committed under src/test/resources, read column-wise. */
final class ApiData {
  private final Map<String, String[]> columns = new LinkedHashMap<>();
  private final int size;

  private ApiData(List<CSVRecord> records, List<String> header) {
    size = records.size();
    for (String h : header) {
      String[] values = new String[size];
      for (int r = 0; r < size; r++) {
        values[r] = records.get(r).get(h);
      }
      columns.put(h, values);
    }
  }

  static ApiData load(String name) {
    try (InputStream in = ApiData.class.getResourceAsStream(name);
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new ApiData(parser.getRecords(), parser.getHeaderNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return size;
  }

  double[] numbers(String column) {
    String[] v = columns.get(column);
    double[] out = new double[size];
    for (int r = 0; r < size; r++) {
      out[r] = v[r].isEmpty() ? Double.NaN : Double.parseDouble(v[r]);
    }
    return out;
  }

  int[] codes(String column) {
    String[] v = columns.get(column);
    Map<String, Integer> dict = new HashMap<>();
    int[] out = new int[size];
    for (int r = 0; r < size; r++) {
      out[r] = dict.computeIfAbsent(v[r], k -> dict.size());
    }
    return out;
  }

  String[] text(String column) {
    return columns.get(column).clone();
  }

  BitSet is(String column, String value) {
    String[] v = columns.get(column);
    BitSet out = new BitSet(size);
    for (int r = 0; r < size; r++) {
      if (v[r].equals(value)) {
        out.set(r);
      }
    }
    return out;
  }

  double[] indicator(String column, String value) {
    String[] v = columns.get(column);
    double[] out = new double[size];
    for (int r = 0; r < size; r++) {
      out[r] = v[r].equals(value) ? 1 : 0;
    }
    return out;
  }

  List<String> levels(String column) {
    List<String> out = new ArrayList<>();
    for (String s : columns.get(column)) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
