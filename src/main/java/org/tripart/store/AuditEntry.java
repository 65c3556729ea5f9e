package org.tripart.store;

import java.time.Instant;

/**
 * One row of the append-only audit log.
 *
 * @param id the store's id, increasing in order of appending
 * @param at when it was recorded (the store's clock), never null
 * @param actor who: {@code user:ID}, {@code admin-token} or {@code system}; never null
 * @param action what, for example {@code signin.success}; never null
 * @param study the study it concerns, or null
 * @param target what it acted on (a member's email, a batch id), or null
 * @param detailJson a JSON object with further details, never null
 * @param ip the client address, or null
 * @param userAgent the client's User-Agent, or null
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String study,
    String target,
    String detailJson,
    String ip,
    String userAgent) {}
