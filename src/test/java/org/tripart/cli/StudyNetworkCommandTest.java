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
}
