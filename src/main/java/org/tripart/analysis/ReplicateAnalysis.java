package org.tripart.analysis;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;
import org.tripart.stats.design.ProportionInterval;
import org.tripart.stats.design.RaoScott;
import org.tripart.stats.design.RaoScottTest;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateEstimate;
import org.tripart.stats.design.ReplicateEstimates;
import org.tripart.stats.design.ReplicateInputException;
import org.tripart.stats.design.ReplicateProportionIntervals;
import org.tripart.stats.design.ReplicateRaoScott;

/**
 * The estimates of {@link DesignAnalysis} on a replicate-weight design, as R's survey 4.1.1 gives
 * them on {@code subset(design, domain)} of a {@code svyrep.design}: {@code svymean} of every
 * option's indicator and {@code svyciprop} (logit, xlogit, mean) with t on {@code degf} of the
 * domain's rows; {@code svymean} of numeric items; {@code svychisq} of the item by the split on the
 * item's rows. Design effects as {@code svymean.svyrep.design(deff = TRUE)}: the variance over
 * {@code svyvar / n * (N - n) / N} (n the domain's rows, N their weight; without weights R's {@code
 * deff = "replace"}, without the last factor). The degrees of freedom of a domain are worked out
 * once per distinct domain. Thread-safe (one instance per run, shared by the items' threads).
 */
final class ReplicateAnalysis {
  private final ReplicateDesign design;
  private final boolean weighted;
  private final double[] w;
  private final Map<BitSet, Integer> df = new ConcurrentHashMap<>();

  ReplicateAnalysis(DesignSetup.Prepared prepared) {
    this.design = prepared.replicates();
    this.weighted = prepared.weighted();
    this.w = design.weights();
  }

  /** {@code degf(subset(design, domain))}, remembered per domain. */
  int degreesOfFreedom(BitSet domain) {
    return df.computeIfAbsent((BitSet) domain.clone(), design::degreesOfFreedom);
  }

  /**
   * The {@code svyciprop} intervals of every option of every group (an item's domain and its
   * indicators), from one pass over the rows for all groups; null for a group without rows or
   * positive weight. The groups' degrees of freedom are worked out on every core.
   */
  List<List<ProportionInterval>> intervals(
      DesignPlan plan, List<BitSet> domains, List<List<BitSet>> indicators) {
    int groups = domains.size();
    boolean[] kept = new boolean[groups];
    java.util.stream.IntStream.range(0, groups)
        .parallel()
        .forEach(
            g -> {
              BitSet d = domains.get(g);
              kept[g] = d.cardinality() > 0 && total(d) > 0;
              if (kept[g]) {
                degreesOfFreedom(d);
              }
            });
    List<BitSet> used = new java.util.ArrayList<>();
    List<List<BitSet>> usedIndicators = new java.util.ArrayList<>();
    int[] df = new int[groups];
    for (int g = 0; g < groups; g++) {
      if (kept[g]) {
        df[used.size()] = degreesOfFreedom(domains.get(g));
        used.add(domains.get(g));
        usedIndicators.add(indicators.get(g));
      }
    }
    List<List<ProportionInterval>> found =
        used.isEmpty()
            ? List.of()
            : ReplicateProportionIntervals.items(
                design,
                used,
                usedIndicators,
                plan.ciMethod(),
                plan.level(),
                java.util.Arrays.copyOf(df, used.size()));
    List<List<ProportionInterval>> out = new java.util.ArrayList<>(groups);
    int next = 0;
    for (int g = 0; g < groups; g++) {
      out.add(kept[g] ? found.get(next++) : null);
    }
    return out;
  }

  private double total(BitSet domain) {
    double total = 0;
    for (int r = domain.nextSetBit(0); r >= 0; r = domain.nextSetBit(r + 1)) {
      total += w[r];
    }
    return total;
  }

  /**
   * The estimates of every option of an item in one domain.
   *
   * @param ci the domain's intervals from {@link #intervals}, null when it has no rows or weight
   */
  void proportions(
      Item item,
      String stratum,
      BitSet domain,
      List<BitSet> indicators,
      List<ProportionInterval> ci,
      List<DesignEstimate> out) {
    int rows = domain.cardinality();
    double total = total(domain);
    for (int o = 0; o < indicators.size(); o++) {
      BitSet chosen = (BitSet) indicators.get(o).clone();
      chosen.and(domain);
      String code = item.options().get(o).code();
      if (ci == null) {
        out.add(new DesignEstimate(item.id(), stratum, code, 0, rows, NaN, NaN, NaN, NaN, NaN, 0));
        continue;
      }
      ProportionInterval c = ci.get(o);
      double p = c.estimate();
      double svyvar = p * (1 - p) * rows / (rows - 1.0);
      out.add(
          new DesignEstimate(
              item.id(),
              stratum,
              code,
              chosen.cardinality(),
              rows,
              p,
              c.standardError(),
              deff(c.standardError(), svyvar, rows, total),
              c.lower(),
              c.upper(),
              c.degreesOfFreedom()));
    }
  }

  DesignEstimate mean(DesignPlan plan, NumericColumn c, String stratum, BitSet domain) {
    double[] y = new double[c.size()];
    BitSet answered = new BitSet(y.length);
    for (int r = 0; r < y.length; r++) {
      y[r] = c.value(r);
      if (domain.get(r) && !Double.isNaN(y[r])) {
        answered.set(r);
      }
    }
    int rows = answered.cardinality();
    double total = 0;
    for (int r = answered.nextSetBit(0); r >= 0; r = answered.nextSetBit(r + 1)) {
      total += w[r];
    }
    if (rows == 0 || !(total > 0)) {
      return new DesignEstimate(c.item().id(), stratum, null, 0, rows, NaN, NaN, NaN, NaN, NaN, 0);
    }
    ReplicateEstimate m = ReplicateEstimates.mean(design, y, answered);
    double ss = 0;
    for (int r = answered.nextSetBit(0); r >= 0; r = answered.nextSetBit(r + 1)) {
      double d = y[r] - m.estimate();
      ss += w[r] * d * d;
    }
    double svyvar = ss / total * rows / (rows - 1.0);
    int dof = degreesOfFreedom(answered);
    double t = DesignAnalysis.tQuantile(1 - (1 - plan.level()) / 2, dof);
    double se = m.standardError();
    return new DesignEstimate(
        c.item().id(),
        stratum,
        null,
        rows,
        rows,
        m.estimate(),
        se,
        deff(se, svyvar, rows, total),
        m.estimate() - t * se,
        m.estimate() + t * se,
        dof);
  }

  /**
   * {@code svychisq(~item + by, subset(design, rows of the item))}, null where the table has fewer
   * than two non-empty rows or columns (as {@link RaoScott} there).
   */
  RaoScottTest test(int[] rows, int[] columns, BitSet subset) {
    try {
      return ReplicateRaoScott.test(design, rows, columns, subset);
    } catch (ReplicateInputException e) {
      return null;
    }
  }

  private double deff(double se, double svyvar, int rows, double total) {
    double srs = svyvar / rows;
    if (weighted) {
      srs *= (total - rows) / total;
    }
    return se * se / srs;
  }

  private static final double NaN = Double.NaN;
}
