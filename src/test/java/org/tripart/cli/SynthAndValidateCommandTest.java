package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthAndValidateCommandTest {
  private static final String INSTRUMENT = "src/test/resources/org/tripart/cli/mini.yaml";

  @Test
  void synthWritesRespondentsWhoseMarginalsMatchTheTargets(@TempDir Path dir) throws IOException {
    Path targets = dir.resolve("targets.csv");
    Files.writeString(
        targets,
        "item,option,pct,by_item,by_option\n"
            + "tier,tertiary,60,,\n"
            + "uses_ai,yes,25,,\n"
            + "tools,ct,40,,\n");
    Path out = dir.resolve("out.csv");
    CommandLineRun run =
        CommandLineRun.of(
            "synth",
            "--instrument",
            INSTRUMENT,
            "--targets",
            targets.toString(),
            "--respondents",
            "200",
            "--seed",
            "7",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("200 SYNTHETIC respondents");
    List<CSVRecord> rows = read(out);
    assertThat(rows).hasSize(200).allMatch(r -> r.get("record_id").startsWith("SYNTHETIC-"));
    long tertiary = rows.stream().filter(r -> r.get("tier").equals("tertiary")).count();
    long yes = rows.stream().filter(r -> r.get("uses_ai").equals("yes")).count();
    List<CSVRecord> users = rows.stream().filter(r -> r.get("uses_ai").equals("yes")).toList();
    long ct = users.stream().filter(r -> r.get("tools___ct").equals("1")).count();
    assertThat(tertiary).isEqualTo(120);
    assertThat(yes).isEqualTo(50);
    assertThat(ct).isEqualTo(20);
    assertThat(rows)
        .filteredOn(r -> !r.get("uses_ai").equals("yes"))
        .allSatisfy(r -> assertThat(r.get("tools___ct")).isEmpty());
  }

  @Test
  void sameSeedGivesTheSameFileByteForByte(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    for (Path p : List.of(a, b)) {
      CommandLineRun.of(
          "synth",
          "--instrument",
          INSTRUMENT,
          "--respondents",
          "50",
          "--seed",
          "3",
          "--out",
          p.toString());
    }
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void aTargetNamingAnUnknownOptionIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path targets = dir.resolve("t.csv");
    Files.writeString(targets, "item,option,pct\ntier,quaternary,50\n");
    Path out = dir.resolve("out.csv");
    CommandLineRun run =
        CommandLineRun.of(
            "synth",
            "--instrument",
            INSTRUMENT,
            "--targets",
            targets.toString(),
            "--respondents",
            "10",
            "--out",
            out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("TRP-0200").contains("t.csv:2").contains("quaternary");
    assertThat(out).doesNotExist();
  }

  @Test
  void validateAcceptsTheBundledInstrumentsAndNamesEveryProblemOfABadOne(@TempDir Path dir)
      throws IOException {
    CommandLineRun ok =
        CommandLineRun.of(
            "validate",
            "src/main/resources/org/tripart/study/national-ai/clinician.yaml",
            "src/main/resources/org/tripart/study/national-ai/research.yaml",
            "src/main/resources/org/tripart/study/national-ai/industry.yaml");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("valid instrument 'clinician'").contains("'industry'");

    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(INSTRUMENT))
            .replace("code: tertiary", "code: secondary")
            .replace("type: integer", "type: integr"));
    CommandLineRun run = CommandLineRun.of("validate", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("TRP-0004 " + bad + ":")
        .contains("item tier")
        .contains("'secondary' is defined twice")
        .contains("TRP-0005")
        .contains("integr")
        .doesNotContain("\tat ");
  }

  @Test
  void studyWritesEditableInstrumentsAndLabelledSyntheticData(@TempDir Path dir)
      throws IOException {
    CommandLineRun run = CommandLineRun.of("study", dir.toString(), "--data");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("clinician.yaml")).exists();
    assertThat(dir.resolve("DECISIONS.md")).exists();
    List<CSVRecord> clinicians = read(dir.resolve("clinician-responses-SYNTHETIC.csv"));
    assertThat(clinicians).hasSize(5142);
    assertThat(clinicians.stream().map(r -> r.get("hospital")).distinct().count()).isEqualTo(2135);
    assertThat(clinicians.stream().map(r -> r.get("province")).distinct().count()).isEqualTo(31);
    assertThat(read(dir.resolve("clinician-invitations-SYNTHETIC.csv"))).hasSize(5148);
    List<CSVRecord> researchers = read(dir.resolve("research-responses-SYNTHETIC.csv"));
    assertThat(researchers.stream().map(r -> r.get("province")).distinct().count()).isEqualTo(19);
    CommandLineRun again =
        CommandLineRun.of(
            "validate",
            dir.resolve("clinician.yaml").toString(),
            dir.resolve("research.yaml").toString());
    assertThat(again.exitCode()).isZero();
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(Files.readString(csv)))
        .getRecords();
  }
}
