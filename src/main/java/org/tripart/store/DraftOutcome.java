package org.tripart.store;

/** What saving a draft did. */
public enum DraftOutcome {
  /** The draft is stored under a new revision. */
  SAVED,
  /** Refused: the response is already final; nothing was changed. */
  FINALISED
}
