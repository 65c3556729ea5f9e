package org.tripart.interop.redcap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Conditions;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;
import org.tripart.instrument.Provinces;
import org.tripart.interop.ConversionNote;

/** One item as one row of a REDCap data dictionary, with its Tripart tags. Not thread-safe. */
final class ExportRow {
  private final Instrument instrument;
  private final Item item;
  private final Map<String, Item> items;
  private final List<ConversionNote> notes;
  private final Map<String, JsonNode> tags = new LinkedHashMap<>();
  private final String language;

  ExportRow(Instrument instrument, Item item, Map<String, Item> items, List<ConversionNote> notes) {
    this.instrument = instrument;
    this.item = item;
    this.items = items;
    this.notes = notes;
    this.language = instrument.languages().get(0);
  }

  void tag(String name, JsonNode value) {
    tags.put(name, value);
  }

  static ObjectNode json(LocalizedText t) {
    ObjectNode n = Annotation.JSON.createObjectNode();
    t.texts().forEach(n::put);
    return n;
  }

  private void note(String message) {
    String where =
        item.location().line() > 0
            ? item.location().file() + ":" + item.location().line()
            : item.location().file();
    notes.add(new ConversionNote(where, "item " + item.id(), message));
  }

  List<String> cells(String form) {
    Map<Column, String> c = new EnumMap<>(Column.class);
    for (Column col : Column.values()) {
      c.put(col, "");
    }
    c.put(Column.FIELD_NAME, item.id());
    c.put(Column.FORM_NAME, form);
    c.put(Column.FIELD_LABEL, text(item.label(), "LABEL"));
    if (!item.help().isEmpty()) {
      c.put(Column.FIELD_NOTE, text(item.help(), "HELP"));
    }
    type(c);
    if (item.required()) {
      c.put(Column.REQUIRED, "y");
    }
    NumericRange r = item.range();
    if (item.type().isNumeric() && item.type() != ItemType.CALCULATED) {
      if (!Double.isInfinite(r.min())) {
        c.put(Column.VALIDATION_MIN, LogicValues.format(r.min()));
      }
      if (!Double.isInfinite(r.max())) {
        c.put(Column.VALIDATION_MAX, LogicValues.format(r.max()));
      }
    }
    item.condition().ifPresent(w -> c.put(Column.BRANCHING, branching(Conditions.canonical(w))));
    List<String> parts = new ArrayList<>();
    tags.forEach((name, value) -> parts.add(Annotation.PREFIX + name + "=" + value.toString()));
    c.put(Column.ANNOTATION, String.join(" ", parts));
    return new ArrayList<>(c.values());
  }

  /** The text in the first language; the tag when that does not carry it all. */
  private String text(LocalizedText t, String tag) {
    String first = t.in(language);
    boolean same =
        t.texts().values().stream().allMatch(first::equals)
            && t.texts().size() == instrument.languages().size();
    if (!same || !Labels.plain(first).text().equals(first)) {
      tag(tag, json(t));
    }
    return first;
  }

