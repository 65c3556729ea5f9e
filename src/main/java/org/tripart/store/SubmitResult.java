package org.tripart.store;

/**
 * The result of a final submission.
 *
 * @param outcome never null
 * @param response the final response now stored, never null
 * @param sameSubmission true when the stored final answers are this call's: always for {@code
 *     ACCEPTED}; for {@code ALREADY_SUBMITTED}, when the idempotency key or the answers (as JSON
 *     values) match the stored ones, that is, when the call was a repeat rather than an attempt to
 *     change submitted answers
 */
public record SubmitResult(
    SubmitOutcome outcome, StoredResponse response, boolean sameSubmission) {}
