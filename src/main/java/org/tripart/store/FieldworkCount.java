package org.tripart.store;

/**
 * Invitation counts for one value of a {@link CountDimension}. The counts are cumulative: {@code
 * invited >= started >= completed}.
 *
 * @param key the group, province code or tier; null for invitations that name no institution when
 *     counting by province or tier
 * @param invited invitations created
 * @param started invitations with a stored response, draft or final
 * @param completed invitations with a final response
 */
public record FieldworkCount(String key, long invited, long started, long completed) {}
