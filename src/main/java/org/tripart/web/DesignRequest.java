package org.tripart.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tripart.report.DesignPlan;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.LonelyPsu;

/**
 * The body of {@code POST /api/studies/{study}/analysis}, read into a {@link DesignPlan}: the same
 * fields as an analysis plan file ({@code org/tripart/cli/analysis-plan.md}), with margins inline
 * as {@code [{column, value, population}]}. A field of the wrong shape or an unknown field is a 400
 * naming it (as {@code design.cluster}); whether the columns exist is checked later against the
 * data. Immutable.
 *
 * @param group the stakeholder group whose final responses are analysed, never null
 * @param plan the design, weighting and analysis options, never null
 */
record DesignRequest(String group, DesignPlan plan) {
  private static final Set<String> TOP =
      Set.of(
          "group",
          "items",
          "by",
          "design",
          "poststratify",
          "rake",
          "trim",
          "maxIterations",
          "epsilon");
  private static final Set<String> DESIGN =
      Set.of("weights", "strata", "cluster", "fpc", "lonelyPsu", "ci", "level", "domain");

  /**
   * Reads a JSON body.
   *
   * @throws HttpProblem 400 naming the field that is unknown, missing or of the wrong type
   */
  static DesignRequest parse(String body) {
    JsonNode root;
    try {
      root = Answers.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid("", "the body must be a JSON object");
    }
    known(root, TOP, "");
    String group = text(root, "group", "group");
    if (group == null || group.isBlank()) {
      throw invalid("group", "give the stakeholder group, for example \"research\"");
    }
    JsonNode d = root.path("design");
    if (!d.isMissingNode() && !d.isNull() && !d.isObject()) {
      throw invalid("design", "must be an object");
    }
    if (d.isObject()) {
      known(d, DESIGN, "design.");
    }
    DesignPlan defaults = DesignPlan.defaults();
    double level = number(d, "level", "design.level", defaults.level());
    if (!(level > 0 && level < 1)) {
      throw invalid("design.level", "must be between 0 and 1, for example 0.95");
    }
    double[] trim = null;
    if (present(root, "trim")) {
      List<Double> t = numbers(root.get("trim"), "trim");
      if (t.size() != 2 || !(t.get(0) < t.get(1))) {
        throw invalid("trim", "give [low, high] with low below high");
      }
      trim = new double[] {t.get(0), t.get(1)};
    }
    List<DesignPlan.Margin> post = margins(root, "poststratify");
    if (post.size() > 1) {
      throw invalid("poststratify", "post-stratify to one column's counts; use rake for more");
    }
    List<DesignPlan.Margin> rake = margins(root, "rake");
    if (rake.size() == 1) {
      throw invalid("rake", "raking needs the margins of two or more columns");
    }
    int maxIterations = (int) number(root, "maxIterations", "maxIterations", 10);
    if (maxIterations < 1) {
      throw invalid("maxIterations", "must be at least 1");
    }
    DesignPlan plan =
        new DesignPlan(
            text(d, "weights", "design.weights"),
            text(d, "strata", "design.strata"),
            strings(d, "cluster", "design.cluster"),
            strings(d, "fpc", "design.fpc"),
            choice(d, "lonelyPsu", LonelyPsu.class, defaults.lonelyPsu()),
            choice(d, "ci", CiMethod.class, defaults.ciMethod()),
            level,
            strings(root, "items", "items"),
            text(root, "by", "by"),
            domain(d),
            post,
            rake,
            maxIterations,
            number(root, "epsilon", "epsilon", defaults.rakeEpsilon()),
            trim);
    return new DesignRequest(group, plan);
  }

  static HttpProblem invalid(String field, String problem) {
    String detail = field.isEmpty() ? problem : field + ": " + problem;
    return new HttpProblem(
        400,
        org.tripart.ErrorCode.MALFORMED_REQUEST,
        "Malformed request",
        detail,
        List.of(new HttpProblem.FieldError(field, "INVALID", problem)),
        0);
  }

