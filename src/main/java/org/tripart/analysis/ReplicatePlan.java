package org.tripart.analysis;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A replicate-weight design: either replicate weight columns shipped with the data, as R's {@code
 * svrepdesign(data, repweights = "pattern", weights = ~w, type, scale, rscales, rho,
 * combined.weights, mse)}, or replicates made from the plan's stratified cluster design, as R's
 * {@code as.svrepdesign(design, type, replicates, fay.rho, mse)} (after {@code set.seed(seed)} for
 * the bootstrap). Immutable; {@link #rscales()} returns a copy.
 *
 * @param pattern the regular expression naming the replicate columns (found anywhere in a column's
 *     name, as R's {@code grep}); null when the replicates are made from the design
 * @param type the columns' type; null when made from the design
 * @param conversion the type of replicates to make from the design; null for columns
 * @param scale R's {@code scale}, null for the type's default
 * @param rscales R's {@code rscales}, one per column (or one for all), null for the default
 * @param rho Fay's rho, NaN when not given
 * @param combinedWeights R's {@code combined.weights}: the columns are the replicates' weights
 *     (true, R's default) or multipliers of the sampling weights (false)
 * @param replicates the number of bootstrap replicates to draw (R's default 50)
 * @param seed R's {@code set.seed} before the bootstrap draws
 * @param mse R's {@code mse}: variances around the full-sample estimate rather than the mean of the
 *     replicates (default false, R's {@code getOption("survey.replicates.mse")})
 */
public record ReplicatePlan(
    String pattern,
    ColumnType type,
    Conversion conversion,
    Double scale,
    double[] rscales,
    double rho,
    boolean combinedWeights,
    int replicates,
    int seed,
    boolean mse) {
  public ReplicatePlan {
    if ((pattern == null) == (conversion == null)) {
      throw new IllegalArgumentException("give either replicate columns or a conversion");
    }
    if (pattern != null) {
      Objects.requireNonNull(type, "type");
    }
    rscales = rscales == null ? null : rscales.clone();
  }

  /** R's {@code svrepdesign} on the columns whose names match {@code pattern}. */
  public static ReplicatePlan columns(
      String pattern,
      ColumnType type,
      Double scale,
      double[] rscales,
      double rho,
      boolean combinedWeights,
      boolean mse) {
    return new ReplicatePlan(pattern, type, null, scale, rscales, rho, combinedWeights, 0, 0, mse);
  }

  /** R's {@code as.svrepdesign} of the plan's design. */
  public static ReplicatePlan fromDesign(
      Conversion conversion, int replicates, double rho, int seed, boolean mse) {
    return new ReplicatePlan(null, null, conversion, null, null, rho, true, replicates, seed, mse);
  }

  @Override
  public double[] rscales() {
    return rscales == null ? null : rscales.clone();
  }

  /**
   * The plan's {@code replicates} section that reads back as this plan ({@link
   * AnalysisPlanReader#replicates}), for laying options over it.
   */
  public java.util.Map<String, Object> toMap() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    if (pattern != null) {
      m.put("weights_pattern", pattern);
      m.put("type", type.r());
      if (scale != null) {
        m.put("scale", scale);
      }
      if (rscales != null) {
        java.util.List<Object> r = new java.util.ArrayList<>();
        for (double x : rscales) {
          r.add(x);
        }
        m.put("rscales", r);
      }
      if (!combinedWeights) {
        m.put("combined_weights", false);
      }
    } else {
      m.put("from_design", conversion.r());
      if (conversion == Conversion.BOOTSTRAP || conversion == Conversion.SUBBOOTSTRAP) {
        m.put("replicates", replicates);
        m.put("seed", seed);
      }
    }
    if (!Double.isNaN(rho)) {
      m.put("rho", rho);
    }
    if (mse) {
      m.put("mse", true);
    }
    return m;
  }

  /** True for columns shipped with the data, false for replicates made from the design. */
  public boolean fromColumns() {
    return pattern != null;
  }

  /** The compiled {@link #pattern()}. */
  public Pattern compiledPattern() {
    return Pattern.compile(pattern);
  }

  /** The {@code type} of R's {@code svrepdesign}, spelt as R spells it. */
  public enum ColumnType {
    JK1("JK1"),
    JKN("JKn"),
    BRR("BRR"),
    FAY("Fay"),
    BOOTSTRAP("bootstrap"),
    /** Not an {@code svrepdesign} type: bootstrap columns with {@code as.svrepdesign}'s scale. */
    SUBBOOTSTRAP("subbootstrap"),
    ACS("ACS"),
    SUCCESSIVE_DIFFERENCE("successive-difference"),
    OTHER("other");

    private final String r;

    ColumnType(String r) {
      this.r = r;
    }

    /** The name as R spells it. */
    public String r() {
      return r;
    }

    /** The type named {@code name} (any case), or null. */
    public static ColumnType of(String name) {
      for (ColumnType t : values()) {
        if (t.r.equalsIgnoreCase(name)) {
          return t;
        }
      }
      return null;
    }
  }

  /** The {@code type} of R's {@code as.svrepdesign}, spelt as R spells it. */
  public enum Conversion {
    JK1("JK1"),
    JKN("JKn"),
    BRR("BRR"),
    FAY("Fay"),
    BOOTSTRAP("bootstrap"),
    SUBBOOTSTRAP("subbootstrap");

    private final String r;

    Conversion(String r) {
      this.r = r;
    }

    /** The name as R spells it. */
    public String r() {
      return r;
    }

    /** The conversion named {@code name} (any case), or null. */
    public static Conversion of(String name) {
      for (Conversion c : values()) {
        if (c.r.equalsIgnoreCase(name)) {
          return c;
        }
      }
      return null;
    }
  }
}
