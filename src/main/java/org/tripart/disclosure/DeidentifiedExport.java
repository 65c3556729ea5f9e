package org.tripart.disclosure;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tripart.CsvCells;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.TextColumn;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;

/**
 * Writes respondent-level data that can leave the study team: a CSV in which
 *
 * <ul>
 *   <li>the respondent id is replaced by its keyed pseudonym (column {@code respondent});
 *   <li>when the rows' instrument versions are given, each row's follows (column {@code
 *       instrument_version}, blank where unrecorded), so that answers collected under different
 *       versions of the questionnaire can be told apart;
 *   <li>free-text items are dropped, since they hold names, phone numbers and hospital names;
 *   <li>dates are cut to their year ({@code <item>_year});
 *   <li>each institution item becomes the institution's pseudonym ({@code <item>}) and its province
 *       and tier from the register ({@code <item>_province}, {@code <item>_tier});
 *   <li>coded and numeric items are written as in the responses CSV (option codes, one 0/1 column
 *       {@code item___code} per option of a multiple-choice item, blank when unanswered).
 * </ul>
 *
 * <p>Stateless and thread-safe. The whole file is built in memory and written only when every row
 * is valid, so a failure leaves the writer untouched.
 */
public final class DeidentifiedExport {
  private DeidentifiedExport() {}

  /**
   * Writes the de-identified data to {@code out}, which is flushed but not closed.
   *
   * @param register the area of every institution the data name, by institution id
   * @param secret the study's pseudonym secret, at least {@value Pseudonyms#MIN_SECRET_BYTES} bytes
   * @throws DisclosureInputException when the secret is too short or a row names an institution the
   *     register lacks
   * @throws TripartException (TRP-0103) when writing fails
   */
  public static void write(
      Dataset data, Map<String, InstitutionArea> register, byte[] secret, Writer out) {
    write(data, null, register, secret, out);
  }

  /**
   * {@link #write(Dataset, Map, byte[], Writer)} with an {@code instrument_version} column after
   * {@code respondent}.
   *
   * @param instrumentVersions the instrument version of each row, in row order, null where
   *     unrecorded; null for no such column
   * @throws DisclosureInputException also when there are not as many versions as rows
   */
  public static void write(
      Dataset data,
      List<Integer> instrumentVersions,
      Map<String, InstitutionArea> register,
      byte[] secret,
      Writer out) {
    if (instrumentVersions != null && instrumentVersions.size() != data.size()) {
      throw new DisclosureInputException(
          "instrument versions",
          instrumentVersions.size() + " versions given for " + data.size() + " rows");
    }
    Pseudonyms pseudonyms = new Pseudonyms(secret);
    List<Column> columns = new ArrayList<>();
    StringBuilder csv = new StringBuilder(1 << 16);
    csv.append("respondent");
    if (instrumentVersions != null) {
      header(csv, "instrument_version");
    }
    for (Column c : data.columns().values()) {
      Item item = c.item();
      if (item.type() == ItemType.TEXT) {
        continue;
      }
      columns.add(c);
      switch (item.type()) {
        case MULTIPLE -> item.options().forEach(o -> header(csv, item.id() + "___" + o.code()));
        case DATE -> header(csv, item.id() + "_year");
        case INSTITUTION -> {
          header(csv, item.id());
          header(csv, item.id() + "_province");
          header(csv, item.id() + "_tier");
        }
        default -> header(csv, item.id());
      }
    }
    csv.append('\n');
    List<String> ids = data.respondentIds();
    for (int row = 0; row < data.size(); row++) {
      String id = row < ids.size() ? ids.get(row) : Integer.toString(row + 1);
      csv.append(pseudonyms.respondent(id));
      if (instrumentVersions != null) {
        csv.append(',');
        Integer version = instrumentVersions.get(row);
        if (version != null) {
          csv.append(version.intValue());
        }
      }
      for (Column c : columns) {
        cells(csv, c, row, register, pseudonyms);
      }
      csv.append('\n');
    }
    try {
      out.append(csv);
      out.flush();
    } catch (IOException e) {
      throw new TripartException(
          ErrorCode.IO, null, "cannot write the de-identified export: " + e.getMessage(), e);
    }
  }

  private static void header(StringBuilder csv, String name) {
    csv.append(',').append(name);
  }

  private static void cells(
      StringBuilder csv,
      Column column,
      int row,
      Map<String, InstitutionArea> register,
      Pseudonyms pseudonyms) {
    if (column instanceof CodedColumn coded) {
      csv.append(',');
      int code = coded.code(row);
      if (code != CodedColumn.BLANK) {
        csv.append(coded.item().options().get(code).code());
      }
    } else if (column instanceof MultiColumn multi) {
      List<Option> options = multi.item().options();
      for (int o = 0; o < options.size(); o++) {
        csv.append(',');
        if (multi.answered(row)) {
          csv.append(multi.selected(row, o) ? '1' : '0');
        }
      }
    } else if (column instanceof NumericColumn numbers) {
      csv.append(',');
      double v = numbers.value(row);
      if (!Double.isNaN(v)) {
        csv.append(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
      }
    } else if (column instanceof TextColumn text) {
      String v = text.value(row);
      Item item = text.item();
      if (item.type() == ItemType.INSTITUTION) {
        institution(csv, item, row, v, register, pseudonyms);
      } else {
        csv.append(',');
        if (v != null) {
          csv.append(year(item, row, v));
        }
      }
    }
  }

  private static void institution(
      StringBuilder csv,
      Item item,
      int row,
      String id,
      Map<String, InstitutionArea> register,
      Pseudonyms pseudonyms) {
    if (id == null) {
      csv.append(",,,");
      return;
    }
    InstitutionArea area = register.get(id);
    if (area == null) {
      throw new DisclosureInputException(
          "row " + (row + 1) + " item " + item.id(),
          "institution '" + id + "' is not in the institution register");
    }
    csv.append(',')
        .append(pseudonyms.institution(id))
        .append(',')
        .append(safe(area.province()))
        .append(',')
        .append(safe(area.tier()));
  }

  private static int year(Item item, int row, String date) {
    try {
      return LocalDate.parse(date).getYear();
    } catch (DateTimeParseException e) {
      throw new DisclosureInputException(
          "row " + (row + 1) + " item " + item.id(), "'" + date + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** Register codes are plain codes; anything a CSV would need to quote is refused. */
  private static String safe(String code) {
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        throw new DisclosureInputException(
            "institution register", "code '" + code + "' holds a comma, quote or line break");
      }
    }
    return CsvCells.text(code);
  }
}
