package org.tripart.stats.design;

/**
 * What to do with a stratum that has a single primary sampling unit, as R's {@code
 * options(survey.lonely.psu = ...)}. The rules are those of {@code survey:::onestrat} in survey
 * 4.1.1 with {@code survey.adjust.domain.lonely = FALSE}.
 */
public enum LonelyPsu {
  /** Refuse to estimate a variance (R's default). */
  FAIL,
  /** The stratum contributes nothing to the variance. */
  REMOVE,
  /**
   * The stratum's PSU total is taken as a deviation from zero (R: "centered at the grand mean"),
   * contributing {@code f * t^2}.
   */
  ADJUST,
  /** The PSU is taken as sampled with certainty: no first-stage variance (same numbers as R). */
  CERTAINTY,
  /** The stratum is left out and the variance scaled up by strata / strata-with-variance. */
  AVERAGE
}
