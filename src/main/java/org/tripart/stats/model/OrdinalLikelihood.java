package org.tripart.stats.model;

/**
 * The weighted proportional-odds log-likelihood of R's {@code svyolr} over the rows a model uses,
 * {@code sum w log(F(zeta_y - eta) - F(zeta_(y-1) - eta))} with {@code eta = x beta}, the logistic
 * {@code F} and svyolr's outer cut points -100 and 100; with its gradient and Hessian in {@code
 * (beta, zeta)} and the gradient of svyolr's {@code gmin} in optim's {@code (beta, zeta_1,
 * log(diff(zeta)))}. Each evaluation is one pass over primitive arrays. Not thread-safe to share
 * while evaluating (it keeps no state between calls, but callers own the output arrays).
 */
final class OrdinalLikelihood {
  static final double OUTER = 100;
  final double[] x;
  final int[] y;
  final double[] w;
  final int rows;
  final int p;
  final int q;

  OrdinalLikelihood(double[] x, int[] y, double[] w, int p, int q) {
    this.x = x;
    this.y = y;
    this.w = w;
    this.rows = y.length;
    this.p = p;
    this.q = q;
  }

  static double cdf(double t) {
    if (t >= 0) {
      return 1 / (1 + Math.exp(-t));
    }
    double e = Math.exp(t);
    return e / (1 + e);
  }

  private double eta(double[] par, int r) {
    double eta = 0;
    int base = r * p;
    for (int j = 0; j < p; j++) {
      eta += x[base + j] * par[j];
    }
    return eta;
  }

  private double upper(double[] par, int r) {
    return y[r] < q ? par[p + y[r]] : OUTER;
  }

  private double lower(double[] par, int r) {
    return y[r] > 0 ? par[p + y[r] - 1] : -OUTER;
  }

  /** The log-likelihood; -infinity where a row's probability is not positive. */
  double logLikelihood(double[] par) {
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      double eta = eta(par, r);
      double pr = cdf(upper(par, r) - eta) - cdf(lower(par, r) - eta);
      if (!(pr > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      sum += w[r] * Math.log(pr);
    }
    return sum;
  }

  /**
   * Gradient {@code g} and Hessian {@code h} (k-by-k row-major) of the log-likelihood at {@code
   * par}; returns the log-likelihood.
   */
  double derivatives(double[] par, double[] g, double[] h) {
    int k = p + q;
    java.util.Arrays.fill(g, 0);
    java.util.Arrays.fill(h, 0);
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      double eta = eta(par, r);
      double a = upper(par, r) - eta;
      double b = lower(par, r) - eta;
      double ea = Math.exp(-Math.abs(a));
      double eb = Math.exp(-Math.abs(b));
      double fa = a >= 0 ? 1 / (1 + ea) : ea / (1 + ea);
      double fb = b >= 0 ? 1 / (1 + eb) : eb / (1 + eb);
      double pr = fa - fb;
      double da = ea / ((1 + ea) * (1 + ea));
      double db = eb / ((1 + eb) * (1 + eb));
      double wr = w[r];
      sum += wr * Math.log(pr);
      double ga = da / pr;
      double gb = -db / pr;
      double haa = da * (1 - 2 * fa) / pr - ga * ga;
      double hbb = -db * (1 - 2 * fb) / pr - gb * gb;
      double hab = -ga * gb;
      int u = y[r] < q ? p + y[r] : -1;
      int l = y[r] > 0 ? p + y[r] - 1 : -1;
      double gEta = -(ga + gb) * wr;
      double hEta = (haa + 2 * hab + hbb) * wr;
      double hEtaU = -(haa + hab) * wr;
      double hEtaL = -(hab + hbb) * wr;
      int base = r * p;
      for (int i = 0; i < p; i++) {
        double xi = x[base + i];
        g[i] += gEta * xi;
        double hx = hEta * xi;
        for (int j = 0; j <= i; j++) {
          h[i * k + j] += hx * x[base + j];
        }
        if (u >= 0) {
          h[u * k + i] += hEtaU * xi;
        }
        if (l >= 0) {
          h[l * k + i] += hEtaL * xi;
        }
      }
      if (u >= 0) {
        g[u] += wr * ga;
        h[u * k + u] += wr * haa;
      }
      if (l >= 0) {
        g[l] += wr * gb;
        h[l * k + l] += wr * hbb;
      }
      if (u >= 0 && l >= 0) {
        h[u * k + l] += wr * hab;
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        h[i * k + j] = h[j * k + i];
      }
    }
    return sum;
  }

  /** svyolr's {@code gmini(beta, logdiff = FALSE)} of one row into {@code out} (length k). */
  void score(double[] par, int r, double[] out) {
    java.util.Arrays.fill(out, 0);
    double eta = eta(par, r);
    double a = upper(par, r) - eta;
    double b = lower(par, r) - eta;
    double ea = Math.exp(-Math.abs(a));
    double eb = Math.exp(-Math.abs(b));
    double pr = (a >= 0 ? 1 / (1 + ea) : ea / (1 + ea)) - (b >= 0 ? 1 / (1 + eb) : eb / (1 + eb));
    double p1 = ea / ((1 + ea) * (1 + ea));
    double p2 = eb / ((1 + eb) * (1 + eb));
    double g1 = w[r] * (p1 - p2) / pr;
    for (int j = 0; j < p; j++) {
      out[j] = x[r * p + j] * g1;
    }
    if (y[r] < q) {
      out[p + y[r]] = -p1 * (w[r] / pr);
    }
    if (y[r] > 0) {
      out[p + y[r] - 1] = p2 * (w[r] / pr);
    }
  }

  /** The cut points {@code cumsum(c(theta[1], exp(theta[-1])))} of optim's parameters. */
  static double[] zeta(double[] theta, int p, int q) {
    double[] par = theta.clone();
    double acc = theta[p];
    for (int i = 1; i < q; i++) {
      acc += Math.exp(theta[p + i]);
      par[p + i] = acc;
    }
    return par;
  }

  /** svyolr's {@code gmin(theta)}: the gradient of the negative log-likelihood in optim's terms. */
  double[] gmin(double[] theta) {
    double[] par = zeta(theta, p, q);
    int k = p + q;
    double[] gz = new double[k];
    double[] s = new double[k];
    for (int r = 0; r < rows; r++) {
      score(par, r, s);
      for (int j = 0; j < k; j++) {
        gz[j] += s[j];
      }
    }
    double[] out = new double[k];
    System.arraycopy(gz, 0, out, 0, p);
    for (int col = 0; col < q; col++) {
      double jac = col == 0 ? 1 : Math.exp(theta[p + col]);
      double v = 0;
      for (int row = col; row < q; row++) {
        v += gz[p + row] * jac;
      }
      out[p + col] = v;
    }
    return out;
  }
}
