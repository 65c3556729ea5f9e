package org.tripart.interop.redcap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;
import org.tripart.interop.ConversionNote;

/**
 * Writes an instrument as a REDCap data dictionary (download layout) and a data set as a REDCap raw
 * record export. What REDCap cannot say (likert, province and institution types, fills, exclusive
 * options, option scores and conditions, labels in other languages, the instrument's id, group,
 * version and title, skip logic and calculations whose REDCap form means something else) travels in
 * the Field Annotation as {@code @TRIPART-NAME=JSON} tags, which REDCap keeps and ignores, so that
 * {@link RedcapDictionary} reads the file back to the same instrument. Stateless and thread-safe;
 * arguments must not be null.
 */
public final class RedcapExport {
  private RedcapExport() {}

  /**
   * A written file and the notes on what REDCap itself will not see or will treat differently.
   *
   * @param text the CSV text (UTF-8 without byte order mark when saved)
   * @param notes one per construct REDCap will not see as Tripart does
   */
  public record Result(String text, List<ConversionNote> notes) {
    public Result {
      Objects.requireNonNull(text, "text");
      notes = List.copyOf(notes);
    }
  }

  /** The instrument as a REDCap data dictionary CSV in the download layout. */
  public static Result dictionary(Instrument instrument) {
    List<ConversionNote> notes = new ArrayList<>();
    StringWriter out = new StringWriter();
    Map<String, Item> items = instrument.itemsById();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      List<String> header = new ArrayList<>();
      for (org.tripart.interop.redcap.Column c : org.tripart.interop.redcap.Column.values()) {
        header.add(c.download);
      }
      csv.printRecord(header);
      boolean wroteRecordId = !items.containsKey("record_id");
      if (wroteRecordId) {
        csv.printRecord(recordIdRow(instrument));
      }
      boolean first = !wroteRecordId;
      for (Section s : instrument.sections()) {
        boolean firstInSection = !(wroteRecordId && s == instrument.sections().get(0));
        for (Item item : s.items()) {
          ExportRow row = new ExportRow(instrument, item, items, notes);
          if (first) {
            row.tag("INSTRUMENT", instrumentTag(instrument));
            first = false;
          }
          if (firstInSection) {
            ObjectNode section = Annotation.JSON.createObjectNode();
            section.set("title", ExportRow.json(s.title()));
            row.tag("SECTION", section);
            firstInSection = false;
          }
          csv.printRecord(row.cells(s.id()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (instrument.languages().size() > 1) {
      notes.add(
          0,
          new ConversionNote(
              instrument.source(),
              "instrument " + instrument.id(),
              "REDCap shows the "
                  + instrument.languages().get(0)
                  + " texts only; those in "
                  + String.join(
                      ", ", instrument.languages().subList(1, instrument.languages().size()))
                  + " are carried in @TRIPART-LABEL, @TRIPART-HELP and @TRIPART-OPTIONS tags"));
    }
    return new Result(out.toString(), notes);
  }

  /**
   * REDCap takes the first field as the record id; Tripart's respondent id is no item, so a {@code
   * record_id} field tagged {@code @TRIPART-RECORDID} comes first, and the importer skips it.
   */
  private static List<String> recordIdRow(Instrument instrument) {
    List<String> row = new ArrayList<>();
    for (org.tripart.interop.redcap.Column c : org.tripart.interop.redcap.Column.values()) {
      row.add(
          switch (c) {
            case FIELD_NAME -> "record_id";
            case FORM_NAME -> instrument.sections().get(0).id();
            case FIELD_TYPE -> "text";
            case FIELD_LABEL -> "Record ID";
            default -> "";
          });
    }
    ObjectNode section = Annotation.JSON.createObjectNode();
    section.set("title", ExportRow.json(instrument.sections().get(0).title()));
    row.set(
        row.size() - 1,
        Annotation.PREFIX
            + "INSTRUMENT="
            + instrumentTag(instrument)
            + " "
            + Annotation.PREFIX
            + "SECTION="
            + section
            + " "
            + Annotation.PREFIX
            + "RECORDID=true");
    return row;
  }

  private static ObjectNode instrumentTag(Instrument instrument) {
    ObjectNode n = Annotation.JSON.createObjectNode();
    n.put("id", instrument.id());
    n.put("group", instrument.group());
    n.put("version", instrument.version());
    n.set("title", ExportRow.json(instrument.title()));
    ArrayNode languages = n.putArray("languages");
    instrument.languages().forEach(languages::add);
    return n;
  }

  /**
   * The data set as a REDCap raw record export: {@code record_id} (the respondent id), then each
   * item's column in instrument order, checkboxes as {@code item___code} 0/1 columns, yes/no as
   * 1/0, option codes, numbers with a decimal point, blank for no answer. Notes have no column.
   */
  public static String records(Dataset data) {
    StringWriter out = new StringWriter();
    List<Item> items = new ArrayList<>();
    for (Item i : data.instrument().items()) {
      if (i.type().hasData() && !i.id().equals("record_id")) {
        items.add(i);
      }
    }
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      List<String> header = new ArrayList<>();
      header.add("record_id");
      for (Item i : items) {
        if (i.type() == ItemType.MULTIPLE) {
          i.options().forEach(o -> header.add(i.id() + "___" + o.code()));
        } else {
          header.add(i.id());
        }
      }
      csv.printRecord(header);
      for (int row = 0; row < data.size(); row++) {
        List<String> cells = new ArrayList<>();
        cells.add(data.respondentIds().get(row));
        for (Item i : items) {
          cell(cells, i, data.column(i.id()), row);
        }
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void cell(List<String> cells, Item item, Column column, int row) {
    Answer a = column.answer(row);
    if (item.type() == ItemType.MULTIPLE) {
      for (Option o : item.options()) {
        cells.add(a instanceof Answer.Choices c ? (c.codes().contains(o.code()) ? "1" : "0") : "");
      }
      return;
    }
    if (a == null) {
      cells.add("");
    } else if (a instanceof Answer.Choice c) {
      cells.add(item.type() == ItemType.YES_NO ? (c.code().equals("yes") ? "1" : "0") : c.code());
    } else if (a instanceof Answer.Number n) {
      cells.add(RedcapLogic.format(n.value()));
    } else if (a instanceof Answer.Text t) {
      cells.add(t.value());
    } else {
      cells.add("");
    }
  }

  static Map<String, String> texts(LocalizedText t) {
    return new LinkedHashMap<>(t.texts());
  }
}
