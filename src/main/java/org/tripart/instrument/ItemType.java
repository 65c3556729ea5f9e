package org.tripart.instrument;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question an instrument can ask, with the name each has in instrument files. */
public enum ItemType {
  /** One option out of several. */
  SINGLE("single", true),
  /** Any number of options ("check all that apply"); options may be exclusive ("none of these"). */
  MULTIPLE("multiple", true),
  /** Yes or no; its options, {@code yes} and {@code no}, are implied. */
  YES_NO("yesno", true),
  /** One point of an ordered scale; its options are listed in scale order. */
  LIKERT("likert", true),
  /** A whole number, optionally within a range. */
  INTEGER("integer", false),
  /** A decimal number, optionally within a range. */
  DECIMAL("decimal", false),
  /** Free text. */
  TEXT("text", false),
  /** A calendar date, ISO 8601 ({@code 2024-03-01}). */
  DATE("date", false),
  /** A provincial administrative region of mainland China; its options are implied (GB/T 2260). */
  PROVINCE("province", true),
  /** An institution of the study's register, by its id. */
  INSTITUTION("institution", false),
  /**
   * Display-only text (an instruction, a heading, a consent paragraph): shown, never answered, and
   * no column in any data file.
   */
  NOTE("note", false),
  /**
   * A number worked out from earlier answers by the item's {@link Item#calculation()} (a score, a
   * BMI); respondents do not answer it, the value is computed whenever answers are captured or
   * imported, and it is a numeric column in data files.
   */
  CALCULATED("calculated", false),
  /**
   * A partner roster (name generator): the respondent names partner organisations from the study's
   * registers, or adds one not listed, and answers the roster's tie questions for each; see {@link
   * Item#roster()}. In the responses file it is the number of partners named; the partners and
   * their tie answers go to the ties file.
   */
  ROSTER("roster", false);

  private final String fileName;
  private final boolean coded;

  ItemType(String fileName, boolean coded) {
    this.fileName = fileName;
    this.coded = coded;
  }

  /** The name of the type in instrument files, for example {@code yesno}. */
  public String fileName() {
    return fileName;
  }

  /** True when answers are option codes (and so counted as frequencies). */
  public boolean isCoded() {
    return coded;
  }

  /** True for the types whose answer is exactly one option. */
  public boolean isSingleChoice() {
    return coded && this != MULTIPLE;
  }

  /** True for the types whose value is a number: integer, decimal and calculated items. */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL || this == CALCULATED;
  }

  /** True when a respondent gives the answer; false for notes and calculated items. */
  public boolean isAnsweredByRespondent() {
    return this != NOTE && this != CALCULATED;
  }

  /** True when the item has a value in data files (every type but {@link #NOTE}). */
  public boolean hasData() {
    return this != NOTE;
  }

  public static Optional<ItemType> fromFileName(String name) {
    return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
  }
}
