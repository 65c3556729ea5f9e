package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplicateBatchTest {
  private static ReplicateDesign design(int n, int k, long seed, boolean whole) {
    Random rnd = new Random(seed);
    double[] w = new double[n];
    double[][] columns = new double[k][n];
    double[] factors = {1 - Math.sqrt(0.5), 1 + Math.sqrt(0.5), 1};
    for (int r = 0; r < n; r++) {
      w[r] = whole ? 10 + rnd.nextInt(40) : 0.5 + rnd.nextDouble() * 30;
      for (int j = 0; j < k; j++) {
        double v = w[r] * factors[rnd.nextInt(3)];
        columns[j][r] = whole ? Math.round(v) : v;
      }
    }
    String[] names = new String[k];
    Arrays.setAll(names, j -> "rep" + (j + 1));
    return ReplicateDesign.builder(w, columns, names)
        .type(ReplicateType.SUCCESSIVE_DIFFERENCE)
        .mse(true)
        .build();
  }

  private static BitSet random(Random rnd, int n, double p, int upTo) {
    BitSet b = new BitSet(n);
    for (int r = 0; r < upTo; r++) {
      if (rnd.nextDouble() < p) {
        b.set(r);
      }
    }
    return b;
  }

  @Test
  void proportionsOfManyDomainsAtOnceAreExactlyEachDomainsOwnRowByRowInBlocks() {
    int n = 300_000;
    ReplicateDesign d = design(n, 6, 11, false);
    Random rnd = new Random(5);
    List<BitSet> domains = new ArrayList<>();
    List<List<BitSet>> indicators = new ArrayList<>();
    for (int g = 0; g < 9; g++) {
      int upTo = g == 3 ? 20_000 : g == 4 ? 290_001 : n;
      domains.add(g == 0 ? null : random(rnd, n, 0.2 + 0.08 * g, upTo));
      List<BitSet> ind = new ArrayList<>();
      for (int i = 0; i < 1 + g % 5; i++) {
        ind.add(random(rnd, n, 0.1 + 0.1 * i, n));
      }
      indicators.add(ind);
    }
    List<List<ReplicateEstimate>> batch = ReplicateEstimates.proportions(d, domains, indicators);
    double[][][] theta = ReplicateEstimates.replicateProportions(d, domains, indicators);
    for (int g = 0; g < domains.size(); g++) {
      assertThat(batch.get(g))
          .as("group " + g)
          .isEqualTo(ReplicateEstimates.proportions(d, domains.get(g), indicators.get(g)));
      assertThat(theta[g])
          .as("group " + g + ", bit for bit")
          .isEqualTo(naive(d, domains.get(g), indicators.get(g)));
    }
  }

  @Test
  void intervalsOfManyItemsAtOnceAreExactlyEachItemsOwn() {
    int n = 50_000;
    ReplicateDesign d = design(n, 8, 3, false);
    Random rnd = new Random(8);
    List<BitSet> domains = new ArrayList<>();
    List<List<BitSet>> indicators = new ArrayList<>();
    for (int g = 0; g < 5; g++) {
      domains.add(random(rnd, n, 0.9, n));
      indicators.add(List.of(random(rnd, n, 0.3, n), random(rnd, n, 0.5, n)));
    }
    int[] df = {7, 6, 7, 5, 7};
    for (CiMethod m : List.of(CiMethod.LOGIT, CiMethod.XLOGIT, CiMethod.MEAN)) {
      List<List<ProportionInterval>> all =
          ReplicateProportionIntervals.items(d, domains, indicators, m, 0.95, df);
      for (int g = 0; g < 5; g++) {
        assertThat(all.get(g))
            .isEqualTo(
                ReplicateProportionIntervals.item(
                    d, domains.get(g), indicators.get(g), m, 0.95, df[g]));
      }
    }
  }

  @Test
  void aDomainWithoutWeightIsNamedAmongMany() {
    ReplicateDesign d = design(1_000, 4, 2, true);
    BitSet empty = new BitSet();
    BitSet some = new BitSet();
    some.set(3, 40);
    assertThatThrownBy(
            () ->
                ReplicateEstimates.proportions(
                    d, List.of(some, empty), List.of(List.of(some), List.of(some))))
        .isInstanceOf(ReplicateInputException.class)
        .hasMessageContaining("domain 2")
        .hasMessageContaining("no rows with a positive weight");
  }

  @Test
  void degreesOfFreedomShownFromTheFirstRowsAreTheFullRanksOwn() {
    int n = 120_000;
    ReplicateDesign d = design(n, 12, 17, false);
    Random rnd = new Random(4);
    List<BitSet> domains = new ArrayList<>();
    domains.add(null);
    domains.add(random(rnd, n, 0.95, n));
    domains.add(random(rnd, n, 0.3, n));
    domains.add(random(rnd, n, 0.5, 9_000));
    for (BitSet dom : domains) {
      assertThat(FullRank.of(d.analysis, n, 12, dom, norms(d))).isTrue();
      assertThat(d.degreesOfFreedom(dom)).isEqualTo(ReplicateRank.of(d.analysis, n, 12, dom) - 1);
    }
  }

  @Test
  void dependentOrJackknifeColumnsAreNotShownFullRankAndKeepTheirRank() {
    int n = 30_000;
    Random rnd = new Random(9);
    double[] w = new double[n];
    double[][] dependent = new double[4][n];
    double[][] jackknife = new double[30][n];
    for (int r = 0; r < n; r++) {
      w[r] = 1 + rnd.nextDouble();
      dependent[0][r] = w[r] * (rnd.nextBoolean() ? 0.5 : 1.5);
      dependent[1][r] = w[r] * (rnd.nextBoolean() ? 0.5 : 1.5);
      dependent[2][r] = dependent[0][r] + 2 * dependent[1][r];
      dependent[3][r] = w[r];
      for (int j = 0; j < 30; j++) {
        jackknife[j][r] = r / 1_000 == j ? 0 : w[r] * 30 / 29.0;
      }
    }
    ReplicateDesign dep = ReplicateDesign.builder(w, dependent, null).build();
    assertThat(FullRank.of(dep.analysis, n, 4, null, norms(dep))).isFalse();
    assertThat(dep.degreesOfFreedom()).isEqualTo(2);
    ReplicateDesign jk =
        ReplicateDesign.builder(w, jackknife, null).type(ReplicateType.JK1).build();
    BitSet most = random(rnd, n, 0.9, n);
    assertThat(jk.degreesOfFreedom(most))
        .isEqualTo(ReplicateRank.of(jk.analysis, n, 30, most) - 1)
        .isEqualTo(29);
  }

  @Test
  void columnsFetchedOneByOneMakeTheSameDesign() {
    ReplicateDesign d = design(2_000, 10, 6, false);
    double[][] columns = new double[10][2_000];
    for (int j = 0; j < 10; j++) {
      for (int r = 0; r < 2_000; r++) {
        columns[j][r] = d.replicateWeight(r, j);
      }
    }
    ReplicateDesign again =
        ReplicateDesign.builder(
                d.weights(),
                10,
                (into, j) -> System.arraycopy(columns[j], 0, into, 0, into.length),
                null)
            .type(ReplicateType.SUCCESSIVE_DIFFERENCE)
            .mse(true)
            .build();
    assertThat(again.analysis).isEqualTo(d.analysis);
    assertThat(again.scale()).isEqualTo(d.scale());
  }

  private static double[] norms(ReplicateDesign d) {
    return FullRank.norms(d.analysis, d.size(), d.replicates());
  }

  /**
   * Per indicator, replicate proportions then the full one, as the engine documents its sums: one
   * row at a time in order within fixed blocks of 16,384 rows, each block from zero, the blocks'
   * sums added in order.
   */
  private static double[][] naive(ReplicateDesign d, BitSet domain, List<BitSet> indicators) {
    int n = d.size();
    int k = d.replicates();
    double[] w = d.weights();
    int m = indicators.size();
    double[] den = new double[k + 1];
    double[][] num = new double[m][k + 1];
    for (int from = 0; from < n; from += 16_384) {
      double[] bden = new double[k + 1];
      double[][] bnum = new double[m][k + 1];
      for (int r = from; r < Math.min(n, from + 16_384); r++) {
        if (domain != null && !domain.get(r)) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          bden[j] += d.replicateWeight(r, j);
        }
        bden[k] += w[r];
        for (int i = 0; i < m; i++) {
          if (indicators.get(i).get(r)) {
            for (int j = 0; j < k; j++) {
              bnum[i][j] += d.replicateWeight(r, j);
            }
            bnum[i][k] += w[r];
          }
        }
      }
      for (int j = 0; j <= k; j++) {
        den[j] += bden[j];
        for (int i = 0; i < m; i++) {
          num[i][j] += bnum[i][j];
        }
      }
    }
    double[][] out = new double[m][k + 1];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= k; j++) {
        out[i][j] = num[i][j] / den[j];
      }
    }
    return out;
  }
}
