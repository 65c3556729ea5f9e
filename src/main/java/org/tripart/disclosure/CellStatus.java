package org.tripart.disclosure;

/** What a reader of a published table sees of one count. */
public enum CellStatus {
  /** The count is printed. */
  SHOWN,
  /** The count is from 1 to threshold - 1 and is withheld (primary suppression). */
  PRIMARY,
  /**
   * The count is not small but is withheld so that no primary cell can be worked out from the
   * totals (complementary suppression).
   */
  COMPLEMENTARY,
  /** The count is never printed in this kind of table (for example "did not tick" counts). */
  UNPUBLISHED;

  /** True when the reader does not see the count. */
  public boolean isHidden() {
    return this != SHOWN;
  }
}
