package org.tripart.interop;

import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.interop.stats.StatsExporters;

/**
 * The one registry of importers and exporters that the command line and the server use. A format's
 * package is wired in by replacing its {@code unavailable(...)} line in a switch below with its
 * implementation ({@code case REDCAP -> new RedcapImporter();}). Stateless and thread-safe.
 */
public final class Interop {
  private Interop() {}

  /**
   * The questionnaire importer of a format.
   *
   * @throws TripartException (CONVERT_INPUT) when this build has no importer for the format
   */
  public static InstrumentImporter instrumentImporter(SourceFormat format) {
    return switch (format) {
      case REDCAP -> org.tripart.interop.redcap.RedcapDictionary.importer();
      case XLSFORM -> new org.tripart.interop.xlsform.XlsForm();
      case FHIR -> new org.tripart.interop.fhir.FhirQuestionnaire();
    };
  }

  /**
   * The answers importer of a format.
   *
   * @throws TripartException (CONVERT_INPUT) when this build has no answers importer for it
   */
  public static RecordsImporter recordsImporter(SourceFormat format) {
    return switch (format) {
      case REDCAP -> org.tripart.interop.redcap.RedcapRecords.importer();
      case XLSFORM ->
          throw new TripartException(
              ErrorCode.CONVERT_INPUT,
              null,
              "an XLSForm holds a questionnaire only; answers are imported from redcap or fhir files");
      case FHIR -> new org.tripart.interop.fhir.FhirResponses();
    };
  }

  /**
   * The exporter of a format.
   *
   * @throws TripartException (CONVERT_INPUT) when this build has no exporter for the format
   */
  public static Exporter exporter(TargetFormat format) {
    return RosterExports.carryingTies(formatExporter(format));
  }

  private static Exporter formatExporter(TargetFormat format) {
    return switch (format) {
      case SPSS -> StatsExporters.spss();
      case STATA -> StatsExporters.stata();
      case R -> StatsExporters.r();
      case REDCAP -> FormatExporters::redcap;
      case XLSFORM -> FormatExporters::xlsform;
      case FHIR -> FormatExporters::fhir;
    };
  }

  /**
   * The answers importer of a format for answers to the questionnaire in {@code source} (the file
   * the instrument was imported from): FHIR responses name items by the Questionnaire's linkIds,
   * which import may have renamed (UUIDs, slashes), so their mapping is read from the source.
   */
  public static RecordsImporter recordsImporter(
      SourceFormat format, byte[] source, String sourceName) {
    if (format == SourceFormat.FHIR) {
      return new org.tripart.interop.fhir.FhirResponses(
          org.tripart.interop.fhir.FhirQuestionnaire.convert(source, sourceName).ids());
    }
    return recordsImporter(format);
  }

  /** Always throws: the format's package is not part of this build yet. */
  private static <T> T unavailable(String what, Enum<?> format) {
    throw new TripartException(
        ErrorCode.CONVERT_INPUT,
        null,
        what
            + " "
            + format.name().toLowerCase(java.util.Locale.ROOT)
            + " is not available in this build of Tripart");
  }
}
