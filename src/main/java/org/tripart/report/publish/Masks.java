package org.tripart.report.publish;

import java.util.List;
import org.tripart.disclosure.CellStatus;
import org.tripart.disclosure.Suppression;
import org.tripart.disclosure.SuppressionPattern;
import org.tripart.instrument.ItemType;
import org.tripart.stats.ItemFrequencies;

/**
 * Which cells of an item's rows may be printed, by {@link Suppression} on the counts the rows show.
 * A single-choice item is one table (options by strata, the overall column as row totals, stratum
 * sizes as column totals); each option of a multiple-choice item is its own table of ticked and
 * never-printed not-ticked counts. Respondents outside every stratum form a never-printed column.
 * Stateless.
 *
 * @param cells {@code [option][group]}, group 0 the overall column, then the strata
 * @param denominatorHidden true when the overall denominator must not be printed either
 */
public record Masks(CellStatus[][] cells, boolean denominatorHidden) {

  /**
   * The cells of an item overall ({@code strata} empty) or by stratum that may be printed at {@code
   * threshold}.
   */
  public static Masks of(ItemFrequencies overall, List<ItemFrequencies> strata, int threshold) {
    int options = overall.options().size();
    int groups = strata.size() + 1;
    CellStatus[][] cells = new CellStatus[options][groups];
    for (CellStatus[] row : cells) {
      java.util.Arrays.fill(row, CellStatus.SHOWN);
    }
    if (threshold <= 1 || options == 0) {
      return new Masks(cells, false);
    }
    boolean outside = hasOutside(overall, strata);
    int columns = strata.isEmpty() ? 1 : strata.size() + (outside ? 1 : 0);
    boolean hidden = false;
    if (overall.item().type() == ItemType.MULTIPLE) {
      for (int o = 0; o < options; o++) {
        long[][] counts = new long[2][columns];
        boolean[][] unprinted = new boolean[2][columns];
        for (int c = 0; c < columns; c++) {
          long ticked = count(overall, strata, o, c);
          counts[0][c] = ticked;
          counts[1][c] = answered(overall, strata, c) - ticked;
          unprinted[1][c] = true;
          unprinted[0][c] = outside && c == columns - 1;
        }
        SuppressionPattern p = Suppression.apply(counts, unprinted, threshold);
        hidden |= copy(p, 0, cells[o], strata.size());
      }
    } else {
      long[][] counts = new long[options][columns];
      boolean[][] unprinted = new boolean[options][columns];
      for (int o = 0; o < options; o++) {
        for (int c = 0; c < columns; c++) {
          counts[o][c] = count(overall, strata, o, c);
          unprinted[o][c] = outside && c == columns - 1;
        }
      }
      SuppressionPattern p = Suppression.apply(counts, unprinted, threshold);
      for (int o = 0; o < options; o++) {
        hidden |= copy(p, o, cells[o], strata.size());
      }
    }
    if (hidden) {
      for (CellStatus[] row : cells) {
        row[0] = hide(row[0]);
      }
    }
    return new Masks(cells, hidden);
  }

  /**
   * Copies row {@code r} of the pattern into one option's cells; a stratum whose size is withheld
   * loses its cell too (its percentage would give the size away). True when the overall size is
   * withheld.
   */
  private static boolean copy(SuppressionPattern p, int r, CellStatus[] cells, int strata) {
    if (strata == 0) {
      cells[0] = p.cell(r, 0);
      return p.columnTotal(0).isHidden();
    }
    cells[0] = p.rowTotal(r);
    for (int s = 0; s < strata; s++) {
      cells[s + 1] = p.columnTotal(s).isHidden() ? hide(p.cell(r, s)) : p.cell(r, s);
    }
    return p.grandTotal().isHidden();
  }

  private static CellStatus hide(CellStatus s) {
    return s.isHidden() ? s : CellStatus.COMPLEMENTARY;
  }

  private static boolean hasOutside(ItemFrequencies overall, List<ItemFrequencies> strata) {
    if (strata.isEmpty()) {
      return false;
    }
    return answered(overall, strata, strata.size()) != 0;
  }

  /** Column {@code c}: a stratum, or past the strata the respondents in none. */
  private static long count(ItemFrequencies overall, List<ItemFrequencies> strata, int o, int c) {
    if (strata.isEmpty()) {
      return overall.options().get(o).count();
    }
    if (c < strata.size()) {
      return strata.get(c).options().get(o).count();
    }
    long rest = overall.options().get(o).count();
    for (ItemFrequencies s : strata) {
      rest -= s.options().get(o).count();
    }
    return rest;
  }

  private static long answered(ItemFrequencies overall, List<ItemFrequencies> strata, int c) {
    if (strata.isEmpty()) {
      return overall.answered();
    }
    if (c < strata.size()) {
      return strata.get(c).answered();
    }
    long rest = overall.answered();
    for (ItemFrequencies s : strata) {
      rest -= s.answered();
    }
    return rest;
  }
}
