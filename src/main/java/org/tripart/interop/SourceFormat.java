package org.tripart.interop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats Tripart imports questionnaires (and answers) from, with their command-line names. */
public enum SourceFormat {
  /** A REDCap data dictionary CSV; answers as a REDCap record export. */
  REDCAP("redcap"),
  /** An XLSForm workbook (.xlsx), as KoboToolbox and ODK use. */
  XLSFORM("xlsform"),
  /** An HL7 FHIR R4 Questionnaire (JSON); answers as QuestionnaireResponses. */
  FHIR("fhir");

  private final String cliName;

  SourceFormat(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line, for example {@code redcap}. */
  public String cliName() {
    return cliName;
  }

  /** The format with this command-line name (case-insensitive), empty when there is none. */
  public static Optional<SourceFormat> fromName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
