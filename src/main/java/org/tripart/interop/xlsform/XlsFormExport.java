package org.tripart.interop.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Conditions;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Section;
import org.tripart.interop.ConversionNote;

/**
 * Writes an instrument as an XLSForm workbook (.xlsx) that ODK and KoboToolbox read: sheets survey,
 * choices and settings; one {@code label::English (en)} column per language; sections as groups;
 * skip logic, ranges, required and calculations in XPath. What XLSForm cannot say goes in {@code
 * tripart::} columns that those tools ignore (type, fills, exclusive, score, missing, and the exact
 * condition or calculation where the XPath is not an exact translation), so that {@link XlsForm}
 * reads the workbook back as the same instrument. Stateless and thread-safe.
 */
public final class XlsFormExport {

  /**
   * The workbook and what ODK or KoboToolbox will not see of the instrument.
   *
   * @param xlsx the .xlsx bytes
   * @param notes one per construct other tools will not see or will see differently
   */
  public record Result(byte[] xlsx, List<ConversionNote> notes) {
    public Result {
      notes = List.copyOf(notes);
    }
  }

  private XlsFormExport() {}

  /** The instrument as an XLSForm; the instrument must not be null. */
  public static Result write(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    List<ConversionNote> notes = new ArrayList<>();
    List<String> languages = instrument.languages();
    String file = instrument.id() + ".xlsx";
    List<String> survey = new ArrayList<>(List.of("type", "name"));
    languages.forEach(l -> survey.add("label::" + Columns.languageHeader(l)));
    languages.forEach(l -> survey.add("hint::" + Columns.languageHeader(l)));
    survey.addAll(
        List.of(
            "required",
            "relevant",
            "constraint",
            "calculation",
            "choice_filter",
            "tripart::type",
            "tripart::fills",
            "tripart::relevant",
            "tripart::calculate"));
    List<String> choices = new ArrayList<>(List.of("list_name", "name"));
    languages.forEach(l -> choices.add("label::" + Columns.languageHeader(l)));
    choices.addAll(
        List.of(
            "filter", "tripart::exclusive", "tripart::score", "tripart::missing", "tripart::when"));
    List<Map<String, String>> surveyRows = new ArrayList<>();
    List<Map<String, String>> choiceRows = new ArrayList<>();
    XPathTranslator back = new XPathTranslator(name -> target(instrument, name));
    for (Section section : instrument.sections()) {
      Map<String, String> begin = row("type", "begin group", "name", section.id());
      languages.forEach(
          l -> begin.put("label::" + Columns.languageHeader(l), section.title().in(l)));
      surveyRows.add(begin);
      for (Item item : section.items()) {
        surveyRows.add(item(item, languages, back, choiceRows, file, notes));
      }
      surveyRows.add(row("type", "end group", "name", section.id()));
    }
    Map<String, String> settings = row("form_id", instrument.id());
    settings.put("form_title", instrument.title().in(languages.get(0)));
    settings.put("version", Integer.toString(instrument.version()));
    settings.put("default_language", Columns.languageHeader(languages.get(0)));
    settings.put("tripart::group", instrument.group());
    List<String> settingsHeader =
        new ArrayList<>(
            List.of("form_id", "form_title", "version", "default_language", "tripart::group"));
    for (String l : languages) {
      String key = "tripart::title::" + Columns.languageHeader(l);
      settingsHeader.add(key);
      settings.put(key, instrument.title().in(l));
    }
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheet(wb, "survey", survey, surveyRows);
      sheet(wb, "choices", choices, choiceRows);
      sheet(wb, "settings", settingsHeader, List.of(settings));
      wb.write(out);
      return new Result(out.toByteArray(), notes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> item(
      Item item,
      List<String> languages,
      XPathTranslator back,
      List<Map<String, String>> choiceRows,
      String file,
      List<ConversionNote> notes) {
    String where = file + " survey";
    String subject = "item " + item.id();
    Map<String, String> r = row("name", item.id());
    for (String l : languages) {
      r.put("label::" + Columns.languageHeader(l), item.label().in(l));
      if (!item.help().isEmpty()) {
        r.put("hint::" + Columns.languageHeader(l), item.help().in(l));
      }
    }
    String type =
        switch (item.type()) {
          case SINGLE, YES_NO, LIKERT, PROVINCE -> "select_one " + item.id();
          case MULTIPLE -> "select_multiple " + item.id();
          case INTEGER, ROSTER -> "integer";
          case DECIMAL -> "decimal";
          case TEXT, INSTITUTION -> "text";
          case DATE -> "date";
          case NOTE -> "note";
          case CALCULATED -> "calculate";
        };
    r.put("type", type);
    switch (item.type()) {
      case YES_NO, LIKERT -> r.put("tripart::type", item.type().fileName());
      case PROVINCE -> {
        r.put("tripart::type", "province");
        notes.add(
            new ConversionNote(
                where,
                subject,
                "a province item is a select_one of the 31 regions in other tools"));
      }
      case INSTITUTION -> {
        r.put("tripart::type", "institution");
        List<String> fills = new ArrayList<>();
        item.fills().forEach((k, v) -> fills.add(k + "=" + v));
        r.put("tripart::fills", String.join(";", fills.stream().sorted().toList()));
        notes.add(
            new ConversionNote(
                where,
                subject,
                "an institution item is free text in other tools: no register list, nothing filled in"));
      }
      default -> {}
    }
    if (item.required()) {
      r.put("required", "yes");
    }
    if (item.when() != null) {
      String canonical = Conditions.canonical(item.when());
      String xpath = TripartXPath.condition(canonical);
      r.put("relevant", xpath == null ? "" : xpath);
      if (xpath == null || !exact(back, xpath, canonical)) {
        r.put("tripart::relevant", canonical);
      }
    }
    NumericRange range = item.range();
    if (!range.equals(NumericRange.ANY)) {
      List<String> parts = new ArrayList<>();
      if (range.min() != Double.NEGATIVE_INFINITY) {
        parts.add(". >= " + XPathTranslator.number(Double.toString(range.min())));
      }
      if (range.max() != Double.POSITIVE_INFINITY) {
        parts.add(". <= " + XPathTranslator.number(Double.toString(range.max())));
      }
      r.put("constraint", String.join(" and ", parts));
    }
    if (item.calculation() != null) {
      String canonical = Calculations.canonical(item.calculation());
      String xpath = TripartXPath.calculation(canonical);
      r.put("calculation", xpath == null ? "" : xpath);
      r.put("tripart::calculate", canonical);
      if (xpath == null) {
        notes.add(
            new ConversionNote(
                where,
                subject,
                "calculation \""
                    + canonical
                    + "\" has no XPath equivalent; other tools will not compute it"));
      }
    }
    ChoiceExport.options(item, languages, r, choiceRows, where, subject, notes);
    return r;
  }

  private static boolean exact(XPathTranslator back, String xpath, String canonical) {
    try {
      XPathTranslator.Cond c = back.condition(xpath);
      return c.constant() == null
          && Conditions.canonical(Conditions.parse(c.text())).equals(canonical);
    } catch (XPath.Untranslatable | RuntimeException e) {
      return false;
    }
  }

  private static XPathTranslator.Target target(Instrument instrument, String name)
      throws XPath.Untranslatable {
    if (!instrument.hasItem(name)) {
      throw new XPath.Untranslatable("no item " + name);
    }
    Item item = instrument.item(name);
    Map<String, List<String>> codes = new LinkedHashMap<>();
    item.options().forEach(o -> codes.put(o.code(), List.of(o.code())));
    return new XPathTranslator.Target(item.id(), item.type(), codes);
  }

  static Map<String, String> row(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static void sheet(
      XSSFWorkbook wb, String name, List<String> header, List<Map<String, String>> rows) {
    XSSFSheet sheet = wb.createSheet(name);
    Row head = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      head.createCell(c).setCellValue(header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < header.size(); c++) {
        String v = rows.get(r).getOrDefault(header.get(c), "");
        if (!v.isEmpty()) {
          row.createCell(c).setCellValue(v);
        }
      }
    }
  }
}
