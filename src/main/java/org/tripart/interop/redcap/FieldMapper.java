package org.tripart.interop.redcap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.ItemType;
import org.tripart.interop.ConversionNote;

/**
 * Maps the fields of one dictionary to items in the shape of Tripart's YAML, in order, noting every
 * change. One instance maps one dictionary; not thread-safe.
 */
final class FieldMapper {
  private final String file;
  private final List<String> languages;
  private final Map<String, Target> targets;
  private final List<ConversionNote> notes;
  private final ItemParts parts;

  FieldMapper(
      String file,
      List<String> languages,
      Map<String, Target> targets,
      List<ConversionNote> notes) {
    this.file = file;
    this.languages = languages;
    this.targets = targets;
    this.notes = notes;
    this.parts = new ItemParts(languages, this::note);
  }

  void note(Field f, String message) {
    notes.add(new ConversionNote(file + ":" + f.line(), "field " + f.name(), message));
  }

  /** The items of field {@code f} at {@code index}: a note for its section header, then itself. */
  List<Map<String, Object>> map(Field f, int index, String id, Annotation tags) {
    List<Map<String, Object>> out = new ArrayList<>();
    String header = f.get(Column.SECTION_HEADER);
    if (!header.isEmpty()) {
      Map<String, Object> note = new LinkedHashMap<>();
      String noteId = uniqueId(id + "_header");
      note.put("id", noteId);
      note.put("type", "note");
      note.put("label", parts.text(f, "section header", header));
      out.add(note);
      note(f, "section header becomes note item " + noteId);
    }
    commonNotes(f, tags);
    ItemType type = FieldTypes.of(f, tags.text("TYPE"));
    if (type == null) {
      String what =
          f.type().equals("file") && f.validation().equals("signature") ? "signature" : f.type();
      note(
          f,
          switch (what) {
            case "file", "signature" ->
                what + " field not carried over: Tripart stores no uploaded files";
            case "sql" -> "sql field not carried over: Tripart cannot run REDCap's database query";
            default -> "field type '" + f.type() + "' is not known; field not carried over";
          });
      return out;
    }
    validationNotes(f, type);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    Map<String, String> codes = new LinkedHashMap<>();
    List<Map<String, Object>> options = List.of();
    String calculate = null;
    if (type.isCoded() && type != ItemType.YES_NO && type != ItemType.PROVINCE) {
      options = parts.options(f, tags, codes);
      if (options.size() < 2 && type == ItemType.MULTIPLE && tags.get("OPTIONS") == null) {
        type = ItemType.YES_NO;
        note(f, "a checkbox with one choice becomes a yes/no item (ticked = yes)");
      } else if (options.size() < 2) {
        type = ItemType.TEXT;
        note(f, "fewer than two choices: kept as a text item holding the code");
        codes.clear();
      }
    } else if (type == ItemType.PROVINCE) {
      Codes.parseChoices(f.get(Column.CHOICES))
          .forEach(c -> codes.put(c.raw().toLowerCase(java.util.Locale.ROOT), Codes.safe(c.raw())));
    } else if (type == ItemType.YES_NO) {
      codes.put("1", "yes");
      codes.put("0", "no");
    }
    if (type == ItemType.CALCULATED) {
      calculate = calculation(f, index, tags);
      if (calculate == null) {
        type = ItemType.DECIMAL;
      }
    }
    item.put("type", type.fileName());
    item.put("label", parts.label(f, tags));
    Map<String, String> help = parts.help(f, tags, type);
    if (help != null) {
      item.put("help", help);
    }
    if (f.get(Column.REQUIRED).equalsIgnoreCase("y") && type.isAnsweredByRespondent()) {
      item.put("required", true);
    }
    String when = branching(f, index, tags);
    if (when != null) {
      item.put("when", when);
    }
    if (type.isCoded() && !options.isEmpty() && type != ItemType.YES_NO) {
      item.put("options", options);
    }
    Map<String, Object> range = parts.range(f, type);
    if (range != null) {
      item.put("range", range);
    }
    if (calculate != null) {
      item.put("calculate", calculate);
    }
    JsonNode fills = tags.get("FILLS");
    if (fills != null && fills.isObject() && type == ItemType.INSTITUTION) {
      Map<String, String> m = new LinkedHashMap<>();
      fills.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
      item.put("fills", m);
    }
    if (type == ItemType.NOTE) {
      item.keySet().retainAll(List.of("id", "type", "label", "when"));
    }
    targets.put(f.name(), new Target(id, type, index, codes));
    out.add(item);
    return out;
  }

