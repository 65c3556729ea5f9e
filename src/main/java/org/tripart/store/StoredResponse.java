package org.tripart.store;

import java.time.Instant;

/**
 * A response as stored: a draft until {@code submitted} is set, then final and never changed.
 *
 * @param id the store's id of the response
 * @param invitationId the invitation, or null for an open-link response
 * @param clientKey the open link's client key, or null for an invited response
 * @param study never null
 * @param group never null
 * @param answersJson the answers, a JSON object exactly as last saved, never null
 * @param revision 1 for the first save, one more at every later save, the final one included
 * @param updated when the answers were last saved, never null
 * @param submitted when the final answers were stored, or null for a draft
 * @param instrumentVersion the version of the group's instrument the answers were last validated
 *     against (for a final response, the version of its final validation), or null for a response
 *     stored before versions were recorded
 */
public record StoredResponse(
    long id,
    String invitationId,
    String clientKey,
    String study,
    String group,
    String answersJson,
    long revision,
    Instant updated,
    Instant submitted,
    Integer instrumentVersion) {

  /** Whether these are the final answers. */
  public boolean isFinal() {
    return submitted != null;
  }
}
