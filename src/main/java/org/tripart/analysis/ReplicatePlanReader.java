package org.tripart.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the plan's {@code replicates} section into a {@link ReplicatePlan}, as {@code
 * analysis-plan.md} describes it: {@code weights_pattern} with {@code type}, {@code scale}, {@code
 * rscales}, {@code rho}, {@code combined_weights} and {@code mse} (R's {@code svrepdesign}), or
 * {@code from_design} with {@code replicates}, {@code seed}, {@code rho} and {@code mse} (R's
 * {@code as.svrepdesign}). The command line builds the same map from its options. Stateless.
 */
final class ReplicatePlanReader {
  static final Set<String> KEYS =
      Set.of(
          "weights_pattern",
          "type",
          "scale",
          "rscales",
          "rho",
          "combined_weights",
          "mse",
          "from_design",
          "replicates",
          "seed");

  private static final String AT = "replicates";

  private ReplicatePlanReader() {}

  /**
   * @return null when {@code v} is null (no replicates)
   * @throws DesignPlanException naming {@code replicates.KEY} for an unknown key, a value of the
   *     wrong kind, or keys that do not go together
   */
  static ReplicatePlan read(String file, Object v) {
    if (v == null) {
      return null;
    }
    Map<String, Object> m = PlanValues.map(file, AT, v, KEYS);
    String pattern = PlanValues.string(file, key("weights_pattern"), m.get("weights_pattern"));
    String from = PlanValues.string(file, key("from_design"), m.get("from_design"));
    if ((pattern == null) == (from == null)) {
      throw new DesignPlanException(
          file,
          AT,
          "give either weights_pattern (replicate weight columns in the data, as R's svrepdesign)"
              + " or from_design (replicates made from the design, as R's as.svrepdesign)");
    }
    boolean mse = bool(file, "mse", m.get("mse"), false);
    double rho = m.containsKey("rho") ? number(file, "rho", m.get("rho")) : Double.NaN;
    if (pattern != null) {
      return columns(file, m, pattern, rho, mse);
    }
    for (String k : List.of("type", "scale", "rscales", "combined_weights")) {
      if (m.containsKey(k)) {
        throw new DesignPlanException(
            file, key(k), "goes with weights_pattern; from_design fixes the replicates' scales");
      }
    }
    ReplicatePlan.Conversion c = ReplicatePlan.Conversion.of(from);
    if (c == null) {
      throw new DesignPlanException(
          file,
          key("from_design"),
          "'" + from + "' is not one of JK1, JKn, BRR, Fay, bootstrap, subbootstrap");
    }
    boolean boot =
        c == ReplicatePlan.Conversion.BOOTSTRAP || c == ReplicatePlan.Conversion.SUBBOOTSTRAP;
    if (!boot && (m.containsKey("replicates") || m.containsKey("seed"))) {
      throw new DesignPlanException(
          file,
          key(m.containsKey("replicates") ? "replicates" : "seed"),
          "only a bootstrap draws a chosen number of replicates; " + c.r() + " fixes them");
    }
    int replicates = m.containsKey("replicates") ? whole(file, "replicates", m, 2) : 50;
    int seed = m.containsKey("seed") ? whole(file, "seed", m, Integer.MIN_VALUE) : 1;
    checkRho(file, c == ReplicatePlan.Conversion.FAY, "from_design " + c.r(), m, rho);
    return ReplicatePlan.fromDesign(c, replicates, rho, seed, mse);
  }

  private static ReplicatePlan columns(
      String file, Map<String, Object> m, String pattern, double rho, boolean mse) {
    for (String k : List.of("replicates", "seed")) {
      if (m.containsKey(k)) {
        throw new DesignPlanException(
            file, key(k), "goes with from_design; columns bring their own replicates");
      }
    }
    try {
      java.util.regex.Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new DesignPlanException(
          file,
          key("weights_pattern"),
          "'" + pattern + "' is not a regular expression: " + e.getDescription());
    }
    String t = PlanValues.string(file, key("type"), m.get("type"));
    if (t == null) {
      throw new DesignPlanException(
          file,
          key("type"),
          "give the columns' type: JK1, JKn, BRR, Fay, bootstrap, subbootstrap, ACS,"
              + " successive-difference or other (it fixes the variance's scale; R's default BRR"
              + " is not assumed)");
    }
    ReplicatePlan.ColumnType type = ReplicatePlan.ColumnType.of(t);
    if (type == null) {
      throw new DesignPlanException(
          file,
          key("type"),
          "'"
              + t
              + "' is not one of JK1, JKn, BRR, Fay, bootstrap, subbootstrap, ACS,"
              + " successive-difference, other");
    }
    checkRho(file, type == ReplicatePlan.ColumnType.FAY, "type " + type.r(), m, rho);
    Double scale = null;
    if (m.containsKey("scale")) {
      scale = number(file, "scale", m.get("scale"));
      if (!(scale > 0) || scale.isInfinite()) {
        throw new DesignPlanException(file, key("scale"), "must be a positive number");
      }
    }
    double[] rscales = null;
    if (m.containsKey("rscales")) {
      List<String> r = PlanValues.strings(file, key("rscales"), m.get("rscales"));
      if (r.isEmpty()) {
        throw new DesignPlanException(file, key("rscales"), "give one number per column");
      }
      rscales = new double[r.size()];
      for (int i = 0; i < rscales.length; i++) {
        rscales[i] = PlanValues.number(file, key("rscales") + "[" + i + "]", r.get(i));
        if (!(rscales[i] >= 0) || Double.isInfinite(rscales[i])) {
          throw new DesignPlanException(
              file, key("rscales") + "[" + i + "]", "must be a number from 0");
        }
      }
    }
    boolean sdr =
        type == ReplicatePlan.ColumnType.ACS
            || type == ReplicatePlan.ColumnType.SUCCESSIVE_DIFFERENCE;
    boolean brr = type == ReplicatePlan.ColumnType.BRR || type == ReplicatePlan.ColumnType.FAY;
    if ((sdr || brr) && scale != null || sdr && rscales != null) {
      throw new DesignPlanException(
          file,
          key(scale != null ? "scale" : "rscales"),
          "type " + type.r() + " fixes it (R ignores a given one with a warning); leave it out");
    }
    boolean combined = bool(file, "combined_weights", m.get("combined_weights"), true);
    return ReplicatePlan.columns(pattern, type, scale, rscales, rho, combined, mse);
  }

  private static void checkRho(
      String file, boolean fay, String what, Map<String, Object> m, double rho) {
    if (fay && !(rho > 0 && rho < 1)) {
      throw new DesignPlanException(
          file, key("rho"), what + " needs Fay's rho between 0 and 1, such as 0.5");
    }
    if (!fay && m.containsKey("rho")) {
      throw new DesignPlanException(file, key("rho"), what + " has no rho; only Fay's BRR has");
    }
  }

  private static String key(String k) {
    return AT + "." + k;
  }

  private static double number(String file, String k, Object v) {
    return PlanValues.number(file, key(k), PlanValues.string(file, key(k), v));
  }

  private static int whole(String file, String k, Map<String, Object> m, int min) {
    double d = number(file, k, m.get(k));
    if (d != Math.rint(d) || d < min || d > Integer.MAX_VALUE) {
      throw new DesignPlanException(
          file,
          key(k),
          min == 2 ? "must be a whole number from 2, such as 50" : "must be a whole number");
    }
    return (int) d;
  }

  private static boolean bool(String file, String k, Object v, boolean otherwise) {
    if (v == null) {
      return otherwise;
    }
    String s = PlanValues.string(file, key(k), v);
    if (s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("false")) {
      return false;
    }
    throw new DesignPlanException(file, key(k), "'" + s + "' is not true or false");
  }
}
