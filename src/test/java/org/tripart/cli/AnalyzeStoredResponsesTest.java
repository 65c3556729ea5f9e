package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tripart.store.Database;

/**
 * {@code analyze --db} reads the responses 'tripart serve' stored and gives what {@code analyze
 * --responses} gives for the same answers as a CSV: MiniStore writes mini.csv's rows as the server
 * stores them (AnalyzeCommandTest works mini.csv by hand).
 */
class AnalyzeStoredResponsesTest {
  private static final Path INSTRUMENT = MiniStore.INSTRUMENT;
  private static final String RESPONSES = MiniStore.RESPONSES;

  @TempDir Path dir;

  private static void fill(String location) throws IOException {
    MiniStore.fill(location);
  }

  private static Set<String> dataRows(String csv) {
    Set<String> rows = new TreeSet<>(List.of(csv.split("\n")));
    return rows;
  }

  private static void sameAsTheCsv(String location) {
    for (List<String> extra : List.of(List.<String>of(), List.of("--by", "tier"))) {
      List<String> fromCsv =
          new ArrayList<>(
              List.of("analyze", "--instrument", INSTRUMENT.toString(), "--responses", RESPONSES));
      List<String> fromDb =
          new ArrayList<>(
              List.of("analyze", "--db", location, "--study", "mini_study", "--group", "staff"));
      for (List<String> args : List.of(fromCsv, fromDb)) {
        args.addAll(extra);
        args.addAll(List.of("--format", "csv"));
      }
      CommandLineRun csv = CommandLineRun.of(fromCsv.toArray(String[]::new));
      CommandLineRun db = CommandLineRun.of(fromDb.toArray(String[]::new));

      assertThat(db.exitCode()).as(db.err()).isZero();
      assertThat(dataRows(db.out())).hasSizeGreaterThanOrEqualTo(8).isEqualTo(dataRows(csv.out()));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void storedResponsesGiveTheCsvsFrequenciesAndCrossTabs(Database database) throws IOException {
    String location = database.freshLocation(dir);
    fill(location);

    sameAsTheCsv(location);
    CommandLineRun text =
        CommandLineRun.of(
            "analyze",
            "--db",
            location,
            "--study",
            "mini_study",
            "--group",
            "staff",
            "--items",
            "uses_ai");
    assertThat(text.out())
        .contains(
            "Analysis of mini_study/staff in "
                + location.replaceAll("password=[^&]*", "password=***")
                + " (mini)")
        .contains("10 respondents; instrument mini version 1.")
        .contains("10 responses collected with Tripart.")
        .doesNotContain("SYNTHETIC");
  }

  @Test
  void aMissingStoreFileIsRefusedAndNotCreated() {
    Path missing = dir.resolve("typo.sqlite");

    CommandLineRun run =
        CommandLineRun.of(
            "analyze", "--db", missing.toString(), "--study", "mini_study", "--group", "staff");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--db " + missing + ": there is no store file there");
    assertThat(missing).doesNotExist();
  }

  @Test
  void anUnknownStudyOrGroupIsNamedWithTheGroupsThereAre() throws IOException {
    String file = dir.resolve("tripart.sqlite").toString();
    fill(file);

    CommandLineRun study =
        CommandLineRun.of("analyze", "--db", file, "--study", "other", "--group", "staff");
    CommandLineRun group =
        CommandLineRun.of("analyze", "--db", file, "--study", "mini_study", "--group", "nurses");

    assertThat(study.exitCode()).isEqualTo(2);
    assertThat(study.err()).contains("--study other: the store holds no such study");
    assertThat(group.exitCode()).isEqualTo(2);
    assertThat(group.err())
        .contains("--group nurses: study mini_study has no such group; it has [staff]");
  }

  @Test
  void aCsvAndAStoreTogetherOrNeitherIsRefused() {
    CommandLineRun both =
        CommandLineRun.of(
            "analyze",
            "--responses",
            RESPONSES,
            "--db",
            "x.sqlite",
            "--study",
            "s",
            "--group",
            "g");
    CommandLineRun neither = CommandLineRun.of("analyze");
    CommandLineRun stray = CommandLineRun.of("analyze", "--responses", RESPONSES, "--group", "g");

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give either --responses FILE.csv or --db PATH|JDBC_URL");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give either --responses FILE.csv or --db PATH|JDBC_URL");
    assertThat(stray.err()).contains("--study and --group go with --db");
  }
}
