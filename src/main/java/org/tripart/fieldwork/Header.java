package org.tripart.fieldwork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;

/** The positions of the register's columns, read from its header line. Immutable. */
record Header(Map<String, Integer> positions, int size) {

  /** The 0-based position of a column. */
  int position(String column) {
    return positions.get(column);
  }

  /** The header of {@code record}, or null when it has problems (added to {@code problems}). */
  static Header read(CSVRecord record, int line, List<RegisterProblem> problems) {
    Map<String, Integer> positions = new HashMap<>();
    int before = problems.size();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip();
      if (!RegisterCsv.COLUMNS.contains(name)) {
        problems.add(
            new RegisterProblem(
                ErrorCode.REGISTER_FORMAT,
                line,
                i + 1,
                name,
                "unknown column '"
                    + name
                    + "'; the header must name exactly the columns "
                    + RegisterCsv.header()));
      } else if (positions.putIfAbsent(name, i) != null) {
        problems.add(
            new RegisterProblem(
                ErrorCode.REGISTER_FORMAT,
                line,
                i + 1,
                name,
                "column '"
                    + name
                    + "' is named twice (first in column "
                    + (positions.get(name) + 1)
                    + ")"));
      }
    }
    for (String column : RegisterCsv.COLUMNS) {
      if (!positions.containsKey(column)) {
        problems.add(
            RegisterCsv.format(
                line,
                "the header lacks the column '"
                    + column
                    + "'; the first line must be the header "
                    + RegisterCsv.header()));
      }
    }
    return problems.size() == before ? new Header(Map.copyOf(positions), record.size()) : null;
  }
}
