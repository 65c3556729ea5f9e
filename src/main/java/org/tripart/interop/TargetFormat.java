package org.tripart.interop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats Tripart writes instruments and answers in, with their command-line names. */
public enum TargetFormat {
  /** A REDCap data dictionary CSV, and the answers as a REDCap record import file. */
  REDCAP("redcap"),
  /** An XLSForm workbook (.xlsx). */
  XLSFORM("xlsform"),
  /** An HL7 FHIR R4 Questionnaire, and the answers as QuestionnaireResponses. */
  FHIR("fhir"),
  /** The answers as CSV with an SPSS syntax file (.sps) applying labels and missing values. */
  SPSS("spss"),
  /** The answers as a Stata .dta file, and as CSV with a do-file applying the labels. */
  STATA("stata"),
  /** The answers as CSV with an R script applying labels, factors and missing values. */
  R("r");

  private final String cliName;

  TargetFormat(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line, for example {@code spss}. */
  public String cliName() {
    return cliName;
  }

  /** True for the statistics packages, which write answers only and so need a data set. */
  public boolean needsData() {
    return this == SPSS || this == STATA || this == R;
  }

  /** The format with this command-line name (case-insensitive), empty when there is none. */
  public static Optional<TargetFormat> fromName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
