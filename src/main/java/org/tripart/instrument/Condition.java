package org.tripart.instrument;

import java.util.Set;

/**
 * A parsed skip-logic expression: the item it belongs to is shown (applies) only when the condition
 * holds. See {@code skip-logic.md} beside this file for the language and its semantics.
 * Implementations are immutable and thread-safe.
 */
public interface Condition {
  /**
   * True when the condition holds for these answers. Comparisons with an unanswered item are false
   * (so {@code a != 'x'} is false when {@code a} was not answered), and {@code not} negates the
   * result, so the outcome is always defined.
   */
  boolean test(AnswerLookup answers);

  /** The expression as written in the instrument file. */
  String source();

  /** The ids of the items the expression reads. */
  Set<String> referencedItems();
}
