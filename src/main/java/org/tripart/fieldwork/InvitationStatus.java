package org.tripart.fieldwork;

/**
 * What the server knows of one invitation, enough to give it a {@link Disposition} and count it in
 * a {@link FieldworkSummary}. Immutable.
 *
 * @param group the stakeholder group invited, for example {@code clinician}; null when not recorded
 * @param provinceCode the GB/T 2260 code of the invitee's province; null when not recorded
 * @param tier the tier of the invitee's institution; null when not recorded (researchers, industry)
 * @param opened the invitee opened the questionnaire at least once
 * @param answeredShareOfRequired answered share (0 to 1) of the required items that apply; 1 when
 *     none applies
 * @param submitted the final submission was accepted
 */
public record InvitationStatus(
    String group,
    String provinceCode,
    Tier tier,
    boolean opened,
    double answeredShareOfRequired,
    boolean submitted) {

  public InvitationStatus {
    if (!(answeredShareOfRequired >= 0 && answeredShareOfRequired <= 1)) {
      throw new IllegalArgumentException(
          "answered share must be in [0, 1]: " + answeredShareOfRequired);
    }
  }

  /** The disposition, with a partial questionnaire from {@code partialThreshold} upwards. */
  public Disposition disposition(double partialThreshold) {
    return Disposition.of(opened, answeredShareOfRequired, submitted, partialThreshold);
  }
}
