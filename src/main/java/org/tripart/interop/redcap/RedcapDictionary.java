package org.tripart.interop.redcap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InvalidInstrumentException;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;
import org.tripart.interop.InstrumentImporter;

/**
 * Reads a REDCap data dictionary (CSV, in the download layout or the API metadata layout) as a
 * Tripart instrument; {@code mapping.md} beside this class says what maps to what. The instrument
 * is built as Tripart YAML and read back by {@link InstrumentReader}, so it is always valid.
 * Instrument id and group come from the file name, version 1, language {@code en}, unless the
 * dictionary was written by {@link RedcapExport} and carries its {@code @TRIPART-...} tags.
 *
 * <p>Stateless and thread-safe; arguments must not be null.
 */
public final class RedcapDictionary implements InstrumentImporter {
  private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "has", "answered");

  public RedcapDictionary() {}

  /** The importer, for {@code InstrumentImporter} registries. */
  public static RedcapDictionary importer() {
    return new RedcapDictionary();
  }

  /**
   * @throws TripartException (TRP-1000) when the content is not a readable dictionary: malformed
   *     CSV (with its line), a header without the dictionary's columns, no fields
   */
  @Override
  public InstrumentImport read(byte[] content, String fileName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fileName, "fileName");
    CsvTable table = CsvTable.read(content, fileName);
    List<Field> fields = Dictionary.read(table);
    List<ConversionNote> notes = new ArrayList<>();
    if (table.malformedUtf8()) {
      notes.add(
          new ConversionNote(
              fileName,
              "",
              "some bytes are not UTF-8; they were read as U+FFFD replacement characters"));
    }
    Annotation first = Annotation.parse(fields.get(0).raw(Column.ANNOTATION));
    JsonNode head = first.get("INSTRUMENT");
    String id =
        head != null && head.hasNonNull("id") ? head.get("id").asText() : idFromFile(fileName);
    List<String> languages = new ArrayList<>();
    if (head != null && head.get("languages") != null) {
      head.get("languages").forEach(l -> languages.add(l.asText()));
    }
    if (languages.isEmpty()) {
      languages.add("en");
    }
    Map<String, Target> targets = new LinkedHashMap<>();
    List<String> ids = assignIds(fields, targets, notes, fileName);
    FieldMapper mapper = new FieldMapper(fileName, languages, targets, notes);
    Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      Annotation tags = Annotation.parse(f.raw(Column.ANNOTATION));
      String form = formId(f.get(Column.FORM_NAME));
      Map<String, Object> section = sections.get(form);
      if (section == null) {
        section = new LinkedHashMap<>();
        section.put("id", form);
        JsonNode s = tags.get("SECTION");
        section.put(
            "title",
            new ItemParts(languages, mapper::note)
                .localized(
                    s == null ? null : s.get("title"), Labels.title(f.get(Column.FORM_NAME))));
        section.put("items", new ArrayList<Map<String, Object>>());
        sections.put(form, section);
      }
      if (tags.get("RECORDID") != null) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> items = (List<Map<String, Object>>) section.get("items");
      items.addAll(mapper.map(f, i, ids.get(i), tags));
    }
    List<Map<String, Object>> kept = new ArrayList<>();
    for (Map<String, Object> s : sections.values()) {
      if (((List<?>) s.get("items")).isEmpty()) {
        notes.add(
            new ConversionNote(
                fileName,
                "form " + s.get("id"),
                "no field of this form is carried over; section left out"));
      } else {
        kept.add(s);
      }
    }
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("instrument", id);
    yaml.put("group", head != null && head.hasNonNull("group") ? head.get("group").asText() : id);
    yaml.put(
        "version", head != null && head.hasNonNull("version") ? head.get("version").asInt() : 1);
    yaml.put("languages", languages);
    yaml.put(
        "title",
        new ItemParts(languages, mapper::note)
            .localized(head == null ? null : head.get("title"), Labels.title(id)));
    yaml.put("sections", kept);
    if (kept.isEmpty()) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, fileName, "no field of the dictionary can be carried over");
    }
    return new InstrumentImport(instrument(yaml, id, fileName), notes);
  }

  private static Instrument instrument(Map<String, Object> yaml, String id, String fileName) {
    String text = new Dump(DumpSettings.builder().build()).dumpToString(yaml);
    try {
      return InstrumentReader.read(new StringReader(text), id + ".yaml");
    } catch (InvalidInstrumentException e) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName,
          "the dictionary cannot be made a valid instrument: " + e.getMessage(),
          e);
    }
  }

  private static List<String> assignIds(
      List<Field> fields, Map<String, Target> targets, List<ConversionNote> notes, String file) {
    Set<String> used = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      String name = f.name();
      String base = itemId(name);
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "_" + n;
      }
      if (!id.equals(name)) {
        notes.add(
            new ConversionNote(
                file + ":" + f.line(),
                "field " + name,
                "renamed to "
                    + id
                    + (RESERVED.contains(name) ? " (a word of Tripart's skip logic)" : "")));
      }
      targets.putIfAbsent(name, new Target(id, null, i, Map.of()));
      ids.add(id);
    }
    return ids;
  }

  /** The Tripart item id of a REDCap field name, before ids are made unique. */
  static String itemId(String fieldName) {
    String base = fieldName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (!base.matches("[a-z].*")) {
      base = "f_" + base;
    }
    return RESERVED.contains(base) ? base + "_item" : base;
  }

  private static String formId(String form) {
    String id = form.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return id.matches("[a-z].*") ? id : "form_" + id;
  }

  static String idFromFile(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (!id.matches("[a-z].*")) {
      id = "redcap_" + id;
    }
    return id.replaceAll("_+$", "").isEmpty() ? "redcap" : id.replaceAll("_+$", "");
  }
}
