package org.tripart.stats.design;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A survey design or an estimate was asked of inputs it cannot use: arrays of different lengths, a
 * missing or negative weight, an FPC below the sample size, a stratum with one PSU under {@link
 * LonelyPsu#FAIL}, margins that do not match the sample. Immutable.
 */
public final class DesignInputException extends TripartException {
  private static final long serialVersionUID = 1L;

  DesignInputException(String where, String problem) {
    super(ErrorCode.STATISTICS_INPUT, where, problem);
  }

  DesignInputException(ErrorCode code, String where, String problem) {
    super(code, where, problem);
  }
}
