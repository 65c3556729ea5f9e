package org.tripart.store;

/**
 * The result of saving a draft.
 *
 * @param outcome never null
 * @param response the response as now stored (the new draft, or the final response that refused
 *     it), never null
 */
public record DraftResult(DraftOutcome outcome, StoredResponse response) {}
