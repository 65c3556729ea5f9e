package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.tripart.TripartException;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;
import org.tripart.interop.ConversionNote;

/**
 * Walks a Questionnaire's items into sections of drafts: top-level groups become sections, nested
 * groups become sections of their own with the group's condition ANDed into each child's, items
 * outside any group share a section. One instance reads one questionnaire; not thread-safe.
 */
final class QuestionnaireReader {

  /** A section on its way: id, title, items. */
  record SectionDraft(String id, Map<String, String> title, List<Draft> items) {}

  final String file;
  final List<ConversionNote> notes = new ArrayList<>();
  final Texts texts;
  final List<SectionDraft> sections = new ArrayList<>();
  final Map<String, Draft> earlier = new LinkedHashMap<>();
  final Map<String, String> other = new LinkedHashMap<>();
  private final Questionnaire q;
  private final AnswerSets answerSets;
  private final EnableWhens enableWhens;
  private final Options options;
  private final IdAllocator ids;
  private final Map<String, String> variables;

  QuestionnaireReader(String file, Questionnaire q) {
    this.file = file;
    this.q = q;
    this.texts = new Texts(q.hasLanguage() ? q.getLanguage() : "en");
    this.answerSets = new AnswerSets(q, texts);
    Set<String> all = new HashSet<>();
    collect(q.getItem(), all);
    this.ids = new IdAllocator(file, notes);
    this.enableWhens = new EnableWhens(file, notes, earlier, all);
    this.options = new Options(file, notes, answerSets);
    this.variables = Scores.variables(q.getExtension());
  }

  private static void collect(List<QuestionnaireItemComponent> items, Set<String> into) {
    for (QuestionnaireItemComponent i : items) {
      into.add(i.getLinkId());
      collect(i.getItem(), into);
    }
  }

  FhirIds ids() {
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    for (Draft d : earlier.values()) {
      Map<String, String> m = new LinkedHashMap<>();
      d.options.forEach(o -> m.put(o.fhirCode, o.code));
      if (!m.isEmpty()) {
        codes.put(d.id, m);
      }
    }
    return new FhirIds(ids.mapping(), codes, other);
  }

  void read() {
    List<String> top = ItemExtensions.unhandled(q.getExtension());
    top.remove("translation");
    if (!top.isEmpty()) {
      notes.add(
          new ConversionNote(
              file + " $",
              "Questionnaire",
              "extensions not carried over: " + String.join(", ", top)));
    }
    SectionDraft loose = null;
    List<QuestionnaireItemComponent> items = q.getItem();
    for (int i = 0; i < items.size(); i++) {
      QuestionnaireItemComponent item = items.get(i);
      String where = "$.item[" + i + "]";
      try {
        if (item.getType() == QuestionnaireItemType.GROUP) {
          group(item, where, null);
          loose = null;
        } else {
          if (loose == null) {
            loose = new SectionDraft(ids.section("questions"), title(), new ArrayList<>());
            sections.add(loose);
          }
          item(item, where, null, loose);
        }
      } catch (TripartException e) {
        throw e;
      } catch (RuntimeException e) {
        throw FhirQuestionnaire.malformed(
            file + " " + where + (item.hasLinkId() ? " item " + item.getLinkId() : ""), e);
      }
    }
  }

  private Map<String, String> title() {
    Map<String, String> t = texts.of(q.getTitleElement());
    if (t.isEmpty()) {
      t.put(texts.language(), q.hasName() ? q.getName() : "Questions");
    }
    return t;
  }

