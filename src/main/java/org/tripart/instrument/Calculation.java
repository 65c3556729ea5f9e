package org.tripart.instrument;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * A parsed calculation: how a {@link ItemType#CALCULATED} item's value is worked out from earlier
 * answers (see {@code calculations.md} beside this file for the language). Implementations are
 * immutable and thread-safe.
 */
public interface Calculation {
  /**
   * The value for these answers, empty when it cannot be worked out (an item it needs was not
   * answered, a division by zero). Never throws for answers that fit the instrument.
   */
  OptionalDouble evaluate(AnswerLookup answers);

  /** The expression as written in the instrument file. */
  String source();

  /** The ids of the items the expression reads. */
  Set<String> referencedItems();
}
