package org.tripart.network;

import java.util.Objects;

/**
 * A partner a respondent added as free text because it was not in a register. Not a node of the
 * network: kept as a list for the researcher to match, and never shown to viewers. Immutable.
 *
 * @param respondentId the respondent, never null
 * @param ego the id of the respondent's own organisation, never null
 * @param text the partner as typed, never null
 */
public record UnmatchedPartner(String respondentId, String ego, String text) {
  public UnmatchedPartner {
    Objects.requireNonNull(respondentId, "respondentId");
    Objects.requireNonNull(ego, "ego");
    Objects.requireNonNull(text, "text");
  }
}
