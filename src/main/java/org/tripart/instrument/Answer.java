package org.tripart.instrument;

import java.util.List;
import java.util.Set;

/**
 * One respondent's answer to one item, as skip logic and validation see it. An item that was not
 * answered has no {@code Answer} at all (lookups return null).
 */
public sealed interface Answer {
  /** The chosen option of a single-choice, yes/no, Likert or province item. */
  record Choice(String code) implements Answer {}

  /** The chosen options of a multiple-choice item; may be empty when nothing was ticked. */
  record Choices(Set<String> codes) implements Answer {
    public Choices {
      codes = Set.copyOf(codes);
    }
  }

  /** The value of an integer or decimal item. */
  record Number(double value) implements Answer {}

  /** The value of a text, date or institution item. */
  record Text(String value) implements Answer {}

  /**
   * The partners named in a roster item, in the order given; never empty (a roster with no partner
   * is not answered).
   */
  record Partners(List<Partner> partners) implements Answer {
    public Partners {
      partners = List.copyOf(partners);
    }
  }
}
