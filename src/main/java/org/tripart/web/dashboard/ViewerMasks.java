package org.tripart.web.dashboard;

import java.util.List;
import org.tripart.disclosure.CellStatus;
import org.tripart.disclosure.Suppression;
import org.tripart.disclosure.SuppressionPattern;
import org.tripart.report.publish.Masks;
import org.tripart.stats.ItemFrequencies;

/**
 * What a viewer may see of one item's frequencies, overall or by stratum: the cells of {@link
 * Masks} (primary and complementary suppression of the option counts), and in addition the stratum
 * sizes suppressed as a table of their own, so that neither a small stratum nor the difference of
 * the overall size and the other strata gives a count away, and the overall column suppressed as
 * the item overall would be (the row totals of a table by stratum are not checked for small counts
 * by {@link Masks}); when that hides the overall size, every size is hidden, since the stratum
 * sizes add up to it. A group whose size is withheld has all its cells withheld too (its
 * percentages would give the counts away). Immutable once made; the arrays are not shared.
 *
 * @param cells {@code [option][group]}, group 0 overall, then the strata
 * @param sizeHidden {@code [group]}: whether the group's size (respondents answering) is withheld
 */
public record ViewerMasks(CellStatus[][] cells, boolean[] sizeHidden) {

  /**
   * @param strata the frequencies per stratum, empty for an item overall
   * @param threshold counts from 1 to {@code threshold - 1} are withheld
   */
  public static ViewerMasks of(
      ItemFrequencies overall, List<ItemFrequencies> strata, int threshold) {
    Masks m = Masks.of(overall, strata, threshold);
    int groups = strata.size() + 1;
    CellStatus[][] cells = new CellStatus[m.cells().length][];
    for (int o = 0; o < cells.length; o++) {
      cells[o] = m.cells()[o].clone();
    }
    boolean[] hidden = new boolean[groups];
    hidden[0] = m.denominatorHidden() || small(overall.answered(), threshold);
    if (!strata.isEmpty()) {
      long rest = overall.answered();
      for (ItemFrequencies s : strata) {
        rest -= s.answered();
      }
      int columns = strata.size() + (rest != 0 ? 1 : 0);
      long[][] sizes = new long[1][columns];
      boolean[][] unpublished = new boolean[1][columns];
      for (int s = 0; s < strata.size(); s++) {
        sizes[0][s] = strata.get(s).answered();
      }
      if (rest != 0) {
        sizes[0][columns - 1] = rest;
        unpublished[0][columns - 1] = true;
      }
      SuppressionPattern p = Suppression.apply(sizes, unpublished, threshold);
      hidden[0] |= p.grandTotal().isHidden() || p.rowTotal(0).isHidden();
      for (int s = 0; s < strata.size(); s++) {
        hidden[s + 1] = p.cell(0, s).isHidden() || p.columnTotal(s).isHidden();
      }
      Masks alone = Masks.of(overall, List.of(), threshold);
      for (int o = 0; o < cells.length; o++) {
        if (alone.cells()[o][0].isHidden() && !cells[o][0].isHidden()) {
          cells[o][0] = CellStatus.COMPLEMENTARY;
        }
      }
      if (alone.denominatorHidden()) {
        java.util.Arrays.fill(hidden, true);
      }
    }
    for (int g = 0; g < groups; g++) {
      boolean all = true;
      for (CellStatus[] row : cells) {
        all &= row[g].isHidden();
      }
      hidden[g] |= all;
      if (hidden[g]) {
        for (CellStatus[] row : cells) {
          row[g] = row[g].isHidden() ? row[g] : CellStatus.COMPLEMENTARY;
        }
      }
    }
    return new ViewerMasks(cells, hidden);
  }

  /** Whether the cell of option {@code option} in group {@code group} is withheld. */
  public boolean hidden(int option, int group) {
    return cells[option][group].isHidden();
  }

  /** Whether any cell is withheld. */
  public boolean any() {
    for (CellStatus[] row : cells) {
      for (CellStatus c : row) {
        if (c.isHidden()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The provenance sentence of a dataset ({@code "3 responses collected with Tripart"}) with its
   * counts withheld, for a viewer of a selection smaller than the threshold. Instrument versions,
   * written {@code v<n>}, are no counts and are kept.
   */
  public static String withoutCounts(String provenance) {
    return provenance.replaceAll("(?<![v0-9])[0-9]+", "–");
  }

  private static boolean small(long count, int threshold) {
    return count >= 1 && count < threshold;
  }
}
