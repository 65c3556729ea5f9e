package org.tripart.stats.design;

/**
 * The covariance of the cells of a {@link DomainTable} from the levels' influence functions, and
 * every cell's SE as its level's own {@code subset} gives it (for an uncalibrated design only the
 * level's PSUs are present there, which matters for lonely PSUs). Stateless; thread-safe.
 *
 * @param covariance the cells' covariance, row-major
 * @param standardErrors every cell's SE within its level
 */
record DomainCovariance(double[] covariance, double[] standardErrors) {

  static DomainCovariance of(
      SurveyDesign design,
      DomainStatistic statistic,
      double[][] y,
      int[] rowCell,
      int levels,
      int items,
      double[] est,
      double[] sw) {
    int n = design.size();
    int k = levels * items;
    int[] unit = Variance.units(design);
    int units = Variance.unitCount(design);
    double[] w = design.weights;
    boolean mean = statistic == DomainStatistic.MEAN;
    double[] totals = new double[units * k];
    double[] se = new double[k];
    if (design.isCalibrated()) {
      double[] z = new double[n * k];
      for (int r = 0; r < n; r++) {
        int l = rowCell[r];
        if (l < 0) {
          continue;
        }
        for (int i = 0; i < items; i++) {
          int c = l * items + i;
          z[r * k + c] = mean ? w[r] * (y[i][r] - est[c]) / sw[l] : w[r] * y[i][r];
        }
      }
      Variance.calibrate(design, z, k);
      for (int r = 0; r < n; r++) {
        int base = unit[r] * k;
        for (int c = 0; c < k; c++) {
          totals[base + c] += z[r * k + c];
        }
      }
      double[] v = Variance.of(design, totals, k, null);
      for (int c = 0; c < k; c++) {
        se[c] = Math.sqrt(v[c * k + c]);
      }
      return new DomainCovariance(v, se);
    }
    double[] unitWeight = mean ? new double[units * levels] : null;
    boolean[] present = new boolean[levels * design.psuCount];
    for (int r = 0; r < n; r++) {
      int l = rowCell[r];
      if (l < 0) {
        continue;
      }
      int u = unit[r];
      present[l * design.psuCount + design.psu[r]] = true;
      if (mean) {
        unitWeight[u * levels + l] += w[r];
      }
      int base = u * k + l * items;
      for (int i = 0; i < items; i++) {
        totals[base + i] += w[r] * y[i][r];
      }
    }
    if (mean) {
      for (int u = 0; u < units; u++) {
        for (int l = 0; l < levels; l++) {
          double uw = unitWeight[u * levels + l];
          int base = u * k + l * items;
          for (int i = 0; i < items; i++) {
            int c = l * items + i;
            totals[base + i] = (totals[base + i] - est[c] * uw) / sw[l];
          }
        }
      }
    }
    double[] v = Variance.of(design, totals, k, null);
    double[] block = new double[units * items];
    boolean[] levelPresent = new boolean[design.psuCount];
    for (int l = 0; l < levels; l++) {
      for (int u = 0; u < units; u++) {
        System.arraycopy(totals, u * k + l * items, block, u * items, items);
      }
      System.arraycopy(present, l * design.psuCount, levelPresent, 0, design.psuCount);
      double[] b = Variance.of(design, block, items, levelPresent);
      for (int i = 0; i < items; i++) {
        se[l * items + i] = Math.sqrt(b[i * items + i]);
      }
    }
    return new DomainCovariance(v, se);
  }
}
