package org.tripart.stats;

import org.tripart.instrument.Item;

/**
 * Descriptive statistics of a numeric item over the applicable rows of a domain that answered it.
 * Every statistic is NaN when nobody answered; {@code sd} is NaN with a single answer. Quartiles
 * follow R's default {@code quantile(type = 7)}. Immutable.
 *
 * @param item the item
 * @param applicable the rows of the domain to which the item applied
 * @param answered the applicable rows with a value
 * @param nonResponse {@code applicable - answered}
 * @param mean the arithmetic mean
 * @param sd the sample standard deviation (divisor {@code answered - 1}), as R's {@code sd}
 * @param min the smallest value
 * @param q1 the first quartile
 * @param median the median
 * @param q3 the third quartile
 * @param max the largest value
 */
public record NumericSummary(
    Item item,
    int applicable,
    int answered,
    int nonResponse,
    double mean,
    double sd,
    double min,
    double q1,
    double median,
    double q3,
    double max) {}
