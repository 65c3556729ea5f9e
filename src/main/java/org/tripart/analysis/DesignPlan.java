package org.tripart.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.LonelyPsu;

/**
 * Everything a design-based analysis is told: the survey design (weights, strata, one or two stages
 * of clusters, finite population corrections, the lonely-PSU rule), calibration to population
 * margins, weight trimming, which items to estimate, for which domain, split by what, and the
 * interval method. Column names are item ids of the data set. Immutable; start from {@link
 * #defaults()} and change it with the {@code with} methods (as {@link AnalysisPlanReader} does for
 * plan files and the API, and the command line for its options).
 *
 * @param weights the column of sampling weights; null: from the FPC when one is given (N_h/n_h per
 *     stage, as R's {@code svydesign}), else every row weighs 1
 * @param strata the stratum column, null for none
 * @param clusters first-stage and optionally second-stage cluster columns (empty: every row is its
 *     own PSU)
 * @param fpc one FPC column per stage (empty: none); values all at most 1 are sampling fractions,
 *     otherwise population sizes, as R's {@code as.fpc}
 * @param lonelyPsu what to do with a stratum that has a single cluster
 * @param ciMethod the interval method for proportions
 * @param level the confidence level, for example 0.95
 * @param items the items to estimate, empty for every item
 * @param by the single-choice column to split by (Rao-Scott test), null for none
 * @param domain restricts estimation to rows whose column has the given value (all must hold), as
 *     R's {@code subset(design, ...)}
 * @param postStratify post-stratification margin (at most one), applied before raking
 * @param rake raking margins (none, or two or more)
 * @param rakeMaxIterations R's {@code control$maxit}
 * @param rakeEpsilon R's {@code control$epsilon}
 * @param trim lower and upper weight bound after calibration, null for no trimming
 */
public record DesignPlan(
    String weights,
    String strata,
    List<String> clusters,
    List<String> fpc,
    LonelyPsu lonelyPsu,
    CiMethod ciMethod,
    double level,
    List<String> items,
    String by,
    Map<String, String> domain,
    List<Margin> postStratify,
    List<Margin> rake,
    int rakeMaxIterations,
    double rakeEpsilon,
    double[] trim) {

  public DesignPlan {
    clusters = List.copyOf(clusters == null ? List.of() : clusters);
    fpc = List.copyOf(fpc == null ? List.of() : fpc);
    items = List.copyOf(items == null ? List.of() : items);
    domain = Map.copyOf(domain == null ? Map.of() : domain);
    postStratify = List.copyOf(postStratify == null ? List.of() : postStratify);
    rake = List.copyOf(rake == null ? List.of() : rake);
    Objects.requireNonNull(lonelyPsu, "lonelyPsu");
    Objects.requireNonNull(ciMethod, "ciMethod");
    trim = trim == null ? null : trim.clone();
  }

  /** R's defaults: no design columns, lonely PSU fails, logit intervals at 95%, rake 10 / 1. */
  public static DesignPlan defaults() {
    return new DesignPlan(
        null,
        null,
        List.of(),
        List.of(),
        LonelyPsu.FAIL,
        CiMethod.LOGIT,
        0.95,
        List.of(),
        null,
        Map.of(),
        List.of(),
        List.of(),
        10,
        1,
        null);
  }

  /** This plan with the design columns replaced. */
  public DesignPlan withDesign(
      String weights, String strata, List<String> clusters, List<String> fpc) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code weights} replaced. */
  public DesignPlan withWeights(String weights) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code strata} replaced. */
  public DesignPlan withStrata(String strata) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code clusters} replaced. */
  public DesignPlan withClusters(List<String> clusters) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code fpc} replaced. */
  public DesignPlan withFpc(List<String> fpc) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code lonelyPsu} replaced. */
  public DesignPlan withLonelyPsu(LonelyPsu lonelyPsu) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code ciMethod} replaced. */
  public DesignPlan withCiMethod(CiMethod ciMethod) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code level} replaced. */
  public DesignPlan withLevel(double level) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code items} replaced. */
  public DesignPlan withItems(List<String> items) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code by} replaced. */
  public DesignPlan withBy(String by) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code domain} replaced. */
  public DesignPlan withDomain(Map<String, String> domain) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code postStratify} replaced. */
  public DesignPlan withPostStratify(List<Margin> postStratify) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code rake} replaced. */
  public DesignPlan withRake(List<Margin> rake) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code rakeMaxIterations} replaced. */
  public DesignPlan withRakeMaxIterations(int rakeMaxIterations) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code rakeEpsilon} replaced. */
  public DesignPlan withRakeEpsilon(double rakeEpsilon) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with {@code trim} replaced. */
  public DesignPlan withTrim(double[] trim) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with the interval method and level replaced. */
  public DesignPlan withInterval(CiMethod ciMethod, double level) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with the items to estimate and the split replaced. */
  public DesignPlan withItems(List<String> items, String by) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** This plan with its calibration replaced: post-stratification, raking and raking control. */
  public DesignPlan withCalibration(
      List<Margin> postStratify, List<Margin> rake, int rakeMaxIterations, double rakeEpsilon) {
    return new DesignPlan(
        weights,
        strata,
        clusters,
        fpc,
        lonelyPsu,
        ciMethod,
        level,
        items,
        by,
        domain,
        postStratify,
        rake,
        rakeMaxIterations,
        rakeEpsilon,
        trim);
  }

  /** True when the weights are not all 1: a weight column or an FPC to compute them from. */
  public boolean weighted() {
    return weights != null || !fpc.isEmpty();
  }

  /** The columns the design reads (weights, strata, clusters, FPCs), which must have no blanks. */
  public List<String> designColumns() {
    List<String> out = new java.util.ArrayList<>();
    if (weights != null) {
      out.add(weights);
    }
    if (strata != null) {
      out.add(strata);
    }
    out.addAll(clusters);
    out.addAll(fpc);
    return out;
  }

  /**
   * Population counts of the categories of one column.
   *
   * @param column the column whose values are the categories
   * @param totals population count per value as it appears in the data, in file order
   * @param source where the margin was read, for messages
   */
  public record Margin(String column, Map<String, Double> totals, String source) {
    public Margin {
      Objects.requireNonNull(column, "column");
      totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
    }
  }
}
