package org.tripart.capture;

/** What is wrong with one answer of a submission. */
public enum ViolationKind {
  /** The submission answers an item the instrument does not define. */
  UNKNOWN_ITEM,
  /** A code that is not one of the item's options (or, for a province item, not one of the 31). */
  UNKNOWN_OPTION,
  /** The value has the wrong shape: a list for a single choice, text for a number, and so on. */
  WRONG_TYPE,
  /** A number outside the item's range. */
  OUT_OF_RANGE,
  /** A number with a fractional part for an integer item. */
  NOT_INTEGER,
  /** A required item that applies was left unanswered ({@link Mode#FINAL} only). */
  REQUIRED,
  /** An answer to an item whose skip logic says it does not apply ({@link Mode#FINAL} only). */
  ANSWERED_WHEN_SKIPPED,
  /** An exclusive option ("none of these") chosen together with other options. */
  EXCLUSIVE_WITH_OTHERS,
  /** The same option chosen twice in one multiple-choice answer. */
  DUPLICATE_OPTION,
  /** A date item's value is not a real calendar date written {@code yyyy-mm-dd}. */
  BAD_DATE,
  /** A text answer longer than {@link SubmissionParser#MAX_TEXT_LENGTH} characters. */
  TOO_LONG,
  /** An answer sent for a note or a calculated item, which respondents do not answer. */
  NOT_ANSWERABLE,
  /**
   * A chosen option whose own condition ({@link org.tripart.instrument.Option#when()}) does not
   * hold for the earlier answers, so it was not offered ({@link Mode#FINAL} only).
   */
  OPTION_NOT_OFFERED,
  /** A roster entry names a register id that is not in the study's registers. */
  UNKNOWN_PARTNER,
  /** A roster entry names an organisation from a register (sector) the roster does not offer. */
  PARTNER_SECTOR,
  /** The same partner twice in one roster: the same id, or the same typed-in name. */
  DUPLICATE_PARTNER,
  /** A roster entry names the respondent's own organisation (the institution item's answer). */
  OWN_ORGANISATION,
  /** More partners than the roster's {@code max}. */
  TOO_MANY_PARTNERS,
  /** A roster entry has tie answers but names no partner ({@link Mode#FINAL} only). */
  TIE_WITHOUT_PARTNER,
  /** A roster entry gives both a register id and a typed-in name. */
  ID_AND_OTHER,
  /** A typed-in partner for a roster that only takes organisations of its registers. */
  OTHER_NOT_ALLOWED,
  /** A roster entry has a key that is neither id, other nor one of the roster's tie questions. */
  UNKNOWN_TIE
}
