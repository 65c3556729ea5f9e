package org.tripart.stats;

import org.tripart.instrument.Option;

/**
 * How many respondents chose one option of a coded item, and what share of the denominator that is.
 * Immutable.
 *
 * @param option the option
 * @param count the respondents who chose it (to whom the item applied)
 * @param denominator the respondents to whom the item applied and who answered it
 * @param proportion {@code count / denominator}, NaN when the denominator is 0
 * @param ci the Wilson interval of the proportion, {@link Interval#UNDEFINED} when the denominator
 *     is 0
 */
public record OptionFrequency(
    Option option, long count, long denominator, double proportion, Interval ci) {}
