package org.tripart.instrument;

/**
 * Gives the answers of one respondent to skip logic.
 *
 * <p>Contract: {@link #answer(String)} returns the respondent's answer to the item with that id, or
 * null when the item was not answered (skipped, left blank, or not reached yet). It must not throw
 * for an id the instrument defines, and must have no side effects; it is called repeatedly and in
 * any order.
 */
@FunctionalInterface
public interface AnswerLookup {
  Answer answer(String itemId);
}
