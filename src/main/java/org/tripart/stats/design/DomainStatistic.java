package org.tripart.stats.design;

/** What {@link DomainEstimates} estimates per domain level: R's {@code FUN} of {@code svyby}. */
public enum DomainStatistic {
  /** {@code svymean}: means, and proportions of 0/1 items. */
  MEAN,
  /** {@code svytotal}. */
  TOTAL
}
