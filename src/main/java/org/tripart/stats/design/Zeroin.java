package org.tripart.stats.design;

import java.util.function.DoubleUnaryOperator;

/**
 * R's {@code uniroot} root finder, the C function {@code R_zeroin2} of R 4.2 (Brent's method:
 * bisection, secant and inverse quadratic interpolation), step for step, so that a root of a step
 * function lands where R's does. Stateless; thread-safe.
 */
final class Zeroin {
  private static final double EPSILON = Math.ulp(1.0);

  private Zeroin() {}

  /**
   * A root of {@code f} in {@code [ax, bx]}, given {@code fa = f(ax)} and {@code fb = f(bx)} of
   * opposite signs, to within {@code tol}, after at most {@code maxit} evaluations; the last
   * approximation when it does not converge (R warns).
   */
  static double root(
      DoubleUnaryOperator f, double ax, double bx, double fa, double fb, double tol, int maxit) {
    double a = ax;
    double b = bx;
    double c = a;
    double fc = fa;
    if (fa == 0.0) {
      return a;
    }
    if (fb == 0.0) {
      return b;
    }
    int left = maxit + 1;
    while (left-- > 0) {
      double prevStep = b - a;
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
      double newStep = (c - b) / 2;
      if (Math.abs(newStep) <= tolAct || fb == 0.0) {
        return b;
      }
      if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
        double p;
        double q;
        double cb = c - b;
        if (a == c) {
          double t1 = fb / fa;
          p = cb * t1;
          q = 1.0 - t1;
        } else {
          q = fa / fc;
          double t1 = fb / fc;
          double t2 = fb / fa;
          p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
          q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
          newStep = p / q;
        }
      }
      if (Math.abs(newStep) < tolAct) {
        newStep = newStep > 0 ? tolAct : -tolAct;
      }
      a = b;
      fa = fb;
      b += newStep;
      fb = f.applyAsDouble(b);
      if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
        c = a;
        fc = fa;
      }
    }
    return b;
  }
}
