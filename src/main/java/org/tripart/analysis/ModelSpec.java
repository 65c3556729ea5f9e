package org.tripart.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a design-based regression is told, in the analysis plan's vocabulary: the outcome item (and
 * for a binomial model of a coded item, the option that counts as 1), the covariate terms (item
 * ids, and interactions {@code a:b}), the family, and the reference level of single-choice
 * covariates. The design comes from the {@link DesignPlan} it runs with. Immutable.
 *
 * @param outcome the outcome item id
 * @param outcomeCode the option of a coded outcome that counts as 1 (binomial), null otherwise
 * @param terms covariate terms in order: an item id, or item ids joined by {@code :}
 * @param family the model family
 * @param references reference option per single-choice covariate; the first option otherwise
 */
public record ModelSpec(
    String outcome,
    String outcomeCode,
    List<String> terms,
    ModelFamily family,
    Map<String, String> references) {
  public ModelSpec {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(family, "family");
    terms = List.copyOf(terms);
    references = Map.copyOf(references);
  }

  /** The model families, as R's {@code svyglm} families and {@code svyolr}. */
  public enum ModelFamily {
    /** {@code svyglm(family = gaussian())}: linear regression. */
    GAUSSIAN,
    /** {@code svyglm(family = quasibinomial())}: logistic regression, odds ratios. */
    BINOMIAL,
    /** {@code svyglm(family = quasipoisson())}: log-linear regression, rate ratios. */
    POISSON,
    /** {@code svyolr}: proportional-odds logistic regression of an ordered item. */
    ORDINAL
  }
}
