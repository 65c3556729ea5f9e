package org.tripart.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.TiesCsv;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InvalidInstrumentException;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.Export;
import org.tripart.interop.ExportFile;
import org.tripart.interop.ExportOptions;
import org.tripart.interop.Exporter;
import org.tripart.interop.Interop;
import org.tripart.interop.TargetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a Tripart instrument, and its answers, in another tool's format. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Write a questionnaire (and, with --responses, its answers) for another tool: a REDCap data"
          + " dictionary and records, an XLSForm, a FHIR Questionnaire and QuestionnaireResponses,"
          + " or the answers for SPSS (CSV + .sps syntax), Stata (.dta, and CSV + .do) or R (CSV +"
          + " .R script), with variable labels, value labels and missing-data codes applied.",
      "",
      "Also writes DIR/convert-report.txt: a first line with the counts, then one line per"
          + " construct the format cannot carry. Nothing is written when an input is invalid;"
          + " files already in DIR are not replaced unless --force."
    })
public final class ConvertCommand implements Callable<Integer> {
  static final String REPORT = "convert-report.txt";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INSTRUMENT.yaml", arity = "1", description = "The instrument file.")
  Path instrumentFile;

  @Option(
      names = "--responses",
      paramLabel = "FILE.csv",
      description = "Answers to the instrument, in Tripart's responses CSV layout.")
  Path responses;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "redcap, xlsform, fhir, spss, stata or r.")
  String to;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write.")
  Path out;

  @Option(
      names = {"--lang", "--language"},
      paramLabel = "L",
      description = "Labels in this language where the format takes one (default: the first).")
  String language;

  @Option(names = "--force", description = "Replace files of the same name already in DIR.")
  boolean force;

  private final Function<TargetFormat, Exporter> exporters;

  /** The command with the exporters of {@link Interop}. */
  public ConvertCommand() {
    this(Interop::exporter);
  }

  ConvertCommand(Function<TargetFormat, Exporter> exporters) {
    this.exporters = exporters;
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    try {
      TargetFormat format =
          TargetFormat.fromName(to)
              .orElseThrow(
                  () ->
                      new TripartException(
                          ErrorCode.USAGE,
                          "--to " + to,
                          "not a format to convert to; expected redcap, xlsform, fhir, spss,"
                              + " stata or r"));
      Exporter exporter = exporters.apply(format);
      Instrument instrument = InstrumentReader.read(instrumentFile);
      if (language != null && !instrument.languages().contains(language)) {
        throw new TripartException(
            ErrorCode.USAGE,
            "--language " + language,
            "the instrument has languages " + String.join(", ", instrument.languages()));
      }
      if (format.needsData() && responses == null) {
        throw new TripartException(
            ErrorCode.USAGE,
            "--to " + format.cliName(),
            "writes answers: give them with --responses FILE.csv");
      }
      Dataset data =
          responses == null
              ? null
              : CsvDatasetReader.read(
                  instrument,
                  responses,
                  CsvDatasetReader.Options.defaults()
                      .withWarnings(w -> err.println("warning: " + w)));
      ExportOptions options = new ExportOptions(language);
      if (data != null && TiesCsv.hasRosters(instrument)) {
        Path tiesFile = TiesCsv.besideResponses(responses);
        if (Files.isRegularFile(tiesFile)) {
          options =
              options.withTies(
                  TiesCsv.read(
                      instrument,
                      tiesFile,
                      data,
                      CsvDatasetReader.Options.defaults()
                          .withWarnings(w -> err.println("warning: " + w))));
        } else {
          err.println(
              "warning: no ties file "
                  + tiesFile
                  + " beside the responses: the rosters' partners are not written");
        }
      }
      Export export = exporter.write(instrument, data, options);
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (ExportFile f : export.files()) {
        files.put(f.name(), f.content());
      }
      if (files.containsKey(REPORT)) {
        throw new TripartException(
            ErrorCode.CONVERT_INPUT, null, "the exporter wrote a file named " + REPORT);
      }
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              Locale.ROOT,
              "converted %d items of %s%s to %s: %s; %d notes%n",
              instrument.items().size(),
              instrumentFile.getFileName(),
              data == null
                  ? ""
                  : String.format(
                      Locale.ROOT, " and %d responses of %s", data.size(), responses.getFileName()),
              format.cliName(),
              String.join(", ", files.keySet()),
              export.notes().size()));
      for (ConversionNote n : export.notes()) {
        report.append(n.line()).append(System.lineSeparator());
      }
      files.put(REPORT, report.toString().getBytes(StandardCharsets.UTF_8));
      List<Path> written = OutputFolder.write(out, files, force);
      var stdout = spec.commandLine().getOut();
      stdout.print(report.substring(0, report.indexOf(System.lineSeparator()) + 1));
      stdout.printf("wrote %d files into %s%n", written.size(), out);
      stdout.flush();
      return 0;
    } catch (InvalidInstrumentException e) {
      e.problems().forEach(err::println);
      return 1;
    } catch (TripartException e) {
      err.println("tripart: " + ImportCommand.oneLine(e.getMessage()));
      return e.code() == ErrorCode.USAGE || e.code() == ErrorCode.CONVERT_INPUT ? 2 : 1;
    }
  }
}
