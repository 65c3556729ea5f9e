package org.tripart.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.tripart.instrument.Item;

/**
 * A made-up register of institutions and the institution of every respondent. Respondents are first
 * counted per tier (exactly, by the tier item's targets) and per province (by the province item's
 * targets, else evenly over the allowed provinces), crossed into a province-by-tier table with
 * those margins, and each non-empty cell gets at least one institution; the remaining institutions
 * go to cells in proportion to their respondents, and each institution gets at least one
 * respondent. Immutable once built.
 */
final class InstitutionPlan {
  private record Cell(int province, int tier, int[] respondents) {
    int size() {
      return respondents[0];
    }
  }

  final List<Institution> register;
  final int[] institutionOfRow;
  final int[] tierOfRow;
  final int[] provinceOfRow;

  private InstitutionPlan(
      List<Institution> register, int[] institutionOfRow, int[] tierOfRow, int[] provinceOfRow) {
    this.register = List.copyOf(register);
    this.institutionOfRow = institutionOfRow;
    this.tierOfRow = tierOfRow;
    this.provinceOfRow = provinceOfRow;
  }

  /**
   * @param tierCounts respondents per tier option (one entry when there is no tier item)
   * @param provinceCounts respondents per province option (one entry when there is none)
   */
  static InstitutionPlan build(
      int institutions,
      Item tierItem,
      int[] tierCounts,
      Item provinceItem,
      int[] provinceCounts,
      SplittableRandom rng,
      List<String> warnings) {
    int[][] table = Apportion.fill(provinceCounts, tierCounts);
    List<Cell> cells = new ArrayList<>();
    for (int p = 0; p < provinceCounts.length; p++) {
      for (int t = 0; t < tierCounts.length; t++) {
        if (table[p][t] > 0) {
          cells.add(new Cell(p, t, new int[] {table[p][t]}));
        }
      }
    }
    if (cells.size() > institutions) {
      cells = merge(cells, institutions, warnings);
    }
    double[] weights = new double[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      weights[c] = cells.get(c).size() - 1;
    }
    int[] extra = Apportion.largestRemainder(institutions - cells.size(), weights);
    List<int[]> made = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = cells.get(c);
      int h = 1 + extra[c];
      int[] sizes = new int[h];
      java.util.Arrays.fill(sizes, 1);
      for (int r = h; r < cell.size(); r++) {
        sizes[rng.nextInt(h)]++;
      }
      for (int size : sizes) {
        made.add(new int[] {cell.province(), cell.tier(), size});
      }
    }
    int[] order = ChoiceGenerator.shuffled(range(made.size()), rng);
    int width = Math.max(4, Integer.toString(made.size()).length());
    List<Institution> register = new ArrayList<>();
    List<Integer> seats = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      int[] m = made.get(order[i]);
      String number = String.format("%0" + width + "d", i + 1);
      register.add(
          new Institution(
              "SYN-H" + number,
              "Synthetic hospital " + number,
              provinceItem == null ? null : provinceItem.options().get(m[0]).code(),
              tierItem == null ? null : tierItem.options().get(m[1]).code()));
      for (int s = 0; s < m[2]; s++) {
        seats.add(i);
      }
    }
    int[] ofRow =
        ChoiceGenerator.shuffled(seats.stream().mapToInt(Integer::intValue).toArray(), rng);
    int[] tierOfRow = new int[ofRow.length];
    int[] provinceOfRow = new int[ofRow.length];
    for (int r = 0; r < ofRow.length; r++) {
      int[] m = made.get(order[ofRow[r]]);
      provinceOfRow[r] = m[0];
      tierOfRow[r] = m[1];
    }
    return new InstitutionPlan(register, ofRow, tierOfRow, provinceOfRow);
  }

  /**
   * Keeps {@code institutions} cells (the largest of every tier, then the largest of every
   * province, then the largest) and moves the respondents of the others to kept cells of their
   * tier, so tier counts stay exact while provinces become approximate.
   */
  private static List<Cell> merge(List<Cell> cells, int institutions, List<String> warnings) {
    Comparator<Cell> bySize = Comparator.comparingInt(Cell::size).reversed();
    List<Cell> sorted = new ArrayList<>(cells);
    sorted.sort(bySize);
    List<Cell> kept = new ArrayList<>();
    java.util.Set<Integer> tiers = new java.util.TreeSet<>();
    java.util.Set<Integer> provinces = new java.util.TreeSet<>();
    for (Cell c : sorted) {
      if (kept.size() < institutions && tiers.add(c.tier())) {
        kept.add(c);
        provinces.add(c.province());
      }
    }
    for (Cell c : sorted) {
      if (kept.size() < institutions && !kept.contains(c) && provinces.add(c.province())) {
        kept.add(c);
      }
    }
    for (Cell c : sorted) {
      if (kept.size() < institutions && !kept.contains(c)) {
        kept.add(c);
      }
    }
    int moved = 0;
    for (Cell c : sorted) {
      if (kept.contains(c)) {
        continue;
      }
      List<Cell> sameTier = kept.stream().filter(k -> k.tier() == c.tier()).toList();
      double[] w = sameTier.stream().mapToDouble(Cell::size).toArray();
      int[] parts = Apportion.largestRemainder(c.size(), w);
      for (int i = 0; i < parts.length; i++) {
        sameTier.get(i).respondents()[0] += parts[i];
      }
      moved += c.size();
    }
    warnings.add(
        "only "
            + institutions
            + " institutions for "
            + cells.size()
            + " province-by-tier combinations: "
            + moved
            + " respondents were moved to another province of their tier");
    return kept;
  }

  private static int[] range(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }
}
