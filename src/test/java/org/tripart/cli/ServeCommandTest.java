package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void aPortOutOfRangeIsRefusedBeforeAnythingStarts() {
    CommandLineRun run = CommandLineRun.of("serve", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be 0 to 65535");
  }

  @Test
  void tooFewRequestThreadsAreRefusedWithTheAllowedRange() {
    CommandLineRun run = CommandLineRun.of("serve", "--threads", "2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be 8 to 10000");
  }
}
