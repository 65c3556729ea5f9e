package org.tripart.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.LonelyPsu;

/**
 * Everything a design-based analysis is told: the survey design (weights, strata, one or two stages
 * of clusters, finite population corrections, the lonely-PSU rule), calibration to population
 * margins, weight trimming, which items to estimate, for which domain, split by what, and the
 * interval method. Column names are item ids of the data set.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} (R's defaults) and change it with
 * {@link #toBuilder()} or one of the {@code with} methods; {@link AnalysisPlanReader} does so for
 * plan files and the API, the command line for its options. Lists and maps are copied on the way in
 * and returned unmodifiable; no accessor returns null except those documented as nullable.
 */
public final class DesignPlan {
  private final String weights;
  private final String strata;
  private final List<String> clusters;
  private final List<String> fpc;
  private final LonelyPsu lonelyPsu;
  private final CiMethod ciMethod;
  private final double level;
  private final List<String> items;
  private final String by;
  private final Map<String, String> domain;
  private final List<Margin> postStratify;
  private final List<Margin> rake;
  private final int rakeMaxIterations;
  private final double rakeEpsilon;
  private final double[] trim;
  private final CalibrationPlan calibration;
  private final EstimandPlan estimands;
  private final ModelSpec model;
  private final ReplicatePlan replicates;
  private final QuantilePlan quantiles;

  private DesignPlan(Builder b) {
    weights = b.weights;
    strata = b.strata;
    clusters = List.copyOf(b.clusters);
    fpc = List.copyOf(b.fpc);
    lonelyPsu = Objects.requireNonNull(b.lonelyPsu, "lonelyPsu");
    ciMethod = Objects.requireNonNull(b.ciMethod, "ciMethod");
    level = b.level;
    items = List.copyOf(b.items);
    by = b.by;
    domain = Map.copyOf(b.domain);
    postStratify = List.copyOf(b.postStratify);
    rake = List.copyOf(b.rake);
    rakeMaxIterations = b.rakeMaxIterations;
    rakeEpsilon = b.rakeEpsilon;
    trim = b.trim == null ? null : b.trim.clone();
    calibration = b.calibration;
    estimands = Objects.requireNonNull(b.estimands, "estimands");
    model = b.model;
    replicates = b.replicates;
    quantiles = Objects.requireNonNull(b.quantiles, "quantiles");
  }

  /**
   * R's defaults: no design columns (every row its own PSU, weight 1), lonely PSU fails, logit
   * intervals at 95%, every item, no domain, no calibration, raking control 10 iterations / 1.
   */
  public static DesignPlan defaults() {
    return new Builder().build();
  }

  /** A builder holding R's defaults, as {@link #defaults()}. Not thread-safe. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this plan's values, to change some of them. Not thread-safe. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The column of sampling weights; null: from the FPC when one is given, else weight 1. */
  public String weights() {
    return weights;
  }

  /** The stratum column, null for none. */
  public String strata() {
    return strata;
  }

  /** First-stage and optionally second-stage cluster columns; empty: every row its own PSU. */
  public List<String> clusters() {
    return clusters;
  }

  /**
   * One FPC column per stage (empty: none); values all at most 1 are sampling fractions, otherwise
   * population sizes, as R's {@code as.fpc}.
   */
  public List<String> fpc() {
    return fpc;
  }

  /** What to do with a stratum that has a single cluster. */
  public LonelyPsu lonelyPsu() {
    return lonelyPsu;
  }

  /** The interval method for proportions. */
  public CiMethod ciMethod() {
    return ciMethod;
  }

  /** The confidence level, for example 0.95. */
  public double level() {
    return level;
  }

  /** The items to estimate, empty for every item. */
  public List<String> items() {
    return items;
  }

  /** The single-choice column to split by (Rao-Scott test), null for none. */
  public String by() {
    return by;
  }

  /**
   * Restricts estimation to rows whose column has the given value (all must hold), as R's {@code
   * subset(design, ...)}.
   */
  public Map<String, String> domain() {
    return domain;
  }

  /** Post-stratification margin (at most one), applied before raking. */
  public List<Margin> postStratify() {
    return postStratify;
  }

  /** Raking margins (none, or two or more). */
  public List<Margin> rake() {
    return rake;
  }

  /** R's {@code rake(control = list(maxit = ...))}. */
  public int rakeMaxIterations() {
    return rakeMaxIterations;
  }

  /** R's {@code rake(control = list(epsilon = ...))}. */
  public double rakeEpsilon() {
    return rakeEpsilon;
  }

  /** Lower and upper weight bound after calibration (a copy), null for no trimming. */
  public double[] trim() {
    return trim == null ? null : trim.clone();
  }

  /**
   * Calibration to population totals ({@code calibrate}), applied after post-stratification and
   * raking and before trimming; null for none.
   */
  public CalibrationPlan calibration() {
    return calibration;
  }

