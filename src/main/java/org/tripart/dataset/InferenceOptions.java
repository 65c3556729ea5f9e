package org.tripart.dataset;

import java.util.Set;

/**
 * What {@link InstrumentInference} is told about columns it would otherwise guess. Immutable.
 *
 * @param numeric columns to read as decimal numbers whatever they hold (weights, FPCs)
 * @param text columns to read as text whatever they hold (strata and cluster ids)
 * @param ids columns that identify respondents; not analysed
 * @param ignored columns to leave out
 * @param maxCodes the most distinct values a column of small integer codes (or of short words) may
 *     have to be taken as a single-choice item; more makes it a number (or text)
 */
public record InferenceOptions(
    Set<String> numeric, Set<String> text, Set<String> ids, Set<String> ignored, int maxCodes) {
  /** The default number of distinct codes a single-choice column may have. */
  public static final int DEFAULT_MAX_CODES = 20;

  public InferenceOptions {
    numeric = Set.copyOf(numeric == null ? Set.of() : numeric);
    text = Set.copyOf(text == null ? Set.of() : text);
    ids = Set.copyOf(ids == null ? Set.of() : ids);
    ignored = Set.copyOf(ignored == null ? Set.of() : ignored);
    if (maxCodes < 1) {
      throw new IllegalArgumentException("maxCodes must be positive");
    }
  }

  /** Nothing declared; up to {@link #DEFAULT_MAX_CODES} codes make a single-choice item. */
  public static InferenceOptions defaults() {
    return new InferenceOptions(Set.of(), Set.of(), Set.of(), Set.of(), DEFAULT_MAX_CODES);
  }

  /** The same options with another limit on single-choice codes. */
  public InferenceOptions withMaxCodes(int limit) {
    return new InferenceOptions(numeric, text, ids, ignored, limit);
  }
}
