package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.RegisterCsv;
import org.tripart.instrument.Sector;

class StudyRegistersCommandTest {
  @Test
  void studyDataWritesTheSyntheticInstitutionAndCompanyRegistersInTheRegisterLayout(
      @TempDir Path dir) {
    CommandLineRun run = CommandLineRun.of("study", dir.toString(), "--data");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("institutions-register-SYNTHETIC.csv (60 SYNTHETIC research institutions)")
        .contains("companies-register-SYNTHETIC.csv (150 SYNTHETIC companies)");
    List<Institution> institutions =
        RegisterCsv.read(dir.resolve("institutions-register-SYNTHETIC.csv"));
    List<Institution> companies = RegisterCsv.read(dir.resolve("companies-register-SYNTHETIC.csv"));
    assertThat(institutions).hasSize(60).allMatch(i -> i.sector() == Sector.INSTITUTION);
    assertThat(companies).hasSize(150).allMatch(i -> i.sector() == Sector.COMPANY);
    assertThat(companies.get(0).id()).isEqualTo("SYN-C-001");
    assertThat(companies.get(0).names().texts()).containsKeys("en", "zh");
  }
}
