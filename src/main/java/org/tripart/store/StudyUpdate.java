package org.tripart.store;

/**
 * A study before and after one change, both read in the transaction that made it. Immutable.
 *
 * @param before the study as it was, never null
 * @param after the study as it is now, never null
 */
public record StudyUpdate(StoredStudy before, StoredStudy after) {
  /** Whether the change changed anything. */
  public boolean changed() {
    return !before.equals(after);
  }
}
