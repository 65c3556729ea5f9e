package org.tripart.store;

/**
 * A user disabled or re-enabled, as read and done in one transaction. Immutable.
 *
 * @param before the user as it was, never null
 * @param disabled whether the user is disabled now
 * @param sessionsEnded how many of the user's sessions the change deleted (0 when enabling)
 */
public record UserStatusChange(StoredUser before, boolean disabled, int sessionsEnded) {}
