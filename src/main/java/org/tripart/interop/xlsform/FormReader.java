package org.tripart.interop.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.xlsform.XPath.Untranslatable;
import org.tripart.interop.xlsform.XPathTranslator.Cond;

/**
 * Walks the survey sheet of an XLSForm row by row and turns it into sections of {@link ItemSpec}s,
 * noting every construct that is dropped or changed. Groups become sections (nested groups are
 * flattened, a group's {@code relevant} is ANDed into its items' conditions); repeats and loops
 * keep their items once. One instance reads one form; not thread-safe.
 */
final class FormReader {
  /** A section being filled. */
  record SectionSpec(String id, LocalizedText title, List<ItemSpec> items) {}

  private enum Kind {
    GROUP,
    REPEAT,
    LOOP
  }

  private record Frame(Kind kind, String name, String sectionId, LocalizedText title, Cond cond) {}

  private static final Pattern SELECT =
      Pattern.compile(
          "(select_one|select one from|select one|select_multiple|select all that apply from"
              + "|select all that apply|select_multiple from|select_one_external"
              + "|select_multiple_external|select_one_from_file|select_multiple_from_file|rank)"
              + "\\s+(\\S+)(\\s+(or_other|or specify other))?");
  private final List<ConversionNote> notes;
  private final Sheet survey;
  private final Columns columns;
  private final Texts texts;
  private final ChoiceLists choices;
  private final String formTitleId;
  private final LocalizedText formTitle;
  private final Ids itemIds = new Ids(false);
  private final Ids sectionIds = new Ids(false);
  private final Map<String, ItemSpec> kept = new HashMap<>();
  private final Map<String, String> dropped = new HashMap<>();
  private final List<SectionSpec> sections = new ArrayList<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final XPathTranslator translator;
  private final ItemRow itemRow;
  private String pendingId;
  private LocalizedText pendingTitle;
  private SectionSpec current;

  FormReader(
      Sheet survey,
      Columns columns,
      Texts texts,
      ChoiceLists choices,
      String formId,
      LocalizedText formTitle,
      List<ConversionNote> notes) {
    this.survey = survey;
    this.columns = columns;
    this.texts = texts;
    this.choices = choices;
    this.notes = notes;
    this.formTitleId = formId;
    this.formTitle = formTitle;
    this.translator = new XPathTranslator(this::resolve);
    this.itemRow = new ItemRow(survey, columns, texts, choices, translator, notes);
    this.pendingId = formId;
    this.pendingTitle = formTitle;
  }

  private XPathTranslator.Target resolve(String name) throws Untranslatable {
    ItemSpec s = kept.get(name);
    if (s != null) {
      return new XPathTranslator.Target(s.id, s.type, s.codesByName());
    }
    if (dropped.containsKey(name)) {
      throw new Untranslatable(
          "it reads ${" + name + "}, which was not carried over (" + dropped.get(name) + ")");
    }
    throw new Untranslatable("it reads ${" + name + "}, which is not an earlier question");
  }

  /** The sections with at least one item, in order. */
  List<SectionSpec> read() {
    int typeColumn = columns.index("type");
    int nameColumn = columns.index("name");
    for (Sheet.Row row : survey.rows()) {
      String type = row.cell(typeColumn).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String name = row.cell(nameColumn);
      String where = survey.where(row.number(), typeColumn);
      if (type.isEmpty()) {
        if (!name.isEmpty() || !texts.raw(columns, row, "label").isEmpty()) {
          notes.add(new ConversionNote(where, name, "row has no type; skipped"));
        }
        continue;
      }
      row(row, type, name, where);
    }
    if (!frames.isEmpty()) {
      notes.add(
          new ConversionNote(
              survey.where(
                  survey.rows().isEmpty()
                      ? 1
                      : survey.rows().get(survey.rows().size() - 1).number()),
              frames.peek().name(),
              "group or repeat is never ended; ended at the end of the sheet"));
    }
    return sections.stream().filter(s -> !s.items().isEmpty()).toList();
  }

  private void row(Sheet.Row row, String type, String name, String where) {
    String subject = name.isEmpty() ? type : name;
    if (type.equals("begin group") || type.equals("begin_group")) {
      begin(Kind.GROUP, row, name, where);
    } else if (type.equals("begin repeat") || type.equals("begin_repeat")) {
      begin(Kind.REPEAT, row, name, where);
      notes.add(
          new ConversionNote(
              where,
              "repeat " + name,
              "Tripart has no repeating groups; the questions inside are kept once (one answer"
                  + " each, not one per repetition) in their own section"));
    } else if (type.startsWith("begin loop") || type.startsWith("begin_loop")) {
      begin(Kind.LOOP, row, name, where);
      notes.add(
          new ConversionNote(
              where,
              "loop " + name,
              "Tripart has no loops over a choice list ("
                  + type
                  + "); the questions inside are"
                  + " kept once, with their %(label)s placeholders as written"));
    } else if (type.startsWith("end ") || type.startsWith("end_")) {
      end(type, where, subject);
    } else if (QuestionTypes.METADATA.contains(type)) {
      drop(
          name,
          where,
          subject,
          "metadata (" + type + ") is recorded by ODK devices; not carried over");
    } else {
      item(row, type, name, where, subject);
    }
  }

