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
      case REDCAP -> unavailable("import from", format);
      case XLSFORM -> unavailable("import from", format);
      case FHIR -> unavailable("import from", format);
    };
  }

  /**
   * The answers importer of a format.
   *
   * @throws TripartException (CONVERT_INPUT) when this build has no answers importer for it
   */
  public static RecordsImporter recordsImporter(SourceFormat format) {
    return switch (format) {
      case REDCAP -> unavailable("import of answers from", format);
      case XLSFORM -> unavailable("import of answers from", format);
      case FHIR -> unavailable("import of answers from", format);
    };
  }

  /**
   * The exporter of a format.
   *
   * @throws TripartException (CONVERT_INPUT) when this build has no exporter for the format
   */
  public static Exporter exporter(TargetFormat format) {
    return switch (format) {
      case SPSS -> StatsExporters.spss();
      case STATA -> StatsExporters.stata();
      case R -> StatsExporters.r();
      case REDCAP -> unavailable("conversion to", format);
      case XLSFORM -> unavailable("conversion to", format);
      case FHIR -> unavailable("conversion to", format);
    };
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
