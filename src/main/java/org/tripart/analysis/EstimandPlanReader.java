package org.tripart.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.stats.design.CalibrationFunction;
import org.tripart.stats.design.DomainStatistic;

/**
 * Reads the plan's {@code estimands} section (totals, score means, ratios, contrasts) and its
 * {@code weighting.calibrate} section, as {@code analysis-plan.md} describes them, with the
 * messages of {@link PlanValues}. Stateless.
 */
final class EstimandPlanReader {
  private static final Set<String> ESTIMANDS = Set.of("totals", "means", "ratios", "contrasts");
  private static final Set<String> CONTRAST =
      Set.of("by", "levels", "coefficients", "items", "statistic", "name");
  private static final Set<String> CALIBRATE =
      Set.of("function", "bounds", "margins", "totals", "max_iterations", "epsilon");

  private EstimandPlanReader() {}

  /** The {@code estimands} section, {@link EstimandPlan#none()} when absent. */
  static EstimandPlan estimands(String file, Object v) {
    if (v == null) {
      return EstimandPlan.none();
    }
    Map<String, Object> m = PlanValues.map(file, "estimands", v, ESTIMANDS);
    List<EstimandPlan.Ratio> ratios = new ArrayList<>();
    Object r = m.get("ratios");
    List<?> rl = r == null ? List.of() : r instanceof List<?> l ? l : List.of(r);
    for (int i = 0; i < rl.size(); i++) {
      ratios.add(ratio(file, "estimands.ratios[" + i + "]", rl.get(i)));
    }
    List<EstimandPlan.Contrast> contrasts = new ArrayList<>();
    Object c = m.get("contrasts");
    List<?> cl = c == null ? List.of() : c instanceof List<?> l ? l : List.of(c);
    for (int i = 0; i < cl.size(); i++) {
      contrasts.add(contrast(file, "estimands.contrasts[" + i + "]", cl.get(i)));
    }
    return new EstimandPlan(
        PlanValues.strings(file, "estimands.totals", m.get("totals")),
        PlanValues.strings(file, "estimands.means", m.get("means")),
        ratios,
        contrasts);
  }

  /** A ratio given as {@code {numerator, denominator}} or as the text {@code y/x}. */
  static EstimandPlan.Ratio ratio(String file, String key, Object v) {
    if (v instanceof Map<?, ?>) {
      Map<String, Object> m = PlanValues.map(file, key, v, Set.of("numerator", "denominator"));
      String y = PlanValues.string(file, key + ".numerator", m.get("numerator"));
      String x = PlanValues.string(file, key + ".denominator", m.get("denominator"));
      if (y == null || x == null || y.isBlank() || x.isBlank()) {
        throw new DesignPlanException(file, key, "needs a numerator and a denominator item");
      }
      return new EstimandPlan.Ratio(y.strip(), x.strip());
    }
    String s = PlanValues.string(file, key, v);
    String[] parts = s == null ? new String[0] : s.split("/", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new DesignPlanException(
          file,
          key,
          "'" + s + "' is not a ratio; write NUMERATOR/DENOMINATOR, such as api00/enroll");
    }
    return new EstimandPlan.Ratio(parts[0].strip(), parts[1].strip());
  }

