package org.tripart.fieldwork;

/**
 * The final disposition of one invitation, after the AAPOR Standard Definitions for internet
 * surveys of specifically named persons. How Tripart assigns them is in {@code response-rates.md}
 * beside this class and in {@link #of(boolean, double, boolean, double)}.
 */
public enum Disposition {
  /** I (AAPOR 1.1): the questionnaire was submitted. */
  COMPLETE("I", "1.1"),
  /**
   * P (AAPOR 1.2): started, not submitted, at least the threshold share of required items answered.
   */
  PARTIAL("P", "1.2"),
  /** R (AAPOR 2.10): opened the questionnaire but answered less than the partial threshold. */
  REFUSAL_OR_BREAKOFF("R", "2.10"),
  /** NC (AAPOR 2.20): invited, never opened the questionnaire. */
  NON_CONTACT("NC", "2.20"),
  /**
   * O (AAPOR 2.30): eligible, not interviewed for another reason (ill, on leave), coded by hand.
   */
  OTHER("O", "2.30"),
  /** UH/UO (AAPOR 3.0): whether the person is eligible is not known, coded by hand. */
  UNKNOWN_ELIGIBILITY("UH/UO", "3.0"),
  /** AAPOR 4.0: not eligible (left the hospital, not a radiologist); outside every rate. */
  NOT_ELIGIBLE("NE", "4.0");

  /** The share of applicable required items above which a started questionnaire is partial. */
  public static final double DEFAULT_PARTIAL_THRESHOLD = 0.5;

  private final String symbol;
  private final String aaporCode;

  Disposition(String symbol, String aaporCode) {
    this.symbol = symbol;
    this.aaporCode = aaporCode;
  }

  /** The letter(s) of the AAPOR formulas: I, P, R, NC, O, UH/UO, NE. */
  public String symbol() {
    return symbol;
  }

  /** The AAPOR final disposition code of the category, for example {@code 1.1}. */
  public String aaporCode() {
    return aaporCode;
  }

  /**
   * The disposition of an invitation from what the server knows of it. Only I, P, R and NC can be
   * derived; O, unknown eligibility and not eligible are coded by the survey lead.
   *
   * @param opened the invitee opened the questionnaire (followed the link) at least once
   * @param answeredShareOfRequired answered share (0 to 1) of the required items that apply to the
   *     invitee's answers so far; pass 1 when no required item applies
   * @param submitted the final submission was accepted
   * @param partialThreshold the share from which a started questionnaire is partial, in (0, 1]
   * @throws IllegalArgumentException when a share is outside its range
   */
  public static Disposition of(
      boolean opened, double answeredShareOfRequired, boolean submitted, double partialThreshold) {
    if (!(partialThreshold > 0 && partialThreshold <= 1)) {
      throw new IllegalArgumentException(
          "partial threshold must be in (0, 1]: " + partialThreshold);
    }
    if (!(answeredShareOfRequired >= 0 && answeredShareOfRequired <= 1)) {
      throw new IllegalArgumentException(
          "answered share must be in [0, 1]: " + answeredShareOfRequired);
    }
    if (submitted) {
      return COMPLETE;
    }
    if (!opened) {
      return NON_CONTACT;
    }
    return answeredShareOfRequired >= partialThreshold ? PARTIAL : REFUSAL_OR_BREAKOFF;
  }
}
