package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Partner;

/** The ties file: written and read back, and every kind of bad row refused with its line. */
class TiesCsvTest {
  private static final Instrument PARTNERS =
      InstrumentReader.readResource("org/tripart/instrument/partners.yaml");
  private static final String HEADER =
      "record_id,item,position,partner,other,kind___data_sharing,kind___joint_project,"
          + "kind___deployment,since,satisfied,formal,started,note\n";

  @TempDir Path dir;

  @Test
  void tiesRoundTripThroughTheFileWithEveryTieType() {
    Partner first =
        new Partner(
            "H0001",
            null,
            Map.of(
                "kind", new Answer.Choices(Set.of("data_sharing", "deployment")),
                "since", new Answer.Number(2019),
                "satisfied", new Answer.Choice("3"),
                "formal", new Answer.Choice("yes"),
                "started", new Answer.Text("2019-03-01"),
                "note", new Answer.Text("says \"fine\", mostly")));
    Partner second = new Partner(null, "Acme AI, Ltd", Map.of());
    Ties ties =
        Ties.of(
            PARTNERS,
            List.of(
                new Ties.Row("R2", "partners", 1, new Partner("I0001", null, Map.of())),
                new Ties.Row("R1", "partners", 2, second),
                new Ties.Row("R1", "partners", 1, first)));
    StringWriter out = new StringWriter();
    TiesCsv.write(ties, out);

    assertThat(out.toString())
        .isEqualTo(
            HEADER
                + "R2,partners,1,I0001,,,,,,,,,\n"
                + "R1,partners,1,H0001,,1,0,1,2019,3,yes,2019-03-01,\"says \"\"fine\"\", mostly\"\n"
                + "R1,partners,2,,\"Acme AI, Ltd\",,,,,,,,\n");

    Path file = write("t-ties.csv", out.toString());
    Ties back = TiesCsv.read(PARTNERS, file, null, CsvDatasetReader.Options.defaults());
    assertThat(back.rows()).containsExactlyElementsOf(ties.rows());
    assertThat(back.partnersOf("R1").get("partners")).containsExactly(first, second);
  }

  @Test
  void theTiesFileSitsBesideTheResponsesFile() {
    assertThat(TiesCsv.besideResponses(Path.of("out/industry.csv")))
        .isEqualTo(Path.of("out/industry-ties.csv"));
    assertThat(TiesCsv.besideResponses(Path.of("data.CSV"))).isEqualTo(Path.of("data-ties.csv"));
  }

  @Test
  void aRowOfAnItemThatIsNoRosterIsRefusedWithItsLine() {
    assertRefused(
        "R1,share,1,H0001,,,,,,,,,\n",
        "TRP-1150 t-ties.csv:2: 'share' is not a partner roster of instrument partners; expected"
            + " one of partners");
  }

  @Test
  void aPartnerMustBeEitherListedOrTypedIn() {
    assertRefused(
        "R1,partners,1,,,,,,,,,,\n",
        "TRP-1151 t-ties.csv:2: respondent R1 item partners position 1: give either partner (a"
            + " register id) or other (a name typed in), neither is given");
    assertRefused(
        "R1,partners,1,H0001,Acme,,,,,,,,\n",
        "TRP-1151 t-ties.csv:2: respondent R1 item partners position 1: give either partner (a"
            + " register id) or other (a name typed in), not both");
  }

  @Test
  void aPositionIsGivenOnceAndWithinTheMaximum() {
    assertRefused(
        "R1,partners,1,H0001,,,,,,,,,\nR1,partners,1,H0002,,,,,,,,,\n",
        "TRP-1152 t-ties.csv:3: respondent R1 item partners: position 1 is given twice");
    assertRefused(
        "R1,partners,11,H0001,,,,,,,,,\n",
        "TRP-1152 t-ties.csv:2: respondent R1 item partners: position 11 is above the roster's"
            + " max of 10");
    assertRefused(
        "R1,partners,,H0001,,,,,,,,,\n",
        "TRP-1152 t-ties.csv:2: respondent R1 item partners: the position is blank");
  }

  @Test
  void aPartnerNamedTwiceIsRefusedTypedInNamesIgnoringCaseAndSpaces() {
    assertRefused(
        "R1,partners,1,H0001,,,,,,,,,\nR1,partners,2,H0001,,,,,,,,,\n",
        "TRP-1153 t-ties.csv:3: respondent R1 item partners position 2: partner 'H0001' is named"
            + " twice");
    assertRefused(
        "R1,partners,1,,Acme AI,,,,,,,,\nR1,partners,2,,acme  ai,,,,,,,,\n",
        "TRP-1153 t-ties.csv:3: respondent R1 item partners position 2: partner 'acme  ai' is"
            + " named twice");
  }

  @Test
  void aBadTieAnswerIsTheResponsesFilesValueError() {
    assertThatThrownBy(() -> read(HEADER + "R1,partners,1,H0001,,,,,2031,,,,\n", null))
        .hasMessageStartingWith(
            located("TRP-0102 t-ties.csv:2 column 9 (since): '2031' is out of range"));
  }

  @Test
  void everyRespondentMustBeInTheResponsesWithAsManyPartnersAsItsRosterColumnSays() {
    Dataset responses =
        CsvDatasetReader.read(
            PARTNERS,
            write("t.csv", "record_id,company,collaborates,partners,share\nR1,C1,yes,2,\n"),
            CsvDatasetReader.Options.defaults());

    assertThatThrownBy(() -> read(HEADER + "R9,partners,1,H0001,,,,,,,,,\n", responses))
        .hasMessage(
            located(
                "TRP-1155 t-ties.csv:2: respondent R9 item partners: the respondent is not in the"
                    + " responses; a ties row belongs to a response"));
    assertThatThrownBy(() -> read(HEADER + "R1,partners,1,H0001,,,,,,,,,\n", responses))
        .hasMessage(
            located(
                "TRP-1155 t-ties.csv:1: respondent R1 item partners: the responses say 2 partners,"
                    + " the ties file names 1"));
    assertThat(
            read(HEADER + "R1,partners,1,H0001,,,,,,,,,\nR1,partners,2,,X,,,,,,,,\n", responses)
                .size())
        .isEqualTo(2);
  }

  @Test
  void theLineOfARowCountsLineBreaksInsideQuotedFields() {
    assertRefused(
        "R1,partners,1,H0001,,,,,,,,,\"two\nlines\"\nR1,partners,1,H0002,,,,,,,,,\n",
        "TRP-1152 t-ties.csv:4: respondent R1 item partners: position 1 is given twice");
  }

  private void assertRefused(String rows, String message) {
    assertThatThrownBy(() -> read(HEADER + rows, null))
        .isInstanceOf(MalformedCsvException.class)
        .hasMessage(located(message));
  }

  private String located(String message) {
    return message.replace("t-ties.csv", dir.resolve("t-ties.csv").toString());
  }

  private Ties read(String text, Dataset responses) {
    return TiesCsv.read(
        PARTNERS, write("t-ties.csv", text), responses, CsvDatasetReader.Options.defaults());
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
