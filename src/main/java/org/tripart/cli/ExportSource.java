package org.tripart.cli;

import java.nio.file.Path;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.instrument.InstrumentReader;
import org.tripart.study.PaperLayout;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The responses {@code export} tabulates: a CSV (with its instrument, or items inferred from the
 * columns as {@code analyze} infers them), the final responses a Tripart store holds, or, given
 * neither, one group of the bundled study's synthetic data. Immutable; reading has no side effect
 * but printing CSV warnings to the command's error stream.
 *
 * @param data the responses, with their instrument and provenance
 * @param name how titles name the source: the group, the CSV's file name or the store's study
 * @param respondents the noun drafted text uses for the respondents
 */
record ExportSource(Dataset data, String name, String respondents) {
  /** The group the bundled study's export tabulates when none is given. */
  static final String DEFAULT_GROUP = "clinician";

  /**
   * Picks the source from the options; null means not given.
   *
   * @throws ParameterException when the options name two sources or one source's option without its
   *     source
   */
  static ExportSource select(
      Path responses, Path instrument, String db, String study, String group, CommandLine cl) {
    return select(responses, instrument, db, study, group, cl, InferenceOptions.defaults());
  }

  /**
   * As above, a CSV without instrument read with {@code inference} (the design columns of a model
   * as numbers).
   */
  static ExportSource select(
      Path responses,
      Path instrument,
      String db,
      String study,
      String group,
      CommandLine cl,
      InferenceOptions inference) {
    if (responses != null && db != null) {
      throw new ParameterException(
          cl, "give either --responses FILE.csv or --db PATH|JDBC_URL, not both");
    }
    if (instrument != null && responses == null) {
      throw new ParameterException(
          cl,
          db == null
              ? "--instrument goes with --responses FILE.csv"
              : "--instrument: with --db the instrument comes from the store");
    }
    if (study != null && db == null) {
      throw new ParameterException(cl, "--study goes with --db PATH|JDBC_URL");
    }
    if (db != null) {
      StoredResponses stored = StoredResponses.read(db, study, group, cl);
      return new ExportSource(stored.data(), stored.source(), PaperLayout.respondents(group));
    }
    if (responses != null) {
      if (group != null) {
        throw new ParameterException(
            cl, "--group goes with --db or the bundled study, not with --responses");
      }
      return new ExportSource(
          csv(responses, instrument, cl, inference),
          responses.getFileName().toString(),
          "respondents");
    }
    String g = group == null ? DEFAULT_GROUP : group;
    Study bundled = Study.nationalAi();
    bundled.group(g);
    return new ExportSource(
        StudyData.synthesize(bundled).dataset(g), g, PaperLayout.respondents(g));
  }

  private static Dataset csv(
      Path responses, Path instrument, CommandLine cl, InferenceOptions inference) {
    CsvDatasetReader.Options read =
        new CsvDatasetReader.Options(
            instrument == null,
            responses.getFileName().toString(),
            w -> {
              if (instrument != null) {
                cl.getErr().println("warning: " + w);
              }
            });
    if (instrument == null) {
      return InferringCsvReader.read(responses, inference, read).dataset();
    }
    return CsvDatasetReader.read(InstrumentReader.read(instrument), responses, read);
  }
}