  private void begin(Kind kind, Sheet.Row row, String name, String where) {
    LocalizedText title =
        texts.complete(
            texts.raw(columns, row, "label"),
            name.isEmpty() ? kind.name().toLowerCase(Locale.ROOT) : name,
            where,
            name,
            "group label");
    Cond cond = itemRow.relevant(row, name);
    String base = sectionIds.safe(name.isEmpty() ? "section" : name);
    frames.push(new Frame(kind, name, base, title, cond));
    open(base, title);
  }

  private void end(String type, String where, String subject) {
    Kind kind =
        type.contains("repeat") ? Kind.REPEAT : type.contains("loop") ? Kind.LOOP : Kind.GROUP;
    if (frames.isEmpty() || frames.peek().kind() != kind) {
      notes.add(new ConversionNote(where, subject, type + " without a matching begin; ignored"));
      return;
    }
    frames.pop();
    if (frames.isEmpty()) {
      open(formTitleId, formTitle);
    } else {
      open(frames.peek().sectionId(), frames.peek().title());
    }
  }

  private void open(String id, LocalizedText title) {
    pendingId = id;
    pendingTitle = title;
    current = null;
  }

  private void drop(String name, String where, String subject, String why) {
    notes.add(new ConversionNote(where, subject, why));
    if (!name.isEmpty()) {
      dropped.put(name, why);
    }
  }

  private void item(Sheet.Row row, String type, String name, String where, String subject) {
    if (name.isEmpty()) {
      notes.add(new ConversionNote(where, type, "question without a name; skipped"));
      return;
    }
    String listName = null;
    boolean other = false;
    ItemType itemType;
    Matcher m = SELECT.matcher(type);
    if (m.matches()) {
      String kind = m.group(1);
      if (kind.contains("external") || kind.contains("file") || kind.equals("rank")) {
        drop(
            name,
            where,
            subject,
            type
                + ": choices from outside the form (or ranking) have no Tripart equivalent; not carried over");
        return;
      }
      itemType = kind.contains("one") ? ItemType.SINGLE : ItemType.MULTIPLE;
      listName = row.cell(columns.index("type")).trim().split("\\s+")[kind.split(" ").length];
      other = m.group(4) != null;
    } else {
      itemType = QuestionTypes.basic(type);
      if (itemType == null) {
        String why =
            QuestionTypes.NO_EQUIVALENT.contains(type)
                ? type + " questions have no Tripart equivalent; not carried over"
                : "unknown question type '" + type + "'; not carried over";
        drop(name, where, subject, why);
        return;
      }
      if (itemType == ItemType.TEXT && !type.equals("text") && !type.equals("string")) {
        notes.add(new ConversionNote(where, subject, type + " is kept as a free-text question"));
      }
    }
    String id = itemIds.unique(name);
    if (!id.equals(name)) {
      notes.add(new ConversionNote(where, subject, "renamed to the Tripart id " + id));
    }
    ItemSpec spec = new ItemSpec(id, name, itemType, where);
    Cond inherited = Cond.of(true);
    for (Frame f : frames) {
      if (f.cond() != null) {
        inherited = XPathTranslator.and(f.cond(), inherited);
      }
    }
    if (!itemRow.fill(spec, row, listName, inherited)) {
      dropped.put(name, "see its row");
      return;
    }
    if (current == null) {
      current = new SectionSpec(sectionIds.unique(pendingId), pendingTitle, new ArrayList<>());
      sections.add(current);
    }
    current.items().add(spec);
    kept.put(name, spec);
    if (other) {
      otherItem(spec, where);
    }
  }

  private void otherItem(ItemSpec spec, String where) {
    String code =
        spec.codesByName().containsKey("other") ? "other_" + (spec.options.size() + 1) : "other";
    spec.options.add(new ItemSpec.OptionSpec(code, "other", texts.same("Other"), where));
    String id = itemIds.unique(spec.xlsName + "_other");
    ItemSpec text = new ItemSpec(id, spec.xlsName + "_other", ItemType.TEXT, where);
    text.label = texts.same("Specify other.");
    String condition =
        spec.type == ItemType.MULTIPLE
            ? spec.id + " has '" + code + "'"
            : spec.id + " = '" + code + "'";
    text.when = spec.when == null ? condition : "(" + spec.when + ") and " + condition;
    current.items().add(text);
    kept.put(text.xlsName, text);
    notes.add(
        new ConversionNote(
            where,
            spec.xlsName,
            "or_other: an option '"
                + code
                + "' (\"Other\") and a text question "
                + id
                + " asked when it is chosen were added"));
  }
}
