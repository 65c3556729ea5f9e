package org.tripart.fieldwork;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;

/**
 * The positions of the register's columns, read from its header line: the required columns, the
 * optional {@code sector} and the optional {@code name_<language>} columns. Immutable.
 *
 * @param positions the 0-based position of every column, by header name
 * @param names the position of every {@code name_<language>} column, by language, in file order
 */
record Header(Map<String, Integer> positions, Map<String, Integer> names, int size) {
  /** The prefix of a column holding the name in one language: {@code name_zh}. */
  static final String NAME_PREFIX = "name_";

  /** A language tag: a 2-3 letter language, then subtags such as {@code zh-Hant}. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /** The 0-based position of a column. */
  int position(String column) {
    return positions.get(column);
  }

  boolean has(String column) {
    return positions.containsKey(column);
  }

  /** The header of {@code record}, or null when it has problems (added to {@code problems}). */
  static Header read(CSVRecord record, int line, List<RegisterProblem> problems) {
    Map<String, Integer> positions = new HashMap<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    int before = problems.size();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip();
      String problem = null;
      if (name.startsWith(NAME_PREFIX)) {
        String language = name.substring(NAME_PREFIX.length());
        if (!LANGUAGE.matcher(language).matches()) {
          problem =
              "'"
                  + language
                  + "' is not a language tag; name the column name_ and a lowercase language"
                  + " code, for example name_zh or name_en";
        }
      } else if (!RegisterCsv.COLUMNS.contains(name)
          && !RegisterCsv.OPTIONAL_COLUMNS.contains(name)) {
        problem = "unknown column '" + name + "'; " + RegisterCsv.layout();
      }
      if (problem == null && positions.putIfAbsent(name, i) != null) {
        problem =
            "column '"
                + name
                + "' is named twice (first in column "
                + (positions.get(name) + 1)
                + ")";
      }
      if (problem != null) {
        problems.add(new RegisterProblem(ErrorCode.REGISTER_FORMAT, line, i + 1, name, problem));
      } else if (name.startsWith(NAME_PREFIX)) {
        names.put(name.substring(NAME_PREFIX.length()), i);
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
    return problems.size() == before
        ? new Header(
            Map.copyOf(positions), java.util.Collections.unmodifiableMap(names), record.size())
        : null;
  }
}
