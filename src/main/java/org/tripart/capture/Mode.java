package org.tripart.capture;

/** How complete a submission must be for {@link Validator} to accept it. */
public enum Mode {
  /**
   * A saved, unfinished questionnaire: any subset of items may be answered; values, skip logic and
   * exclusive options are checked, required items are not. Answers to items that no longer apply
   * are dropped rather than refused, since the respondent may have changed an earlier answer.
   */
  DRAFT,
  /**
   * The respondent's final submission: everything {@link #DRAFT} checks, and every required item
   * that applies must be answered; an answer to an item that does not apply is refused.
   */
  FINAL
}
