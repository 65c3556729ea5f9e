package org.tripart.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.MarginsFile;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.LonelyPsu;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The survey-design options of {@code analyze}: design columns, calibration, trimming, domain and
 * interval method, and an analysis plan file they override. Not thread-safe (filled by picocli).
 */
final class DesignOptions {
  @Option(
      names = "--plan",
      paramLabel = "FILE.yaml",
      description =
          "Analysis plan (design, weighting, items, by, domain, ci); options given on"
              + " the command line override it. Format: see the footer.")
  Path plan;

  @Option(names = "--weights", paramLabel = "COL", description = "Sampling weight column.")
  String weights;

  @Option(names = "--strata", paramLabel = "COL", description = "Stratum column.")
  String strata;

  @Option(
      names = "--cluster",
      split = ",",
      paramLabel = "COL",
      description =
          "Cluster column(s), first stage first: --cluster hospital_id, or"
              + " --cluster province,hospital_id for hospitals within provinces.")
  List<String> clusters;

  @Option(
      names = "--fpc",
      split = ",",
      paramLabel = "COL",
      description =
          "Finite population correction per stage: population sizes, or sampling"
              + " fractions when every value is at most 1 (as R's svydesign). Without --weights the"
              + " weights are computed from it.")
  List<String> fpc;

  @Option(
      names = "--lonely-psu",
      paramLabel = "RULE",
      description =
          "A stratum with a single cluster: fail (default), remove, adjust, certainty"
              + " or average (R's options(survey.lonely.psu)).")
  String lonelyPsu;

  @Option(
      names = "--ci",
      paramLabel = "METHOD",
      description =
          "Interval for proportions, as R's svyciprop: logit (default), likelihood,"
              + " beta, mean or xlogit.")
  String ci;

  @Option(
      names = "--domain",
      paramLabel = "ITEM=CODE",
      description =
          "Estimate within the rows where ITEM is CODE (repeatable; all must hold), as"
              + " R's subset(design, ...).")
  List<String> domain;

  @Option(
      names = "--poststratify",
      paramLabel = "FILE.csv",
      description = "Post-stratify to the population counts of one column (margins file).")
  Path postStratify;

  @Option(
      names = "--rake",
      paramLabel = "FILE.csv",
      description = "Rake to the population counts of the columns in the margins file.")
  Path rake;

  @Option(
      names = "--trim",
      paramLabel = "LOW,HIGH",
      description =
          "After calibration, trim weights to [LOW, HIGH], sharing the excess among"
              + " the others (R's trimWeights).")
  String trim;

  @CommandLine.Mixin ReplicateOptions replicates = new ReplicateOptions();

  /** True when any design option is given, which makes the analysis design-based. */
  boolean active() {
    return plan != null
        || weights != null
        || strata != null
        || clusters != null
        || fpc != null
        || lonelyPsu != null
        || ci != null
        || domain != null
        || postStratify != null
        || rake != null
        || trim != null
        || replicates.active();
  }

  /** The plan file's plan (or R's defaults) with the command-line options laid over it. */
  DesignPlan plan(CommandLine cl, List<String> items, String by) {
    DesignPlan p = plan == null ? DesignPlan.defaults() : AnalysisPlanReader.read(plan);
    Map<String, String> dom = new LinkedHashMap<>(p.domain());
    if (domain != null) {
      for (String d : domain) {
        int eq = d.indexOf('=');
        if (eq <= 0 || eq == d.length() - 1) {
          throw new CommandLine.ParameterException(
              cl, "--domain " + d + ": expected ITEM=CODE, for example hospital_tier=tertiary");
        }
        dom.put(d.substring(0, eq), d.substring(eq + 1));
      }
    }
    DesignPlan out = p.withDomain(dom);
    if (weights != null) {
      out = out.withWeights(weights);
    }
    if (strata != null) {
      out = out.withStrata(strata);
    }
    if (clusters != null) {
      out = out.withClusters(clusters);
    }
    if (fpc != null) {
      out = out.withFpc(fpc);
    }
    if (lonelyPsu != null) {
      out = out.withLonelyPsu(choice(cl, "--lonely-psu", lonelyPsu, LonelyPsu.class));
    }
    if (ci != null) {
      out = out.withCiMethod(choice(cl, "--ci", ci, CiMethod.class));
    }
    if (items != null) {
      out = out.withItems(items);
    }
    if (by != null) {
      out = out.withBy(by);
    }
    if (postStratify != null) {
      out = out.withPostStratify(single(cl, MarginsFile.read(postStratify)));
    }
    if (rake != null) {
      out = out.withRake(MarginsFile.read(rake));
    }
    out = replicates.apply(cl, out);
    return trim != null ? out.withTrim(trim(cl)) : out;
  }

  private List<DesignPlan.Margin> single(CommandLine cl, List<DesignPlan.Margin> margins) {
    if (margins.size() != 1) {
      throw new CommandLine.ParameterException(
          cl,
          "--poststratify "
              + postStratify
              + ": post-stratification takes the margin of one column; the file has "
              + margins.size()
              + " (use --rake for several)");
    }
    return margins;
  }

  private double[] trim(CommandLine cl) {
    String[] parts = trim.split(",");
    double lo = parts.length == 2 ? parse(parts[0]) : Double.NaN;
    double hi = parts.length == 2 ? parse(parts[1]) : Double.NaN;
    if (!(lo >= 0 && hi > lo) || Double.isInfinite(hi)) {
      throw new CommandLine.ParameterException(
          cl, "--trim " + trim + ": expected LOW,HIGH with 0 <= LOW < HIGH, for example 0.5,40");
    }
    return new double[] {lo, hi};
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static <E extends Enum<E>> E choice(CommandLine cl, String option, String v, Class<E> type) {
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E x : type.getEnumConstants()) {
        names.add(x.name().toLowerCase(Locale.ROOT));
      }
      throw new CommandLine.ParameterException(
          cl, option + " " + v + ": expected one of " + String.join(", ", names));
    }
  }
}