  private void group(QuestionnaireItemComponent group, String where, String inherited) {
    String when = and(inherited, condition(group, where));
    Map<String, String> title = texts.of(group.getTextElement());
    if (title.isEmpty()) {
      title.put(texts.language(), group.getLinkId());
    }
    SectionDraft current = null;
    String id = ids.item(group.getLinkId(), where, true);
    if (group.getRequired()) {
      note(where, group.getLinkId(), "required on a group is not carried over");
    }
    if (group.getRepeats()) {
      note(where, group.getLinkId(), "a repeating group is asked once (Tripart has no repeats)");
    }
    List<QuestionnaireItemComponent> children = group.getItem();
    int part = 0;
    for (int i = 0; i < children.size(); i++) {
      QuestionnaireItemComponent child = children.get(i);
      String at = where + ".item[" + i + "]";
      if (child.getType() == QuestionnaireItemType.GROUP) {
        group(child, at, when);
        current = null;
      } else {
        if (current == null) {
          String sid = part++ == 0 ? id : ids.section(id + "_" + part);
          current = new SectionDraft(sid, title, new ArrayList<>());
          sections.add(current);
        }
        item(child, at, when, current);
      }
    }
    if (children.isEmpty()) {
      note(where, group.getLinkId(), "an empty group is left out");
    }
  }

  private String condition(QuestionnaireItemComponent item, String where) {
    String own = TripartExtensions.string(item, TripartExtensions.WHEN);
    return own != null ? own : enableWhens.translate(item, where);
  }

  static String and(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return "(" + a + ") and (" + b + ")";
  }

  private void item(
      QuestionnaireItemComponent item, String where, String inherited, SectionDraft section) {
    String linkId = item.getLinkId();
    ItemType type = type(item, where);
    if (type == null) {
      return;
    }
    Draft d = new Draft(linkId, ids.item(linkId, where, false), where);
    d.type = type;
    d.label = texts.of(item.getTextElement());
    if (d.label.isEmpty()) {
      d.label.put(texts.language(), linkId);
      note(where, linkId, "the item has no text; its linkId is used as the label");
    }
    d.when = and(inherited, condition(item, where));
    d.required = item.getRequired() && type.isAnsweredByRespondent();
    if (type == ItemType.SINGLE || type == ItemType.MULTIPLE || type == ItemType.LIKERT) {
      if (!options.fill(item, d, where)) {
        d.type = ItemType.TEXT;
      }
    }
    ItemExtensions.range(item, d);
    tripart(item, d);
    calculation(item, d, where);
    remarks(item, where);
    section.items().add(d);
    earlier.put(linkId, d);
    if (item.getType() == QuestionnaireItemType.OPENCHOICE && d.type != ItemType.TEXT) {
      Draft o = new Draft(linkId, ids.section(d.id + "_other"), where);
      o.type = ItemType.TEXT;
      d.label.forEach((lang, text) -> o.label.put(lang, text + " (other)"));
      o.when = d.when;
      section.items().add(o);
      other.put(linkId, o.id);
      note(where, linkId, "open-choice: the free-text answer is the text item " + o.id);
    }
    children(item, where, d, section);
  }

  private void children(
      QuestionnaireItemComponent item, String where, Draft parent, SectionDraft section) {
    List<QuestionnaireItemComponent> children = item.getItem();
    for (int i = 0; i < children.size(); i++) {
      QuestionnaireItemComponent child = children.get(i);
      String at = where + ".item[" + i + "]";
      if (child.getType() == QuestionnaireItemType.DISPLAY
          && ItemExtensions.control(child).equals("help")) {
        parent.help = texts.of(child.getTextElement());
      } else if (child.getType() == QuestionnaireItemType.GROUP) {
        group(child, at, parent.when);
      } else {
        note(at, child.getLinkId(), "an item nested under a question follows it as an item");
        item(child, at, parent.when, section);
      }
    }
  }

