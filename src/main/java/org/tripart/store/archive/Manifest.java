package org.tripart.store.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * What an archive holds, written as {@code manifest.json} beside the tables: the schema version the
 * rows were read at, and per table its file, columns, row count and SHA-256 of its lines.
 *
 * @param createdAt when the snapshot was taken (ISO-8601 UTC)
 * @param sourceVendor {@code sqlite} or {@code postgresql}
 * @param schemaVersion the Flyway version of the source's schema
 * @param tables the tables in an order valid for inserting them
 */
public record Manifest(
    String createdAt, String sourceVendor, String schemaVersion, List<Entry> tables) {
  static final String FORMAT = "tripart-store-archive";
  static final int FORMAT_VERSION = 1;
  static final String FILE = "manifest.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Manifest {
    tables = List.copyOf(tables);
  }

  /**
   * One table of the archive.
   *
   * @param name the table's name
   * @param file its entry in the archive, {@code tables/NAME.jsonl}
   * @param columns its columns' names in the order of each line's values
   * @param types the source vendor's names of the columns' types, for people reading the manifest
   * @param rows the number of lines
   * @param sha256 the SHA-256 of the entry's bytes, lower-case hex
   */
  public record Entry(
      String name,
      String file,
      List<String> columns,
      List<String> types,
      long rows,
      String sha256) {
    public Entry {
      columns = List.copyOf(columns);
      types = List.copyOf(types);
    }
  }

  /** The total number of rows in all tables. */
  public long totalRows() {
    return tables.stream().mapToLong(Entry::rows).sum();
  }

  byte[] toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("createdAt", createdAt);
    root.put("sourceVendor", sourceVendor);
    root.put("schemaVersion", schemaVersion);
    ArrayNode list = root.putArray("tables");
    for (Entry e : tables) {
      ObjectNode t = list.addObject();
      t.put("name", e.name());
      t.put("file", e.file());
      e.columns().forEach(t.putArray("columns")::add);
      e.types().forEach(t.putArray("types")::add);
      t.put("rows", e.rows());
      t.put("sha256", e.sha256());
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a manifest.
   *
   * @throws ArchiveException ({@link ErrorCode#ARCHIVE_UNREADABLE}) when it is not one this version
   *     of Tripart reads
   */
  static Manifest parse(byte[] json, String where) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw unreadable(where, "is not valid JSON: " + e.getMessage());
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw unreadable(where, "is not the manifest of a Tripart store archive");
    }
    if (root.path("formatVersion").asInt() != FORMAT_VERSION) {
      throw unreadable(
          where,
          "has format version "
              + root.path("formatVersion")
              + "; this Tripart reads version "
              + FORMAT_VERSION);
    }
    List<Entry> tables = new ArrayList<>();
    for (JsonNode t : root.path("tables")) {
      List<String> columns = strings(t.path("columns"));
      String sha = text(t, "sha256", where);
      if (columns.isEmpty() || !t.path("rows").canConvertToLong() || !sha.matches("[0-9a-f]{64}")) {
        throw unreadable(where, "has a malformed entry for table " + t.path("name"));
      }
      tables.add(
          new Entry(
              text(t, "name", where),
              text(t, "file", where),
              columns,
              strings(t.path("types")),
              t.path("rows").asLong(),
              sha));
    }
    if (tables.isEmpty()) {
      throw unreadable(where, "lists no tables");
    }
    return new Manifest(
        text(root, "createdAt", where),
        text(root, "sourceVendor", where),
        text(root, "schemaVersion", where),
        tables);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw unreadable(where, "lacks " + field);
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static ArchiveException unreadable(String where, String problem) {
    return new ArchiveException(ErrorCode.ARCHIVE_UNREADABLE, where, problem);
  }
}
