package org.tripart.store.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites an archive's entries, for tests of damaged and forged archives. */
final class ZipEdit {
  private ZipEdit() {}

  static Map<String, byte[]> entries(Path file) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  static void write(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }

  /** Replaces a table's text through {@code edit}, leaving the manifest as it was. */
  static void editTable(Path file, String table, UnaryOperator<String> edit) throws IOException {
    Map<String, byte[]> entries = entries(file);
    String name = "tables/" + table + ".jsonl";
    entries.put(
        name,
        edit.apply(new String(entries.get(name), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8));
    write(file, entries);
  }

  /** Replaces a table's text and writes a manifest that agrees with it, as a forger would. */
  static void forgeTable(Path file, String table, UnaryOperator<String> edit) throws Exception {
    editTable(file, table, edit);
    Map<String, byte[]> entries = entries(file);
    Manifest old = Manifest.parse(entries.get(Manifest.FILE), "test");
    List<Manifest.Entry> tables = new ArrayList<>();
    for (Manifest.Entry e : old.tables()) {
      byte[] data = entries.get(e.file());
      long rows = new String(data, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
      tables.add(new Manifest.Entry(e.name(), e.file(), e.columns(), e.types(), rows, sha));
    }
    entries.put(
        Manifest.FILE,
        new Manifest(old.createdAt(), old.sourceVendor(), old.schemaVersion(), tables).toJson());
    write(file, entries);
  }
}