  /** Totals, ratios, score means and contrasts to estimate besides the items' estimates. */
  public EstimandPlan estimands() {
    return estimands;
  }

  /**
   * The regression of the plan's {@code model:} section ({@link ModelPlanReader}), null for none.
   */
  public ModelSpec model() {
    return model;
  }

  /**
   * A replicate-weight design (R's {@code svrepdesign} of columns, or {@code as.svrepdesign} of the
   * design), whose replicates then give every variance; null for none.
   */
  public ReplicatePlan replicates() {
    return replicates;
  }

  /** The plan's quantiles ({@code svyquantile}), {@link QuantilePlan#none()} by default. */
  public QuantilePlan quantiles() {
    return quantiles;
  }

  /** This plan with the design columns replaced. */
  public DesignPlan withDesign(
      String weights, String strata, List<String> clusters, List<String> fpc) {
    return toBuilder().weights(weights).strata(strata).clusters(clusters).fpc(fpc).build();
  }

  /** This plan with {@code weights} replaced. */
  public DesignPlan withWeights(String weights) {
    return toBuilder().weights(weights).build();
  }

  /** This plan with {@code strata} replaced. */
  public DesignPlan withStrata(String strata) {
    return toBuilder().strata(strata).build();
  }

  /** This plan with {@code clusters} replaced. */
  public DesignPlan withClusters(List<String> clusters) {
    return toBuilder().clusters(clusters).build();
  }

  /** This plan with {@code fpc} replaced. */
  public DesignPlan withFpc(List<String> fpc) {
    return toBuilder().fpc(fpc).build();
  }

  /** This plan with {@code lonelyPsu} replaced. */
  public DesignPlan withLonelyPsu(LonelyPsu lonelyPsu) {
    return toBuilder().lonelyPsu(lonelyPsu).build();
  }

  /** This plan with {@code ciMethod} replaced. */
  public DesignPlan withCiMethod(CiMethod ciMethod) {
    return toBuilder().ciMethod(ciMethod).build();
  }

  /** This plan with {@code level} replaced. */
  public DesignPlan withLevel(double level) {
    return toBuilder().level(level).build();
  }

  /** This plan with {@code items} replaced. */
  public DesignPlan withItems(List<String> items) {
    return toBuilder().items(items).build();
  }

  /** This plan with {@code by} replaced. */
  public DesignPlan withBy(String by) {
    return toBuilder().by(by).build();
  }

  /** This plan with {@code domain} replaced. */
  public DesignPlan withDomain(Map<String, String> domain) {
    return toBuilder().domain(domain).build();
  }

  /** This plan with {@code postStratify} replaced. */
  public DesignPlan withPostStratify(List<Margin> postStratify) {
    return toBuilder().postStratify(postStratify).build();
  }

  /** This plan with {@code rake} replaced. */
  public DesignPlan withRake(List<Margin> rake) {
    return toBuilder().rake(rake).build();
  }

  /** This plan with {@code trim} replaced. */
  public DesignPlan withTrim(double[] trim) {
    return toBuilder().trim(trim).build();
  }

  /** This plan with the interval method and level replaced. */
  public DesignPlan withInterval(CiMethod ciMethod, double level) {
    return toBuilder().ciMethod(ciMethod).level(level).build();
  }

  /** This plan with the items and the split replaced. */
  public DesignPlan withItems(List<String> items, String by) {
    return toBuilder().items(items).by(by).build();
  }

  /** This plan with its calibration replaced: post-stratification, raking and raking control. */
  public DesignPlan withCalibration(
      List<Margin> postStratify, List<Margin> rake, int rakeMaxIterations, double rakeEpsilon) {
    return toBuilder()
        .postStratify(postStratify)
        .rake(rake)
        .rakeMaxIterations(rakeMaxIterations)
        .rakeEpsilon(rakeEpsilon)
        .build();
  }

  /** True when the weights are not all 1: a weight column or an FPC to compute them from. */
  public boolean weighted() {
    return weights != null || !fpc.isEmpty();
  }

