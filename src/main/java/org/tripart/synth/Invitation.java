package org.tripart.synth;

/**
 * One synthetic invitation. Immutable.
 *
 * @param id invitation id
 * @param group the stakeholder group of the instrument
 * @param institutionId the register id of the invited person's institution, null without a register
 * @param disposition {@code complete} or {@code no_response}
 * @param respondentId the respondent id of a completed invitation, null otherwise
 */
public record Invitation(
    String id, String group, String institutionId, String disposition, String respondentId) {
  public static final String COMPLETE = "complete";
  public static final String NO_RESPONSE = "no_response";
}
