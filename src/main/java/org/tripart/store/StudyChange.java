package org.tripart.store;

/**
 * A change to a study's settings; a null field is left as it is. Immutable.
 *
 * @param titleJson the new title per language as a JSON object, or null
 * @param suppressionThreshold the new disclosure threshold (see {@link StoredStudy}), or null
 */
public record StudyChange(String titleJson, Integer suppressionThreshold) {}
