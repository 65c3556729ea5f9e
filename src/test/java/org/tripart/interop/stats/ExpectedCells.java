package org.tripart.interop.stats;

import java.util.ArrayList;
import java.util.List;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;

/**
 * What a statistics package should show in each cell, worked out from the data set itself (not from
 * the exporter's tables): the option's label for a coded answer, Checked/Unchecked for a ticked
 * option, the number, the ISO date, the text, blank when unanswered.
 */
final class ExpectedCells {
  /** One column as a package shows it: the column's Tripart name and a cell per row. */
  record ExpectedColumn(String column, Item item, List<String> cells) {}

  private ExpectedCells() {}

  static List<ExpectedColumn> of(Dataset data, String language) {
    List<ExpectedColumn> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int r = 0; r < data.size(); r++) {
      ids.add(data.respondentIds().get(r));
    }
    out.add(new ExpectedColumn("record_id", null, ids));
    for (Item item : data.instrument().items()) {
      if (item.type() == ItemType.NOTE) {
        continue;
      }
      Column c = data.column(item.id());
      if (item.type() == ItemType.MULTIPLE) {
        for (Option o : item.options()) {
          List<String> cells = new ArrayList<>();
          for (int r = 0; r < data.size(); r++) {
            Answer a = c.answer(r);
            cells.add(
                a == null
                    ? ""
                    : ((Answer.Choices) a).codes().contains(o.code()) ? "Checked" : "Unchecked");
          }
          out.add(new ExpectedColumn(item.id() + "___" + o.code(), item, cells));
        }
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (int r = 0; r < data.size(); r++) {
        Answer a = c.answer(r);
        String cell = "";
        if (a instanceof Answer.Choice ch) {
          cell = item.option(ch.code()).label().in(language);
        } else if (a instanceof Answer.Number n) {
          cell = StatsCsv.plain(n.value());
        } else if (a instanceof Answer.Text t) {
          cell = t.value();
        }
        cells.add(cell);
      }
      out.add(new ExpectedColumn(item.id(), item, cells));
    }
    return out;
  }

  /**
   * The number as the exports write it, for a tool's output such as {@code .50} or {@code 12.0}.
   */
  static String number(String s) {
    return s.isBlank() ? "" : StatsCsv.plain(Double.parseDouble(s.strip()));
  }
}
