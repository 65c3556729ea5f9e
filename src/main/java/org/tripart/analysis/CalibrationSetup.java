package org.tripart.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.stats.design.Calibrate;
import org.tripart.stats.design.CalibrationFit;
import org.tripart.stats.design.CalibrationModel;
import org.tripart.stats.design.SurveyDesign;

/**
 * Applies a plan's {@link CalibrationPlan} to a design: builds R's {@code model.matrix(~a + b + x)}
 * (intercept, a margin's categories after its first, numeric columns) and its population totals
 * (the population size, the margins' counts, the numeric totals), then {@link Calibrate}. Stateless
 * and thread-safe.
 */
final class CalibrationSetup {
  private CalibrationSetup() {}

  /** The calibrated design and a sentence saying what was done. */
  record Result(SurveyDesign design, SetupNote note) {}

  /**
   * @throws DesignPlanException when the margins disagree on the population size, a numeric total
   *     names a column that is not numeric, or a margin does not fit the data
   */
  static Result apply(
      Dataset data, SurveyDesign design, CalibrationPlan plan, UnaryOperator<String> where) {
    String key = where.apply("calibrate");
    int n = data.size();
    CalibrationModel model = CalibrationModel.rows(n).intercept();
    Map<String, Double> population = new LinkedHashMap<>();
    double size = Double.NaN;
    String sizeFrom = null;
    List<String> columns = new ArrayList<>();
    for (DesignPlan.Margin m : plan.margins()) {
      int[] codes = DesignSetup.groups(data, m, k -> key);
      List<String> levels = new ArrayList<>(m.totals().keySet());
      double sum = 0;
      for (double t : m.totals().values()) {
        sum += t;
      }
      if (Double.isNaN(size)) {
        size = sum;
        sizeFrom = m.column();
      } else if (Math.abs(sum - size) > 1e-9 * Math.max(1, Math.abs(size))) {
        throw new DesignPlanException(
            key + " margins " + m.column(),
            String.format(
                Locale.ROOT,
                "the counts of %s sum to %s but those of %s to %s; every margin must describe the"
                    + " same population",
                m.column(),
                PlainNumbers.plain(sum),
                sizeFrom,
                PlainNumbers.plain(size)));
      }
      model.factor(m.column(), codes, levels);
      for (int l = 1; l < levels.size(); l++) {
        population.put(m.column() + levels.get(l), m.totals().get(levels.get(l)));
      }
      columns.add(m.column());
    }
    for (var e : plan.numericTotals().entrySet()) {
      DesignSetup.check(data, "calibrate", e.getKey(), k -> key + " totals");
      if (!(data.column(e.getKey()) instanceof NumericColumn c)) {
        throw new DesignPlanException(
            key + " totals " + e.getKey(),
            "a numeric total needs a numeric column; give a coded column's counts as margins");
      }
      double[] x = new double[n];
      for (int r = 0; r < n; r++) {
        x[r] = c.value(r);
        if (Double.isNaN(x[r])) {
          throw new DesignPlanException(
              key + " totals " + e.getKey(),
              "row " + (r + 1) + " has no value; every row needs one to calibrate on it");
        }
      }
      model.numeric(e.getKey(), x);
      population.put(e.getKey(), e.getValue());
      columns.add(e.getKey());
    }
    if (Double.isNaN(size)) {
      double w = 0;
      for (int r = 0; r < n; r++) {
        w += design.weight(r);
      }
      size = w;
    }
    population.put("(Intercept)", size);
    CalibrationFit fit =
        Calibrate.calibrate(
            design,
            model,
            population,
            plan.function(),
            plan.lower(),
            plan.upper(),
            plan.maxIterations(),
            plan.epsilon());
    String bounds =
        Double.isInfinite(plan.lower()) && Double.isInfinite(plan.upper())
            ? ""
            : ", g-weights bounded to ["
                + PlainNumbers.plain(plan.lower())
                + ", "
                + PlainNumbers.plain(plan.upper())
                + "]";
    String function = plan.function().name().toLowerCase(Locale.ROOT);
    String en =
        String.format(
            Locale.ROOT,
            "Weights calibrated (%s%s) to the population totals of %s%s%s.",
            function,
            bounds,
            String.join(", ", columns),
            plan.margins().isEmpty() ? " (population size kept at the sum of the weights)" : "",
            fit.iterations() == 0
                ? " in closed form"
                : " after " + fit.iterations() + " Newton steps");
    String zh =
        String.format(
            Locale.ROOT,
            "权重已校准（%s%s）至 %s 的总体总量%s，%s。",
            function,
            bounds.isEmpty()
                ? ""
                : "，g 权重限定在 ["
                    + PlainNumbers.plain(plan.lower())
                    + ", "
                    + PlainNumbers.plain(plan.upper())
                    + "]",
            String.join(", ", columns),
            plan.margins().isEmpty() ? "（总体规模保持为权重之和）" : "",
            fit.iterations() == 0 ? "闭式求解" : "经 " + fit.iterations() + " 步 Newton 迭代");
    return new Result(fit.design(), new SetupNote(en, zh));
  }
}
