package org.tripart.store;

import java.time.Instant;
import org.tripart.disclosure.Suppression;

/**
 * A study as stored.
 *
 * @param id the study's id, never null
 * @param titleJson its title per language as a JSON object ({"en": "...", "zh": "..."}), never null
 * @param created when it was stored, never null
 * @param suppressionThreshold the study's disclosure threshold, from {@link #MIN_THRESHOLD} to
 *     {@link #MAX_THRESHOLD}: counts from 1 to {@code suppressionThreshold - 1} are withheld, with
 *     their complements, in what a viewer sees or downloads; 1 withholds nothing
 */
public record StoredStudy(String id, String titleJson, Instant created, int suppressionThreshold) {
  /** The threshold of a study that sets none. */
  public static final int DEFAULT_THRESHOLD = Suppression.DEFAULT_THRESHOLD;

  /** The lowest threshold a study may set; it withholds nothing. */
  public static final int MIN_THRESHOLD = 1;

  /** The highest threshold a study may set. */
  public static final int MAX_THRESHOLD = 100;

  /** A study with the {@link #DEFAULT_THRESHOLD}. */
  public StoredStudy(String id, String titleJson, Instant created) {
    this(id, titleJson, created, DEFAULT_THRESHOLD);
  }

  /** Whether {@code threshold} is one a study may set. */
  public static boolean isThreshold(int threshold) {
    return threshold >= MIN_THRESHOLD && threshold <= MAX_THRESHOLD;
  }
}
