package org.tripart.fieldwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;

/** Checks one data row of a register and turns it into an {@link Institution}. Single use. */
final class RowCheck {
  private final Header header;
  private final CSVRecord record;
  private final int line;
  private final List<RegisterProblem> problems;
  private boolean ok = true;

  RowCheck(Header header, CSVRecord record, int line, List<RegisterProblem> problems) {
    this.header = header;
    this.record = record;
    this.line = line;
    this.problems = problems;
  }

  /**
   * The institution of the row, or null when it has problems (added to the problem list).
   *
   * @param idLines the line of each id seen so far; the row's id is added
   */
  Institution check(Map<String, Integer> idLines) {
    if (record.size() != header.size()) {
      problems.add(
          RegisterCsv.format(
              line,
              "the row has "
                  + record.size()
                  + (record.size() == 1 ? " field" : " fields")
                  + " where the header has "
                  + header.size()
                  + "; a value holding a comma must be enclosed in double quotes"));
      return null;
    }
    String id = value("id");
    if (id.isEmpty()) {
      problem("id", "the id is missing");
    } else {
      Integer first = idLines.putIfAbsent(id, line);
      if (first != null) {
        problem("id", "the id '" + id + "' is already used on line " + first);
      }
    }
    String name = value("name");
    if (name.isEmpty()) {
      problem("name", "the name is missing");
    }
    String province = value("province_code");
    if (province.isEmpty()) {
      problem("province_code", "the province code is missing");
    } else if (Provinces.byCode(province).isEmpty()) {
      problem(
          "province_code",
          "'"
              + province
              + "' is not the two-digit GB/T 2260 code of one of the 31 provincial-level regions"
              + " of mainland China (11 Beijing ... 44 Guangdong ... 65 Xinjiang)");
    }
    String tierName = value("tier");
    Tier tier = Tier.fromFileName(tierName).orElse(null);
    if (tier == null) {
      problem(
          "tier",
          (tierName.isEmpty() ? "the tier is missing" : "'" + tierName + "' is not a tier")
              + "; use primary, secondary, tertiary or other");
    }
    Sector sector = sector();
    if (sector != null && sector != Sector.HOSPITAL && tier != null && tier != Tier.OTHER) {
      problem(
          "tier",
          "'"
              + tierName
              + "' is a hospital tier, but the row is of the sector "
              + sector.fileName()
              + "; use other");
    }
    LocalizedText names = names();
    return ok ? new Institution(id, name, province, tier, value("type"), sector, names) : null;
  }

  /** The row's sector: hospital without a sector column, null when the value is bad. */
  private Sector sector() {
    if (!header.has(RegisterCsv.SECTOR)) {
      return Sector.HOSPITAL;
    }
    String value = value(RegisterCsv.SECTOR);
    Sector sector = Sector.fromFileName(value.toLowerCase(Locale.ROOT)).orElse(null);
    if (sector == null) {
      problem(
          RegisterCsv.SECTOR,
          (value.isEmpty() ? "the sector is missing" : "'" + value + "' is not a sector")
              + "; use hospital, institution or company");
    }
    return sector;
  }

  private LocalizedText names() {
    Map<String, String> names = new LinkedHashMap<>();
    header
        .names()
        .forEach(
            (language, position) -> {
              String n = record.get(position).strip();
              if (!n.isEmpty()) {
                names.put(language, n);
              }
            });
    return names.isEmpty() ? LocalizedText.EMPTY : new LocalizedText(names);
  }

  private String value(String column) {
    return record.get(header.position(column)).strip();
  }

  private void problem(String column, String message) {
    problems.add(
        new RegisterProblem(
            ErrorCode.REGISTER_VALUE, line, header.position(column) + 1, column, message));
    ok = false;
  }
}
