package org.tripart.stats.design;

import java.util.BitSet;

/**
 * The intercept-only quasibinomial {@code svyglm} that {@code svyciprop} fits for its logit and
 * likelihood intervals, reproduced step by step as R's {@code glm.fit} runs it (start at {@code (w
 * y + 0.5) / (w + 1)}, IRLS until the relative change in deviance is below 1e-8), because R's naive
 * covariance comes from the working weights of the last iteration. Immutable.
 */
final class LogitFit {
  final double coefficient;
  final double mu;
  final double variance;
  final double naiveInformation;
  final double dispersion;
  final double selected;
  final double total;
  final int rows;

  private LogitFit(
      double coefficient,
      double mu,
      double variance,
      double naiveInformation,
      double dispersion,
      double selected,
      double total,
      int rows) {
    this.coefficient = coefficient;
    this.mu = mu;
    this.variance = variance;
    this.naiveInformation = naiveInformation;
    this.dispersion = dispersion;
    this.selected = selected;
    this.total = total;
    this.rows = rows;
  }

  /** Fits over the domain's rows (all rows, zero-weighted outside, for a calibrated design). */
  static LogitFit of(SurveyDesign design, BitSet indicator, BitSet domain) {
    boolean keepAll = design.isCalibrated() || domain == null;
    int n = design.size();
    double[] w = design.weights;
    double sum = 0;
    int rows = 0;
    for (int r = 0; r < n; r++) {
      if (keepAll || domain.get(r)) {
        sum += in(domain, r) ? w[r] : 0;
        rows++;
      }
    }
    double meanWeight = sum / rows;
    double selected = 0;
    double total = 0;
    double sw = 0;
    double swz = 0;
    double devOld = 0;
    for (int r = 0; r < n; r++) {
      if (!in(domain, r)) {
        continue;
      }
      double wp = w[r] / meanWeight;
      double y = indicator.get(r) ? 1 : 0;
      total += wp;
      selected += wp * y;
      double start = (wp * y + 0.5) / (wp + 1);
      double eta = Math.log(start / (1 - start));
      double m = ProportionIntervals.expit(eta);
      devOld += unitDeviance(y, m, wp);
      if (wp > 0) {
        double muEta = m * (1 - m);
        double z = eta + (y - m) / muEta;
        double ww = wp * muEta * muEta / (m * (1 - m));
        sw += ww;
        swz += ww * z;
      }
    }
    double eta = swz / sw;
    double information = sw;
    for (int iteration = 1; iteration < 25; iteration++) {
      double m = ProportionIntervals.expit(eta);
      double dev = deviance(eta, selected, total);
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8) {
        break;
      }
      devOld = dev;
      double muEta = m * (1 - m);
      information = total * muEta * muEta / (m * (1 - m));
      eta = eta + (selected - total * m) / (total * muEta);
    }
    double mu = ProportionIntervals.expit(eta);
    double[] z = new double[n];
    double weightSum = 0;
    for (int r = 0; r < n; r++) {
      if (in(domain, r)) {
        weightSum += w[r];
      }
    }
    double v = mu * (1 - mu);
    double sr = 0;
    double sww = 0;
    int nonzero = 0;
    for (int r = 0; r < n; r++) {
      if (in(domain, r)) {
        double y = indicator.get(r) ? 1 : 0;
        z[r] = w[r] * (y - mu) / (weightSum * v);
        if (w[r] != 0) {
          sr += w[r] * (y - mu) / Math.sqrt(v);
          sww += w[r];
          nonzero++;
        }
      }
    }
    double pearsonMean = sr / sww;
    double ss = 0;
    for (int r = 0; r < n; r++) {
      if (in(domain, r) && w[r] != 0) {
        double d = ((indicator.get(r) ? 1 : 0) - mu) / Math.sqrt(v) - pearsonMean;
        ss += w[r] * d * d;
      }
    }
    double dispersion = ss / sww * nonzero / (nonzero - 1.0);
    double variance = DesignEstimates.influenceVariance(design, z, domain);
    return new LogitFit(eta, mu, variance, information, dispersion, selected, total, rows);
  }

  /** The binomial deviance at intercept {@code b}, as {@code glm} sums {@code dev.resids}. */
  double deviance(double b) {
    return deviance(b, selected, total);
  }

  static double deviance(double b, double selected, double total) {
    double m = ProportionIntervals.expit(b);
    return -2 * (selected * Math.log(m) + (total - selected) * Math.log(1 - m));
  }

  private static double unitDeviance(double y, double m, double wp) {
    return -2 * wp * (y * Math.log(m) + (1 - y) * Math.log(1 - m));
  }

  private static boolean in(BitSet domain, int r) {
    return domain == null || domain.get(r);
  }
}
