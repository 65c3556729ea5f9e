package org.tripart.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  private static final CellStatus S = CellStatus.SHOWN;
  private static final CellStatus P = CellStatus.PRIMARY;
  private static final CellStatus C = CellStatus.COMPLEMENTARY;

  @Test
  void singleSmallCellInThreeByThreeGetsTheCheapestRectangle() {
    // Row totals 52, 80, 90; column totals 55, 80, 87; grand total 222. With only the 2 hidden it
    // is 52 - 20 - 30. Rectangles through (0,2), cost of the three other corners:
    //   rows {0,1} x cols {0,2}: 20 + 40 + 25 = 85    rows {0,1} x cols {1,2}: 30 + 40 + 15 = 85
    //   rows {0,2} x cols {0,2}: 20 + 45 + 10 = 75    rows {0,2} x cols {1,2}: 30 + 45 + 35 = 110
    //   any rectangle through a total costs more (52 + ...).
    long[][] counts = {{20, 30, 2}, {25, 15, 40}, {10, 35, 45}};

    SuppressionPattern p = Suppression.apply(counts, 5);

    assertThat(statuses(p)).containsExactly(List.of(C, S, P), List.of(S, S, S), List.of(C, S, C));
    assertThat(p.rowTotal(0)).isEqualTo(S);
    assertThat(p.columnTotal(2)).isEqualTo(S);
    assertThat(p.grandTotal()).isEqualTo(S);
    assertThat(p.suppressedCount()).isEqualTo(4);
    assertNoHiddenCellIsDetermined(counts, p);
  }

  @Test
  void zeroIsNotSensitiveAndIsNotUsedAsAComplement() {
    // (0,1) = 3 is primary; the rectangle rows {0,1} x cols {0,1} would cost 0 + 8 + 9 = 17 but
    // hides a zero, which leaves 3 bounded on one side only; next cheapest is cols {1,2}:
    // 10 + 9 + 12 = 31.
    long[][] counts = {{0, 3, 10}, {8, 9, 12}};

    SuppressionPattern p = Suppression.apply(counts, 5);

    assertThat(statuses(p)).containsExactly(List.of(S, P, C), List.of(S, C, C));
    assertNoHiddenCellIsDetermined(counts, p);
  }

  @Test
  void countsFromOneToThresholdMinusOneArePrimaryAndTheThresholdItselfIsShown() {
    long[][] counts = {{1, 4, 5}, {30, 40, 50}, {60, 70, 80}};

    SuppressionPattern p = Suppression.apply(counts, 5);

    assertThat(p.cell(0, 0)).isEqualTo(P);
    assertThat(p.cell(0, 1)).isEqualTo(P);
    assertThat(p.cell(0, 2)).isNotEqualTo(P);
    assertNoHiddenCellIsDetermined(counts, p);
  }

  @Test
  void oneSmallOptionOfASingleChoiceColumnHidesTheNextSmallest() {
    // One column: option counts 40, 3, 7 of N = 50. The 3 alone would be 50 - 40 - 7; hiding the
    // 7 too (the cheapest other option) leaves 3 + 7 = 10 with either value unknown.
    long[][] counts = {{40}, {3}, {7}};

    SuppressionPattern p = Suppression.apply(counts, 5);

    assertThat(p.cell(0, 0)).isEqualTo(S);
    assertThat(p.cell(1, 0)).isEqualTo(P);
    assertThat(p.cell(2, 0)).isEqualTo(C);
    assertThat(p.columnTotal(0)).isEqualTo(S);
    assertNoHiddenCellIsDetermined(counts, p);
  }

  @Test
  void unprintedCountsProtectAColumnButTheRowStillNeedsAComplement() {
    // A tick-all-that-apply option by two strata: ticked 3 and 20 (printed, with the overall 23),
    // not ticked 17 and 10 (never printed). The 3 is 23 - 20 unless the 20 is hidden too.
    long[][] counts = {{3, 20}, {17, 10}};
    boolean[][] unprinted = {{false, false}, {true, true}};

    SuppressionPattern p = Suppression.apply(counts, unprinted, 5);

    assertThat(p.cell(0, 0)).isEqualTo(P);
    assertThat(p.cell(0, 1)).isEqualTo(C);
    assertThat(p.rowTotal(0)).isEqualTo(S);
    assertThat(p.cell(1, 0)).isEqualTo(CellStatus.UNPUBLISHED);
    assertThat(p.suppressedCount()).isEqualTo(2);
  }

  @Test
  void thresholdZeroOrOneSuppressesNothing() {
    long[][] counts = {{1, 2}, {3, 4}};
    assertThat(Suppression.apply(counts, 1).suppressedCount()).isZero();
    assertThat(Suppression.apply(counts, 0).suppressedCount()).isZero();
  }

  @Test
  void randomTablesNeverLeaveAHiddenCellDetermined() {
    Random random = new Random(7);
    for (int t = 0; t < 300; t++) {
      int rows = 1 + random.nextInt(5);
      int columns = 1 + random.nextInt(5);
      long[][] counts = new long[rows][columns];
      for (long[] row : counts) {
        for (int c = 0; c < columns; c++) {
          row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
        }
      }
      SuppressionPattern p = Suppression.apply(counts, 5);
      for (int r = 0; r < rows; r++) {
        long total = java.util.Arrays.stream(counts[r]).sum();
        if (total >= 1 && total < 5) {
          assertThat(p.rowTotal(r).isHidden()).isTrue();
        }
        for (int c = 0; c < columns; c++) {
          boolean small = counts[r][c] >= 1 && counts[r][c] < 5;
          assertThat(p.cell(r, c).isHidden()).isEqualTo(small || p.cell(r, c) == C);
        }
      }
      assertNoHiddenCellIsDetermined(counts, p);
    }
  }

  @Test
  void aSmallRowTotalIsPrimaryAndCannotBeWorkedOutButANeverPrintedRowsTotalIsNot() {
    long[][] counts = {{23, 29}, {489, 899}, {1380, 2322}};
    SuppressionPattern p = Suppression.apply(counts, 100);

    assertThat(p.rowTotal(0)).isEqualTo(CellStatus.PRIMARY);
    assertThat(p.cell(0, 0)).isEqualTo(CellStatus.PRIMARY);
    assertThat(p.cell(0, 1)).isEqualTo(CellStatus.PRIMARY);
    assertNoHiddenCellIsDetermined(counts, p);

    long[][] ticks = {{50, 40}, {1, 2}};
    boolean[][] unprinted = {{false, false}, {true, true}};
    assertThat(Suppression.apply(ticks, unprinted, 5).rowTotal(1)).isNotEqualTo(CellStatus.PRIMARY);
  }

  @Test
  void badTablesAreRefusedWithThePlace() {
    assertThatThrownBy(() -> Suppression.apply(new long[][] {{1, 2}, {3}}, 5))
        .isInstanceOf(DisclosureInputException.class)
        .hasMessageContaining("TRP-0900")
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> Suppression.apply(new long[][] {{1, -2}}, 5))
        .hasMessageContaining("cell (0, 1)");
    assertThatThrownBy(() -> Suppression.apply(new long[][] {{1}}, -1))
        .hasMessageContaining("negative");
  }

  private static List<List<CellStatus>> statuses(SuppressionPattern p) {
    List<List<CellStatus>> out = new ArrayList<>();
    for (int r = 0; r < p.rows(); r++) {
      List<CellStatus> row = new ArrayList<>();
      for (int c = 0; c < p.columns(); c++) {
        row.add(p.cell(r, c));
      }
      out.add(row);
    }
    return out;
  }

  /**
   * Linear algebra, independent of the cycle search: the hidden cells are unknowns of the row and
   * column equations (each line of the table with totals sums to its total); a hidden cell is
   * determined exactly when its unit vector lies in the row space of those equations.
   */
  private static void assertNoHiddenCellIsDetermined(long[][] counts, SuppressionPattern p) {
    int rows = p.rows() + 1;
    int columns = p.columns() + 1;
    List<int[]> unknowns = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (status(p, r, c).isHidden()) {
          unknowns.add(new int[] {r, c});
        }
      }
    }
    List<double[]> equations = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      double[] e = new double[unknowns.size()];
      for (int u = 0; u < unknowns.size(); u++) {
        if (unknowns.get(u)[0] == r) {
          e[u] = unknowns.get(u)[1] == columns - 1 ? -1 : 1;
        }
      }
      equations.add(e);
    }
    for (int c = 0; c < columns; c++) {
      double[] e = new double[unknowns.size()];
      for (int u = 0; u < unknowns.size(); u++) {
        if (unknowns.get(u)[1] == c) {
          e[u] = unknowns.get(u)[0] == rows - 1 ? -1 : 1;
        }
      }
      equations.add(e);
    }
    int rank = rank(equations);
    for (int u = 0; u < unknowns.size(); u++) {
      List<double[]> with = new ArrayList<>(equations);
      double[] unit = new double[unknowns.size()];
      unit[u] = 1;
      with.add(unit);
      assertThat(rank(with))
          .as(
              "hidden cell (%d, %d) of %s is determined",
              unknowns.get(u)[0], unknowns.get(u)[1], java.util.Arrays.deepToString(counts))
          .isEqualTo(rank + 1);
    }
  }

  private static CellStatus status(SuppressionPattern p, int r, int c) {
    boolean totalRow = r == p.rows();
    boolean totalColumn = c == p.columns();
    if (totalRow && totalColumn) {
      return p.grandTotal();
    }
    if (totalRow) {
      return p.columnTotal(c);
    }
    if (totalColumn) {
      return p.rowTotal(r);
    }
    return p.cell(r, c);
  }

  private static int rank(List<double[]> matrix) {
    double[][] m = matrix.stream().map(double[]::clone).toArray(double[][]::new);
    int rank = 0;
    int width = m.length == 0 ? 0 : m[0].length;
    for (int col = 0; col < width && rank < m.length; col++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > 1e-9) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] tmp = m[pivot];
      m[pivot] = m[rank];
      m[rank] = tmp;
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > 1e-9) {
          double f = m[r][col] / m[rank][col];
          for (int k = col; k < width; k++) {
            m[r][k] -= f * m[rank][k];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
