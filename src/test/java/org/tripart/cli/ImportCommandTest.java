package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;
import org.tripart.interop.InstrumentImporter;
import org.tripart.interop.RecordsImport;
import org.tripart.interop.RecordsImporter;
import org.tripart.interop.TripartYaml;
import picocli.CommandLine;

/**
 * {@code tripart import}: what it writes, its report, and that it writes nothing when a file cannot
 * be read. The format importers live in their own packages; here the command runs with importers
 * whose behaviour the test controls (Tripart's YAML read as a "source", with one note; a responses
 * CSV given as two events), and with the real registry for what it refuses.
 */
class ImportCommandTest {
  @TempDir Path work;

  /**
   * Reads Tripart YAML and reports one construct, as a real importer would report an action tag.
   */
  private static final InstrumentImporter SOURCE =
      (content, name) ->
          new InstrumentImport(
              new TripartYaml().read(content, name).instrument(),
              List.of(
                  new ConversionNote(
                      name + ":14", "field smoke", "@HIDEFROMUSER not carried over")));

  /** Reads the responses CSV as two events (one named with a space and a slash), with one note. */
  private static final RecordsImporter RECORDS =
      (instrument, content, name) -> {
        Dataset all =
            CsvDatasetReader.read(
                instrument,
                new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                name,
                CsvDatasetReader.Options.defaults().withWarnings(w -> {}));
        Map<String, Dataset> events = new LinkedHashMap<>();
        events.put("event_1", all);
        events.put("event 2/arm", all);
        return new RecordsImport(
            events, List.of(new ConversionNote(name + ":3", "record a2 field smoke", "999 kept")));
      };

  @Test
  void writesTheInstrumentTheReportAndTheResponses() throws IOException {
    Path out = work.resolve("imported");
    Run run =
        run(
            SOURCE,
            RECORDS,
            "--from",
            "redcap",
            source().toString(),
            "--records",
            csv().toString(),
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(ConvertCommandTest.names(out))
        .containsExactly("event_1.csv", "event_2_arm.csv", "import-report.txt", "small.yaml");
    // convert-small.yaml has 4 items (a note, smoke, tools, years); the responses 3 rows per event
    assertThat(Files.readAllLines(out.resolve("import-report.txt")))
        .containsExactly(
            "imported 4 items from convert-small.yaml into small.yaml; 6 records from"
                + " convert-small.csv into event_1.csv, event_2_arm.csv; 2 notes",
            "convert-small.yaml:14 field smoke: @HIDEFROMUSER not carried over",
            "convert-small.csv:3 record a2 field smoke: 999 kept");
    Dataset back =
        CsvDatasetReader.read(
            org.tripart.instrument.InstrumentReader.read(out.resolve("small.yaml")),
            out.resolve("event_1.csv"),
            CsvDatasetReader.Options.defaults().withWarnings(w -> {}));
    assertThat(back.respondentIds()).containsExactly("a1", "a2", "a3");
    assertThat(back.column("smoke").answer(1))
        .isEqualTo(new org.tripart.instrument.Answer.Choice("999"));
    assertThat(back.column("years").answer(0))
        .isEqualTo(new org.tripart.instrument.Answer.Number(12));
    CommandLineRun validate = CommandLineRun.of("validate", out.resolve("small.yaml").toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("valid instrument 'small' (group clinician, version 2)");
  }

  @Test
  void anUnreadableFileGivesOneLineExitTwoAndWritesNothing() throws IOException {
    InstrumentImporter broken =
        (content, name) -> {
          throw new TripartException(
              ErrorCode.IMPORT_UNREADABLE, name + ":3:14", "expected ',' or '}' after a value");
        };
    Path out = work.resolve("never");
    Run run = run(broken, RECORDS, "--from", "fhir", source().toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "tripart: TRP-1000 convert-small.yaml:3:14: expected ',' or '}' after a value"
                + System.lineSeparator());
    assertThat(out).doesNotExist();
    assertThat(ConvertCommandTest.names(work)).containsExactly("convert-small.yaml");
  }

  @Test
  void unreadableRecordsWriteNothingEither() throws IOException {
    Path bad = work.resolve("records.csv");
    Files.writeString(bad, "record_id,smoke\na1,7\n");
    Path out = work.resolve("never");
    Files.createDirectories(out);
    Run run =
        run(
            SOURCE,
            RECORDS,
            "--from",
            "redcap",
            source().toString(),
            "--records",
            bad.toString(),
            "--out",
            out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("tripart: TRP-0102 records.csv:2").doesNotContain("\tat ");
    assertThat(ConvertCommandTest.names(out)).isEmpty();
  }

  @Test
  void aMissingFileIsNamed() {
    Path out = work.resolve("never");
    Run run = run(SOURCE, RECORDS, "--from", "xlsform", "nope.xlsx", "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("tripart: TRP-1000 nope.xlsx: no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void existingFilesAreKeptUnlessForced() throws IOException {
    Path out = work.resolve("again");
    assertThat(
            run(SOURCE, RECORDS, "--from", "redcap", source().toString(), "--out", out.toString())
                .code())
        .isZero();
    Files.writeString(out.resolve("small.yaml"), "edited by hand");
    Run refused =
        run(SOURCE, RECORDS, "--from", "redcap", source().toString(), "--out", out.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("small.yaml: exists; nothing was written (--force replaces it)");
    assertThat(Files.readString(out.resolve("small.yaml"))).isEqualTo("edited by hand");
    Run forced =
        run(
            SOURCE,
            RECORDS,
            "--from",
            "redcap",
            source().toString(),
            "--out",
            out.toString(),
            "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(out.resolve("small.yaml"))).startsWith("instrument: small");
  }

  @Test
  void theRealCommandRefusesAnUnknownFormatAndWritesNothing() {
    Path out = work.resolve("never");
    CommandLineRun run =
        CommandLineRun.of("import", "--from", "spss", source().toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "tripart: TRP-0500 --from spss: not a format to import from; expected redcap, xlsform"
                + " or fhir");
    assertThat(out).doesNotExist();
  }

  @Test
  void theRealCommandFailsOnOneLineWhateverTheRegistryHolds() {
    // without the redcap package the registry refuses (TRP-1003); with it, this YAML is no REDCap
    // dictionary (TRP-1000): either way exit 2, one line, nothing written
    Path out = work.resolve("never");
    CommandLineRun run =
        CommandLineRun.of(
            "import", "--from", "redcap", source().toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("tripart: TRP-1").doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(out).doesNotExist();
  }

  private record Run(int code, String out, String err) {}

  private static Run run(InstrumentImporter importer, RecordsImporter records, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new ImportCommand(f -> importer, f -> records));
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int code = cl.execute(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path source() {
    return copy("convert-small.yaml");
  }

  private Path csv() {
    return copy("convert-small.csv");
  }

  private Path copy(String name) {
    Path p = work.resolve(name);
    if (!Files.exists(p)) {
      try (var in = getClass().getResourceAsStream(name)) {
        Files.copy(in, p);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return p;
  }
}
