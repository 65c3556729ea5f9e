package org.tripart.store;

import java.time.Instant;

/**
 * An invitation as stored.
 *
 * @param id never null
 * @param study never null
 * @param group the stakeholder group invited, never null
 * @param institutionId the institution, or null when the invitation names none
 * @param batchId the batch it was created in, never null
 * @param tokenHash SHA-256 hex of its token, never null
 * @param created never null
 * @param expires null for never
 * @param status never null
 */
public record Invitation(
    String id,
    String study,
    String group,
    String institutionId,
    String batchId,
    String tokenHash,
    Instant created,
    Instant expires,
    InvitationStatus status) {}
