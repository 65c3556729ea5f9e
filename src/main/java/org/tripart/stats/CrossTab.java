package org.tripart.stats;

import java.util.List;
import org.tripart.instrument.Item;
import org.tripart.instrument.Option;

/**
 * The frequencies of one coded item within each stratum of a single-choice stratifier (for example
 * hospital tier), with the overall frequencies and tests of independence. Immutable.
 *
 * @param item the item tabulated
 * @param by the stratifier
 * @param strata the stratifier's options, in its order
 * @param perStratum the item's frequencies among the respondents to whom the stratifier applied and
 *     who chose that stratum; same order as {@code strata}
 * @param overall the item's frequencies over every respondent, whether or not they have a stratum
 * @param tests for a single-choice item one test of item by stratum; for a multiple-choice item one
 *     test per option (ticked or not by stratum), in the item's option order
 */
public record CrossTab(
    Item item,
    Item by,
    List<Option> strata,
    List<ItemFrequencies> perStratum,
    ItemFrequencies overall,
    List<ChiSquareTest> tests) {

  public CrossTab {
    strata = List.copyOf(strata);
    perStratum = List.copyOf(perStratum);
    tests = List.copyOf(tests);
  }
}
