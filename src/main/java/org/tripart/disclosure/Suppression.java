package org.tripart.disclosure;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Small-cell suppression of a two-way table of counts published with its row, column and grand
 * totals: primary suppression of counts from 1 to {@code threshold - 1} (the cells, and the total
 * of every row with a published cell: an option's count over all strata tells as much as one
 * stratum's; column totals and the grand total, the group sizes, are not), then complementary
 * suppression until no withheld count can be worked out from the counts and totals left visible.
 * The algorithm and its guarantees are in {@code disclosure.md} beside this class.
 *
 * <p>Stateless and thread-safe; arguments are not changed. Arrays must not be null.
 */
public final class Suppression {
  /** The threshold Tripart uses unless a study sets its own. */
  public static final int DEFAULT_THRESHOLD = 5;

  private Suppression() {}

  /**
   * The suppression pattern of {@code counts[row][column]}, every count and total published.
   *
   * @param threshold counts from 1 to {@code threshold - 1} are withheld; 0 or 1 withholds nothing
   * @throws DisclosureInputException when the table is empty or ragged, a count is negative, or the
   *     threshold is negative
   */
  public static SuppressionPattern apply(long[][] counts, int threshold) {
    return apply(counts, null, threshold);
  }

  /**
   * The suppression pattern when some cells are never published (they are unknown to the reader but
   * still add up to the totals, as the "did not tick" counts of a check-all-that-apply item).
   *
   * @param unpublished same shape as {@code counts}, true where the cell is never printed; null
   *     when every cell is printed
   */
  public static SuppressionPattern apply(long[][] counts, boolean[][] unpublished, int threshold) {
    if (threshold < 0) {
      throw new DisclosureInputException(
          "suppression threshold", threshold + " is negative; use 0 to suppress nothing");
    }
    long[][] values = augment(counts);
    int rows = values.length;
    int columns = values[0].length;
    CellStatus[][] status = new CellStatus[rows][columns];
    for (int r = 0; r < rows; r++) {
      boolean published = false;
      for (int c = 0; c < columns; c++) {
        boolean inner = r < rows - 1 && c < columns - 1;
        boolean rowTotal = r < rows - 1 && c == columns - 1;
        if (inner && unpublished != null && unpublished[r][c]) {
          status[r][c] = CellStatus.UNPUBLISHED;
        } else if ((inner || rowTotal && published)
            && values[r][c] >= 1
            && values[r][c] < threshold) {
          status[r][c] = CellStatus.PRIMARY;
        } else {
          status[r][c] = CellStatus.SHOWN;
        }
        published |= inner && status[r][c] != CellStatus.UNPUBLISHED;
      }
    }
    int[] exposed;
    while ((exposed = firstRecoverable(status)) != null) {
      protect(values, status, exposed[0], exposed[1]);
    }
    return new SuppressionPattern(threshold, status);
  }

  /** The table with a column of row totals, a row of column totals and the grand total. */
  private static long[][] augment(long[][] counts) {
    if (counts.length == 0 || counts[0].length == 0) {
      throw new DisclosureInputException("suppression table", "has no cells");
    }
    int rows = counts.length;
    int columns = counts[0].length;
    long[][] out = new long[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      if (counts[r].length != columns) {
        throw new DisclosureInputException(
            "suppression table row " + r,
            "has " + counts[r].length + " cells where row 0 has " + columns);
      }
      for (int c = 0; c < columns; c++) {
        long v = counts[r][c];
        if (v < 0) {
          throw new DisclosureInputException(
              "suppression table cell (" + r + ", " + c + ")", "holds a negative count " + v);
        }
        out[r][c] = v;
        out[r][columns] += v;
        out[rows][c] += v;
        out[rows][columns] += v;
      }
    }
    return out;
  }

  /**
   * The first primary cell, in row-major order, that lies on no cycle of hidden cells (alternating
   * along its row and its column): exactly the primary cells that the visible counts and totals
   * determine. Null when there is none. Complementary and unpublished cells need no protection of
   * their own.
   */
  static int[] firstRecoverable(CellStatus[][] status) {
    for (int r = 0; r < status.length; r++) {
      for (int c = 0; c < status[r].length; c++) {
        if (status[r][c] == CellStatus.PRIMARY && !onCycle(status, r, c)) {
          return new int[] {r, c};
        }
      }
    }
    return null;
  }

  /**
   * True when row {@code row} and column {@code column} are joined by a path of hidden cells other
   * than the cell where they cross: a breadth-first search over the graph whose vertices are the
   * lines of the table and whose edges are the hidden cells.
   */
  private static boolean onCycle(CellStatus[][] status, int row, int column) {
    int rows = status.length;
    int columns = status[0].length;
    boolean[] seenRow = new boolean[rows];
    boolean[] seenColumn = new boolean[columns];
    Deque<Integer> queue = new ArrayDeque<>();
    seenRow[row] = true;
    queue.add(row);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      if (v < rows) {
        for (int c = 0; c < columns; c++) {
          if (!seenColumn[c] && status[v][c].isHidden() && !(v == row && c == column)) {
            if (c == column) {
              return true;
            }
            seenColumn[c] = true;
            queue.add(rows + c);
          }
        }
      } else {
        int c = v - rows;
        for (int r = 0; r < rows; r++) {
          if (!seenRow[r] && status[r][c].isHidden() && !(r == row && c == column)) {
            seenRow[r] = true;
            queue.add(r);
          }
        }
      }
    }
    return false;
  }

  /**
   * Puts the cell on a cycle by hiding the cheapest rectangle through it: over every other row
   * {@code i} and column {@code j}, the corners {@code (row, j)}, {@code (i, column)} and {@code
   * (i, j)} still shown, at the cost of their summed counts. Rectangles that would hide a zero are
   * taken only when no other exists; ties go to fewer new cells, then to the first in row-major
   * order.
   */
  private static void protect(long[][] values, CellStatus[][] status, int row, int column) {
    long bestCost = Long.MAX_VALUE;
    int bestNew = Integer.MAX_VALUE;
    boolean bestHasZero = true;
    int bestI = -1;
    int bestJ = -1;
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < values[0].length; j++) {
        if (i == row || j == column) {
          continue;
        }
        long cost = 0;
        int added = 0;
        boolean zero = false;
        for (int[] corner : new int[][] {{row, j}, {i, column}, {i, j}}) {
          if (!status[corner[0]][corner[1]].isHidden()) {
            long v = values[corner[0]][corner[1]];
            cost += v;
            added++;
            zero |= v == 0;
          }
        }
        boolean better =
            bestHasZero && !zero
                || bestHasZero == zero && (cost < bestCost || cost == bestCost && added < bestNew);
        if (better) {
          bestCost = cost;
          bestNew = added;
          bestHasZero = zero;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI < 0) {
      throw new IllegalStateException("a table with its totals has at least two rows and columns");
    }
    for (int[] corner : new int[][] {{row, bestJ}, {bestI, column}, {bestI, bestJ}}) {
      if (!status[corner[0]][corner[1]].isHidden()) {
        status[corner[0]][corner[1]] = CellStatus.COMPLEMENTARY;
      }
    }
  }
}
