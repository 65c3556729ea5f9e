package org.tripart.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.report.DesignPlan;
import org.tripart.report.DesignPlanException;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.LonelyPsu;

/**
 * Reads an analysis plan: a YAML file with the keys {@code design}, {@code weighting}, {@code
 * items}, {@code by}, {@code domain}, {@code ci} and {@code level}, as {@code analysis-plan.md}
 * beside this class describes. Margin files named in it are read relative to the plan's folder.
 * Stateless.
 */
final class AnalysisPlanReader {
  private static final Set<String> TOP =
      Set.of("design", "weighting", "items", "by", "domain", "ci", "level");
  private static final Set<String> DESIGN =
      Set.of("weights", "strata", "clusters", "fpc", "lonely_psu");
  private static final Set<String> WEIGHTING =
      Set.of("poststratify", "rake", "max_iterations", "epsilon", "trim");

  private AnalysisPlanReader() {}

  /**
   * @throws DesignPlanException naming the file and key for malformed YAML, an unknown key or a
   *     value of the wrong kind
   */
  static DesignPlan read(Path file) {
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
    Map<String, Object> top = map(name, "the plan", root, TOP);
    Map<String, Object> design = map(name, "design", top.getOrDefault("design", Map.of()), DESIGN);
    Map<String, Object> weighting =
        map(name, "weighting", top.getOrDefault("weighting", Map.of()), WEIGHTING);
    Path dir = file.toAbsolutePath().getParent();
    DesignPlan d = DesignPlan.defaults();
    double[] trim = null;
    if (weighting.containsKey("trim")) {
      List<String> t = strings(name, "weighting.trim", weighting.get("trim"));
      if (t.size() != 2) {
        throw new DesignPlanException(name + " weighting.trim", "expected [low, high]");
      }
      trim =
          new double[] {
            number(name, "weighting.trim", t.get(0)), number(name, "weighting.trim", t.get(1))
          };
    }
    return new DesignPlan(
        string(name, "design.weights", design.get("weights")),
        string(name, "design.strata", design.get("strata")),
        strings(name, "design.clusters", design.get("clusters")),
        strings(name, "design.fpc", design.get("fpc")),
        design.containsKey("lonely_psu")
            ? enumValue(name, "design.lonely_psu", design.get("lonely_psu"), LonelyPsu.class)
            : d.lonelyPsu(),
        top.containsKey("ci") ? enumValue(name, "ci", top.get("ci"), CiMethod.class) : d.ciMethod(),
        top.containsKey("level") ? number(name, "level", str(top.get("level"))) : d.level(),
        strings(name, "items", top.get("items")),
        string(name, "by", top.get("by")),
        domain(name, top.get("domain")),
        margins(name, "weighting.poststratify", weighting.get("poststratify"), dir),
        margins(name, "weighting.rake", weighting.get("rake"), dir),
        weighting.containsKey("max_iterations")
            ? (int) number(name, "weighting.max_iterations", str(weighting.get("max_iterations")))
            : d.rakeMaxIterations(),
        weighting.containsKey("epsilon")
            ? number(name, "weighting.epsilon", str(weighting.get("epsilon")))
            : d.rakeEpsilon(),
        trim);
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

  private static List<DesignPlan.Margin> margins(String file, String key, Object v, Path dir) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      Path marginsFile;
      try {
        marginsFile = dir.resolve(s);
      } catch (java.nio.file.InvalidPathException e) {
        throw new DesignPlanException(file + " " + key, "'" + s + "' is not a file name");
      }
      return MarginsFile.read(marginsFile);
    }
    Map<String, Object> m = map(file, key, v, null);
    List<DesignPlan.Margin> out = new ArrayList<>();
    for (var e : m.entrySet()) {
      Map<String, Object> cats = map(file, key + "." + e.getKey(), e.getValue(), null);
      Map<String, Double> totals = new LinkedHashMap<>();
      for (var c : cats.entrySet()) {
        totals.put(
            c.getKey(),
            MarginsFile.count(
                file + " " + key + "." + e.getKey() + "." + c.getKey(), str(c.getValue())));
      }
      out.add(new DesignPlan.Margin(e.getKey(), totals, file));
    }
    return out;
  }

  private static Map<String, String> domain(String file, Object v) {
    Map<String, String> out = new LinkedHashMap<>();
    if (v != null) {
      map(file, "domain", v, null).forEach((k, x) -> out.put(k, string(file, "domain." + k, x)));
      out.forEach(
          (k, x) -> {
            if (x == null) {
              throw new DesignPlanException(file + " domain." + k, "expected a value (a code)");
            }
          });
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(String file, String key, Object v, Set<String> allowed) {
    if (!(v instanceof Map<?, ?> m)) {
      throw new DesignPlanException(file + " " + key, "expected a mapping of keys to values");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : m.entrySet()) {
      String k = str(e.getKey());
      if (k == null) {
        throw new DesignPlanException(file + " " + key, "a key is empty (null)");
      }
      if (allowed != null && !allowed.contains(k)) {
        throw new DesignPlanException(
            file + " " + key,
            "unknown key '"
                + k
                + "'; expected one of "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
      out.put(k, e.getValue());
    }
    return out;
  }

  private static String str(Object v) {
    return v == null ? null : v.toString();
  }

  private static String string(String file, String key, Object v) {
    if (v != null && (v instanceof Map || v instanceof List)) {
      throw new DesignPlanException(file + " " + key, "expected a single column name");
    }
    return str(v);
  }

  private static List<String> strings(String file, String key, Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      List<String> out = new ArrayList<>();
      for (Object x : l) {
        String s = string(file, key, x);
        if (s == null) {
          throw new DesignPlanException(file + " " + key, "an entry of the list is empty (null)");
        }
        out.add(s);
      }
      return out;
    }
    return List.of(string(file, key, v));
  }

  private static double number(String file, String key, String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException | NullPointerException e) {
      throw new DesignPlanException(file + " " + key, "'" + v + "' is not a number");
    }
  }

  private static <E extends Enum<E>> E enumValue(String file, String key, Object v, Class<E> type) {
    try {
      return Enum.valueOf(type, str(v).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      List<String> names = new ArrayList<>();
      for (E x : type.getEnumConstants()) {
        names.add(x.name().toLowerCase(Locale.ROOT));
      }
      throw new DesignPlanException(
          file + " " + key, "'" + v + "' is not one of " + String.join(", ", names));
    }
  }
}
