package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.LocalizedText;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;
import org.tripart.interop.InstrumentImporter;

/**
 * Reads an XLSForm (ODK, KoboToolbox, pyxform) as a Tripart instrument: .xlsx and legacy .xls
 * workbooks, the single-file CSV flavour and the Markdown-table flavour. What maps to what, and
 * what is not carried over, is in {@code mapping.md} beside this class; every construct that is
 * dropped or changed gets a {@link ConversionNote} naming its sheet cell (or file line).
 *
 * <p>The instrument returned is valid as {@code tripart validate} checks it: it is written as
 * Tripart YAML and read back through {@link org.tripart.instrument.InstrumentReader}. Stateless and
 * thread-safe; arguments must not be null.
 */
public final class XlsForm implements InstrumentImporter {
  private static final Set<String> SETTINGS_USED =
      Set.of(
          "form_id",
          "form_title",
          "version",
          "default_language",
          "allow_choice_duplicates",
          "tripart::group");

  /**
   * @throws TripartException ({@link ErrorCode#IMPORT_UNREADABLE}) naming the file and sheet or
   *     cell when the content is not a spreadsheet, has no survey sheet, or its survey sheet has no
   *     type column
   */
  @Override
  public InstrumentImport read(byte[] content, String fileName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fileName, "fileName");
    List<ConversionNote> notes = new ArrayList<>();
    Map<String, Sheet> sheets = new LinkedHashMap<>();
    for (Sheet s : SheetsReader.read(content, fileName)) {
      String name = s.lowerName();
      if (Set.of("survey", "choices", "settings").contains(name) && !sheets.containsKey(name)) {
        sheets.put(name, s);
      } else {
        notes.add(
            new ConversionNote(
                fileName, "sheet " + s.name(), "not an XLSForm sheet Tripart reads; ignored"));
      }
    }
    Sheet survey = sheets.get("survey");
    if (survey == null) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName,
          "no survey sheet (an XLSForm needs one, named survey)");
    }
    Columns surveyColumns = new Columns(survey);
    if (!surveyColumns.has("type")) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          survey.where(survey.headerRow(), 0),
          "the survey sheet has no type column in its header row " + survey.headerRow());
    }
    if (!surveyColumns.has("name")) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          survey.where(survey.headerRow(), 0),
          "the survey sheet has no name column in its header row " + survey.headerRow());
    }
    Sheet choicesSheet = sheets.get("choices");
    Columns choiceColumns = choicesSheet == null ? null : new Columns(choicesSheet);
    if (choiceColumns != null && (!choiceColumns.has("list_name") || !choiceColumns.has("name"))) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          choicesSheet.where(choicesSheet.headerRow(), 0),
          "the choices sheet needs list_name and name columns in its header row");
    }
    Map<String, String> settings = settings(sheets.get("settings"), fileName, notes);
    unknownColumns(survey, surveyColumns, notes);
    List<Columns> all =
        choiceColumns == null ? List.of(surveyColumns) : List.of(surveyColumns, choiceColumns);
    Texts texts = new Texts(all, settings.get("default_language"), fileName, notes);
    ChoiceLists choices = new ChoiceLists(choicesSheet, choiceColumns, texts);
    String id = instrumentId(settings, fileName, notes);
    LocalizedText title = title(settings, texts, id, fileName, notes);
    FormReader reader = new FormReader(survey, surveyColumns, texts, choices, id, title, notes);
    List<FormReader.SectionSpec> sections = reader.read();
    if (sections.isEmpty()) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          survey.where(survey.headerRow()),
          "the survey sheet has no question Tripart can carry over");
    }
    String group = settings.getOrDefault("tripart::group", "");
    if (group.isEmpty()) {
      group = id;
      notes.add(
          new ConversionNote(
              fileName,
              "group",
              "XLSForm has no stakeholder group; the instrument's group is its id, " + id));
    }
    int version = version(settings.getOrDefault("version", ""), fileName, notes);
    Assembly assembly = new Assembly(id, group, version, title, texts.languages(), fileName, notes);
    return new InstrumentImport(assembly.validated(sections), notes);
  }

  private static Map<String, String> settings(
      Sheet sheet, String fileName, List<ConversionNote> notes) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (sheet == null || sheet.rows().isEmpty()) {
      return settings;
    }
    Sheet.Row row = sheet.rows().get(0);
    for (int i = 0; i < sheet.header().size(); i++) {
      String key = sheet.header().get(i).trim().toLowerCase(Locale.ROOT);
      String value = row.cell(i);
      if (key.isEmpty()) {
        continue;
      }
      settings.putIfAbsent(key, value);
      if (!value.isEmpty() && !SETTINGS_USED.contains(key) && !key.startsWith("tripart::title::")) {
        notes.add(
            new ConversionNote(
                sheet.where(row.number(), i),
                "setting " + sheet.header().get(i),
                "not carried over (\"" + value + "\")"));
      }
    }
    return settings;
  }

  private static void unknownColumns(Sheet survey, Columns columns, List<ConversionNote> notes) {
    Set<String> localized =
        Set.of("label", "hint", "constraint_message", "required_message", "guidance_hint");
    columns
        .plainColumns()
        .forEach(
            (name, index) -> {
              if (!ItemRow.HANDLED.contains(name)
                  && !ItemRow.NOTED.contains(name)
                  && !localized.contains(name)
                  && !name.startsWith("media")) {
                notes.add(
                    new ConversionNote(
                        survey.where(survey.headerRow(), index),
                        "column " + survey.header().get(index),
                        "not an XLSForm column Tripart reads; ignored"));
              }
            });
  }

  private static String instrumentId(
      Map<String, String> settings, String fileName, List<ConversionNote> notes) {
    String formId = settings.getOrDefault("form_id", "");
    String source =
        formId.isEmpty()
            ? fileName.replaceAll("\\.[^.]*$", "").replaceAll(".*[/\\\\]", "")
            : formId;
    String id = new Ids(false).safe(source);
    if (!id.equals(formId)) {
      notes.add(
          new ConversionNote(
              fileName,
              "form_id",
              (formId.isEmpty() ? "no form_id; from the file name, " : "'" + formId + "' becomes ")
                  + "the instrument id "
                  + id));
    }
    return id;
  }

  private static LocalizedText title(
      Map<String, String> settings,
      Texts texts,
      String id,
      String fileName,
      List<ConversionNote> notes) {
    Map<String, String> raw = new LinkedHashMap<>();
    settings.forEach(
        (key, value) -> {
          if (key.startsWith("tripart::title::") && !value.isEmpty()) {
            String code = Columns.languageCode(key.substring("tripart::title::".length()));
            if (code != null) {
              raw.put(code, value);
            }
          }
        });
    if (!raw.isEmpty()) {
      return texts.complete(raw, id, fileName, "form_title", "title");
    }
    String title = settings.getOrDefault("form_title", "");
    return texts.same(title.isEmpty() ? id : title);
  }

  private static int version(String text, String fileName, List<ConversionNote> notes) {
    if (text.isEmpty()) {
      return 1;
    }
    String digits = text.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
    if (!digits.isEmpty() && digits.length() <= 9) {
      int v = Integer.parseInt(digits);
      if (!digits.equals(text)) {
        notes.add(new ConversionNote(fileName, "version", "'" + text + "' becomes version " + v));
      }
      return v;
    }
    notes.add(
        new ConversionNote(
            fileName,
            "version",
            "'"
                + text
                + "' is not a whole number of at most 9 digits, as Tripart versions are; version 1"));
    return 1;
  }
}