  private void commonNotes(Field f, Annotation tags) {
    if (!tags.actionTags().isEmpty()) {
      note(
          f,
          "action tags "
              + String.join(" ", tags.actionTags())
              + " not carried over (REDCap-only behaviour)");
    }
    tags.problems().forEach(t -> note(f, t + " has a value that is not JSON; ignored"));
    if (f.get(Column.IDENTIFIER).equalsIgnoreCase("y")) {
      note(f, "marked as an identifier in REDCap; Tripart does not carry the flag");
    }
    if (!f.get(Column.MATRIX_GROUP).isEmpty()) {
      note(
          f,
          "matrix group "
              + f.get(Column.MATRIX_GROUP)
              + " not carried over: its questions are asked one by one");
    }
    if (f.get(Column.MATRIX_RANKING).equalsIgnoreCase("y")) {
      note(f, "matrix ranking not carried over");
    }
    if (!f.get(Column.QUESTION_NUMBER).isEmpty()) {
      note(f, "question number " + f.get(Column.QUESTION_NUMBER) + " not carried over");
    }
    if (!f.get(Column.ALIGNMENT).isEmpty()) {
      note(f, "custom alignment " + f.get(Column.ALIGNMENT) + " not carried over");
    }
    List<String> replaced = new ArrayList<>();
    f.cells()
        .forEach(
            (c, v) -> {
              if (v != null && v.indexOf('\uFFFD') >= 0) {
                replaced.add(c.download);
              }
            });
    if (!replaced.isEmpty()) {
      note(
          f,
          "the replacement character U+FFFD in "
              + String.join(", ", replaced)
              + ": the text was damaged before it reached this file; kept as written");
    }
  }

  private void validationNotes(Field f, ItemType type) {
    String v = f.validation();
    if (!f.type().equals("text") || v.isEmpty()) {
      return;
    }
    if (type == ItemType.TEXT) {
      note(f, "text validation '" + v + "' not carried over: Tripart keeps the answer as text");
    } else if (FieldTypes.commaDecimal(v)) {
      note(
          f,
          "validation "
              + v
              + " becomes a decimal item; REDCap's decimal commas are read as points");
    } else if (v.matches("number_\\d+dp")) {
      note(
          f,
          "validation "
              + v
              + " becomes a decimal item; the fixed number of decimals is not carried over");
    } else if (type == ItemType.DATE && !v.equals("date_ymd")) {
      note(
          f,
          "validation "
              + v
              + " becomes a date item; dates are ISO (Y-M-D) in Tripart, as in REDCap's raw exports");
    }
  }

  private String calculation(Field f, int index, Annotation tags) {
    String carried = tags.text("CALC");
    if (carried != null) {
      return carried;
    }
    String formula = f.get(Column.CHOICES);
    RedcapLogic.Result r = RedcapLogic.calculation(formula, targets, index);
    if (r.ok()) {
      return r.tripart();
    }
    note(
        f,
        "calculation \""
            + formula
            + "\" not translated ("
            + r.problem()
            + "); kept as a decimal item holding REDCap's stored values");
    return null;
  }

  private String branching(Field f, int index, Annotation tags) {
    String carried = tags.text("WHEN");
    if (carried != null) {
      return carried;
    }
    String logic = f.get(Column.BRANCHING).replaceAll("\\s+", " ");
    if (logic.isEmpty()) {
      return null;
    }
    RedcapLogic.Result r = RedcapLogic.condition(logic, targets, index);
    if (r.ok()) {
      return r.tripart();
    }
    note(
        f,
        "branching logic \""
            + logic
            + "\" not translated ("
            + r.problem()
            + "); the item always applies");
    return null;
  }

  private String uniqueId(String base) {
    String id = base;
    for (int n = 2; targets.containsKey(id) || isTaken(id); n++) {
      id = base + "_" + n;
    }
    targets.put(id, new Target(id, ItemType.NOTE, -1, Map.of()));
    return id;
  }

  private boolean isTaken(String id) {
    return targets.values().stream().anyMatch(t -> t.id().equals(id));
  }

  List<String> languages() {
    return languages;
  }
}
