package org.tripart.stats.design;

/** The {@code type} of R's {@code svrepdesign} (survey 4.1.1); it fixes the default scales. */
public enum ReplicateType {
  /** Delete-one jackknife, unstratified: scale (R-1)/R when not given. */
  JK1,
  /** Stratified delete-one jackknife: rscales (n_h-1)/n_h must be given for combined weights. */
  JKN,
  /** Balanced repeated replication: scale 1/R. */
  BRR,
  /** Fay's BRR with {@code rho} in (0,1): scale 1/(R (1-rho)^2). */
  FAY,
  /** Bootstrap: scale {@code bootstrap.average}/(R-1), rscales 1. */
  BOOTSTRAP,
  /** Successive difference replication: scale 4/R, rscales 1 (given values are ignored). */
  SUCCESSIVE_DIFFERENCE,
  /** The American Community Survey's successive difference weights: scale 4/R, rscales 1. */
  ACS,
  /** Any other: scale and rscales as given, 1 where not given. */
  OTHER
}
