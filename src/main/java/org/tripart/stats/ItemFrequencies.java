package org.tripart.stats;

import java.util.List;
import org.tripart.instrument.Item;
import org.tripart.instrument.UnknownOptionException;

/**
 * The frequency table of one coded item over one set of respondents, with the counts that explain
 * its denominator. Immutable. See {@code statistics.md} beside this class for the conventions.
 *
 * @param item the item
 * @param respondents the rows considered (the whole dataset or a domain)
 * @param applicable the rows considered to which the item applied under its skip logic
 * @param answered the applicable rows that answered the item: the denominator of every proportion
 * @param nonResponse {@code applicable - answered}: item non-response, shown rather than dropped
 * @param answeredWhenSkipped rows that answered although the item did not apply to them; excluded
 *     from every count above and reported so that the inconsistency is seen
 * @param options one entry per option, in the item's order; for a multiple-choice item the
 *     proportions may sum past 1
 */
public record ItemFrequencies(
    Item item,
    int respondents,
    int applicable,
    int answered,
    int nonResponse,
    int answeredWhenSkipped,
    List<OptionFrequency> options) {

  public ItemFrequencies {
    options = List.copyOf(options);
  }

  /** The entry of the option with this code. */
  public OptionFrequency option(String code) {
    for (OptionFrequency f : options) {
      if (f.option().code().equals(code)) {
        return f;
      }
    }
    throw new UnknownOptionException(item, code);
  }
}
