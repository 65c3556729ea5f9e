package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.dataset.TiesCsv;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.study.StudyGroup;

class StudyNetworkCommandTest {
  @Test
  void studyDataWritesEachGroupsTiesBesideItsResponsesAndTheyReadBackAsSynthesised(
      @TempDir Path dir) throws Exception {
    CommandLineRun run = CommandLineRun.of("study", dir.toString(), "--data");
    Study study = Study.nationalAi();
    StudyData data = StudyData.synthesize(study);

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (StudyGroup g : study.groups()) {
      Path responses = dir.resolve(g.id() + "-responses-SYNTHETIC.csv");
      Path tiesFile = dir.resolve(g.id() + "-responses-SYNTHETIC-ties.csv");
      Ties expected = data.group(g.id()).ties();
      assertThat(TiesCsv.besideResponses(responses)).isEqualTo(tiesFile);
      assertThat(run.out())
          .contains(
              tiesFile
                  + " ("
                  + expected.size()
                  + " SYNTHETIC partners named by "
                  + expected.respondents().size()
                  + " respondents)");
      assertThat(Files.readString(tiesFile))
          .startsWith("record_id,item,position,partner,other,kind___data_sharing,");

      Dataset read =
          CsvDatasetReader.read(g.instrument(), responses, CsvDatasetReader.Options.defaults());
      Ties back = TiesCsv.read(g.instrument(), tiesFile, read, CsvDatasetReader.Options.defaults());

      assertThat(back.rows()).isEqualTo(expected.rows()).isNotEmpty();
      assertThat(read.isSynthetic()).isTrue();
    }
  }

  @Test
  void theNetworkOfTheWrittenFilesIsTheBundledStudysNetwork(@TempDir Path dir) {
    assertThat(CommandLineRun.of("study", dir.toString(), "--data").exitCode()).isZero();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("network"));
    for (String g : java.util.List.of("clinician", "research", "industry")) {
      args.addAll(
          java.util.List.of(
              "--instrument",
              dir.resolve(g + ".yaml").toString(),
              "--responses",
              dir.resolve(g + "-responses-SYNTHETIC.csv").toString()));
    }
    for (String r : java.util.List.of("hospitals", "institutions", "companies")) {
      args.addAll(
          java.util.List.of("--registers", dir.resolve(r + "-register-SYNTHETIC.csv").toString()));
    }

    CommandLineRun files = CommandLineRun.of(args.toArray(String[]::new));
    CommandLineRun bundled = CommandLineRun.of("network");

    assertThat(files.exitCode()).as(files.err()).isZero();
    assertThat(bundled.exitCode()).as(bundled.err()).isZero();
    assertThat(withoutTitles(files.out()))
        .isEqualTo(withoutTitles(bundled.out()))
        .contains("Research institutions             60")
        .contains("Companies                        150");
  }

  /** The report without its title lines, which name the source. */
  private static String withoutTitles(String report) {
    return report
        .lines()
        .filter(l -> !l.startsWith("Collaboration network: ") && !l.matches("=+"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
