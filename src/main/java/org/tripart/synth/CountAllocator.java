package org.tripart.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how many respondents of each stratum (row) pick each option (column) of one item, so that
 * every stratum's counts sum to its size and, as far as whole counts allow, every target holds: a
 * cell target within its stratum, a column target over all strata.
 *
 * <p>Method: start from the admissible count nearest each target, then improve by local search with
 * moves that keep the row sums (move {@code step} respondents between two options of one stratum,
 * or swap {@code step} between two options across two strata), for steps halving down to one. The
 * cost is lexicographic: distance outside the cell intervals first, then outside the column
 * intervals, then the distance from the unrounded target counts. Options with no target at all are
 * pooled during the search and share the pool evenly afterwards. Not thread-safe; one instance per
 * allocation.
 */
final class CountAllocator {
  private static final double CELL_WEIGHT = 1e9;
  private static final double COLUMN_WEIGHT = 1e4;
  private static final double EPSILON = 1e-9;

  private final int[] rowSizes;
  private final CountInterval[][] cells;
  private final CountInterval[] columns;
  private final int options;
  private final int pool;
  private final int[] vars;
  private final int[][] counts;
  private final long[] colSums;

  private CountAllocator(
      int[] rowSizes, CountInterval[][] cells, CountInterval[] columns, int[] vars, int pool) {
    this.rowSizes = rowSizes;
    this.cells = cells;
    this.columns = columns;
    this.options = columns.length;
    this.vars = vars;
    this.pool = pool;
    this.counts = new int[rowSizes.length][options + 1];
    this.colSums = new long[options + 1];
  }

  /**
   * The counts, {@code [row][option]}.
   *
   * @param rowSizes the size of each stratum
   * @param cells per stratum and option the target interval within the stratum, or null
   * @param columns per option the target interval over all strata, or null
   * @param pooled per option: true when it has no target and shares what the others leave
   * @param excluded per option: true when it must not be chosen at all
   */
  static int[][] allocate(
      int[] rowSizes,
      CountInterval[][] cells,
      CountInterval[] columns,
      boolean[] pooled,
      boolean[] excluded) {
    int k = columns.length;
    List<Integer> vars = new ArrayList<>();
    List<Integer> pooledOptions = new ArrayList<>();
    for (int o = 0; o < k; o++) {
      if (excluded[o]) {
        continue;
      }
      if (pooled[o]) {
        pooledOptions.add(o);
      } else {
        vars.add(o);
      }
    }
    int pool = pooledOptions.isEmpty() ? -1 : k;
    if (pool >= 0) {
      vars.add(pool);
    }
    CountAllocator a =
        new CountAllocator(
            rowSizes, cells, columns, vars.stream().mapToInt(Integer::intValue).toArray(), pool);
    if (vars.isEmpty()) {
      return new int[rowSizes.length][k];
    }
    a.start();
    a.search();
    return a.splitPool(pooledOptions);
  }

  private void start() {
    long total = 0;
    for (int m : rowSizes) {
      total += m;
    }
    for (int s = 0; s < rowSizes.length; s++) {
      long sum = 0;
      for (int o : vars) {
        if (o == pool) {
          continue;
        }
        long c = 0;
        if (cells[s][o] != null) {
          c = cells[s][o].best();
        } else if (columns[o] != null && total > 0) {
          c = Math.round(columns[o].exact() * rowSizes[s] / total);
        }
        counts[s][o] = (int) c;
        sum += c;
      }
      balance(s, sum);
    }
    for (int[] row : counts) {
      for (int o = 0; o <= options; o++) {
        colSums[o] += row[o];
      }
    }
  }

  private void balance(int s, long sum) {
    int[] row = counts[s];
    if (pool >= 0 && sum <= rowSizes[s]) {
      row[pool] = (int) (rowSizes[s] - sum);
      return;
    }
    int i = 0;
    while (sum > rowSizes[s]) {
      int largest = vars[0];
      for (int o : vars) {
        if (row[o] > row[largest]) {
          largest = o;
        }
      }
      row[largest]--;
      sum--;
    }
    while (sum < rowSizes[s]) {
      row[vars[i++ % vars.length]]++;
      sum++;
    }
  }

