package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.store.NewInvitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.Stores;
import org.tripart.store.TokenHashes;

/**
 * {@code export --groups}: each group's column equals that group's own single-group export, and,
 * for a store holding mini.csv's ten rows as group staff and five more as group nurse (1 yes, 4
 * no), uses_ai by group is the table 6 3 / 1 4, whose test R gives as {@code chisq.test(matrix(c(6,
 * 3, 1, 4), 2, byrow = TRUE), correct = FALSE)}: X-squared 2.8, df 1, p 0.0943, printed 0.09;
 * nurse's Yes is 1 of 5 (20%, {@code prop.test(1, 5, correct = FALSE)} 3.62–62.45%), all 7 of 14
 * (50%, 26.80–73.20%).
 */
class ExportGroupsTest {
  private static final List<String> NURSE_ANSWERS =
      List.of(
          "{\"tier\":\"secondary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"]}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"no\"}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"no\"}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"no\"}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"no\"}");

  @TempDir Path dir;

  @Test
  void eachGroupColumnIsThatGroupsOwnExport() throws Exception {
    Path grouped = dir.resolve("groups.md");
    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--items",
            "expected_timeframe",
            "--groups",
            "clinician,research,industry",
            "--out",
            grouped.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String table = Files.readString(grouped);
    assertThat(table)
        .contains(
            "Table 1. When do you expect AI research to produce results?, by respondent group")
        .contains("SYNTHETIC");
    List<String> groups = List.of("clinician", "research", "industry");
    for (int g = 0; g < groups.size(); g++) {
      Path single = dir.resolve(groups.get(g) + ".md");
      CommandLineRun one =
          CommandLineRun.of(
              "export",
              "--items",
              "expected_timeframe",
              "--group",
              groups.get(g),
              "--out",
              single.toString());
      assertThat(one.exitCode()).as(one.err()).isZero();
      List<List<String>> expected = optionRows(Files.readString(single));
      List<List<String>> actual = optionRows(table);
      assertThat(actual).hasSameSizeAs(expected).hasSize(3);
      for (int o = 0; o < expected.size(); o++) {
        assertThat(actual.get(o).get(0)).isEqualTo(expected.get(o).get(0));
        assertThat(actual.get(o).subList(3 + 2 * g, 5 + 2 * g))
            .as(groups.get(g) + " " + expected.get(o).get(0))
            .isEqualTo(expected.get(o).subList(1, 3));
      }
    }
  }

  @Test
  void storedGroupsGiveTheTestRWorksOut() throws Exception {
    String db = dir.resolve("s.db").toString();
    MiniStore.fill(db);
    addNurses(db);
    Path out = dir.resolve("t.md");
    Path results = dir.resolve("results.md");

    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--db",
            db,
            "--study",
            "mini_study",
            "--groups",
            "staff,nurse",
            "--items",
            "uses_ai",
            "--threshold",
            "0",
            "--out",
            out.toString(),
            "--results",
            results.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String md = Files.readString(out);
    assertThat(md)
        .contains("| Uses AI |  |  |  |  |  |  | 0.09 |")
        .contains("| \u2003Yes | 7 (50) | 27–73 | 6 (67) | 35–88 | 1 (20) | 4–62 |  |")
        .contains("| \u2003No | 7 (50) | 27–73 | 3 (33) | 12–65 | 4 (80) | 38–96 |  |")
        .doesNotContain("SYNTHETIC");
    assertThat(Files.readString(results)).contains("(χ²(1) = 2.8, p = 0.09)");
  }

  @Test
  void smallCountsAreWithheldPerGroupAsForStrata() throws Exception {
    String db = dir.resolve("s.db").toString();
    MiniStore.fill(db);
    addNurses(db);
    Path out = dir.resolve("t.csv");

    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--db",
            db,
            "--study",
            "mini_study",
            "--groups",
            "staff,nurse",
            "--items",
            "uses_ai",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out)).doesNotContain("1 (20)").contains("<5");
  }

  @Test
  void everyFormatIsWritten() throws Exception {
    for (String format : List.of("docx", "xlsx", "html")) {
      Path out = dir.resolve("t." + format);
      CommandLineRun run =
          CommandLineRun.of(
              "export",
              "--items",
              "expected_timeframe",
              "--groups",
              "research,industry",
              "--out",
              out.toString());
      assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
      assertThat(Files.size(out)).as(format).isPositive();
    }
    assertThat(Files.readString(dir.resolve("t.html"))).contains("industry (N = 86)");
  }

  @Test
  void groupsAreRefusedWithByACsvOrPaper() {
    String[][] refused = {
      {"--by", "age_group"},
      {"--group", "research"},
      {"--responses", MiniStore.RESPONSES},
      {"--paper"},
    };
    for (String[] extra : refused) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "export",
                  "--items",
                  "expected_timeframe",
                  "--groups",
                  "clinician,research",
                  "--out",
                  dir.resolve("x.md").toString()));
      args.addAll(Arrays.asList(extra));
      CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(String.join(" ", extra)).isNotZero();
      assertThat(run.err()).contains("--groups");
    }
    assertThat(Files.exists(dir.resolve("x.md"))).isFalse();
  }

  @Test
  void anItemOneGroupDoesNotAskIsRefusedNamingItAndTheGroup() {
    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--items",
            "prospects_opinion",
            "--groups",
            "clinician,industry",
            "--out",
            dir.resolve("x.md").toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("TRP-0401", "prospects_opinion", "industry");
  }

  /** The nurse group: mini.yaml under another instrument id, and five answers. */
  private static void addNurses(String db) throws Exception {
    String yaml =
        Files.readString(MiniStore.INSTRUMENT)
            .replace("instrument: mini\n", "instrument: mini_nurse\n")
            .replace("group: staff\n", "group: nurse\n");
    try (Store store = Stores.open(db)) {
      store.addInstrument("mini_study", "nurse", "mini_nurse", 1, yaml);
      List<NewInvitation> invitations = new ArrayList<>();
      for (int i = 0; i < NURSE_ANSWERS.size(); i++) {
        invitations.add(
            new NewInvitation("n" + i, null, TokenHashes.hash(TokenHashes.newToken()), null));
      }
      store.createInvitations("mini_study", "nurse", "w2", invitations);
      for (int i = 0; i < NURSE_ANSWERS.size(); i++) {
        store.submit(ResponseKey.invitation("n" + i), NURSE_ANSWERS.get(i), 1, null);
      }
    }
  }

  /** The cells of each option row of a Markdown table (rows indented with an em space). */
  private static List<List<String>> optionRows(String md) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : md.split("\n")) {
      if (line.startsWith("| \u2003")) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        rows.add(Arrays.stream(cells).map(String::trim).toList());
      }
    }
    return rows;
  }
}
