package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * Design-based quantiles with confidence intervals, as R survey 4.1.1's {@code svyquantile(~x,
 * subset(design, domain), quantiles, alpha = 1 - level, ci = TRUE, na.rm = TRUE, interval.type,
 * qrule)} on a Taylor-linearization design ({@code svyquantile.survey.design}).
 *
 * <p>The quantile is {@code qrule(x, w, p)} over the domain's answering rows ({@link
 * QuantileRule}). Its interval is Woodruff's ({@code woodruffCI}): the share of weight at or below
 * the quantile, {@code m = svymean(x <= qhat)}, gets an interval on the design degrees of freedom
 * ({@link QuantileInterval}; its SE by {@code svyrecvar}, with the design's calibrations), and the
 * rule is applied at each limit; a limit below 0 or above 1 gives NaN, as R's. SCORE inverts
 * Francisco and Fuller's score test instead ({@code ffullerCI}). The SE is R's {@code diff(ci) / (2
 * qt(1 - alpha/2, df))}. The domain is R's {@code subset}: an uncalibrated design drops the other
 * rows (PSUs and strata without domain rows leave the variance, the PSU counts stay), a calibrated
 * one keeps them at weight zero.
 *
 * <p>Each item is sorted once (a linear radix sort); the quantiles' distribution-function SEs are
 * one sweep over the sorted rows for an uncalibrated design, one pass over the design per quantile
 * for a calibrated one. Stateless and thread-safe; inputs are read, never changed; a null domain
 * means every row, no other argument may be null.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * {@code svyquantile(~item, subset(design, domain), probabilities, alpha = 1 - level, ci = TRUE,
   * na.rm = TRUE, interval.type = interval, qrule = rule)}, one estimate per probability in their
   * order.
   *
   * @param item the item's name, for messages
   * @param values one value per row of the design, NaN where the item was not answered
   * @param domain the domain's rows, null for all rows
   * @throws DesignInputException {@code QUANTILE_PROBABILITY} for a probability outside [0, 1],
   *     {@code QUANTILE_EMPTY_DOMAIN} when the domain has no rows, {@code QUANTILE_NO_VALUES} when
   *     none of them has a value and a positive weight, {@code QUANTILE_METHOD} for the replicate
   *     interval QUANTILE or an interpolating rule with one row, {@code QUANTILE_LEVEL} and {@code
   *     QUANTILE_INPUT} for a bad level or length, {@code QUANTILE_SCORE_ROOT} when the score test
   *     has no root; a stratum with one PSU under {@link LonelyPsu#FAIL}
   */
  public static List<QuantileEstimate> of(
      SurveyDesign design,
      String item,
      double[] values,
      BitSet domain,
      double[] probabilities,
      QuantileRule rule,
      QuantileInterval interval,
      double level) {
    check(item, values.length, design.size(), probabilities, level);
    if (interval == QuantileInterval.QUANTILE) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_METHOD,
          item,
          "interval type 'quantile' needs a replicate-weight design; a Taylor design takes mean,"
              + " beta, xlogit, asin or score");
    }
    Sample s = Sample.of(values, Sample.rWeights(design), domain, item);
    QuantileFunction f = QuantileFunction.of(rule, s.x, s.w, s.x.length, item);
    int df = DesignEstimates.degreesOfFreedom(design, s.subset);
    int nrow = design.isCalibrated() ? design.size() : s.subsetRows.length;
    double[] qhat = new double[probabilities.length];
    for (int i = 0; i < qhat.length; i++) {
      qhat[i] = f.at(probabilities[i]);
    }
    double[][] cdf =
        interval == QuantileInterval.SCORE ? null : CdfVariance.of(design, s, values, qhat);
    double crit = WoodruffLimits.t(1 - (1 - level) / 2, df);
    List<QuantileEstimate> out = new ArrayList<>(qhat.length);
    for (int i = 0; i < qhat.length; i++) {
      double p = probabilities[i];
      double lower;
      double upper;
      if (Double.isNaN(qhat[i])) {
        lower = Double.NaN;
        upper = Double.NaN;
      } else if (interval == QuantileInterval.SCORE) {
        double[] ci = ScoreInterval.of(design, s, values, p, df, level, rule, item);
        lower = ci[0];
        upper = ci[1];
      } else {
        double[] pci = WoodruffLimits.of(interval, cdf[0][i], cdf[1][i], df, level, nrow);
        lower = Double.isNaN(pci[0]) || pci[0] < 0 ? Double.NaN : f.at(pci[0]);
        upper = Double.isNaN(pci[1]) || pci[1] > 1 ? Double.NaN : f.at(pci[1]);
      }
      out.add(
          new QuantileEstimate(
              p, qhat[i], lower, upper, (upper - lower) / (2 * crit), df, s.x.length));
    }
    return out;
  }

  /**
   * The exception for a quantile asked of an item whose values are not numbers, for callers that
   * hold items of other kinds: {@code QUANTILE_NOT_NUMERIC_ITEM} naming the item and its kind.
   */
  public static DesignInputException notNumeric(String item, String kind) {
    return new DesignInputException(
        ErrorCode.QUANTILE_NOT_NUMERIC_ITEM,
        item,
        "a quantile needs a numeric item; " + item + " is " + kind);
  }

  static void check(String item, int length, int rows, double[] probabilities, double level) {
    if (length != rows) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_INPUT, item, length + " values for a design of " + rows + " rows");
    }
    if (!(level > 0 && level < 1)) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_LEVEL,
          item,
          "a confidence level must lie between 0 and 1, not " + level);
    }
    if (probabilities.length == 0) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_PROBABILITY, item, "no quantile probabilities were given");
    }
    for (double p : probabilities) {
      if (!(p >= 0 && p <= 1)) {
        throw new DesignInputException(
            ErrorCode.QUANTILE_PROBABILITY,
            item,
            "a quantile's probability must lie in [0, 1], not " + p);
      }
    }
  }
}