  /** The columns the design reads (weights, strata, clusters, FPCs), which must have no blanks. */
  public List<String> designColumns() {
    List<String> out = new ArrayList<>();
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
   * Collects a plan's values; {@link #build()} checks nothing beyond non-null enums, since the
   * reader and {@link DesignSetup} check values against the data and say where. Not thread-safe.
   * Null lists and maps mean empty.
   */
  public static final class Builder {
    private String weights;
    private String strata;
    private List<String> clusters = List.of();
    private List<String> fpc = List.of();
    private LonelyPsu lonelyPsu = LonelyPsu.FAIL;
    private CiMethod ciMethod = CiMethod.LOGIT;
    private double level = 0.95;
    private List<String> items = List.of();
    private String by;
    private Map<String, String> domain = Map.of();
    private List<Margin> postStratify = List.of();
    private List<Margin> rake = List.of();
    private int rakeMaxIterations = 10;
    private double rakeEpsilon = 1;
    private double[] trim;
    private CalibrationPlan calibration;
    private EstimandPlan estimands = EstimandPlan.none();
    private ModelSpec model;
    private ReplicatePlan replicates;
    private QuantilePlan quantiles = QuantilePlan.none();

    private Builder() {}

    private Builder(DesignPlan p) {
      weights = p.weights;
      strata = p.strata;
      clusters = p.clusters;
      fpc = p.fpc;
      lonelyPsu = p.lonelyPsu;
      ciMethod = p.ciMethod;
      level = p.level;
      items = p.items;
      by = p.by;
      domain = p.domain;
      postStratify = p.postStratify;
      rake = p.rake;
      rakeMaxIterations = p.rakeMaxIterations;
      rakeEpsilon = p.rakeEpsilon;
      trim = p.trim;
      calibration = p.calibration;
      estimands = p.estimands;
      model = p.model;
      replicates = p.replicates;
      quantiles = p.quantiles;
    }

    /** See {@link DesignPlan#weights()}. */
    public Builder weights(String weights) {
      this.weights = weights;
      return this;
    }

    /** See {@link DesignPlan#strata()}. */
    public Builder strata(String strata) {
      this.strata = strata;
      return this;
    }

    /** See {@link DesignPlan#clusters()}. */
    public Builder clusters(List<String> clusters) {
      this.clusters = orEmpty(clusters);
      return this;
    }

    /** See {@link DesignPlan#fpc()}. */
    public Builder fpc(List<String> fpc) {
      this.fpc = orEmpty(fpc);
      return this;
    }

    /** See {@link DesignPlan#lonelyPsu()}. */
    public Builder lonelyPsu(LonelyPsu lonelyPsu) {
      this.lonelyPsu = lonelyPsu;
      return this;
    }

    /** See {@link DesignPlan#ciMethod()}. */
    public Builder ciMethod(CiMethod ciMethod) {
      this.ciMethod = ciMethod;
      return this;
    }

    /** See {@link DesignPlan#level()}. */
    public Builder level(double level) {
      this.level = level;
      return this;
    }

    /** See {@link DesignPlan#items()}. */
    public Builder items(List<String> items) {
      this.items = orEmpty(items);
      return this;
    }

    /** See {@link DesignPlan#by()}. */
    public Builder by(String by) {
      this.by = by;
      return this;
    }

    /** See {@link DesignPlan#domain()}. */
    public Builder domain(Map<String, String> domain) {
      this.domain = domain == null ? Map.of() : domain;
      return this;
    }

    /** See {@link DesignPlan#postStratify()}. */
    public Builder postStratify(List<Margin> postStratify) {
      this.postStratify = orEmpty(postStratify);
      return this;
    }

    /** See {@link DesignPlan#rake()}. */
    public Builder rake(List<Margin> rake) {
      this.rake = orEmpty(rake);
      return this;
    }

    /** See {@link DesignPlan#rakeMaxIterations()}. */
    public Builder rakeMaxIterations(int rakeMaxIterations) {
      this.rakeMaxIterations = rakeMaxIterations;
      return this;
    }

    /** See {@link DesignPlan#rakeEpsilon()}. */
    public Builder rakeEpsilon(double rakeEpsilon) {
      this.rakeEpsilon = rakeEpsilon;
      return this;
    }

    /** See {@link DesignPlan#trim()}; the array is copied when the plan is built. */
    public Builder trim(double[] trim) {
      this.trim = trim;
      return this;
    }

    /** See {@link DesignPlan#calibration()}. */
    public Builder calibration(CalibrationPlan calibration) {
      this.calibration = calibration;
      return this;
    }

    /** See {@link DesignPlan#estimands()}; null means none. */
    public Builder estimands(EstimandPlan estimands) {
      this.estimands = estimands == null ? EstimandPlan.none() : estimands;
      return this;
    }

    /** See {@link DesignPlan#model()}; null means none. */
    public Builder model(ModelSpec model) {
      this.model = model;
      return this;
    }

    /** See {@link DesignPlan#replicates()}; null means none. */
    public Builder replicates(ReplicatePlan replicates) {
      this.replicates = replicates;
      return this;
    }

    /** The plan's quantiles; null means none. */
    public Builder quantiles(QuantilePlan quantiles) {
      this.quantiles = quantiles == null ? QuantilePlan.none() : quantiles;
      return this;
    }

    /** The plan these values make. */
    public DesignPlan build() {
      return new DesignPlan(this);
    }

    private static <T> List<T> orEmpty(List<T> list) {
      return list == null ? List.of() : list;
    }
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
      totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    }
  }
}
