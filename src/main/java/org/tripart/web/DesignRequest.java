package org.tripart.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignPlanException;
import org.tripart.web.http.HttpProblem;

/**
 * The body of {@code POST /api/studies/{study}/analysis}: {@code group} and an analysis plan with
 * the keys of a plan file ({@code org/tripart/analysis/analysis-plan.md}: {@code design}, {@code
 * weighting}, {@code items}, {@code by}, {@code domain}, {@code ci}, {@code level}), read by the
 * same {@link AnalysisPlanReader}, margins inline as {@code {column: {value: population}}} or rows
 * {@code [{column, value, population}]}. The field names of the first version of this API ({@link
 * #ALIASES}) are still taken. A field of the wrong shape or an unknown field is a 400 naming it in
 * the plan's spelling (as {@code design.clusters}); whether the columns exist is checked later
 * against the data. Immutable.
 *
 * @param group the stakeholder group whose final responses are analysed, never null
 * @param plan the design, weighting and analysis options, never null
 */
record DesignRequest(String group, DesignPlan plan) {
  /** Fields of the first version of the API and the plan keys they stand for. */
  static final Map<String, String> ALIASES =
      Map.of(
          "design.cluster", "design.clusters",
          "design.lonelyPsu", "design.lonely_psu",
          "design.ci", "ci",
          "design.level", "level",
          "design.domain", "domain",
          "poststratify", "weighting.poststratify",
          "rake", "weighting.rake",
          "trim", "weighting.trim",
          "maxIterations", "weighting.max_iterations",
          "epsilon", "weighting.epsilon");

  private static final String SOURCE = "the request body";

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
    JsonNode g = root.get("group");
    if (g == null || !g.isTextual() || g.asText().isBlank()) {
      throw invalid("group", "give the stakeholder group, for example \"research\"");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> plan = new LinkedHashMap<>(Answers.JSON.convertValue(root, Map.class));
    plan.remove("group");
    unalias(plan);
    try {
      return new DesignRequest(g.asText(), AnalysisPlanReader.read(plan, SOURCE, null));
    } catch (DesignPlanException e) {
      throw invalid(e.key().equals("the plan") ? "" : e.key(), e.problem());
    }
  }

  /** Moves the first version's fields to the plan keys they stand for; both at once is refused. */
  @SuppressWarnings("unchecked")
  private static void unalias(Map<String, Object> plan) {
    for (String section : List.of("design", "weighting")) {
      if (plan.get(section) instanceof Map<?, ?> m) {
        plan.put(section, new LinkedHashMap<>((Map<String, Object>) m));
      }
    }
    for (var alias : ALIASES.entrySet()) {
      String[] from = alias.getKey().split("\\.");
      Object holder = from.length == 1 ? plan : plan.get(from[0]);
      String key = from[from.length - 1];
      if (!(holder instanceof Map<?, ?> h) || !h.containsKey(key)) {
        continue;
      }
      Object value = ((Map<String, Object>) h).remove(key);
      String[] to = alias.getValue().split("\\.");
      Object target = plan;
      if (to.length == 2) {
        target = plan.computeIfAbsent(to[0], k -> new LinkedHashMap<String, Object>());
        if (!(target instanceof Map<?, ?>)) {
          throw invalid(to[0], "expected a mapping of keys to values");
        }
      }
      Map<String, Object> t = (Map<String, Object>) target;
      String last = to[to.length - 1];
      if (t.containsKey(last)) {
        throw invalid(
            alias.getKey(),
            "give either " + alias.getKey() + " or " + alias.getValue() + ", not both");
      }
      t.put(last, value);
    }
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
}
