package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "replicate",
        "audit",
        "analyze",
        "synth",
        "validate",
        "import",
        "convert",
        "study",
        "benchmark"
      })
  void everyCommandExplainsItselfAndItsOptions(String command) {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream tracer = new java.io.ByteArrayOutputStream();
    CommandLineRun run;
    try {
      System.setErr(new java.io.PrintStream(tracer, true, java.nio.charset.StandardCharsets.UTF_8));
      run = CommandLineRun.of(command, "--help");
    } finally {
      System.setErr(original);
    }
    assertThat(tracer.toString(java.nio.charset.StandardCharsets.UTF_8))
        .as("picocli's own warnings, such as an unescaped %")
        .doesNotContain("WARN");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: tripart " + command).contains("--help");
    assertThat(run.err()).as("picocli formatting warnings").doesNotContain("WARN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "help"})
  void topLevelHelpListsTheCommands(String arg) {
    CommandLineRun run = CommandLineRun.of(arg);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("replicate")
        .contains("audit")
        .contains("analyze")
        .contains("synth");
  }

  @ParameterizedTest
  @ValueSource(strings = {"frobnicate", "--no-such-option"})
  void unknownCommandsAndOptionsAreUsageErrors(String arg) {
    CommandLineRun run = CommandLineRun.of(arg);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(arg);
  }
}
