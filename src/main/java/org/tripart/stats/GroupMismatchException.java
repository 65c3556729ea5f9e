package org.tripart.stats;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * An item cannot be compared across groups: a group's instrument lacks it, or the groups ask it
 * with a different type or different option codes, so that their counts would not line up.
 * Immutable.
 */
public class GroupMismatchException extends TripartException {
  private static final long serialVersionUID = 1L;

  /**
   * @param where the item and groups concerned, for example {@code item age_group in groups
   *     clinician, industry}
   * @param problem what differs or is missing
   */
  public GroupMismatchException(String where, String problem) {
    super(ErrorCode.ITEM_ACROSS_GROUPS, where, problem);
  }
}
