package org.tripart.stats;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A statistic was asked of input it cannot be computed on: an item of the wrong type, a confidence
 * level outside (0, 1), a domain with rows the dataset does not have, counts that contradict each
 * other. Immutable.
 */
public class StatisticsInputException extends TripartException {
  private static final long serialVersionUID = 1L;

  /**
   * @param where the item or argument concerned, for example {@code item ai_use}
   * @param problem what is wrong with it
   */
  public StatisticsInputException(String where, String problem) {
    super(ErrorCode.STATISTICS_INPUT, where, problem);
  }
}
