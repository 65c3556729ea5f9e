package org.tripart.stats;

import java.util.Arrays;
import java.util.BitSet;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;

/**
 * Descriptive statistics of integer and decimal items over a domain. Only rows to which the item
 * applied and that hold a value count; answers given where the item did not apply are ignored.
 * Results match R's {@code mean}, {@code sd} and {@code quantile(type = 7)}.
 *
 * <p>Stateless and thread-safe; no side effects. Arguments must not be null.
 */
public final class NumericSummaries {
  private NumericSummaries() {}

  /**
   * The summary of the item over the domain {@code rows} (not changed).
   *
   * @throws org.tripart.instrument.UnknownItemException when the instrument has no such item
   * @throws StatisticsInputException when the item is not numeric or the domain names rows the
   *     dataset does not have
   */
  public static NumericSummary of(Dataset data, String itemId, BitSet rows) {
    Column column = data.column(itemId);
    Item item = column.item();
    if (!(column instanceof NumericColumn numbers)) {
      throw new StatisticsInputException(
          Frequencies.where(item),
          "is a "
              + item.type().fileName()
              + " item; a numeric summary needs integer, decimal or calculated");
    }
    Frequencies.checkDomain(data, rows);
    BitSet considered = (BitSet) rows.clone();
    considered.and(data.applicableRows(itemId));
    int applicable = considered.cardinality();
    double[] values = new double[applicable];
    int n = 0;
    for (int r = considered.nextSetBit(0); r >= 0; r = considered.nextSetBit(r + 1)) {
      double v = numbers.value(r);
      if (!Double.isNaN(v)) {
        values[n++] = v;
      }
    }
    if (n == 0) {
      double nan = Double.NaN;
      return new NumericSummary(item, applicable, 0, applicable, nan, nan, nan, nan, nan, nan, nan);
    }
    Arrays.sort(values, 0, n);
    double mean = mean(values, n);
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = values[i] - mean;
      squares += d * d;
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
    return new NumericSummary(
        item,
        applicable,
        n,
        applicable - n,
        mean,
        sd,
        values[0],
        quantile(values, n, 0.25),
        quantile(values, n, 0.5),
        quantile(values, n, 0.75),
        values[n - 1]);
  }

  private static double mean(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    double mean = sum / n;
    double residual = 0;
    for (int i = 0; i < n; i++) {
      residual += values[i] - mean;
    }
    return mean + residual / n;
  }

  /** R's type 7 quantile of the first {@code n} values, which are sorted. */
  static double quantile(double[] sorted, int n, double probability) {
    double index = (n - 1) * probability;
    int low = (int) Math.floor(index);
    int high = (int) Math.ceil(index);
    double h = index - low;
    return h == 0 ? sorted[low] : (1 - h) * sorted[low] + h * sorted[high];
  }
}
