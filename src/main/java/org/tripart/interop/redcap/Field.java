package org.tripart.interop.redcap;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of a REDCap data dictionary: its line in the file and its cells by column (blank for
 * columns the file lacks). Immutable.
 */
record Field(int line, Map<Column, String> cells) {
  Field {
    cells = java.util.Collections.unmodifiableMap(new EnumMap<>(cells));
  }

  /** The cell, stripped; the empty string when blank or absent. */
  String get(Column c) {
    String v = cells.get(c);
    return v == null ? "" : v.strip();
  }

  /** The cell as written, or the empty string. */
  String raw(Column c) {
    String v = cells.get(c);
    return v == null ? "" : v;
  }

  String name() {
    return get(Column.FIELD_NAME).toLowerCase(java.util.Locale.ROOT);
  }

  String type() {
    return get(Column.FIELD_TYPE).toLowerCase(java.util.Locale.ROOT);
  }

  String validation() {
    return get(Column.VALIDATION).toLowerCase(java.util.Locale.ROOT);
  }
}
