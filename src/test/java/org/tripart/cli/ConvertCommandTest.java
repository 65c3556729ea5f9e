package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.interop.Exporter;
import org.tripart.interop.Interop;
import org.tripart.interop.TargetFormat;
import picocli.CommandLine;

/**
 * {@code tripart convert} on convert-small.yaml (a note and three items with data: smoke, a single
 * choice with 999 flagged missing; tools, a multiple choice of two options; years, an integer) and
 * convert-small.csv (three respondents: a1 smokes daily, ticked PACS, 12 years; a2 refused, ticked
 * nothing, 3 years; a3 answered nothing).
 */
class ConvertCommandTest {
  @TempDir Path work;

  @Test
  void spssWritesDataSyntaxAndAReport() throws IOException {
    Path out = work.resolve("spss");
    CommandLineRun run = convert("--to", "spss", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(names(out)).containsExactly("convert-report.txt", "small.csv", "small.sps");
    String sps = Files.readString(out.resolve("small.sps"));
    assertThat(sps)
        .contains("/FILE='small.csv'")
        .contains("/smoke 1 \"Never\" 2 \"Daily\" 999 \"Refused\"")
        .contains("MISSING VALUES smoke (999).")
        .contains("/tools___pacs \"Tools used: PACS\"");
    assertThat(Files.readString(out.resolve("small.csv")))
        .isEqualTo(
            "record_id,smoke,tools___pacs,tools___ai,years\n"
                + "a1,2,1,0,12\n"
                + "a2,999,0,0,3\n"
                + "a3,,,,\n");
    List<String> report = Files.readAllLines(out.resolve("convert-report.txt"));
    // four items (the note counts as an item of the instrument), three responses, no notes: every
    // code is a number and every name is already a valid variable name
    assertThat(report)
        .containsExactly(
            "converted 4 items of convert-small.yaml and 3 responses of convert-small.csv to spss:"
                + " small.csv, small.sps; 0 notes");
    assertThat(run.out()).startsWith(report.get(0));
  }

  @Test
  void rScriptLabelsInTheLanguageAsked() throws IOException {
    Path out = work.resolve("r");
    CommandLineRun run = convert("--to", "r", "--language", "zh", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("small.R")))
        .contains("attr(data[[\"smoke\"]], \"label\") <- \"您吸烟吗？\"")
        .contains("labels = c(\"从不\", \"每天\")")
        .contains("\"missing_codes\") <- c(\"拒答\" = \"999\")");
  }

  @Test
  void stataWritesTheDtaTheCsvAndTheDoFile() throws IOException {
    Path out = work.resolve("stata");
    CommandLineRun run = convert("--to", "stata", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(names(out))
        .containsExactly("convert-report.txt", "small.csv", "small.do", "small.dta");
    byte[] dta = Files.readAllBytes(out.resolve("small.dta"));
    assertThat(new String(dta, 0, 68, StandardCharsets.US_ASCII))
        .startsWith("<stata_dta><header><release>118</release><byteorder>LSF</byteorder>");
  }

  @Test
  void aStatisticsFormatWithoutResponsesIsAUsageErrorAndWritesNothing() {
    Path out = work.resolve("none");
    CommandLineRun run =
        CommandLineRun.of("convert", yaml().toString(), "--to", "spss", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "tripart: TRP-0500 --to spss: writes answers: give them with --responses FILE.csv");
    assertThat(out).doesNotExist();
  }

  @Test
  void anAnswerThatDoesNotFitIsReportedWithItsLineAndNothingIsWritten() throws IOException {
    Path csv = work.resolve("bad.csv");
    Files.writeString(
        csv, "record_id,smoke,tools___pacs,tools___ai,years\na1,2,1,0,12\na2,3,0,0,3\n");
    Path out = work.resolve("bad");
    CommandLineRun run =
        CommandLineRun.of(
            "convert",
            yaml().toString(),
            "--responses",
            csv.toString(),
            "--to",
            "r",
            "--out",
            out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("tripart: TRP-0102 ").contains("bad.csv:3");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownLanguageOrFormatIsAUsageError() {
    Path out = work.resolve("x");
    CommandLineRun lang = convert("--to", "spss", "--language", "fr", "--out", out.toString());
    assertThat(lang.exitCode()).isEqualTo(2);
    assertThat(lang.err()).contains("TRP-0500 --language fr: the instrument has languages en, zh");
    CommandLineRun format = convert("--to", "sas", "--out", out.toString());
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--to sas: not a format to convert to");
    assertThat(out).doesNotExist();
  }

  @Test
  void existingFilesAreKeptUnlessForced() throws IOException {
    Path out = work.resolve("existing");
    Files.createDirectories(out);
    Files.writeString(out.resolve("small.sps"), "mine");
    Files.writeString(out.resolve("notes.txt"), "also mine");
    CommandLineRun refused = convert("--to", "spss", "--out", out.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("small.sps: exists; nothing was written (--force replaces it)");
    assertThat(names(out)).containsExactly("notes.txt", "small.sps");
    assertThat(Files.readString(out.resolve("small.sps"))).isEqualTo("mine");

    CommandLineRun forced = convert("--to", "spss", "--out", out.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(names(out))
        .containsExactly("convert-report.txt", "notes.txt", "small.csv", "small.sps");
    assertThat(Files.readString(out.resolve("small.sps"))).startsWith("* Encoding: UTF-8.");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("also mine");
    assertThat(names(work)).as("no temporary folder left beside DIR").doesNotContain(".existing");
  }

  @Test
  void aFormatNotInThisBuildIsRefusedNamingIt() {
    Function<TargetFormat, Exporter> registry =
        f -> {
          throw new TripartException(
              ErrorCode.CONVERT_INPUT, null, "conversion to fhir is not available in this build");
        };
    Path out = work.resolve("fhir");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new ConvertCommand(registry));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int code = cl.execute(yaml().toString(), "--to", "fhir", "--out", out.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("tripart: TRP-1003 conversion to fhir is not available in this build");
    assertThat(out).doesNotExist();
  }

  @Test
  void theStatisticsFormatsAreInTheRegistry() {
    assertThat(Interop.exporter(TargetFormat.SPSS)).isNotNull();
    assertThat(Interop.exporter(TargetFormat.STATA)).isNotNull();
    assertThat(Interop.exporter(TargetFormat.R)).isNotNull();
  }

  private CommandLineRun convert(String... args) {
    String[] all =
        Stream.concat(
                Stream.of("convert", yaml().toString(), "--responses", csv().toString()),
                Stream.of(args))
            .toArray(String[]::new);
    return CommandLineRun.of(all);
  }

  private Path yaml() {
    return resource("convert-small.yaml");
  }

  private Path csv() {
    return resource("convert-small.csv");
  }

  private Path resource(String name) {
    Path p = work.resolve(name);
    if (!Files.exists(p)) {
      try (InputStream in = getClass().getResourceAsStream(name)) {
        Files.copy(in, p);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return p;
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
