package org.tripart.stats.design;

/** How a finite population correction is given, per row as in R's {@code fpc=} column. */
public enum FpcKind {
  /** The number of units in the population of the stratum (or, at stage two, of the PSU). */
  POPULATION_SIZE,
  /** The sampling fraction n/N of the stratum (or of the PSU); R turns it into N = n / fraction. */
  SAMPLING_FRACTION
}
