package org.tripart.store;

/** What a final submission did. Both outcomes mean the final response is durably stored. */
public enum SubmitOutcome {
  /** This call stored the final answers. */
  ACCEPTED,
  /**
   * Final answers were already stored (a repeat, a double click, a retry, or a different submission
   * after the first); they were left as they were.
   */
  ALREADY_SUBMITTED
}
