package org.tripart.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.LonelyPsu;

/**
 * Reads an analysis plan: the keys {@code design}, {@code weighting}, {@code items}, {@code by},
 * {@code domain}, {@code ci}, {@code level} and {@code estimands} (read by {@link
 * EstimandPlanReader}, as is {@code weighting.calibrate}), as {@code analysis-plan.md} beside this
 * class describes, from a YAML file or from any map of the same shape (the JSON body of the
 * analysis API is one), so that every way in shares one vocabulary and one set of messages. Margins
 * are a mapping {@code {column: {value: population}}}, a list of rows {@code [{column, value,
 * population}]}, or (in a file only) the name of a margins file, read relative to the plan's
 * folder. Stateless.
 */
public final class AnalysisPlanReader {
  /** The plan's top-level keys, one per line so that a new section adds a line. */
  private static final Set<String> TOP =
      Set.of(
          "design", // design columns
          "weighting", // post-stratification, raking, trimming
          "items",
          "by",
          "domain",
          "ci",
          "level",
          "estimands",
          "model", // regression, ModelPlanReader
          "replicates", // replicate weights (svrepdesign / as.svrepdesign)
          "quantiles", // svyquantile, QuantilePlanReader
          "quantile_items",
          "quantile_rule",
          "quantile_interval");

  private static final Set<String> DESIGN =
      Set.of("weights", "strata", "clusters", "fpc", "lonely_psu");
  private static final Set<String> WEIGHTING =
      Set.of("poststratify", "rake", "max_iterations", "epsilon", "trim", "calibrate");

  private AnalysisPlanReader() {}

