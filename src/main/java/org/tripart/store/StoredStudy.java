package org.tripart.store;

import java.time.Instant;

/**
 * A study as stored.
 *
 * @param id the study's id, never null
 * @param titleJson its title per language as a JSON object ({"en": "...", "zh": "..."}), never null
 * @param created when it was stored, never null
 */
public record StoredStudy(String id, String titleJson, Instant created) {}