  private double cellCost(int s, int o, long c) {
    CountInterval t = o == pool ? null : cells[s][o];
    return t == null ? 0 : CELL_WEIGHT * t.violation(c) + Math.abs(c - t.exact());
  }

  private double columnCost(int o, long sum) {
    CountInterval t = o == pool ? null : columns[o];
    return t == null ? 0 : COLUMN_WEIGHT * t.violation(sum) + Math.abs(sum - t.exact());
  }

  private void search() {
    int largest = 1;
    for (int m : rowSizes) {
      largest = Math.max(largest, m);
    }
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int step = Integer.highestOneBit(largest); step >= 1; step /= 2) {
        while (sweep(step)) {
          improved = true;
        }
      }
    }
  }

  private boolean sweep(int step) {
    boolean moved = false;
    for (int s = 0; s < rowSizes.length; s++) {
      for (int a : vars) {
        for (int b : vars) {
          if (a != b && counts[s][a] >= step && moveGain(s, a, b, step) < -EPSILON) {
            counts[s][a] -= step;
            counts[s][b] += step;
            colSums[a] -= step;
            colSums[b] += step;
            moved = true;
          }
        }
      }
    }
    if (!anyCellTarget()) {
      return moved;
    }
    for (int s = 0; s < rowSizes.length; s++) {
      for (int t = 0; t < rowSizes.length; t++) {
        if (s == t) {
          continue;
        }
        for (int a : vars) {
          for (int b : vars) {
            if (a != b
                && counts[s][a] >= step
                && counts[t][b] >= step
                && swapGain(s, t, a, b, step) < -EPSILON) {
              counts[s][a] -= step;
              counts[s][b] += step;
              counts[t][a] += step;
              counts[t][b] -= step;
              moved = true;
            }
          }
        }
      }
    }
    return moved;
  }

  private boolean anyCellTarget() {
    for (CountInterval[] row : cells) {
      for (CountInterval c : row) {
        if (c != null) {
          return true;
        }
      }
    }
    return false;
  }

  private double moveGain(int s, int a, int b, int step) {
    return cellCost(s, a, counts[s][a] - step)
        - cellCost(s, a, counts[s][a])
        + cellCost(s, b, counts[s][b] + step)
        - cellCost(s, b, counts[s][b])
        + columnCost(a, colSums[a] - step)
        - columnCost(a, colSums[a])
        + columnCost(b, colSums[b] + step)
        - columnCost(b, colSums[b]);
  }

  private double swapGain(int s, int t, int a, int b, int step) {
    return cellCost(s, a, counts[s][a] - step)
        - cellCost(s, a, counts[s][a])
        + cellCost(s, b, counts[s][b] + step)
        - cellCost(s, b, counts[s][b])
        + cellCost(t, a, counts[t][a] + step)
        - cellCost(t, a, counts[t][a])
        + cellCost(t, b, counts[t][b] - step)
        - cellCost(t, b, counts[t][b]);
  }

  private int[][] splitPool(List<Integer> pooledOptions) {
    int[][] result = new int[rowSizes.length][options];
    for (int s = 0; s < rowSizes.length; s++) {
      System.arraycopy(counts[s], 0, result[s], 0, options);
    }
    if (pool < 0) {
      return result;
    }
    int[] rowPools = new int[rowSizes.length];
    int total = 0;
    for (int s = 0; s < rowSizes.length; s++) {
      rowPools[s] = counts[s][pool];
      total += rowPools[s];
    }
    int[] shares = Apportion.largestRemainder(total, new double[pooledOptions.size()]);
    int[][] table = Apportion.fill(rowPools, shares);
    for (int s = 0; s < rowSizes.length; s++) {
      for (int j = 0; j < pooledOptions.size(); j++) {
        result[s][pooledOptions.get(j)] = table[s][j];
      }
    }
    return result;
  }
}
