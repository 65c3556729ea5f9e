package org.tripart.instrument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 31 provincial-level regions of mainland China (22 provinces, 5 autonomous regions, 4
 * municipalities) in GB/T 2260 code order: the implied options of every province item. Read once
 * from {@code provinces.csv} beside this class; the list is immutable and safe to share between
 * threads.
 */
public final class Provinces {
  private static final List<Province> ALL = load();

  private Provinces() {}

  /** All 31 regions in code order. */
  public static List<Province> all() {
    return ALL;
  }

  /** The region with this GB/T 2260 code ({@code 44} is Guangdong), if there is one. */
  public static Optional<Province> byCode(String code) {
    return ALL.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The regions as the options of a province item, in code order. */
  public static List<Option> options() {
    return ALL.stream().map(Province::asOption).toList();
  }

  private static List<Province> load() {
    try (InputStream in = Provinces.class.getResourceAsStream("provinces.csv")) {
      if (in == null) {
        throw new IllegalStateException("provinces.csv is missing beside Provinces.class");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Province> provinces = new ArrayList<>();
      String header = reader.readLine();
      if (!"code,name_en,name_zh".equals(header)) {
        throw new IllegalStateException("provinces.csv has an unexpected header: " + header);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
          throw new IllegalStateException("provinces.csv has a malformed line: " + line);
        }
        provinces.add(new Province(fields[0].strip(), fields[1].strip(), fields[2].strip()));
      }
      return List.copyOf(provinces);
    } catch (IOException e) {
      throw new UncheckedIOException("provinces.csv cannot be read", e);
    }
  }
}