  static EstimandPlan.Contrast contrast(String file, String key, Object v) {
    Map<String, Object> m = PlanValues.map(file, key, v, CONTRAST);
    String by = PlanValues.string(file, key + ".by", m.get("by"));
    if (by == null || by.isBlank()) {
      throw new DesignPlanException(
          file, key + ".by", "a contrast needs the column of its domains");
    }
    if (m.containsKey("levels") == m.containsKey("coefficients")) {
      throw new DesignPlanException(
          file,
          key,
          "give either levels: [A, B] (A minus B) or coefficients: {A: 1, B: -1}, not "
              + (m.containsKey("levels") ? "both" : "neither"));
    }
    Map<String, Double> coefficients = new LinkedHashMap<>();
    if (m.containsKey("levels")) {
      List<String> levels = PlanValues.strings(file, key + ".levels", m.get("levels"));
      if (levels.size() != 2 || levels.get(0).equals(levels.get(1))) {
        throw new DesignPlanException(
            file, key + ".levels", "expected two different levels [A, B], read as A minus B");
      }
      coefficients.put(levels.get(0), 1.0);
      coefficients.put(levels.get(1), -1.0);
    } else {
      Map<String, Object> cs =
          PlanValues.map(file, key + ".coefficients", m.get("coefficients"), null);
      for (var e : cs.entrySet()) {
        String at = key + ".coefficients." + e.getKey();
        double x = PlanValues.number(file, at, PlanValues.str(e.getValue()));
        if (!Double.isFinite(x)) {
          throw new DesignPlanException(file, at, "must be a finite number");
        }
        coefficients.put(e.getKey(), x);
      }
      if (coefficients.values().stream().allMatch(x -> x == 0)) {
        throw new DesignPlanException(
            file, key + ".coefficients", "every coefficient is 0; the contrast would be 0");
      }
    }
    DomainStatistic statistic =
        m.containsKey("statistic")
            ? PlanValues.enumValue(
                file, key + ".statistic", m.get("statistic"), DomainStatistic.class)
            : DomainStatistic.MEAN;
    return new EstimandPlan.Contrast(
        by.strip(),
        coefficients,
        PlanValues.strings(file, key + ".items", m.get("items")),
        statistic,
        PlanValues.string(file, key + ".name", m.get("name")));
  }

  /** The {@code weighting.calibrate} section, null when absent. */
  static CalibrationPlan calibration(String file, Object v, Path marginsFolder) {
    if (v == null) {
      return null;
    }
    String key = "weighting.calibrate";
    Map<String, Object> m = PlanValues.map(file, key, v, CALIBRATE);
    CalibrationFunction function =
        m.containsKey("function")
            ? PlanValues.enumValue(
                file, key + ".function", m.get("function"), CalibrationFunction.class)
            : CalibrationFunction.LINEAR;
    double lower = Double.NEGATIVE_INFINITY;
    double upper = Double.POSITIVE_INFINITY;
    if (m.containsKey("bounds")) {
      List<String> b = PlanValues.strings(file, key + ".bounds", m.get("bounds"));
      if (b.size() != 2) {
        throw new DesignPlanException(file, key + ".bounds", "expected [low, high]");
      }
      lower = PlanValues.number(file, key + ".bounds", b.get(0));
      upper = PlanValues.number(file, key + ".bounds", b.get(1));
      if (!(lower <= 1 && 1 <= upper)) {
        throw new DesignPlanException(
            file,
            key + ".bounds",
            "expected [low, high] with low <= 1 <= high (bounds on g = new weight / old weight),"
                + " such as [0.5, 2]");
      }
    }
    List<DesignPlan.Margin> margins =
        AnalysisPlanReader.margins(file, key + ".margins", m.get("margins"), marginsFolder);
    Map<String, Double> totals = new LinkedHashMap<>();
    if (m.containsKey("totals")) {
      PlanValues.map(file, key + ".totals", m.get("totals"), null)
          .forEach(
              (column, x) -> {
                String at = key + ".totals." + column;
                double t = PlanValues.number(file, at, PlanValues.str(x));
                if (!Double.isFinite(t)) {
                  throw new DesignPlanException(file, at, "must be a finite number");
                }
                totals.put(column, t);
              });
    }
    if (margins.isEmpty() && totals.isEmpty()) {
      throw new DesignPlanException(
          file, key, "calibration needs margins (population counts) or numeric totals");
    }
    int maxIterations = org.tripart.stats.design.Calibrate.MAX_ITERATIONS;
    if (m.containsKey("max_iterations")) {
      double x =
          PlanValues.number(file, key + ".max_iterations", PlanValues.str(m.get("max_iterations")));
      if (!(x >= 1) || x != Math.rint(x) || x > 1_000_000) {
        throw new DesignPlanException(
            file, key + ".max_iterations", "must be a whole number from 1, such as 50");
      }
      maxIterations = (int) x;
    }
    double epsilon = org.tripart.stats.design.Calibrate.EPSILON;
    if (m.containsKey("epsilon")) {
      epsilon = PlanValues.number(file, key + ".epsilon", PlanValues.str(m.get("epsilon")));
      if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
        throw new DesignPlanException(file, key + ".epsilon", "must be a positive number");
      }
    }
    return new CalibrationPlan(function, lower, upper, margins, totals, maxIterations, epsilon);
  }
}
