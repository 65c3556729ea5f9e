package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

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
      SurveyDesign design, BitSet indicator, BitSet domain, LogitFit fit, int df, double level) {
    double lambda = fit.variance * fit.naiveInformation;
    double cut = ProportionIntervals.tQuantile((1 - level) / 2, df) * Math.sqrt(lambda);
    double alpha = new NormalDistribution().cumulativeProbability(cut) / 2;
    double zmax = ProportionIntervals.tQuantile(1 - alpha / 2, fit.rows - 1);
    double del = zmax / 5;
    double se = Math.sqrt(fit.variance);
    double b0 = fit.coefficient;
    double d0 = fit.deviance(b0);
    double dispersion = fit.dispersion;
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {b0, 0});
    for (int sgn = -1; sgn <= 1; sgn += 2) {
      int step = 0;
      double z = 0;
      while (++step < 10 && Math.abs(z) < zmax) {
        double bi = b0 + sgn * step * del * se;
        double zz = (fit.deviance(bi) - d0) / dispersion;
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
}
