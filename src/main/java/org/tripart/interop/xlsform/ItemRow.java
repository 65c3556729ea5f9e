package org.tripart.interop.xlsform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tripart.instrument.ItemType;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.xlsform.XPath.Untranslatable;
import org.tripart.interop.xlsform.XPathTranslator.Cond;

/**
 * Fills one {@link ItemSpec} from its survey row: label, hint, required, relevant, constraint,
 * calculation, options and choice filter, and Tripart's own {@code tripart::} columns; every value
 * that is not carried over gets a note. Not thread-safe; used by one {@link FormReader}.
 */
final class ItemRow {
  /** Columns the reader uses; others with a value are noted per row. */
  static final Set<String> HANDLED =
      Set.of(
          "type",
          "name",
          "required",
          "relevant",
          "constraint",
          "calculation",
          "choice_filter",
          "tripart::type",
          "tripart::fills",
          "tripart::relevant",
          "tripart::calculate");

  /** XLSForm columns with a meaning Tripart does not carry; noted when they hold a value. */
  static final Set<String> NOTED =
      Set.of(
          "default",
          "appearance",
          "read_only",
          "readonly",
          "parameters",
          "repeat_count",
          "image",
          "audio",
          "video",
          "big-image",
          "trigger",
          "autoplay",
          "rows",
          "buttontext",
          "noapperrorstring",
          "intent",
          "jr:count",
          "jr:preload",
          "jr:preloadparams");

  private final Sheet survey;
  private final Columns columns;
  private final Texts texts;
  private final OptionReader options;
  private final XPathTranslator translator;
  private final List<ConversionNote> notes;

  ItemRow(
      Sheet survey,
      Columns columns,
      Texts texts,
      ChoiceLists choices,
      XPathTranslator translator,
      List<ConversionNote> notes) {
    this.survey = survey;
    this.columns = columns;
    this.texts = texts;
    this.translator = translator;
    this.notes = notes;
    this.options = new OptionReader(texts, choices, translator, notes);
  }

  private String cell(Sheet.Row row, String column) {
    return row.cell(columns.index(column));
  }

  private String where(Sheet.Row row, String column) {
    return survey.where(row.number(), Math.max(0, columns.index(column)));
  }

  /** The translated {@code relevant} of a row; null (noted) when there is none or it fails. */
  Cond relevant(Sheet.Row row, String subject) {
    String xpath = cell(row, "relevant");
    if (xpath.isEmpty()) {
      return null;
    }
    try {
      return translator.condition(xpath);
    } catch (Untranslatable e) {
      notes.add(
          new ConversionNote(
              where(row, "relevant"),
              subject,
              "relevant \""
                  + xpath
                  + "\" not carried over, so it always applies: "
                  + e.getMessage()));
      return null;
    }
  }

