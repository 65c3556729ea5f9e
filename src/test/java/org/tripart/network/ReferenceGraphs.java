package org.tripart.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;

/**
 * The committed test graphs beside this class and the values src/test/r/network-reference.R wrote
 * for them with R igraph and sna.
 */
final class ReferenceGraphs {
  private ReferenceGraphs() {}

  static List<Organisation> organisations(String name) {
    List<Organisation> result = new ArrayList<>();
    for (CSVRecord r : read(name + "-nodes.csv")) {
      result.add(
          new Organisation(
              r.get("id"),
              r.get("name"),
              Sector.fromFileName(r.get("sector")).orElseThrow(),
              r.get("province_code"),
              Tier.fromFileName(r.get("tier")).orElseThrow()));
    }
    return result;
  }

  static List<Nomination> nominations(String name) {
    List<Nomination> result = new ArrayList<>();
    for (CSVRecord r : read(name + "-nominations.csv")) {
      String kinds = r.get("kinds");
      result.add(
          new Nomination(
              r.get("respondent_id"),
              r.get("ego"),
              r.get("alter"),
              kinds.isEmpty()
                  ? java.util.Set.of()
                  : new LinkedHashSet<>(Arrays.asList(kinds.split(";")))));
    }
    return result;
  }

  static Network network(String name) {
    return NetworkBuilder.build(organisations(name), nominations(name), List.of());
  }

  /** The expected per-node values, by node id, each a map of column to cell. */
  static Map<String, Map<String, String>> expectedNodes(String name) {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    for (CSVRecord r : read(name + "-expected-nodes.csv")) {
      result.put(r.get("node"), r.toMap());
    }
    return result;
  }

  static Map<String, String> expectedSummary(String name) {
    Map<String, String> result = new LinkedHashMap<>();
    for (CSVRecord r : read(name + "-expected-summary.csv")) {
      result.put(r.get("quantity"), r.get("expected"));
    }
    return result;
  }

  private static List<CSVRecord> read(String file) {
    try (InputStream in = ReferenceGraphs.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing beside ReferenceGraphs");
      }
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
