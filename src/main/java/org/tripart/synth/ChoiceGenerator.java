package org.tripart.synth;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Fills the answers of one coded item (single choice, yes/no, Likert, province or multiple choice)
 * for the respondents who answer it: counts come from {@link CountAllocator}, which respondents get
 * which option is drawn at random. Stateless; not thread-safe through the shared {@link Responses}.
 */
final class ChoiceGenerator {
  private ChoiceGenerator() {}

  /** Which respondents answer, split into strata by the item the cross targets are given by. */
  record Strata(int[][] rows, int byPosition) {
    int count() {
      return rows.length;
    }

    int[] sizes() {
      int[] s = new int[rows.length];
      for (int i = 0; i < rows.length; i++) {
        s[i] = rows[i].length;
      }
      return s;
    }

    int total() {
      int t = 0;
      for (int[] r : rows) {
        t += r.length;
      }
      return t;
    }

    /** Strata of {@code answering} by the options of the item at {@code byPosition}, or one. */
    static Strata of(Responses responses, BitSet answering, Item byItem, int byPosition) {
      if (byItem == null) {
        return new Strata(new int[][] {answering.stream().toArray()}, -1);
      }
      int k = byItem.options().size();
      List<List<Integer>> lists = new ArrayList<>();
      for (int s = 0; s <= k; s++) {
        lists.add(new ArrayList<>());
      }
      answering.stream()
          .forEach(
              r -> {
                int c = responses.code(byPosition, r);
                lists.get(c < 0 ? k : c).add(r);
              });
      int[][] rows = new int[k + 1][];
      for (int s = 0; s <= k; s++) {
        rows[s] = lists.get(s).stream().mapToInt(Integer::intValue).toArray();
      }
      return new Strata(rows, byPosition);
    }
  }

  /**
   * One option's targets: within each stratum (null where none) and over all strata; {@code free}
   * when the option has no target and the column is only a default that may give way.
   */
  record OptionTargets(CountInterval[] cells, CountInterval column, boolean free) {
    boolean any() {
      if (column != null) {
        return true;
      }
      for (CountInterval c : cells) {
        if (c != null) {
          return true;
        }
      }
      return false;
    }
  }

  static void single(
      Responses responses,
      int position,
      Strata strata,
      OptionTargets[] targets,
      boolean[] excluded,
      SplittableRandom rng) {
    int k = targets.length;
    int[] sizes = strata.sizes();
    CountInterval[][] cells = new CountInterval[sizes.length][k];
    CountInterval[] columns = new CountInterval[k];
    boolean[] pooled = new boolean[k];
    for (int o = 0; o < k; o++) {
      columns[o] = targets[o].column();
      pooled[o] = !targets[o].any();
      for (int s = 0; s < sizes.length; s++) {
        cells[s][o] = targets[o].cells()[s];
      }
    }
    int[][] counts = CountAllocator.allocate(sizes, cells, columns, pooled, excluded);
    for (int s = 0; s < sizes.length; s++) {
      int[] rows = shuffled(strata.rows()[s], rng);
      int next = 0;
      for (int o = 0; o < k; o++) {
        for (int c = 0; c < counts[s][o] && next < rows.length; c++) {
          responses.setCode(position, rows[next++], o);
        }
      }
    }
  }

  /**
   * Fills a multiple-choice item: each option's count per stratum is allocated on its own; rows
   * ticking an exclusive option tick nothing else; every other row ticks at least one option when
   * the counts allow (cover first, then fill).
   *
   * @return the number of answering rows left with nothing ticked
   */
  static int multiple(
      Responses responses,
      int position,
      Item item,
      Strata strata,
      OptionTargets[] targets,
      boolean[] excluded,
      SplittableRandom rng) {
    int k = targets.length;
    int[] sizes = strata.sizes();
    int[][] counts = new int[sizes.length][k];
    for (int o = 0; o < k; o++) {
      CountInterval[][] cells = new CountInterval[sizes.length][2];
      for (int s = 0; s < sizes.length; s++) {
        cells[s][0] = targets[o].cells()[s];
      }
      int[][] c =
          CountAllocator.allocate(
              sizes,
              cells,
              new CountInterval[] {targets[o].column(), null},
              new boolean[] {false, true},
              new boolean[] {excluded[o], false});
      for (int s = 0; s < sizes.length; s++) {
        counts[s][o] = c[s][0];
      }
    }
    for (int s = 0; s < sizes.length; s++) {
      cover(item, targets, excluded, counts[s], sizes[s]);
    }
    int bare = 0;
    for (int s = 0; s < sizes.length; s++) {
      bare += tick(responses, position, item, strata.rows()[s], counts[s], rng);
    }
    return bare;
  }

  /** Raises options without a target so that every non-exclusive row can tick one. */
  private static void cover(
      Item item, OptionTargets[] targets, boolean[] excluded, int[] want, int size) {
    int exclusive = 0;
    List<Integer> free = new ArrayList<>();
    for (int o = 0; o < want.length; o++) {
      if (item.options().get(o).exclusive()) {
        exclusive += want[o];
      } else if (targets[o].free() && !excluded[o]) {
        free.add(o);
      }
    }
    int pool = Math.max(0, size - exclusive);
    long ticks = 0;
    for (int o = 0; o < want.length; o++) {
      if (!item.options().get(o).exclusive()) {
        ticks += Math.min(want[o], pool);
      }
    }
    for (int i = 0; ticks < pool && !free.isEmpty(); i++) {
      int o = free.get(i % free.size());
      if (want[o] < pool) {
        want[o]++;
        ticks++;
      } else {
        free.remove(i % free.size());
      }
    }
  }

  private static int tick(
      Responses responses,
      int position,
      Item item,
      int[] stratum,
      int[] want,
      SplittableRandom rng) {
    int[] rows = shuffled(stratum, rng);
    for (int r : rows) {
      responses.markAnswered(position, r);
    }
    int next = 0;
    for (int o = 0; o < want.length; o++) {
      if (item.options().get(o).exclusive()) {
        for (int c = 0; c < want[o] && next < rows.length; c++) {
          responses.tick(position, rows[next++], o);
        }
      }
    }
    int[] pool = java.util.Arrays.copyOfRange(rows, next, rows.length);
    int[] left = new int[want.length];
    for (int o = 0; o < want.length; o++) {
      left[o] = item.options().get(o).exclusive() ? 0 : Math.min(want[o], pool.length);
    }
    int bare = 0;
    for (int r : pool) {
      int best = -1;
      for (int o = 0; o < left.length; o++) {
        if (left[o] > 0 && (best < 0 || left[o] > left[best])) {
          best = o;
        }
      }
      if (best < 0) {
        bare++;
        continue;
      }
      responses.tick(position, r, best);
      left[best]--;
    }
    for (int o = 0; o < left.length; o++) {
      if (left[o] == 0) {
        continue;
      }
      final int option = o;
      int[] free =
          java.util.Arrays.stream(pool)
              .filter(r -> !responses.ticked(position, r, option))
              .toArray();
      int[] chosen = shuffled(free, rng);
      for (int c = 0; c < left[o] && c < chosen.length; c++) {
        responses.tick(position, chosen[c], o);
      }
    }
    return bare;
  }

  /** A shuffled copy (Fisher-Yates). */
  static int[] shuffled(int[] rows, SplittableRandom rng) {
    int[] a = rows.clone();
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  static boolean isMultiple(Item item) {
    return item.type() == ItemType.MULTIPLE;
  }
}