  /** Fills {@code spec}; false when the item cannot be carried over at all (noted). */
  boolean fill(ItemSpec spec, Sheet.Row row, String listName, Cond inherited) {
    String subject = spec.xlsName;
    String tripartType = cell(row, "tripart::type");
    if (!tripartType.isEmpty()) {
      ItemType t = ItemType.fromFileName(tripartType.toLowerCase(Locale.ROOT)).orElse(null);
      if (t == null) {
        notes.add(
            new ConversionNote(
                where(row, "tripart::type"),
                subject,
                "unknown tripart::type " + tripartType + "; ignored"));
      } else {
        spec.type = t;
      }
    }
    Map<String, String> label = texts.raw(columns, row, "label");
    if (label.isEmpty() && spec.type == ItemType.CALCULATED) {
      spec.label = texts.same(spec.xlsName);
    } else {
      spec.label = texts.complete(label, spec.xlsName, spec.where, subject, "label");
    }
    if (spec.label.texts().values().stream().anyMatch(t -> t.contains("${"))) {
      notes.add(
          new ConversionNote(
              spec.where,
              subject,
              "the label pipes in earlier answers (${...}); Tripart shows the text as written"));
    }
    Map<String, String> hint = texts.raw(columns, row, "hint");
    if (!hint.isEmpty()) {
      if (spec.type == ItemType.NOTE) {
        notes.add(
            new ConversionNote(
                spec.where,
                subject,
                "the hint of a note is not carried over: " + hint.values().iterator().next()));
      } else {
        spec.help = texts.complete(hint, null, spec.where, subject, "hint");
      }
    }
    required(spec, row);
    when(spec, row, inherited);
    if (!cell(row, "constraint").isEmpty()) {
      Map<String, String> messages = texts.raw(columns, row, "constraint_message");
      String message =
          messages.getOrDefault(
              texts.defaultLanguage(), messages.values().stream().findFirst().orElse(""));
      Constraints.apply(spec, cell(row, "constraint"), message, where(row, "constraint"), notes);
    }
    if (!calculation(spec, row)) {
      return false;
    }
    if (spec.type == ItemType.INSTITUTION) {
      fills(spec, cell(row, "tripart::fills"));
    }
    if (listName != null) {
      if (!options.fill(spec, listName, cell(row, "choice_filter"), where(row, "choice_filter"))) {
        return false;
      }
    } else if (!cell(row, "choice_filter").isEmpty()) {
      notes.add(
          new ConversionNote(
              where(row, "choice_filter"),
              subject,
              "choice_filter on a question without choices; ignored"));
    }
    columns
        .plainColumns()
        .forEach(
            (column, index) -> {
              if (NOTED.contains(column) && !row.cell(index).isEmpty()) {
                notes.add(
                    new ConversionNote(
                        survey.where(row.number(), index),
                        subject,
                        column + " \"" + row.cell(index) + "\" is not carried over"));
              }
            });
    return true;
  }

  private void required(ItemSpec spec, Sheet.Row row) {
    String value = cell(row, "required").trim().toLowerCase(Locale.ROOT);
    boolean yes = Set.of("yes", "true", "true()", "1", "y").contains(value);
    if (!yes && !Set.of("", "no", "false", "false()", "0", "n").contains(value)) {
      notes.add(
          new ConversionNote(
              where(row, "required"),
              spec.xlsName,
              "required \"" + value + "\" is not yes or no; the question is optional"));
    }
    if (yes && !spec.type.isAnsweredByRespondent()) {
      notes.add(
          new ConversionNote(
              where(row, "required"),
              spec.xlsName,
              "required is ignored: a " + spec.type.fileName() + " item is never answered"));
      yes = false;
    }
    spec.required = yes;
    Map<String, String> message = texts.raw(columns, row, "required_message");
    if (!message.isEmpty()) {
      notes.add(
          new ConversionNote(
              spec.where,
              spec.xlsName,
              "the custom required message is not carried over: "
                  + message.values().iterator().next()));
    }
  }

  private void when(ItemSpec spec, Sheet.Row row, Cond inherited) {
    String exact = cell(row, "tripart::relevant");
    if (!exact.isEmpty()) {
      spec.when = exact;
      return;
    }
    Cond own = relevant(row, spec.xlsName);
    Cond all = own == null ? inherited : XPathTranslator.and(inherited, own);
    if (all.constant() == null) {
      spec.when = all.text();
    } else if (!all.constant()) {
      notes.add(
          new ConversionNote(
              where(row, "relevant"),
              spec.xlsName,
              "relevant is always false; the question is kept and always applies"));
    }
  }

  private boolean calculation(ItemSpec spec, Sheet.Row row) {
    String xpath = cell(row, "calculation");
    String exact = cell(row, "tripart::calculate");
    if (spec.type != ItemType.CALCULATED) {
      if (!xpath.isEmpty()) {
        notes.add(
            new ConversionNote(
                where(row, "calculation"),
                spec.xlsName,
                "calculation on a " + spec.type.fileName() + " question is not carried over"));
      }
      return true;
    }
    if (!exact.isEmpty()) {
      spec.calculation = exact;
      return true;
    }
    try {
      spec.calculation = translator.calculation(xpath);
      return true;
    } catch (Untranslatable e) {
      notes.add(
          new ConversionNote(
              where(row, "calculation"),
              spec.xlsName,
              "calculate \"" + xpath + "\" not carried over, nor its question: " + e.getMessage()));
      return false;
    }
  }

  private void fills(ItemSpec spec, String text) {
    for (String part : text.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2) {
        spec.fills.put(kv[0].trim(), kv[1].trim());
      }
    }
  }
}
