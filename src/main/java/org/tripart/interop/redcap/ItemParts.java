package org.tripart.interop.redcap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.tripart.instrument.ItemType;

/**
 * The parts of an item read from a dictionary row: texts in every language, options, range and
 * help, in the shape of Tripart's YAML. Stateless apart from where its notes go.
 */
final class ItemParts {
  private final List<String> languages;
  private final BiConsumer<Field, String> note;

  ItemParts(List<String> languages, BiConsumer<Field, String> note) {
    this.languages = languages;
    this.note = note;
  }

  /** A cell as a text in every language (REDCap holds one), HTML removed with a note. */
  Map<String, String> text(Field f, String what, String cell) {
    Labels.Plain p = Labels.plain(cell);
    if (p.scriptRemoved()) {
      note.accept(f, what + " holds JavaScript (<script>), removed: Tripart runs no scripts");
    }
    if (p.markupRemoved()) {
      note.accept(f, what + " holds HTML, reduced to its text");
    }
    if (p.text().contains("[") && p.text().matches(".*\\[[a-z][a-z0-9_]*(:[a-z-]+)?\\].*")) {
      note.accept(f, what + " pipes a field's answer ([field]); shown as written");
    }
    return all(p.text());
  }

  Map<String, String> all(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    languages.forEach(l -> m.put(l, text));
    return m;
  }

  /** A {@code @TRIPART-...} text tag's languages, completed with {@code fallback}. */
  Map<String, String> localized(JsonNode tag, String fallback) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String l : languages) {
      JsonNode t = tag == null ? null : tag.get(l);
      m.put(l, t != null && t.isTextual() ? t.asText() : fallback);
    }
    return m;
  }

  Map<String, String> label(Field f, Annotation tags) {
    String cell = f.raw(Column.FIELD_LABEL);
    if (tags.get("LABEL") != null) {
      return localized(tags.get("LABEL"), Labels.plain(cell).text());
    }
    if (cell.isBlank()) {
      note.accept(f, "field has no label; its name is used as the label");
      return all(f.name());
    }
    return text(f, "label", cell);
  }

  /** The help text: the field note and, for a slider, its labels; null when there is none. */
  Map<String, String> help(Field f, Annotation tags, ItemType type) {
    if (tags.get("HELP") != null) {
      return localized(tags.get("HELP"), "");
    }
    String help =
        f.get(Column.FIELD_NOTE).isEmpty() ? "" : Labels.plain(f.get(Column.FIELD_NOTE)).text();
    if (f.type().equals("slider") && !f.get(Column.CHOICES).isEmpty()) {
      double[] r = sliderRange(f);
      String[] labels = f.get(Column.CHOICES).split("\\|", -1);
      double[] at =
          labels.length == 1
              ? new double[] {r[0]}
              : labels.length == 2
                  ? new double[] {r[0], r[1]}
                  : new double[] {r[0], (r[0] + r[1]) / 2, r[1]};
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < Math.min(3, labels.length); i++) {
        String l = Labels.plain(labels[i]).text();
        if (!l.isEmpty()) {
          parts.add(RedcapLogic.format(at[i]) + " = " + l);
        }
      }
      String scale = "Slider: " + String.join("; ", parts);
      help = help.isEmpty() ? scale : help + " " + scale;
      note.accept(f, "slider becomes an integer item; its labels go into the help text: " + scale);
    }
    return help.isEmpty() ? null : all(help);
  }

  /** The options of a coded field, filling {@code codes} with REDCap code to Tripart code. */
  List<Map<String, Object>> options(Field f, Annotation tags, Map<String, String> codes) {
    List<Codes.Choice> choices = Codes.parseChoices(f.get(Column.CHOICES));
    if (f.type().equals("truefalse")) {
      choices = List.of(new Codes.Choice("1", "True"), new Codes.Choice("0", "False"));
      note.accept(f, "truefalse becomes a single-choice item with codes 1 (True) and 0 (False)");
    }
    List<String> safe = Codes.safeAll(choices.stream().map(Codes.Choice::raw).toList());
    for (int i = 0; i < choices.size(); i++) {
      codes.putIfAbsent(choices.get(i).raw().toLowerCase(Locale.ROOT), safe.get(i));
    }
    JsonNode carried = tags.get("OPTIONS");
    if (carried != null && carried.isArray()) {
      return carriedOptions(carried);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Codes.Choice c = choices.get(i);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("code", safe.get(i));
      String label = c.label().isEmpty() ? c.raw() : c.label();
      o.put("label", text(f, "choice " + c.raw(), label));
      if (!safe.get(i).equals(c.raw())) {
        note.accept(f, "choice code '" + c.raw() + "' becomes '" + safe.get(i) + "'");
        if (Codes.isNumber(c.raw())) {
          o.put("score", Double.parseDouble(c.raw()));
        }
      }
      if (Codes.isMissing(c.raw(), Labels.plain(label).text())) {
        o.put("missing", true);
        note.accept(
            f,
            "choice "
                + c.raw()
                + " ("
                + Labels.plain(label).text()
                + ") is flagged as a missing-data code");
      }
      out.add(o);
    }
    return out;
  }

  private List<Map<String, Object>> carriedOptions(JsonNode carried) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode n : carried) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("code", n.path("code").asText());
      o.put("label", localized(n.get("label"), n.path("code").asText()));
      if (n.path("exclusive").asBoolean(false)) {
        o.put("exclusive", true);
      }
      if (n.has("score") && n.get("score").isNumber()) {
        o.put("score", n.get("score").asDouble());
      }
      if (n.has("when") && n.get("when").isTextual()) {
        o.put("when", n.get("when").asText());
      }
      if (n.path("missing").asBoolean(false)) {
        o.put("missing", true);
      }
      out.add(o);
    }
    return out;
  }

  /** The range of a numeric item from min/max (a slider's defaults 0 and 100), or null. */
  Map<String, Object> range(Field f, ItemType type) {
    String min = f.get(Column.VALIDATION_MIN);
    String max = f.get(Column.VALIDATION_MAX);
    if (f.type().equals("slider")) {
      double[] r = sliderRange(f);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("min", r[0]);
      m.put("max", r[1]);
      return m;
    }
    if (min.isEmpty() && max.isEmpty()) {
      return null;
    }
    if (type != ItemType.INTEGER && type != ItemType.DECIMAL) {
      note.accept(
          f,
          "validation min/max ("
              + min
              + " .. "
              + max
              + ") not carried over: Tripart ranges are for numbers only");
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    bound(f, m, "min", min);
    bound(f, m, "max", max);
    return m.isEmpty() ? null : m;
  }

  private void bound(Field f, Map<String, Object> m, String key, String value) {
    if (value.isEmpty()) {
      return;
    }
    try {
      m.put(key, Double.parseDouble(value.replace(',', '.')));
    } catch (NumberFormatException e) {
      note.accept(f, "validation " + key + " '" + value + "' is not a number; not carried over");
    }
  }

  private static double[] sliderRange(Field f) {
    double[] r = {0, 100};
    try {
      if (!f.get(Column.VALIDATION_MIN).isEmpty()) {
        r[0] = Double.parseDouble(f.get(Column.VALIDATION_MIN));
      }
      if (!f.get(Column.VALIDATION_MAX).isEmpty()) {
        r[1] = Double.parseDouble(f.get(Column.VALIDATION_MAX));
      }
    } catch (NumberFormatException e) {
      return new double[] {0, 100};
    }
    return r;
  }
}
