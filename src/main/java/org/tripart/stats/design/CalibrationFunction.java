package org.tripart.stats.design;

/**
 * The distance of a calibration, as R's {@code calibrate(calfun = ...)}: the g-weight as a function
 * of the linear predictor u, clamped to {@code [lower, upper]} ({@code survey::cal.linear}, {@code
 * survey::cal.raking}).
 */
public enum CalibrationFunction {
  /** {@code g = clamp(1 + u)}; derivative 1 inside the bounds. */
  LINEAR {
    @Override
    double gMinusOne(double u, double lower, double upper) {
      return Math.min(Math.max(u + 1, lower), upper) - 1;
    }

    @Override
    double derivative(double u, double lower, double upper) {
      return u < upper - 1 && u > lower - 1 ? 1 : 0;
    }
  },
  /** {@code g = clamp(exp(u))}; derivative exp(u) while {@code lower - 1 < u < upper - 1}. */
  RAKING {
    @Override
    double gMinusOne(double u, double lower, double upper) {
      return Math.min(Math.max(Math.exp(u), lower), upper) - 1;
    }

    @Override
    double derivative(double u, double lower, double upper) {
      return u < upper - 1 && u > lower - 1 ? Math.exp(u) : 0;
    }
  };

  abstract double gMinusOne(double u, double lower, double upper);

  abstract double derivative(double u, double lower, double upper);
}
