package org.tripart.store;

import java.time.Instant;

/**
 * An invitation to create.
 *
 * @param id the invitation's id, unique in the store, never null
 * @param institutionId the institution of the study's register it goes to, or null
 * @param tokenHash the SHA-256 hex of the invitation's token ({@link TokenHashes#hash}); the clear
 *     token is never stored
 * @param expires when the invitation stops working, or null for never
 */
public record NewInvitation(String id, String institutionId, String tokenHash, Instant expires) {}
