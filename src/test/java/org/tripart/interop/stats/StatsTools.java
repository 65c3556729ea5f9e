package org.tripart.interop.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs R's {@code Rscript} and PSPP's {@code pspp} for the tests, which check the exports with the
 * real tools. A tool that is not installed fails the test (CI installs them, {@code .ci/run}),
 * unless {@code TRIPART_SKIP_STATS_TOOLS=1} is set, which skips it.
 */
final class StatsTools {
  private StatsTools() {}

  record Run(int exitCode, String output) {}

  static void require(String tool) {
    if (onPath(tool)) {
      return;
    }
    String problem =
        tool
            + " was not found on the PATH. Install it (Debian: apt-get install r-base-core"
            + " r-cran-haven pspp) or set TRIPART_SKIP_STATS_TOOLS=1 to skip these tests.";
    Assumptions.assumeFalse("1".equals(System.getenv("TRIPART_SKIP_STATS_TOOLS")), problem);
    throw new IllegalStateException(problem);
  }

  /** Runs the command in {@code dir}, output and errors together, at most two minutes. */
  static Run run(Path dir, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "tool", ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 2 minutes");
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(p.exitValue(), out);
  }

  /** Runs an R script (given as text) with Rscript in {@code dir}. */
  static Run rscript(Path dir, String script) throws IOException, InterruptedException {
    Path file = dir.resolve("check-" + System.nanoTime() + ".R");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>(List.of("Rscript", "--vanilla", file.toString()));
    return run(dir, cmd.toArray(String[]::new));
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }
}
