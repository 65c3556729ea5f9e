package org.tripart.stats.design;

import java.util.HashMap;
import java.util.Map;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.TextColumn;

/**
 * Builds a {@link SurveyDesign} from the items of a {@link Dataset}: weights from a numeric item,
 * strata and clusters from coded, text or numeric items. Stateless and thread-safe.
 */
public final class DatasetDesigns {
  private DatasetDesigns() {}

  /**
   * A builder with weights, strata and clusters taken from the dataset.
   *
   * @param weightItem a numeric item holding the sampling weight of every row
   * @param strataItem the item whose answer is the stratum, or null for an unstratified design
   * @param clusterItem the item whose answer is the PSU (for example the hospital), or null when
   *     every row is its own PSU
   * @throws DesignInputException when an item is of the wrong type or a row has no answer
   */
  public static DesignBuilder builder(
      Dataset dataset, String weightItem, String strataItem, String clusterItem) {
    DesignBuilder b = SurveyDesign.builder(numbers(dataset, weightItem));
    if (strataItem != null) {
      b.strata(codes(dataset, strataItem));
    }
    if (clusterItem != null) {
      b.clusters(codes(dataset, clusterItem));
    }
    return b;
  }

  /**
   * The values of a numeric item.
   *
   * @throws DesignInputException when the item is not numeric or a row is blank
   */
  public static double[] numbers(Dataset dataset, String item) {
    Column c = dataset.column(item);
    if (!(c instanceof NumericColumn numeric)) {
      throw new DesignInputException("item " + item, "a weight or FPC must be a numeric item");
    }
    double[] out = new double[c.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = numeric.value(r);
      if (Double.isNaN(out[r])) {
        throw blank(dataset, item, r);
      }
    }
    return out;
  }

  /**
   * One int code per row for a design variable: the option index, the text's dictionary index or a
   * number's rank of first appearance.
   *
   * @throws DesignInputException when the item is multiple-choice or a row is blank
   */
  public static int[] codes(Dataset dataset, String item) {
    Column c = dataset.column(item);
    int[] out = new int[c.size()];
    Map<Double, Integer> seen = new HashMap<>();
    for (int r = 0; r < out.length; r++) {
      if (!c.answered(r)) {
        throw blank(dataset, item, r);
      }
      if (c instanceof CodedColumn coded) {
        out[r] = coded.code(r);
      } else if (c instanceof TextColumn text) {
        out[r] = text.id(r);
      } else if (c instanceof NumericColumn numeric) {
        out[r] = seen.computeIfAbsent(numeric.value(r), v -> seen.size());
      } else if (c instanceof MultiColumn) {
        throw new DesignInputException(
            "item " + item, "a multiple-choice item cannot define strata or clusters");
      }
    }
    return out;
  }

  private static DesignInputException blank(Dataset dataset, String item, int row) {
    String id =
        dataset.respondentIds().isEmpty()
            ? "row " + (row + 1)
            : "respondent " + dataset.respondentIds().get(row);
    return new DesignInputException(
        "item " + item + " " + id, "a design variable has no value; every row needs one");
  }
}
