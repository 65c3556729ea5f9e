package org.tripart.analysis;

import java.util.BitSet;
import java.util.List;
import org.tripart.stats.design.DesignEstimates;
import org.tripart.stats.design.DomainEstimates;
import org.tripart.stats.design.DomainStatistic;
import org.tripart.stats.design.DomainTable;
import org.tripart.stats.design.MeanEstimate;
import org.tripart.stats.design.RatioEstimate;
import org.tripart.stats.design.Ratios;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateDomainEstimates;
import org.tripart.stats.design.ReplicateEstimands;
import org.tripart.stats.design.SurveyDesign;
import org.tripart.stats.design.TotalEstimate;
import org.tripart.stats.design.Totals;

/**
 * The estimators {@link EstimandAnalysis} needs, on the prepared design: Taylor linearisation
 * ({@link Totals}, {@link DesignEstimates}, {@link Ratios}, {@link DomainEstimates}; df {@code
 * degf(subset(design, rows))} of strata and PSUs) or, when the plan has replicate weights, the
 * replicates ({@link ReplicateEstimands}, {@link ReplicateDomainEstimates}; df the rank of the
 * rows' replicate weights minus 1). Implementations are immutable and thread-safe; a null row set
 * means every row.
 */
interface EstimandEngine {
  TotalEstimate total(String item, double[] y, BitSet rows);

  MeanEstimate mean(String item, double[] y, BitSet rows);

  RatioEstimate ratio(String numerator, double[] y, String denominator, double[] x, BitSet rows);

  DomainTable by(
      List<String> items,
      List<double[]> values,
      int[] group,
      List<String> levels,
      DomainStatistic statistic);

  int degreesOfFreedom(BitSet rows);

  /** The engine of the prepared design: replicates when it has them, else Taylor. */
  static EstimandEngine of(DesignSetup.Prepared prepared) {
    return prepared.replicates() == null
        ? new Taylor(prepared.design())
        : new Replicates(prepared.replicates());
  }

  /** Taylor linearisation on strata and clusters. */
  record Taylor(SurveyDesign design) implements EstimandEngine {
    @Override
    public TotalEstimate total(String item, double[] y, BitSet rows) {
      return Totals.total(design, item, y, rows);
    }

    @Override
    public MeanEstimate mean(String item, double[] y, BitSet rows) {
      return DesignEstimates.mean(design, y, rows);
    }

    @Override
    public RatioEstimate ratio(
        String numerator, double[] y, String denominator, double[] x, BitSet rows) {
      return Ratios.ratio(design, numerator, y, denominator, x, rows);
    }

    @Override
    public DomainTable by(
        List<String> items,
        List<double[]> values,
        int[] group,
        List<String> levels,
        DomainStatistic statistic) {
      return DomainEstimates.by(design, items, values, group, levels, statistic);
    }

    @Override
    public int degreesOfFreedom(BitSet rows) {
      return DesignEstimates.degreesOfFreedom(design, rows);
    }
  }

  /** Replicate weights (R's {@code svrVar}). */
  record Replicates(ReplicateDesign design) implements EstimandEngine {
    @Override
    public TotalEstimate total(String item, double[] y, BitSet rows) {
      return ReplicateEstimands.total(design, item, y, rows);
    }

    @Override
    public MeanEstimate mean(String item, double[] y, BitSet rows) {
      return ReplicateEstimands.mean(design, item, y, rows);
    }

    @Override
    public RatioEstimate ratio(
        String numerator, double[] y, String denominator, double[] x, BitSet rows) {
      return ReplicateEstimands.ratio(design, numerator, y, denominator, x, rows);
    }

    @Override
    public DomainTable by(
        List<String> items,
        List<double[]> values,
        int[] group,
        List<String> levels,
        DomainStatistic statistic) {
      return ReplicateDomainEstimates.by(design, items, values, group, levels, statistic);
    }

    @Override
    public int degreesOfFreedom(BitSet rows) {
      return design.degreesOfFreedom(rows);
    }
  }
}
