package org.tripart.store;

import java.time.Instant;

/**
 * A signed-in browser session as stored: the SHA-256 hash of its random id, never the id itself.
 *
 * @param idHash 64 lowercase hex digits
 * @param userId the signed-in user
 * @param created never null
 * @param expires when the session stops working whatever its use, never null
 * @param lastSeen the last request that used it, never null
 */
public record StoredSession(
    String idHash, long userId, Instant created, Instant expires, Instant lastSeen) {}
