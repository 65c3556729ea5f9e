package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tripart model --plan} with a {@code model:} section fits the plan's model, the same as the
 * options that say the same (R's {@code sch.wide ~ ell + meals * stype} with {@code a*b} read as R
 * does); options that would change only part of it are refused.
 */
class ModelPlanCommandTest {
  private static final String DIR = "src/test/resources/org/tripart/stats/model/";
  @TempDir Path dir;

  @Test
  void aPlansModelSectionFitsAsTheSameOptionsDo() throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        "design: {weights: pw, strata: stype, fpc: [fpc]}\n"
            + "model:\n"
            + "  outcome: sch.wide=Yes\n"
            + "  covariates: [ell, meals*stype]\n"
            + "  family: binomial\n"
            + "  reference: {stype: H}\n");

    CommandLineRun byPlan =
        CommandLineRun.of(
            "model", "--responses", DIR + "apistrat.csv", "--plan", plan.toString(), "-f", "csv");
    CommandLineRun byOptions =
        CommandLineRun.of(
            "model",
            "--responses",
            DIR + "apistrat.csv",
            "--outcome",
            "sch.wide=Yes",
            "--covariates",
            "ell,meals,stype,meals:stype",
            "--family",
            "binomial",
            "--reference",
            "stype=H",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "-f",
            "csv");
    CommandLineRun crossed =
        CommandLineRun.of(
            "model",
            "--responses",
            DIR + "apistrat.csv",
            "--plan",
            plan.toString(),
            "--outcome",
            "sch.wide=Yes",
            "--covariates",
            "ell,meals*stype",
            "--family",
            "binomial",
            "--reference",
            "stype=H",
            "-f",
            "csv");
    CommandLineRun partial =
        CommandLineRun.of(
            "model",
            "--responses",
            DIR + "apistrat.csv",
            "--plan",
            plan.toString(),
            "--family",
            "poisson");

    assertThat(byPlan.exitCode()).as(byPlan.err()).isZero();
    assertThat(byPlan.out()).isEqualTo(byOptions.out()).contains("meals:stypeE");
    assertThat(crossed.out()).isEqualTo(byOptions.out());
    assertThat(partial.exitCode()).isNotZero();
    assertThat(partial.err()).contains("--covariates, --family and --reference go with --outcome");
  }

  @Test
  void withoutAnOutcomeOrAPlanModelTheCommandSaysWhatToGive() {
    CommandLineRun run = CommandLineRun.of("model", "--responses", DIR + "apistrat.csv");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("give --outcome ITEM[=CODE], or --plan with a model: section");
  }
}
