package org.tripart.disclosure;

/**
 * Which counts of a table, and of its row, column and grand totals, a reader may see. Immutable and
 * thread-safe.
 *
 * <p>Rows and columns are numbered as in the table of counts given to {@link Suppression}; the
 * totals are addressed by their own methods.
 */
public final class SuppressionPattern {
  private final int threshold;
  private final CellStatus[][] status;

  SuppressionPattern(int threshold, CellStatus[][] augmented) {
    this.threshold = threshold;
    this.status = new CellStatus[augmented.length][];
    for (int r = 0; r < augmented.length; r++) {
      status[r] = augmented[r].clone();
    }
  }

  /** The smallest count shown; counts from 1 to {@code threshold - 1} are withheld. */
  public int threshold() {
    return threshold;
  }

  public int rows() {
    return status.length - 1;
  }

  public int columns() {
    return status[0].length - 1;
  }

  public CellStatus cell(int row, int column) {
    return status[check(row, rows())][check(column, columns())];
  }

  public CellStatus rowTotal(int row) {
    return status[check(row, rows())][columns()];
  }

  public CellStatus columnTotal(int column) {
    return status[rows()][check(column, columns())];
  }

  public CellStatus grandTotal() {
    return status[rows()][columns()];
  }

  /** How many counts, totals included, are withheld by primary or complementary suppression. */
  public int suppressedCount() {
    int n = 0;
    for (CellStatus[] row : status) {
      for (CellStatus s : row) {
        if (s == CellStatus.PRIMARY || s == CellStatus.COMPLEMENTARY) {
          n++;
        }
      }
    }
    return n;
  }

  private static int check(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index + " outside 0.." + (size - 1));
    }
    return index;
  }
}
