package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code svyciprop(method = "likelihood")} as survey 4.1.1 computes it: the intercept-only
 * quasibinomial {@code svyglm}, profiled as {@code survey:::MASSprofile_glm} does (up to nine steps
 * of zmax/5 standard errors each way, deviance scaled by the design-based dispersion), read off
 * with R's {@code spline(method = "fmm")} and {@code approx} at the Rao-Scott scaled cutoffs of
 * {@code confint.svyglm}. Stateless; thread-safe.
 */
final class LikelihoodInterval {
  private LikelihoodInterval() {}

  static double[] of(
      SurveyDesign design, BitSet indicator, BitSet domain, MeanEstimate m, int df, double level) {
    boolean keepAll = design.isCalibrated() || domain == null;
    int n = design.size();
    double[] w = design.weights;
    double sum = 0;
    int rows = 0;
    for (int r = 0; r < n; r++) {
      if (keepAll || domain.get(r)) {
        sum += inDomain(domain, r) ? w[r] : 0;
        rows++;
      }
    }
    double meanWeight = sum / rows;
    double p = m.estimate();
    double q = 1 - p;
    double b0 = Math.log(p / q);
    double varBeta = m.variance() / (p * q * p * q);
    double info = 0;
    double sw = 0;
    double swr = 0;
    int nonzero = 0;
    for (int r = 0; r < n; r++) {
      if (inDomain(domain, r) && w[r] != 0) {
        double wp = w[r] / meanWeight;
        info += wp * p * q;
        double pearson = ((indicator.get(r) ? 1 : 0) - p) * Math.sqrt(wp / (p * q));
        sw += w[r];
        swr += w[r] * pearson;
        nonzero++;
      }
    }
    double pearsonMean = swr / sw;
    double ss = 0;
    for (int r = 0; r < n; r++) {
      if (inDomain(domain, r) && w[r] != 0) {
        double wp = w[r] / meanWeight;
        double pearson = ((indicator.get(r) ? 1 : 0) - p) * Math.sqrt(wp / (p * q));
        ss += w[r] * (pearson - pearsonMean) * (pearson - pearsonMean);
      }
    }
    double dispersion = ss / sw * nonzero / (nonzero - 1.0);
    double lambda = varBeta * info;
    double cut = ProportionIntervals.tQuantile((1 - level) / 2, df) * Math.sqrt(lambda);
    double alpha =
        new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(cut)
            / 2;
    double zmax = ProportionIntervals.tQuantile(1 - alpha / 2, rows - 1);
    double del = zmax / 5;
    double se = Math.sqrt(varBeta);
    double selected = 0;
    double domainWeight = 0;
    for (int r = 0; r < n; r++) {
      if (inDomain(domain, r)) {
        double wp = w[r] / meanWeight;
        domainWeight += wp;
        if (indicator.get(r)) {
          selected += wp;
        }
      }
    }
    double d0 = deviance(b0, selected, domainWeight);
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {b0, 0});
    for (int sgn = -1; sgn <= 1; sgn += 2) {
      int step = 0;
      double z = 0;
      while (++step < 10 && Math.abs(z) < zmax) {
        double bi = b0 + sgn * step * del * se;
        double zz = (deviance(bi, selected, domainWeight) - d0) / dispersion;
        z = sgn * Math.sqrt(Math.max(zz, 0));
        points.add(new double[] {bi, z});
      }
    }
    points.sort((a, b) -> Double.compare(a[1], b[1]));
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = points.get(i)[0];
      y[i] = points.get(i)[1];
    }
    double[][] curve = Splines.fmm(x, y, 3 * x.length);
    double lower = Splines.approx(curve[1], curve[0], cut);
    double upper = Splines.approx(curve[1], curve[0], -cut);
    return new double[] {ProportionIntervals.expit(lower), ProportionIntervals.expit(upper)};
  }

  private static boolean inDomain(BitSet domain, int r) {
    return domain == null || domain.get(r);
  }

  /** Binomial deviance of an intercept at logit {@code b}, from weighted successes and total. */
  private static double deviance(double b, double selected, double total) {
    double mu = ProportionIntervals.expit(b);
    return -2 * (selected * Math.log(mu) + (total - selected) * Math.log(1 - mu));
  }
}
