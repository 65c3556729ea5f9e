package org.tripart.stats.design;

/**
 * One term of a linear contrast of {@link DomainTable} cells: {@code coefficient * estimate(level,
 * item)}.
 */
public record ContrastTerm(String level, String item, double coefficient) {}
