package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tripart network} over files: two companies and two clinicians name partners. The network
 * is the path I1 - C1 - H1 - C2 with H3 isolated, worked by hand: betweenness 2 at C1 and H1 (two
 * shortest paths through each), closeness 1/4 at the middle and 1/6 at the ends, C1 a liaison (H1
 * -> C1 -> I1 joins three sectors) and H1 a consultant (C2 -> H1 -> C1, two companies).
 */
class NetworkCommandTest {
  private static final String PARTNERS = "src/test/resources/org/tripart/instrument/partners.yaml";

  @TempDir Path dir;
  private List<String> files;

  @BeforeEach
  void write() throws IOException {
    Files.writeString(
        dir.resolve("clinic.yaml"),
        """
        instrument: clinic
        group: clinician
        version: 1
        languages: [en]
        title: {en: Clinic (SYNTHETIC test instrument)}
        sections:
          - id: main
            title: {en: Main}
            items:
              - id: hospital
                type: institution
                label: {en: Your hospital}
              - id: firms
                type: roster
                label: {en: Companies you work with}
                roster: {sectors: [company], max: 3}
        """);
    Files.writeString(
        dir.resolve("industry.csv"),
        "record_id,company,collaborates,partners,share\nR1,C1,yes,3,\nR2,C2,yes,1,\nR3,C9,no,,\n");
    Files.writeString(
        dir.resolve("industry-ties.csv"),
        "record_id,item,position,partner,other,kind___data_sharing,kind___joint_project,"
            + "kind___deployment\n"
            + "R1,partners,1,H1,,1,0,1\nR1,partners,2,I1,,,,\nR1,partners,3,,Acme Lab,,,\n"
            + "R2,partners,1,H1,,1,0,0\n");
    Files.writeString(dir.resolve("clinic.csv"), "record_id,hospital,firms\nR1,H1,1\nR2,H3,0\n");
    Files.writeString(
        dir.resolve("clinic-ties.csv"),
        "record_id,item,position,partner,other\n" + "R1,firms,1,C1,\n");
    Files.writeString(
        dir.resolve("registers.csv"),
        "id,name,province_code,tier,type,sector\n"
            + "H1,Org H1,44,tertiary,hospital,hospital\n"
            + "H3,Org H3,11,tertiary,hospital,hospital\n"
            + "I1,Org I1,44,other,university,institution\n"
            + "C1,Org C1,44,other,firm,company\n"
            + "C2,Org C2,31,other,firm,company\n"
            + "C9,Org C9,31,other,firm,company\n");
    files =
        List.of(
            "--responses", dir.resolve("industry.csv").toString(),
            "--instrument", PARTNERS,
            "--responses", dir.resolve("clinic.csv").toString(),
            "--instrument", dir.resolve("clinic.yaml").toString(),
            "--registers", dir.resolve("registers.csv").toString());
  }

  private CommandLineRun run(String... more) {
    List<String> args = new ArrayList<>(List.of("network"));
    args.addAll(files);
    args.addAll(List.of(more));
    return CommandLineRun.of(args.toArray(String[]::new));
  }

  @Test
  void csvHasOneRowPerNodeWithItsMeasures() {
    CommandLineRun r = run("--format", "csv");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().replace("\r\n", "\n"))
        .isEqualTo(
            "node,sector,province,degree,betweenness,tier,strength,closeness,coreness,"
                + "coordinator,gatekeeper,representative,consultant,liaison,component,name\n"
                + "C1,company,44,2,2,other,3,0.25,1,0,0,0,0,1,0,Org C1\n"
                + "C2,company,31,1,0,other,1,0.16666666666666666,1,0,0,0,0,0,0,Org C2\n"
                + "H1,hospital,44,2,2,tertiary,3,0.25,1,0,0,0,1,0,0,Org H1\n"
                + "H3,hospital,11,0,0,tertiary,0,,0,0,0,0,0,0,1,Org H3\n"
                + "I1,institution,44,1,0,other,1,0.16666666666666666,1,0,0,0,0,0,0,Org I1\n");
  }

  @Test
  void graphmlCarriesTheAskedKeysAndEdgesWithWeightAndReciprocity() throws IOException {
    Path out = dir.resolve("n.graphml");
    Path edges = dir.resolve("edges.csv");
    CommandLineRun r =
        run("--format", "graphml", "-o", out.toString(), "--edges", edges.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    String xml = Files.readString(out);
    assertThat(xml)
        .contains("attr.name=\"sector\"", "attr.name=\"province\"", "attr.name=\"degree\"")
        .contains(
            "attr.name=\"betweenness\"", "attr.name=\"weight\"", "attr.name=\"reciprocated\"");
    assertThat(Files.readString(edges).replace("\r\n", "\n"))
        .isEqualTo(
            "source,target,weight,reciprocated,kinds\n"
                + "C1,H1,2,true,data_sharing:1;deployment:1\n"
                + "C1,I1,1,false,\n"
                + "C2,H1,1,false,data_sharing:1\n");
  }

  @Test
  void theReportCountsWhatWentInAndTheMixing() {
    CommandLineRun r = run("--format", "md");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "5 organisations and 3 ties (1 reciprocated, named from both ends); 2 components, the"
                + " largest of 4 organisations.")
        .contains(
            "3 of 4 respondents asked named at least one partner: 4 from the registers and 1"
                + " typed in")
        .contains("Closed (all three tied) | 0", "Open (two ties, ends not tied) | 1");
  }

  @Test
  void aMissingTiesFileIsNamed() throws IOException {
    Files.delete(dir.resolve("clinic-ties.csv"));

    CommandLineRun r = run();

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("instrument clinic has a partner roster, so its ties file")
        .contains("clinic-ties.csv must be beside it");
  }

  @Test
  void aPartnerOutsideTheRegistersStopsTheCommandNamingTheRespondent() throws IOException {
    Files.writeString(
        dir.resolve("clinic-ties.csv"), "record_id,item,position,partner,other\nR1,firms,1,C7,\n");

    CommandLineRun r = run();

    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err())
        .contains(
            "TRP-1156 clinician respondent R1 item firms position 1: partner 'C7' is not an"
                + " organisation of the registers");
  }

  @Test
  void anUnknownFormatIsRefused() {
    CommandLineRun r = run("--format", "pajek");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'pajek' is not a format of network");
  }
}
