package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.RecordsImport;
import org.tripart.interop.RecordsImporter;
import org.tripart.interop.redcap.RecordColumns.Col;
import org.tripart.interop.redcap.RecordColumns.Role;

/**
 * Reads a REDCap record export (CSV, raw codes or labels) into data sets of an instrument imported
 * by {@link RedcapDictionary}: one data set per {@code redcap_event_name} (by event name, in order
 * of first appearance), else one named {@code responses}. Checkbox columns {@code field___code} are
 * matched to options in any case; rows of repeating instruments, form status columns, values of
 * unknown fields and impossible values are noted and left out; calculated items are recomputed and
 * a stored value that disagrees is noted. Stateless and thread-safe.
 */
public final class RedcapRecords implements RecordsImporter {
  private static final double TOLERANCE = 1e-9;

  public RedcapRecords() {}

  /** The importer, for {@code RecordsImporter} registries. */
  public static RedcapRecords importer() {
    return new RedcapRecords();
  }

  /**
   * @throws TripartException (TRP-1000) when the CSV is malformed (with its line) or no column is a
   *     field of the instrument
   */
  @Override
  public RecordsImport read(Instrument instrument, byte[] content, String fileName) {
    Objects.requireNonNull(instrument, "instrument");
    CsvTable table = CsvTable.read(content, fileName);
    RecordColumns columns = new RecordColumns(instrument, table.header());
    if (!columns.looksLikeRecords()) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName + ":1",
          "not a REDCap record export of instrument "
              + instrument.id()
              + ": no column is one of its fields");
    }
    List<ConversionNote> notes = new ArrayList<>();
    for (Col c : columns.columns) {
      if (c.role() == Role.FORM_STATUS) {
        notes.add(
            note(fileName + ":1", "column " + c.header(), "form status column, not imported"));
      } else if (c.role() == Role.REDCAP_META) {
        notes.add(
            note(
                fileName + ":1",
                "column " + c.header(),
                "REDCap bookkeeping column, not imported"));
      }
    }
    List<Item> items = instrument.items();
    Map<String, DatasetBuilder> builders = new LinkedHashMap<>();
    Map<String, Set<String>> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String where = fileName + ":" + row.line();
      String id = row.cell(columns.idColumn).strip();
      if (id.isEmpty()) {
        notes.add(note(where, "", "row without a record id, not imported"));
        continue;
      }
      String event = columns.eventColumn < 0 ? "" : row.cell(columns.eventColumn).strip();
      String key = event.isEmpty() ? "responses" : event;
      String repeat = columns.repeatColumn < 0 ? "" : row.cell(columns.repeatColumn).strip();
      String instance = columns.instanceColumn < 0 ? "" : row.cell(columns.instanceColumn).strip();
      if (!repeat.isEmpty() || !instance.isEmpty()) {
        notes.add(
            note(
                where,
                "record " + id,
                "row of repeating "
                    + (repeat.isEmpty() ? "event" : "instrument " + repeat)
                    + " instance "
                    + instance
                    + " not imported: Tripart has no repeating instruments"));
        continue;
      }
      if (!seen.computeIfAbsent(key, k -> new HashSet<>()).add(id)) {
        notes.add(
            note(where, "record " + id, "second row for this record in " + key + ", not imported"));
        continue;
      }
      DatasetBuilder b =
          builders.computeIfAbsent(
              key,
              k ->
                  new DatasetBuilder(instrument, 16)
                      .provenance(
                          "REDCap records " + fileName + (event.isEmpty() ? "" : ", event " + k)));
      new RowReader(b, items, b.addRow(id), id, where, notes).read(row, columns);
    }
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    builders.forEach((k, b) -> datasets.put(k, b.build()));
    return new RecordsImport(datasets, notes);
  }

  private static ConversionNote note(String where, String subject, String message) {
    return new ConversionNote(where, subject, message);
  }

  /** Reads one row into one row of a builder. */
  private static final class RowReader {
    private final DatasetBuilder b;
    private final List<Item> items;
    private final int row;
    private final String id;
    private final String where;
    private final List<ConversionNote> notes;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Set<String>> ticked = new LinkedHashMap<>();
    private final Map<String, String> stored = new HashMap<>();

    RowReader(
        DatasetBuilder b,
        List<Item> items,
        int row,
        String id,
        String where,
        List<ConversionNote> notes) {
      this.b = b;
      this.items = items;
      this.row = row;
      this.id = id;
      this.where = where;
      this.notes = notes;
    }

    void read(CsvTable.Row cells, RecordColumns columns) {
      for (int c = 0; c < columns.columns.size(); c++) {
        Col col = columns.columns.get(c);
        String value = cells.cell(c);
        if (value.isBlank()) {
          continue;
        }
        try {
          switch (col.role()) {
            case VALUE -> value(col.item(), value);
            case RECORD_ID -> {
              if (col.item() != null && col.item().type().hasData()) {
                value(col.item(), value);
              }
            }
            case CHECKBOX -> checkbox(col, value);
            case UNKNOWN ->
                notes.add(
                    note(
                        where,
                        "record " + id + " field " + col.header(),
                        "value '"
                            + abbreviate(value)
                            + "' left out: not a field of the instrument"));
            default -> {}
          }
        } catch (RecordValues.Impossible e) {
          notes.add(
              note(
                  where, "record " + id + " field " + col.header(), e.getMessage() + "; left out"));
        }
      }
      ticked.forEach((item, codes) -> answers.put(item, new Answer.Choices(codes)));
      calculate();
    }

    private void value(Item item, String value) throws RecordValues.Impossible {
      int i = b.itemIndex(item.id());
      switch (item.type()) {
        case SINGLE, LIKERT, YES_NO, PROVINCE -> {
          int o = RecordValues.option(item, value);
          b.setChoice(row, i, o);
          answers.put(item.id(), new Answer.Choice(item.options().get(o).code()));
        }
        case INTEGER, DECIMAL -> {
          double d = RecordValues.number(item, value);
          b.setNumber(row, i, d);
          answers.put(item.id(), new Answer.Number(d));
        }
        case CALCULATED -> stored.put(item.id(), value.strip());
        case DATE -> {
          String d = RecordValues.date(value);
          b.setText(row, i, d);
          answers.put(item.id(), new Answer.Text(d));
        }
        default -> {
          b.setText(row, i, value);
          answers.put(item.id(), new Answer.Text(value));
        }
      }
    }

    private void checkbox(Col col, String value) throws RecordValues.Impossible {
      Item item = col.item();
      boolean on = RecordValues.ticked(value);
      int i = b.itemIndex(item.id());
      if (item.type() == ItemType.YES_NO) {
        String code = on ? "yes" : "no";
        b.setChoice(row, i, item.optionIndex(code));
        answers.put(item.id(), new Answer.Choice(code));
        return;
      }
      b.setSelected(row, i, col.option(), on);
      Set<String> codes = ticked.computeIfAbsent(item.id(), k -> new HashSet<>());
      if (on) {
        codes.add(item.options().get(col.option()).code());
      }
    }

    private void calculate() {

      for (Item item : items) {
        if (item.type() != ItemType.CALCULATED || item.calculation() == null) {
          continue;
        }
        int i = b.itemIndex(item.id());
        boolean applies = item.condition().map(c -> c.test(answers::get)).orElse(true);
        OptionalDouble v =
            applies ? item.calculation().evaluate(answers::get) : OptionalDouble.empty();
        if (v.isPresent()) {
          b.setNumber(row, i, v.getAsDouble());
          answers.put(item.id(), new Answer.Number(v.getAsDouble()));
        }
        compare(item, v);
      }
    }

    private void compare(Item item, OptionalDouble computed) {
      String s = stored.get(item.id());
      if (s == null) {
        if (computed.isPresent()) {
          notes.add(
              note(
                  where,
                  "record " + id + " field " + item.id(),
                  "no stored value; computed " + LogicValues.format(computed.getAsDouble())));
        }
        return;
      }
      double d;
      try {
        d = Double.parseDouble(s.replace(',', '.'));
      } catch (NumberFormatException e) {
        notes.add(
            note(
                where,
                "record " + id + " field " + item.id(),
                "stored value '" + s + "' is not a number"));
        return;
      }
      if (computed.isEmpty()) {
        notes.add(
            note(
                where,
                "record " + id + " field " + item.id(),
                "stored value "
                    + s
                    + " but the calculation has no value for these answers; left empty"));
      } else if (Math.abs(computed.getAsDouble() - d) > TOLERANCE * Math.max(1, Math.abs(d))) {
        notes.add(
            note(
                where,
                "record " + id + " field " + item.id(),
                "stored value "
                    + s
                    + " disagrees with the recomputed "
                    + LogicValues.format(computed.getAsDouble())
                    + "; the recomputed value is imported"));
      }
    }
  }

  private static String abbreviate(String value) {
    String v = value.replaceAll("\\s+", " ").strip();
    return v.length() > 60 ? v.substring(0, 57) + "..." : v;
  }
}