  private ItemType type(QuestionnaireItemComponent item, String where) {
    String linkId = item.getLinkId();
    String hint = TripartExtensions.string(item, TripartExtensions.TYPE);
    if (hint != null) {
      ItemType t = ItemType.fromFileName(hint).orElse(null);
      if (t != null) {
        return t;
      }
    }
    QuestionnaireItemType t = item.getType();
    if (t == null) {
      note(where, linkId, "the item has no type; left out");
      return null;
    }
    return switch (t) {
      case DISPLAY -> ItemType.NOTE;
      case BOOLEAN -> ItemType.YES_NO;
      case DECIMAL -> ItemType.DECIMAL;
      case INTEGER -> ItemType.INTEGER;
      case DATE -> ItemType.DATE;
      case STRING, TEXT -> ItemType.TEXT;
      case DATETIME, TIME, URL -> {
        note(where, linkId, t.toCode() + " is kept as a text item (Tripart has no such type)");
        yield ItemType.TEXT;
      }
      case CHOICE, OPENCHOICE -> item.getRepeats() ? ItemType.MULTIPLE : ItemType.SINGLE;
      case QUANTITY -> {
        if (Scores.expression(item) == null) {
          note(where, linkId, "quantity is kept as a decimal item; its unit is not carried over");
        }
        yield ItemType.DECIMAL;
      }
      default -> {
        note(where, linkId, t.toCode() + " items are not carried over (Tripart has no such type)");
        yield null;
      }
    };
  }

  private void tripart(QuestionnaireItemComponent item, Draft d) {
    Extension help = item.getExtensionByUrl(TripartExtensions.HELP);
    if (help != null && help.getValue() instanceof org.hl7.fhir.r4.model.StringType s) {
      d.help = texts.of(s);
    }
    for (Extension f : item.getExtensionsByUrl(TripartExtensions.FILLS)) {
      String[] kv = f.getValue().primitiveValue().split("=", 2);
      if (kv.length == 2) {
        d.fills.put(kv[0], kv[1]);
      }
    }
    if (d.type == ItemType.PROVINCE || d.type == ItemType.YES_NO) {
      d.options.clear();
    }
  }

  private void calculation(QuestionnaireItemComponent item, Draft d, String where) {
    String own = TripartExtensions.string(item, TripartExtensions.CALCULATE);
    Expression e = Scores.expression(item);
    if (own == null && e == null) {
      return;
    }
    Map<String, String> vars = new LinkedHashMap<>(variables);
    vars.putAll(Scores.variables(item.getExtension()));
    String calc = own != null ? own : Scores.translate(e.getExpression(), without(d.linkId), vars);
    if (calc == null) {
      note(
          where,
          d.linkId,
          "calculatedExpression \""
              + e.getExpression()
              + "\" is not a sum of answer scores Tripart can translate; the item is kept as a "
              + d.type.fileName()
              + " item that respondents fill in");
      return;
    }
    d.type = ItemType.CALCULATED;
    d.calculate = calc;
    d.required = false;
    d.range = NumericRange.ANY;
    if (own == null) {
      note(where, d.linkId, "calculatedExpression becomes the calculation " + calc);
    }
  }

  private Map<String, Draft> without(String linkId) {
    Map<String, Draft> m = new LinkedHashMap<>(earlier);
    m.remove(linkId);
    return m;
  }

  private void remarks(QuestionnaireItemComponent item, String where) {
    String control = ItemExtensions.control(item);
    if (!control.isEmpty()) {
      note(
          where,
          item.getLinkId(),
          "itemControl " + control + " (how the item is shown) is not carried over");
    }
    if (item.hasInitial()) {
      note(where, item.getLinkId(), "initial values are not carried over");
    }
    if (!Scores.variables(item.getExtension()).isEmpty() && Scores.expression(item) == null) {
      note(where, item.getLinkId(), "variables are not carried over");
    }
    List<String> other = ItemExtensions.unhandled(item.getExtension());
    if (!other.isEmpty()) {
      note(where, item.getLinkId(), "extensions not carried over: " + String.join(", ", other));
    }
  }

  private void note(String where, String linkId, String message) {
    notes.add(new ConversionNote(file + " " + where, "linkId " + linkId, message));
  }
}