  private static void known(JsonNode o, Set<String> allowed, String prefix) {
    o.fieldNames()
        .forEachRemaining(
            f -> {
              if (!allowed.contains(f)) {
                throw invalid(
                    prefix + f,
                    "unknown field; known: "
                        + String.join(", ", allowed.stream().sorted().toList()));
              }
            });
  }

  private static boolean present(JsonNode o, String key) {
    return o.has(key) && !o.get(key).isNull();
  }

  private static String text(JsonNode o, String key, String field) {
    if (!present(o, key)) {
      return null;
    }
    if (!o.get(key).isTextual() || o.get(key).asText().isBlank()) {
      throw invalid(field, "must be a column name (a non-empty string)");
    }
    return o.get(key).asText();
  }

  private static double number(JsonNode o, String key, String field, double fallback) {
    if (!present(o, key)) {
      return fallback;
    }
    if (!o.get(key).isNumber()) {
      throw invalid(field, "must be a number");
    }
    return o.get(key).asDouble();
  }

  /** A string or an array of strings. */
  private static List<String> strings(JsonNode o, String key, String field) {
    if (!present(o, key)) {
      return List.of();
    }
    JsonNode v = o.get(key);
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isTextual() || e.asText().isBlank()) {
          throw invalid(field, "every entry must be a column name (a non-empty string)");
        }
        out.add(e.asText());
      }
      return out;
    }
    throw invalid(field, "must be a column name or an array of them");
  }

  private static List<Double> numbers(JsonNode v, String field) {
    List<Double> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isNumber()) {
          throw invalid(field, "every entry must be a number");
        }
        out.add(e.asDouble());
      }
      return out;
    }
    throw invalid(field, "must be an array of numbers");
  }

  private static <E extends Enum<E>> E choice(JsonNode d, String key, Class<E> type, E fallback) {
    String v = text(d, key, "design." + key);
    if (v == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name().toLowerCase(Locale.ROOT));
      }
      throw invalid("design." + key, "'" + v + "' is not one of " + String.join(", ", names));
    }
  }

  private static Map<String, String> domain(JsonNode d) {
    if (!present(d, "domain")) {
      return Map.of();
    }
    JsonNode v = d.get("domain");
    if (!v.isObject()) {
      throw invalid("design.domain", "must be an object of item: option code");
    }
    Map<String, String> out = new LinkedHashMap<>();
    v.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw invalid("design.domain." + e.getKey(), "must be an option code or a value");
              }
              out.put(e.getKey(), e.getValue().asText());
            });
    return out;
  }

  /** Inline margins {@code [{column, value, population}]}, one margin per column in order. */
  private static List<DesignPlan.Margin> margins(JsonNode root, String key) {
    if (!present(root, key)) {
      return List.of();
    }
    JsonNode v = root.get(key);
    if (!v.isArray() || v.isEmpty()) {
      throw invalid(key, "must be a non-empty array of {column, value, population}");
    }
    Map<String, Map<String, Double>> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode row = v.get(i);
      String field = key + "[" + i + "]";
      if (!row.isObject()) {
        throw invalid(field, "must be an object {column, value, population}");
      }
      known(row, Set.of("column", "value", "population"), field + ".");
      String column = text(row, "column", field + ".column");
      JsonNode value = row.get("value");
      if (column == null || value == null || !value.isValueNode() || value.isNull()) {
        throw invalid(field, "needs a column and a value");
      }
      double population = number(row, "population", field + ".population", Double.NaN);
      if (!(population > 0)) {
        throw invalid(field + ".population", "must be a positive number");
      }
      Map<String, Double> totals = byColumn.computeIfAbsent(column, c -> new LinkedHashMap<>());
      if (totals.put(value.asText(), population) != null) {
        throw invalid(field, column + " = '" + value.asText() + "' is given twice");
      }
    }
    List<DesignPlan.Margin> out = new ArrayList<>();
    byColumn.forEach((column, totals) -> out.add(new DesignPlan.Margin(column, totals, key)));
    return out;
  }
}
