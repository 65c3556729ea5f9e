package org.tripart.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code model:} section of an analysis plan into a {@link ModelSpec}: {@code outcome}
 * ({@code ITEM} or {@code ITEM=CODE}), {@code covariates} (a list, or one comma-separated string;
 * {@code a:b} an interaction, {@code a*b} R's crossing {@code a + b + a:b}), {@code family} ({@code
 * gaussian}, the default, {@code binomial}, {@code poisson} or {@code ordinal}) and {@code
 * reference} (a mapping of item to option code), the keys and values of {@code tripart model}'s
 * options. Messages name the plan's source and the key ({@code model.covariates}). Stateless.
 */
public final class ModelPlanReader {
  /** The keys of the {@code model:} section. */
  static final Set<String> KEYS = Set.of("outcome", "covariates", "family", "reference");

  private ModelPlanReader() {}

  /**
   * @param source the plan file or request, for messages
   * @param section the value of the plan's {@code model} key; null when the plan has none
   * @return the model, null for a plan without a {@code model} section
   * @throws DesignPlanException naming {@code source} and the key for an unknown key, a missing
   *     outcome, a malformed term or reference, or an unknown family
   */
  public static ModelSpec read(String source, Object section) {
    if (section == null) {
      return null;
    }
    Map<String, Object> m = PlanValues.map(source, "model", section, KEYS);
    String outcome = PlanValues.string(source, "model.outcome", m.get("outcome"));
    if (outcome == null || outcome.isBlank()) {
      throw new DesignPlanException(
          source, "model.outcome", "give the outcome item, as ITEM or ITEM=CODE (sch.wide=Yes)");
    }
    String item = outcome.strip();
    String code = null;
    int eq = item.indexOf('=');
    if (eq >= 0) {
      code = item.substring(eq + 1).strip();
      item = item.substring(0, eq).strip();
      if (item.isEmpty() || code.isEmpty()) {
        throw new DesignPlanException(
            source, "model.outcome", "'" + outcome + "': expected ITEM or ITEM=CODE");
      }
    }
    List<String> given = new ArrayList<>();
    for (String entry : PlanValues.strings(source, "model.covariates", m.get("covariates"))) {
      for (String part : entry.split(",", -1)) {
        given.add(part.strip());
      }
    }
    ModelSpec.ModelFamily family =
        m.containsKey("family")
            ? PlanValues.enumValue(
                source, "model.family", m.get("family"), ModelSpec.ModelFamily.class)
            : ModelSpec.ModelFamily.GAUSSIAN;
    Map<String, String> references = new LinkedHashMap<>();
    if (m.get("reference") != null) {
      PlanValues.map(source, "model.reference", m.get("reference"), null)
          .forEach(
              (k, v) -> {
                String c = PlanValues.string(source, "model.reference." + k, v);
                if (c == null || c.isBlank()) {
                  throw new DesignPlanException(
                      source, "model.reference." + k, "expected an option code of " + k);
                }
                references.put(k.strip(), c.strip());
              });
    }
    return new ModelSpec(item, code, expand(source, "model.covariates", given), family, references);
  }

  /**
   * The covariate terms as R's formula reads them: {@code a*b} is {@code a + b + a:b} (and {@code
   * a*b*c} every product of its parts), a term given twice (also as {@code b:a}) is kept once where
   * it first appears, and terms are ordered by degree (main effects, then two-way interactions,
   * ...), keeping their order within a degree, as {@code terms.formula} with {@code keep.order =
   * FALSE}.
   *
   * @param source where the terms came from, for messages
   * @param key the key or option that gave them, for messages
   * @throws DesignPlanException for an empty term or one with an empty part ({@code a:}, {@code
   *     a**b})
   */
  public static List<String> expand(String source, String key, List<String> terms) {
    Map<Set<String>, String> unique = new LinkedHashMap<>();
    for (String term : terms) {
      String[] groups = term.split("\\*", -1);
      List<List<String>> parts = new ArrayList<>();
      for (String g : groups) {
        List<String> ids = new ArrayList<>();
        for (String id : g.split(":", -1)) {
          if (id.isBlank()) {
            throw new DesignPlanException(
                source, key, "'" + term + "' is not an item, a:b interaction or a*b crossing");
          }
          ids.add(id.strip());
        }
        parts.add(ids);
      }
      for (int mask = 1; mask < 1 << parts.size(); mask++) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int g = 0; g < parts.size(); g++) {
          if ((mask & 1 << g) != 0) {
            ids.addAll(parts.get(g));
          }
        }
        unique.putIfAbsent(Set.copyOf(ids), String.join(":", ids));
      }
    }
    List<String> out = new ArrayList<>(unique.values());
    out.sort(java.util.Comparator.comparingInt(t -> t.split(":", -1).length));
    return out;
  }
}
