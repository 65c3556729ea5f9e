package org.tripart.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Partner;

/** Every format writes a roster as the number of partners named and the partners beside it. */
class RosterExportTest {
  private static final Instrument PARTNERS =
      InstrumentReader.readResource("org/tripart/instrument/partners.yaml");
  private static final Dataset DATA =
      CsvDatasetReader.read(
          PARTNERS,
          new StringReader(
              "record_id,company,collaborates,partners,share\nR1,C1,yes,2,3.5\nR2,C2,no,,\n"),
          "t.csv",
          CsvDatasetReader.Options.defaults());
  private static final Ties TIES =
      Ties.of(
          PARTNERS,
          List.of(
              new Ties.Row(
                  "R1",
                  "partners",
                  1,
                  new Partner(
                      "H1", null, Map.of("kind", new Answer.Choices(Set.of("deployment"))))),
              new Ties.Row("R1", "partners", 2, new Partner(null, "Acme Lab", Map.of()))));
  private static final String TIES_CSV =
      "record_id,item,position,partner,other,kind___data_sharing,kind___joint_project,"
          + "kind___deployment,since,satisfied,formal,started,note\n"
          + "R1,partners,1,H1,,0,0,1,,,,,\n"
          + "R1,partners,2,,Acme Lab,,,,,,,,\n";

  @ParameterizedTest
  @EnumSource(
      value = TargetFormat.class,
      names = {"XLSFORM"},
      mode = EnumSource.Mode.EXCLUDE)
  void answersGoWithTheTiesFileAndANoteOnTheRoster(TargetFormat format) {
    Export e =
        Interop.exporter(format).write(PARTNERS, DATA, ExportOptions.defaults().withTies(TIES));

    ExportFile ties =
        e.files().stream()
            .filter(f -> f.name().equals("partners-ties.csv"))
            .findFirst()
            .orElseThrow();
    assertThat(new String(ties.content(), StandardCharsets.UTF_8)).isEqualTo(TIES_CSV);
    assertThat(e.notes())
        .filteredOn(n -> n.subject().equals("item partners"))
        .extracting(ConversionNote::message)
        .containsExactly(
            "partner roster: written as the number of partners named (an integer); the partners"
                + " and their tie answers are in partners-ties.csv");
  }

  @ParameterizedTest
  @EnumSource(
      value = TargetFormat.class,
      names = {"SPSS", "STATA", "R"})
  void statisticsFormatsHoldTheNumberOfPartnersAsANumber(TargetFormat format) {
    Export e = Interop.exporter(format).write(PARTNERS, DATA, ExportOptions.defaults());

    String csv =
        new String(
            e.files().stream()
                .filter(f -> f.name().equals("partners.csv"))
                .findFirst()
                .orElseThrow()
                .content(),
            StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).element(1).asString().startsWith("R1,C1,").contains(",2,3.5");
    assertThat(e.files()).extracting(ExportFile::name).doesNotContain("partners-ties.csv");
  }

  @Test
  void theQuestionnaireAloneSaysTheTieQuestionsAreTripartsOnly() {
    Export e =
        Interop.exporter(TargetFormat.XLSFORM).write(PARTNERS, null, ExportOptions.defaults());

    assertThat(e.notes())
        .filteredOn(n -> n.subject().equals("item partners"))
        .extracting(ConversionNote::message)
        .containsExactly(
            "partner roster: written as the number of partners named (an integer); the register"
                + " lookup and the tie questions (kind, since, satisfied, formal, started, note)"
                + " are Tripart's only");
  }
}