  private void type(Map<Column, String> c) {
    ItemType type = item.type();
    switch (type) {
      case SINGLE, LIKERT -> {
        c.put(Column.FIELD_TYPE, "radio");
        choices(c);
      }
      case PROVINCE -> {
        c.put(Column.FIELD_TYPE, "dropdown");
        List<String> p = new ArrayList<>();
        Provinces.all().forEach(v -> p.add(v.code() + ", " + v.nameEn()));
        c.put(Column.CHOICES, String.join(" | ", p));
      }
      case MULTIPLE -> {
        c.put(Column.FIELD_TYPE, "checkbox");
        choices(c);
      }
      case YES_NO -> c.put(Column.FIELD_TYPE, "yesno");
      case INTEGER, ROSTER -> {
        c.put(Column.FIELD_TYPE, "text");
        c.put(Column.VALIDATION, "integer");
      }
      case DECIMAL -> {
        c.put(Column.FIELD_TYPE, "text");
        c.put(Column.VALIDATION, "number");
      }
      case DATE -> {
        c.put(Column.FIELD_TYPE, "text");
        c.put(Column.VALIDATION, "date_ymd");
      }
      case NOTE -> c.put(Column.FIELD_TYPE, "descriptive");
      case CALCULATED -> {
        c.put(Column.FIELD_TYPE, "calc");
        c.put(Column.CHOICES, calculation());
      }
      default -> c.put(Column.FIELD_TYPE, "text");
    }
    if (type == ItemType.ROSTER) {
      c.put(Column.VALIDATION_MIN, "0");
      c.put(Column.VALIDATION_MAX, Integer.toString(item.roster().max()));
    }
    if (type == ItemType.LIKERT || type == ItemType.PROVINCE || type == ItemType.INSTITUTION) {
      tag("TYPE", Annotation.JSON.getNodeFactory().textNode(type.fileName()));
      note(
          type.fileName()
              + " item: REDCap sees a "
              + c.get(Column.FIELD_TYPE)
              + " field (the type is in @TRIPART-TYPE)");
    }
    if (type == ItemType.INSTITUTION) {
      ObjectNode fills = Annotation.JSON.createObjectNode();
      item.fills().forEach(fills::put);
      tag("FILLS", fills);
      note(
          "institution item: REDCap sees free text; the register lookup and fills are Tripart's only");
    }
  }

  private void choices(Map<Column, String> c) {
    List<String> parts = new ArrayList<>();
    boolean native_ = true;
    for (Option o : item.options()) {
      String label = o.label().in(language);
      parts.add(o.code() + ", " + label);
      boolean same =
          o.label().texts().values().stream().allMatch(label::equals)
              && o.label().texts().size() == instrument.languages().size();
      native_ &=
          same
              && Labels.plain(label).text().equals(label)
              && !label.contains("|")
              && !label.isEmpty()
              && !o.exclusive()
              && o.score() == null
              && o.when() == null
              && o.missing() == Codes.isMissing(o.code(), label);
    }
    c.put(Column.CHOICES, String.join(" | ", parts));
    if (!native_) {
      ArrayNode list = Annotation.JSON.createArrayNode();
      for (Option o : item.options()) {
        ObjectNode n = list.addObject();
        n.put("code", o.code());
        n.set("label", json(o.label()));
        if (o.exclusive()) {
          n.put("exclusive", true);
          note("option " + o.code() + " is exclusive; REDCap does not enforce it");
        }
        if (o.score() != null) {
          n.put("score", o.score());
          note(
              "option "
                  + o.code()
                  + " scores "
                  + LogicValues.format(o.score())
                  + "; REDCap calculations use its code");
        }
        if (o.when() != null) {
          n.put("when", Conditions.canonical(o.when()));
          note(
              "option "
                  + o.code()
                  + " is offered only when "
                  + Conditions.canonical(o.when())
                  + "; REDCap always offers it");
        }
        if (o.missing()) {
          n.put("missing", true);
        }
      }
      tag("OPTIONS", list);
    }
  }

  private String branching(String tripart) {
    String redcap = TripartLogic.condition(tripart, items);
    RedcapLogic.Result back =
        RedcapLogic.condition(
            redcap, ExportTargets.of(instrument), ExportTargets.index(instrument, item.id()));
    if (!back.ok() || !canonicalCondition(back.tripart()).equals(tripart)) {
      tag("WHEN", Annotation.JSON.getNodeFactory().textNode(tripart));
    }
    return redcap;
  }

  private String calculation() {
    String tripart = Calculations.canonical(item.calculation());
    String redcap = TripartLogic.calculation(tripart, items);
    RedcapLogic.Result back =
        RedcapLogic.calculation(
            redcap, ExportTargets.of(instrument), ExportTargets.index(instrument, item.id()));
    if (!back.ok() || !canonicalCalculation(back.tripart()).equals(tripart)) {
      tag("CALC", Annotation.JSON.getNodeFactory().textNode(tripart));
    }
    return redcap;
  }

  private static String canonicalCondition(String s) {
    try {
      return Conditions.canonical(Conditions.parse(s));
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String canonicalCalculation(String s) {
    try {
      return Calculations.canonical(Calculations.parse(s));
    } catch (RuntimeException e) {
      return "";
    }
  }
}
