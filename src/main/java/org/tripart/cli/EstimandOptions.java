package org.tripart.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.analysis.CalibrationPlan;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.EstimandPlan;
import org.tripart.analysis.MarginsFile;
import org.tripart.stats.design.Calibrate;
import org.tripart.stats.design.CalibrationFunction;
import org.tripart.stats.design.DomainStatistic;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of {@code analyze} for totals, ratios, score means, contrasts and calibration, laid
 * over the plan's {@code estimands} and {@code weighting.calibrate} keys (an option given replaces
 * the plan's key). Not thread-safe (filled by picocli).
 */
final class EstimandOptions {
  @Option(
      names = "--totals",
      split = ",",
      paramLabel = "ITEM",
      description =
          "Population totals (R's svytotal): of a numeric item, or of every option of a coded"
              + " item.")
  List<String> totals;

  @Option(
      names = "--score-means",
      split = ",",
      paramLabel = "ITEM",
      description =
          "Mean score of ordered (Likert) items: the options' scores, else their numeric codes,"
              + " else 1, 2, ... in the options' order (R's svymean(~as.numeric(item))).")
  List<String> means;

  @Option(
      names = "--ratio",
      paramLabel = "Y/X",
      description = "Ratio of two numeric items' totals (R's svyratio); repeatable.")
  List<String> ratios;

  @Option(
      names = "--contrast",
      paramLabel = "BY:A-B",
      description =
          "Difference between two domains for every analysed item, with SE and t test (R's"
              + " svycontrast of svyby), e.g. hospital_tier:tertiary-secondary; repeatable.")
  List<String> contrasts;

  @Option(
      names = "--calibrate",
      paramLabel = "FILE.csv",
      description =
          "Calibrate the weights to the population counts of the columns in the margins file"
              + " (R's calibrate).")
  Path calibrate;

  @Option(
      names = "--calfun",
      paramLabel = "FUNCTION",
      description = "With --calibrate: linear (default) or raking.")
  String calfun;

  @Option(
      names = "--bounds",
      paramLabel = "LOW,HIGH",
      description = "With --calibrate: bounds on g = calibrated weight / design weight.")
  String bounds;

  /** True when any of these options is given, which makes the analysis design-based. */
  boolean active() {
    return totals != null
        || means != null
        || ratios != null
        || contrasts != null
        || calibrate != null
        || calfun != null
        || bounds != null;
  }

  /** The plan with these options laid over its estimands and calibration. */
  DesignPlan apply(CommandLine cl, DesignPlan plan) {
    EstimandPlan e = plan.estimands();
    List<EstimandPlan.Ratio> ratioList = e.ratios();
    if (ratios != null) {
      ratioList = new ArrayList<>();
      for (String r : ratios) {
        String[] parts = r.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new CommandLine.ParameterException(
              cl, "--ratio " + r + ": expected Y/X, for example api00/enroll");
        }
        ratioList.add(new EstimandPlan.Ratio(parts[0].strip(), parts[1].strip()));
      }
    }
    List<EstimandPlan.Contrast> contrastList = e.contrasts();
    if (contrasts != null) {
      contrastList = new ArrayList<>();
      for (String c : contrasts) {
        contrastList.add(contrast(cl, c));
      }
    }
    DesignPlan.Builder b =
        plan.toBuilder()
            .estimands(
                new EstimandPlan(
                    totals != null ? totals : e.totals(),
                    means != null ? means : e.means(),
                    ratioList,
                    contrastList));
    if (calibrate == null && (calfun != null || bounds != null)) {
      throw new CommandLine.ParameterException(
          cl, (calfun != null ? "--calfun" : "--bounds") + " goes with --calibrate FILE.csv");
    }
    if (calibrate != null) {
      b.calibration(calibration(cl));
    }
    return b.build();
  }

  private static EstimandPlan.Contrast contrast(CommandLine cl, String c) {
    int colon = c.indexOf(':');
    String[] levels = colon < 0 ? new String[0] : c.substring(colon + 1).split("-", -1);
    if (colon <= 0
        || levels.length != 2
        || levels[0].isBlank()
        || levels[1].isBlank()
        || levels[0].strip().equals(levels[1].strip())) {
      throw new CommandLine.ParameterException(
          cl,
          "--contrast "
              + c
              + ": expected BY:A-B with two different options of BY, for example"
              + " hospital_tier:tertiary-secondary");
    }
    Map<String, Double> coefficients = new LinkedHashMap<>();
    coefficients.put(levels[0].strip(), 1.0);
    coefficients.put(levels[1].strip(), -1.0);
    return new EstimandPlan.Contrast(
        c.substring(0, colon).strip(), coefficients, List.of(), DomainStatistic.MEAN, null);
  }

  private CalibrationPlan calibration(CommandLine cl) {
    CalibrationFunction f =
        calfun == null
            ? CalibrationFunction.LINEAR
            : DesignOptions.choice(cl, "--calfun", calfun, CalibrationFunction.class);
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    if (bounds != null) {
      String[] parts = bounds.split(",", -1);
      lo = parts.length == 2 ? parse(parts[0]) : Double.NaN;
      hi = parts.length == 2 ? parse(parts[1]) : Double.NaN;
      if (!(lo <= 1 && 1 <= hi)) {
        throw new CommandLine.ParameterException(
            cl, "--bounds " + bounds + ": expected LOW,HIGH with LOW <= 1 <= HIGH, such as 0.5,2");
      }
    }
    return new CalibrationPlan(
        f,
        lo,
        hi,
        MarginsFile.read(calibrate),
        Map.of(),
        Calibrate.MAX_ITERATIONS,
        Calibrate.EPSILON);
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
