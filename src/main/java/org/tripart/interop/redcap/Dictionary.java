package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/** Reads the rows of a REDCap data dictionary in either layout. Stateless. */
final class Dictionary {
  private Dictionary() {}

  /**
   * The fields of the file, in order.
   *
   * @throws TripartException (TRP-1000) when the CSV is malformed, the header lacks a column a
   *     dictionary must have, or there is no field
   */
  static List<Field> read(CsvTable table) {
    String file = table.file();
    Map<Column, Integer> index = new EnumMap<>(Column.class);
    for (int i = 0; i < table.header().size(); i++) {
      Optional<Column> c = Column.ofHeader(table.header().get(i));
      if (c.isPresent() && !index.containsKey(c.get())) {
        index.put(c.get(), i);
      }
    }
    List<String> missing = new ArrayList<>();
    for (Column c : Column.REQUIRED_COLUMNS) {
      if (!index.containsKey(c)) {
        missing.add("\"" + c.download + "\" (API: " + c.api + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          file + ":1",
          "not a REDCap data dictionary: the header lacks " + String.join(", ", missing));
    }
    List<Field> fields = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Map<Column, String> cells = new EnumMap<>(Column.class);
      index.forEach((column, i) -> cells.put(column, row.cell(i)));
      Field f = new Field(row.line(), cells);
      if (f.name().isEmpty()) {
        throw new TripartException(
            ErrorCode.IMPORT_UNREADABLE, file + ":" + row.line(), "a field has no field name");
      }
      if (f.get(Column.FORM_NAME).isEmpty()) {
        throw new TripartException(
            ErrorCode.IMPORT_UNREADABLE,
            file + ":" + row.line(),
            "field " + f.name() + " has no form name");
      }
      fields.add(f);
    }
    if (fields.isEmpty()) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, file + ":2", "the dictionary has no field");
    }
    return fields;
  }
}