  /**
   * @throws DesignPlanException naming the file and key for malformed YAML, an unknown key or a
   *     value of the wrong kind
   */
  public static DesignPlan read(Path file) {
    String name = file.toString();
    Object root;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      root = new Load(LoadSettings.builder().setLabel(name).build()).loadFromString(text);
    } catch (NoSuchFileException e) {
      throw new TripartException(ErrorCode.IO, name, "no such file", e);
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, name, "cannot be read: " + e.getMessage(), e);
    } catch (YamlEngineException e) {
      throw new DesignPlanException(name, "not well-formed YAML: " + e.getMessage());
    }
    refuseCycles(name, root, new java.util.IdentityHashMap<>());
    return read(root, name, file.toAbsolutePath().getParent());
  }

  /**
   * Reads a plan given as nested maps, lists and scalars (as YAML and JSON parsers give them).
   *
   * @param root the plan, a map (anything else is refused)
   * @param source where it came from, for messages (a file name, "the request body")
   * @param marginsFolder the folder margins file names are read from; null refuses file names
   * @throws DesignPlanException naming the source and key ({@link DesignPlanException#key()}) for
   *     an unknown key or a value of the wrong kind
   */
  public static DesignPlan read(Object root, String source, Path marginsFolder) {
    String name = source;
    Map<String, Object> top = PlanValues.map(name, "", root, TOP);
    Map<String, Object> design =
        PlanValues.map(name, "design", top.getOrDefault("design", Map.of()), DESIGN);
    Map<String, Object> weighting =
        PlanValues.map(name, "weighting", top.getOrDefault("weighting", Map.of()), WEIGHTING);
    DesignPlan d = DesignPlan.defaults();
    double[] trim = null;
    if (weighting.containsKey("trim")) {
      List<String> t = PlanValues.strings(name, "weighting.trim", weighting.get("trim"));
      if (t.size() != 2) {
        throw new DesignPlanException(name, "weighting.trim", "expected [low, high]");
      }
      trim =
          new double[] {
            PlanValues.number(name, "weighting.trim", t.get(0)),
            PlanValues.number(name, "weighting.trim", t.get(1))
          };
      if (!(trim[0] >= 0 && trim[0] < trim[1]) || Double.isInfinite(trim[1])) {
        throw new DesignPlanException(
            name, "weighting.trim", "expected [low, high] with 0 <= low < high, such as [0.5, 40]");
      }
    }
    double level =
        top.containsKey("level")
            ? PlanValues.number(name, "level", PlanValues.str(top.get("level")))
            : 0.95;
    if (!(level > 0 && level < 1)) {
      throw new DesignPlanException(name, "level", "must be between 0 and 1, for example 0.95");
    }
    List<DesignPlan.Margin> post =
        margins(name, "weighting.poststratify", weighting.get("poststratify"), marginsFolder);
    if (post.size() > 1) {
      throw new DesignPlanException(
          name,
          "weighting.poststratify",
          "post-stratify to one column's counts; use weighting.rake for more");
    }
    List<DesignPlan.Margin> rake =
        margins(name, "weighting.rake", weighting.get("rake"), marginsFolder);
    if (rake.size() == 1) {
      throw new DesignPlanException(
          name, "weighting.rake", "raking needs the margins of two or more columns");
    }
    int maxIterations = d.rakeMaxIterations();
    if (weighting.containsKey("max_iterations")) {
      double m =
          PlanValues.number(
              name, "weighting.max_iterations", PlanValues.str(weighting.get("max_iterations")));
      if (!(m >= 1) || m != Math.rint(m) || m > 1_000_000) {
        throw new DesignPlanException(
            name, "weighting.max_iterations", "must be a whole number from 1, such as 10");
      }
      maxIterations = (int) m;
    }
    return d
        .withDesign(
            PlanValues.string(name, "design.weights", design.get("weights")),
            PlanValues.string(name, "design.strata", design.get("strata")),
            PlanValues.strings(name, "design.clusters", design.get("clusters")),
            PlanValues.strings(name, "design.fpc", design.get("fpc")))
        .withLonelyPsu(
            design.containsKey("lonely_psu")
                ? PlanValues.enumValue(
                    name, "design.lonely_psu", design.get("lonely_psu"), LonelyPsu.class)
                : d.lonelyPsu())
        .withInterval(
            top.containsKey("ci")
                ? PlanValues.enumValue(name, "ci", top.get("ci"), CiMethod.class)
                : d.ciMethod(),
            level)
        .withItems(
            PlanValues.strings(name, "items", top.get("items")),
            PlanValues.string(name, "by", top.get("by")))
        .withDomain(domain(name, top.get("domain")))
        .withCalibration(
            post,
            rake,
            maxIterations,
            weighting.containsKey("epsilon")
                ? PlanValues.number(
                    name, "weighting.epsilon", PlanValues.str(weighting.get("epsilon")))
                : d.rakeEpsilon())
        .withTrim(trim)
        .toBuilder()
        .calibration(
            EstimandPlanReader.calibration(name, weighting.get("calibrate"), marginsFolder))
        .estimands(EstimandPlanReader.estimands(name, top.get("estimands")))
        .model(ModelPlanReader.read(name, top.get("model")))
        .replicates(ReplicatePlanReader.read(name, top.get("replicates")))
        .quantiles(QuantilePlanReader.read(name, top))
        .build();
  }

  /**
   * Reads a plan's {@code replicates} section alone (the command line lays its options over the
   * plan's as this map); null for none.
   *
   * @throws DesignPlanException naming {@code replicates.KEY} as {@link #read(Object, String,
   *     Path)} does
   */
  public static ReplicatePlan replicates(Map<String, Object> section, String source) {
    return ReplicatePlanReader.read(source, section);
  }

  /** A YAML alias may point back to a node that holds it; such a plan has no finite value. */
  private static void refuseCycles(String file, Object v, Map<Object, Boolean> open) {
    if (!(v instanceof Map<?, ?> || v instanceof List<?>)) {
      return;
    }
    if (open.put(v, Boolean.TRUE) != null) {
      throw new DesignPlanException(file, "an alias (*name) refers to a value that holds it");
    }
    if (v instanceof Map<?, ?> m) {
      for (var e : m.entrySet()) {
        refuseCycles(file, e.getKey(), open);
        refuseCycles(file, e.getValue(), open);
      }
    } else {
      for (Object x : (List<?>) v) {
        refuseCycles(file, x, open);
      }
    }
    open.remove(v);
  }

  static List<DesignPlan.Margin> margins(String file, String key, Object v, Path dir) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      if (dir == null) {
        throw new DesignPlanException(
            file, key, "give the margins inline; a margins file cannot be named here");
      }
      Path marginsFile;
      try {
        marginsFile = dir.resolve(s);
      } catch (java.nio.file.InvalidPathException e) {
        throw new DesignPlanException(file, key, "'" + s + "' is not a file name");
      }
      return MarginsFile.read(marginsFile);
    }
    if (v instanceof List<?> rows) {
      return marginRows(file, key, rows);
    }
    Map<String, Object> m = PlanValues.map(file, key, v, null);
    List<DesignPlan.Margin> out = new ArrayList<>();
    for (var e : m.entrySet()) {
      Map<String, Object> cats = PlanValues.map(file, key + "." + e.getKey(), e.getValue(), null);
      Map<String, Double> totals = new LinkedHashMap<>();
      for (var c : cats.entrySet()) {
        totals.put(
            c.getKey(), population(file, key + "." + e.getKey() + "." + c.getKey(), c.getValue()));
      }
      out.add(new DesignPlan.Margin(e.getKey(), totals, file + " " + key));
    }
    return out;
  }

  private static double population(String file, String key, Object v) {
    try {
      return MarginsFile.count(file + " " + key, PlanValues.str(v));
    } catch (DesignPlanException e) {
      throw new DesignPlanException(file, key, e.problem());
    }
  }

  /** Margins as rows {@code {column, value, population}}, one margin per column in order. */
  private static List<DesignPlan.Margin> marginRows(String file, String key, List<?> rows) {
    if (rows.isEmpty()) {
      throw new DesignPlanException(file, key, "expected margins, found an empty list");
    }
    Map<String, Map<String, Double>> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String at = key + "[" + i + "]";
      Map<String, Object> row =
          PlanValues.map(file, at, rows.get(i), Set.of("column", "value", "population"));
      String column = PlanValues.string(file, at + ".column", row.get("column"));
      String value = PlanValues.string(file, at + ".value", row.get("value"));
      if (column == null || column.isBlank() || value == null) {
        throw new DesignPlanException(file, at, "needs a column, a value and a population");
      }
      double population = population(file, at + ".population", row.get("population"));
      Map<String, Double> totals = byColumn.computeIfAbsent(column, c -> new LinkedHashMap<>());
      if (totals.put(value, population) != null) {
        throw new DesignPlanException(file, at, column + " = '" + value + "' is given twice");
      }
    }
    List<DesignPlan.Margin> out = new ArrayList<>();
    byColumn.forEach(
        (column, totals) -> out.add(new DesignPlan.Margin(column, totals, file + " " + key)));
    return out;
  }

  private static Map<String, String> domain(String file, Object v) {
    Map<String, String> out = new LinkedHashMap<>();
    if (v != null) {
      PlanValues.map(file, "domain", v, null)
          .forEach((k, x) -> out.put(k, PlanValues.string(file, "domain." + k, x)));
      out.forEach(
          (k, x) -> {
            if (x == null) {
              throw new DesignPlanException(file, "domain." + k, "expected a value (a code)");
            }
          });
    }
    return out;
  }
}
