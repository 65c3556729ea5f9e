package org.tripart.study;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;

/** Reading one respondent's answers from a dataset, for the network rules. Stateless. */
final class RowAnswers {
  private RowAnswers() {}

  /** The option code of a single-choice answer, null when blank. */
  static String code(Dataset d, String item, int row) {
    return d.column(item).answer(row) instanceof Answer.Choice c ? c.code() : null;
  }

  /** The text of a text or institution answer, null when blank. */
  static String text(Dataset d, String item, int row) {
    return d.column(item).answer(row) instanceof Answer.Text t ? t.value() : null;
  }

  /** True when a multiple-choice answer ticks {@code option}. */
  static boolean ticked(Dataset d, String item, int row, String option) {
    return d.column(item).answer(row) instanceof Answer.Choices c && c.codes().contains(option);
  }

  /** Bands written {@code code=lo..hi}, as a map from code to {lo, hi}, in order. */
  static Map<String, int[]> bands(String... bands) {
    Map<String, int[]> out = new LinkedHashMap<>();
    for (String b : bands) {
      String[] range = b.substring(b.indexOf('=') + 1).split("\\.\\.");
      out.put(
          b.substring(0, b.indexOf('=')),
          new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])});
    }
    return out;
  }
}
