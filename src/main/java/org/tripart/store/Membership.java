package org.tripart.store;

/**
 * A user's role in a study.
 *
 * @param userId the user's id
 * @param email the user's email, for listing members; never null
 * @param displayName never null
 * @param study the study id, never null
 * @param role never null
 */
public record Membership(
    long userId, String email, String displayName, String study, StudyRole role) {}
