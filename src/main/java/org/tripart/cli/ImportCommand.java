package org.tripart.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CsvDatasetWriter;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;
import org.tripart.interop.InstrumentImporter;
import org.tripart.interop.Interop;
import org.tripart.interop.RecordsImport;
import org.tripart.interop.RecordsImporter;
import org.tripart.interop.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a questionnaire (and answers) from another tool's file into Tripart's files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a questionnaire written by another tool: a REDCap data dictionary (CSV), an XLSForm"
          + " (.xlsx) or a FHIR R4 Questionnaire (JSON). Writes DIR/<instrument id>.yaml, which"
          + " 'tripart validate' accepts, and DIR/import-report.txt: a first line with the counts,"
          + " then one line per construct not carried over or changed, with its place in the"
          + " source.",
      "",
      "With --records, also imports answers (a REDCap record export, FHIR QuestionnaireResponses)"
          + " as responses CSV files in DIR, one per REDCap event, each answer checked against the"
          + " imported questionnaire; answers that do not fit are listed in the report.",
      "",
      "Nothing is written when a file cannot be read (exit status 2, one line naming the place);"
          + " files already in DIR are not replaced unless --force."
    })
public final class ImportCommand implements Callable<Integer> {
  static final String REPORT = "import-report.txt";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FORMAT",
      description = "The source's format: redcap, xlsform or fhir.")
  String from;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The questionnaire file.")
  Path file;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      description = "Also import these answers (REDCap records CSV; FHIR responses JSON/NDJSON).")
  Path records;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write.")
  Path out;

  @Option(names = "--force", description = "Replace files of the same name already in DIR.")
  boolean force;

  private final Function<SourceFormat, InstrumentImporter> importers;
  private static final Function<SourceFormat, RecordsImporter> REGISTRY_RECORDS =
      Interop::recordsImporter;

  private final Function<SourceFormat, RecordsImporter> recordsImporters;

  /** The command with the importers of {@link Interop}. */
  public ImportCommand() {
    this(Interop::instrumentImporter, REGISTRY_RECORDS);
  }

  ImportCommand(
      Function<SourceFormat, InstrumentImporter> importers,
      Function<SourceFormat, RecordsImporter> recordsImporters) {
    this.importers = importers;
    this.recordsImporters = recordsImporters;
  }

  @Override
  public Integer call() {
    try {
      SourceFormat format =
          SourceFormat.fromName(from)
              .orElseThrow(
                  () ->
                      new TripartException(
                          ErrorCode.USAGE,
                          "--from " + from,
                          "not a format to import from; expected redcap, xlsform or fhir"));
      InstrumentImporter importer = importers.apply(format);
      String name = file.getFileName().toString();
      byte[] source = read(file);
      InstrumentImport imported = importer.read(source, name);
      String yaml = InstrumentWriter.write(imported.instrument());
      Instrument instrument = InstrumentReader.read(new StringReader(yaml), name);
      Map<String, byte[]> files = new LinkedHashMap<>();
      String yamlName = instrument.id() + ".yaml";
      files.put(yamlName, yaml.getBytes(StandardCharsets.UTF_8));
      List<ConversionNote> notes = new ArrayList<>(imported.notes());
      String recordsLine = "";
      if (records != null) {
        RecordsImporter recordsImporter =
            recordsImporters == REGISTRY_RECORDS
                ? Interop.recordsImporter(format, source, name)
                : recordsImporters.apply(format);
        RecordsImport answers =
            recordsImporter.read(instrument, read(records), records.getFileName().toString());
        int rows = 0;
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, Dataset> e : answers.datasets().entrySet()) {
          String csvName = safeStem(e.getKey()) + ".csv";
          StringWriter csv = new StringWriter();
          CsvDatasetWriter.write(e.getValue(), csv);
          files.put(csvName, csv.toString().getBytes(StandardCharsets.UTF_8));
          rows += e.getValue().size();
          written.add(csvName);
        }
        notes.addAll(answers.notes());
        recordsLine =
            String.format(
                Locale.ROOT,
                "; %d records from %s into %s",
                rows,
                records.getFileName(),
                written.isEmpty() ? "no file" : String.join(", ", written));
      }
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              Locale.ROOT,
              "imported %d items from %s into %s%s; %d notes%n",
              instrument.items().size(),
              name,
              yamlName,
              recordsLine,
              notes.size()));
      for (ConversionNote n : notes) {
        report.append(n.line()).append(System.lineSeparator());
      }
      files.put(REPORT, report.toString().getBytes(StandardCharsets.UTF_8));
      OutputFolder.write(out, files, force);
      var stdout = spec.commandLine().getOut();
      stdout.print(report.substring(0, report.indexOf(System.lineSeparator()) + 1));
      stdout.printf("wrote %d files into %s%n", files.size(), out);
      stdout.flush();
      return 0;
    } catch (TripartException e) {
      spec.commandLine().getErr().println("tripart: " + oneLine(e.getMessage()));
      return 2;
    }
  }

  /** The file's bytes. @throws TripartException (IMPORT_UNREADABLE) when it cannot be read */
  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new TripartException(ErrorCode.IMPORT_UNREADABLE, file.toString(), "no such file");
    } catch (IOException e) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, file.toString(), "cannot be read: " + e.getMessage());
    }
  }

  static String oneLine(String message) {
    return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static String safeStem(String stem) {
    String s = stem.replaceAll("[^A-Za-z0-9_.-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "responses" + s : s;
  }
}
