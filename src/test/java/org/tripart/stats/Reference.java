package org.tripart.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The expected values R computed ({@code src/test/r/stats-reference.R}), read from {@code
 * reference.csv} beside this class.
 */
final class Reference {
  private static final List<Value> VALUES = load();

  private Reference() {}

  /** One expected number: what R gave for {@code quantity} of {@code input}. */
  record Value(String kind, String input, String quantity, double expected) {
    @Override
    public String toString() {
      return kind + " " + input + " " + quantity + " = " + expected;
    }
  }

  static List<Value> all() {
    return VALUES;
  }

  static double value(String kind, String input, String quantity) {
    return VALUES.stream()
        .filter(v -> v.kind.equals(kind) && v.input.equals(input) && v.quantity.equals(quantity))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no reference " + kind + " " + input + " " + quantity))
        .expected();
  }

  /** The table written as {@code "a b;c d"}, rows separated by semicolons. */
  static long[][] table(String input) {
    return Arrays.stream(input.split(";"))
        .map(row -> Arrays.stream(row.trim().split(" ")).mapToLong(Long::parseLong).toArray())
        .toArray(long[][]::new);
  }

  static double[] numbers(String input) {
    return Arrays.stream(input.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  /** True when {@code actual} is within 1e-9 of {@code expected}, relatively; NaN matches NaN. */
  static boolean matches(double actual, double expected) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    return Math.abs(actual - expected) <= 1e-9 * Math.abs(expected)
        || (expected == 0 && actual == 0);
  }

  private static List<Value> load() {
    InputStream in = Reference.class.getResourceAsStream("reference.csv");
    if (in == null) {
      throw new IllegalStateException("reference.csv is missing beside " + Reference.class);
    }
    List<Value> values = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",");
        values.add(new Value(f[0], f[1], f[2], Double.parseDouble(f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
