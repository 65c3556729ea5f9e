package org.tripart.interop.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.TextColumn;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.ExportOptions;
import org.tripart.interop.stats.Variable.Kind;
import org.tripart.interop.stats.Variable.ValueLabel;

/**
 * A data set seen as the rectangular table of variables the statistics packages read: the record
 * id, then one variable per item with data (one per option of a multiple-choice item), with safe
 * names, labels in one language, numeric codes and missing-data codes. Immutable once built.
 */
final class StatsTable {
  private static final Pattern NUMERIC_CODE = Pattern.compile("0|-?[1-9][0-9]{0,8}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Instrument instrument;
  private final Dataset data;
  private final String language;
  private final List<Variable> variables = new ArrayList<>();
  private final List<Column> columns = new ArrayList<>();
  private final List<ConversionNote> notes = new ArrayList<>();

  private StatsTable(Instrument instrument, Dataset data, String language) {
    this.instrument = instrument;
    this.data = data;
    this.language = language;
  }

  /**
   * @throws TripartException (CONVERT_INPUT) without data, or for a language the instrument lacks
   */
  static StatsTable of(Instrument instrument, Dataset data, ExportOptions options, String format) {
    if (data == null) {
      throw new TripartException(
          ErrorCode.CONVERT_INPUT,
          instrument.source(),
          format + " files hold answers: give the responses to convert (--responses FILE.csv)");
    }
    String language =
        options.language() == null ? instrument.languages().get(0) : options.language();
    if (!instrument.languages().contains(language)) {
      throw new TripartException(
          ErrorCode.CONVERT_INPUT,
          instrument.source(),
          "the instrument has no language '"
              + language
              + "'; it has "
              + String.join(", ", instrument.languages()));
    }
    StatsTable t = new StatsTable(instrument, data, language);
    t.build();
    return t;
  }

  private void build() {
    VariableNames names = new VariableNames();
    variables.add(
        new Variable(
            names.name("record_id"),
            "record_id",
            "Record ID",
            Kind.ID,
            null,
            -1,
            List.of(),
            List.of(),
            List.of()));
    columns.add(null);
    for (Item item : instrument.items()) {
      if (!item.type().hasData()) {
        continue;
      }
      Column column = data.column(item.id());
      String label = item.label().in(language);
      if (item.type() == ItemType.MULTIPLE) {
        for (int o = 0; o < item.options().size(); o++) {
          Option opt = item.options().get(o);
          String col = item.id() + "___" + opt.code();
          List<ValueLabel> vl =
              List.of(new ValueLabel(0, "Unchecked"), new ValueLabel(1, "Checked"));
          add(names, col, label + ": " + opt.label().in(language), Kind.DUMMY, item, o, column);
          variables.set(variables.size() - 1, withLabels(last(), List.of(), vl, List.of()));
        }
      } else if (item.type().isCoded()) {
        addCoded(names, item, label, column);
      } else if (item.type().isNumeric() || item.type() == ItemType.ROSTER) {
        add(names, item.id(), label, Kind.NUMBER, item, -1, column);
      } else if (item.type() == ItemType.DATE) {
        add(names, item.id(), label, Kind.DATE, item, -1, column);
        noteNonIsoDates(item, (TextColumn) column);
      } else {
        add(names, item.id(), label, Kind.TEXT, item, -1, column);
      }
      Variable v = last();
      if (!v.name().equals(v.column())) {
        notes.add(
            new ConversionNote(
                instrument.id(),
                "column " + v.column(),
                "named " + v.name() + " (letters, digits and _, at most 32, no reserved word)"));
      }
    }
  }

  private void noteNonIsoDates(Item item, TextColumn column) {
    int bad = 0;
    String first = null;
    for (int row = 0; row < column.size(); row++) {
      String v = column.value(row);
      if (v != null && !isIsoDate(v)) {
        bad++;
        first = first == null ? v : first;
      }
    }
    if (bad > 0) {
      notes.add(
          new ConversionNote(
              instrument.id(),
              "item " + item.id(),
              bad
                  + " answers are not dates of the form YYYY-MM-DD (first: '"
                  + first
                  + "'); the statistics packages read them as missing"));
    }
  }

  private void addCoded(VariableNames names, Item item, String label, Column column) {
    List<Option> options = item.options();
    boolean numeric = options.stream().allMatch(o -> NUMERIC_CODE.matcher(o.code()).matches());
    boolean yesNo = item.type() == ItemType.YES_NO;
    List<Long> codes = new ArrayList<>();
    List<ValueLabel> labels = new ArrayList<>();
    List<Long> missing = new ArrayList<>();
    for (int o = 0; o < options.size(); o++) {
      Option opt = options.get(o);
      long code;
      if (numeric) {
        code = Long.parseLong(opt.code());
      } else if (yesNo) {
        code = "yes".equals(opt.code()) ? 1 : 0;
      } else {
        code = o + 1L;
      }
      codes.add(code);
      labels.add(new ValueLabel(code, opt.label().in(language)));
      if (opt.missing()) {
        missing.add(code);
      }
    }
    add(names, item.id(), label, Kind.CODED, item, -1, column);
    variables.set(variables.size() - 1, withLabels(last(), codes, labels, missing));
    if (!numeric) {
      StringBuilder map = new StringBuilder();
      for (int o = 0; o < options.size(); o++) {
        map.append(o == 0 ? "" : ", ").append(codes.get(o)).append(" = ");
        map.append(options.get(o).code());
      }
      notes.add(
          new ConversionNote(
              instrument.id(),
              "item " + item.id(),
              "option codes written as numbers (" + map + "), the value labels give the text"));
    }
  }

  private void add(
      VariableNames names, String col, String label, Kind kind, Item item, int o, Column c) {
    variables.add(
        new Variable(names.name(col), col, label, kind, item, o, List.of(), List.of(), List.of()));
    columns.add(c);
  }

  private Variable last() {
    return variables.get(variables.size() - 1);
  }

  private static Variable withLabels(
      Variable v, List<Long> codes, List<ValueLabel> labels, List<Long> missing) {
    return new Variable(
        v.name(), v.column(), v.label(), v.kind(), v.item(), v.option(), codes, labels, missing);
  }

  Instrument instrument() {
    return instrument;
  }

  String language() {
    return language;
  }

  List<Variable> variables() {
    return List.copyOf(variables);
  }

  /** The notes gathered while building; exporters add their own. */
  List<ConversionNote> notes() {
    return List.copyOf(notes);
  }

  int rows() {
    return data.size();
  }

  /** The record id of a row: the data set's, else the row number from 1. */
  String recordId(int row) {
    List<String> ids = data.respondentIds();
    return row < ids.size() ? ids.get(row) : Integer.toString(row + 1);
  }

  /** The numeric code of a coded or dummy variable in a row, null when not answered. */
  Long code(int variable, int row) {
    Variable v = variables.get(variable);
    Column c = columns.get(variable);
    if (v.kind() == Kind.DUMMY) {
      MultiColumn m = (MultiColumn) c;
      return m.answered(row) ? (m.selected(row, v.option()) ? 1L : 0L) : null;
    }
    int option = ((CodedColumn) c).code(row);
    return option == CodedColumn.BLANK ? null : v.codes().get(option);
  }

  /** The option code (as in Tripart's CSV) of a coded variable in a row, null when unanswered. */
  String optionCode(int variable, int row) {
    int option = ((CodedColumn) columns.get(variable)).code(row);
    return option == CodedColumn.BLANK
        ? null
        : variables.get(variable).item().options().get(option).code();
  }

  /** The value of a number variable in a row, NaN when not answered. */
  double number(int variable, int row) {
    return columns.get(variable) instanceof NumericColumn n ? n.value(row) : Double.NaN;
  }

  /** The text of a text or date variable (the record id for the id), null when not answered. */
  String text(int variable, int row) {
    if (variables.get(variable).kind() == Kind.ID) {
      return recordId(row);
    }
    return ((TextColumn) columns.get(variable)).value(row);
  }

  /** True when a date variable's text is an ISO 8601 calendar date. */
  static boolean isIsoDate(String text) {
    if (text == null || !ISO_DATE.matcher(text).matches()) {
      return false;
    }
    try {
      java.time.LocalDate.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
