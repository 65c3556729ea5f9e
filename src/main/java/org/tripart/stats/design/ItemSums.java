package org.tripart.stats.design;

import java.util.BitSet;
import java.util.List;

/**
 * The sums over a domain of an uncalibrated design that the proportions of an item's options, the
 * domain's degrees of freedom and the intercept-only logit fits of {@code svyciprop} all start
 * from, made in one pass over the domain and one over each option's chosen rows (plus one over the
 * domain for the fits' start terms): per sampling unit the weight and the chosen weight, the
 * totals, the PSUs present, and for the fits R's start sums. Each sum adds the same terms in the
 * same row order as the estimator that uses it would on its own, so the results are the same
 * doubles. Immutable once made (its arrays are not changed after); thread-safe to read.
 */
final class ItemSums {
  final SurveyDesign design;
  final double[] sw;
  final boolean[] present;
  final double total;
  final int rows;
  final int positiveRows;
  final int degreesOfFreedom;
  final double[][] swy;
  final double[] chosenWeight;
  final InterceptLogit.Start start;
  final double[] chosenA;

  private ItemSums(
      SurveyDesign design,
      double[] sw,
      boolean[] present,
      double total,
      int[] counts,
      double[][] swy,
      double[] chosenWeight,
      InterceptLogit.Start start,
      double[] chosenA) {
    this.design = design;
    this.sw = sw;
    this.present = present;
    this.total = total;
    this.rows = counts[0];
    this.positiveRows = counts[1];
    this.degreesOfFreedom = counts[2];
    this.swy = swy;
    this.chosenWeight = chosenWeight;
    this.start = start;
    this.chosenA = chosenA;
  }

  /**
   * The sums over the rows of {@code domain} (null: all rows), with the logit fits' start sums when
   * {@code logit} ({@code levels} null: every row's start terms computed).
   *
   * @throws IllegalArgumentException for a calibrated design
   */
  static ItemSums of(
      SurveyDesign design,
      BitSet domain,
      List<BitSet> indicators,
      boolean logit,
      WeightLevels levels) {
    if (design.isCalibrated()) {
      throw new IllegalArgumentException("calibrated designs weigh every row");
    }
    double[] w = design.weights;
    int n = w.length;
    int[] unit = Variance.units(design);
    double[] sw = new double[Variance.unitCount(design)];
    boolean[] present = new boolean[design.psuCount];
    int[] psu = design.psu;
    int[] stratum = design.stratum;
    boolean[] psuSeen = new boolean[design.psuCount];
    boolean[] stratumSeen = new boolean[design.strataCount];
    int psus = 0;
    int strata = 0;
    double total = 0;
    int rows = 0;
    int positive = 0;
    long[] in = RowWords.of(domain, n);
    for (int i = 0; i < in.length; i++) {
      for (long word = in[i]; word != 0; word &= word - 1) {
        int r = (i << 6) | Long.numberOfTrailingZeros(word);
        double wr = w[r];
        sw[unit[r]] += wr;
        total += wr;
        present[psu[r]] = true;
        rows++;
        if (wr != 0) {
          positive++;
          if (!psuSeen[psu[r]]) {
            psuSeen[psu[r]] = true;
            psus++;
          }
          if (!stratumSeen[stratum[r]]) {
            stratumSeen[stratum[r]] = true;
            strata++;
          }
        }
      }
    }
    InterceptLogit.Start start =
        logit ? InterceptLogit.start(design, in, rows, total, levels) : null;
    int options = indicators.size();
    double[][] swys = new double[options][];
    double[] chosenWeights = new double[options];
    double[] chosenAs = start == null ? null : new double[options];
    for (int k = 0; k < options; k++) {
      long[] chosen = RowWords.of(indicators.get(k), in, n);
      double[] swy = new double[sw.length];
      double chosenWeight = 0;
      double chosenA = 0;
      for (int i = 0; i < chosen.length; i++) {
        for (long word = chosen[i]; word != 0; word &= word - 1) {
          int r = (i << 6) | Long.numberOfTrailingZeros(word);
          swy[unit[r]] += w[r];
          chosenWeight += w[r];
          if (start != null) {
            chosenA += start.a(r);
          }
        }
      }
      swys[k] = swy;
      chosenWeights[k] = chosenWeight;
      if (start != null) {
        chosenAs[k] = chosenA;
      }
    }
    return new ItemSums(
        design,
        sw,
        present,
        total,
        new int[] {rows, positive, psus - strata},
        swys,
        chosenWeights,
        start,
        chosenAs);
  }

  /**
   * The proportion choosing each option, as {@link DesignEstimates#proportions} gives it.
   *
   * @throws DesignInputException when no domain row has a positive weight
   */
  List<MeanEstimate> estimates() {
    List<MeanEstimate> out = new java.util.ArrayList<>(swy.length);
    for (int k = 0; k < swy.length; k++) {
      out.add(
          DesignEstimates.finish(
              design,
              sw,
              swy[k],
              present,
              total,
              chosenWeight[k],
              chosenWeight[k],
              positiveRows,
              0));
    }
    return out;
  }
}
