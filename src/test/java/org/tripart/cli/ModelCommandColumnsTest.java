package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tripart model} reads only the columns its model and design use: a file with many more
 * columns gives the same output, to the byte, as one that holds just those.
 */
class ModelCommandColumnsTest {
  @TempDir Path dir;

  /** SYNTHETIC rows: design, outcome, a factor, a number, a checkbox item, and unused columns. */
  private Path write(String name, boolean unused) throws IOException {
    Random rnd = new Random(7);
    Random other = new Random(8);
    StringBuilder b = new StringBuilder("record_id,s,c,w,y,a,x,m___a,m___b,m___c,d");
    if (unused) {
      b.append(",note,z___a,z___b,big,q");
    }
    b.append('\n');
    for (int r = 0; r < 600; r++) {
      int cluster = r / 6;
      b.append("SYNTHETIC-").append(r + 1).append(',').append(1 + cluster % 4);
      b.append(",h").append(cluster).append(',').append(5 + rnd.nextInt(20));
      b.append(',').append(rnd.nextDouble() < 0.05 ? "" : rnd.nextDouble() < 0.4 ? "1" : "2");
      b.append(',').append(1 + rnd.nextInt(3));
      b.append(',').append(String.format(Locale.ROOT, "%.3f", rnd.nextGaussian()));
      boolean blank = rnd.nextDouble() < 0.05;
      for (int o = 0; o < 3; o++) {
        b.append(',').append(blank ? "" : rnd.nextDouble() < 0.3 + 0.1 * o ? "1" : "0");
      }
      b.append(',').append(1 + rnd.nextInt(2));
      if (unused) {
        b.append(",word").append(other.nextInt(50));
        b.append(',').append(other.nextInt(2)).append(',').append(other.nextInt(2));
        b.append(',').append(String.format(Locale.ROOT, "%.2f", other.nextDouble() * 1000));
        b.append(',').append(1 + other.nextInt(5));
      }
      b.append('\n');
    }
    Path file = dir.resolve(name);
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private static CommandLineRun model(Path file) {
    return CommandLineRun.of(
        "model",
        "--responses",
        file.toString(),
        "--outcome",
        "y=1",
        "--covariates",
        "a,x,m,a:x",
        "--family",
        "binomial",
        "--weights",
        "w",
        "--strata",
        "s",
        "--cluster",
        "c",
        "--domain",
        "d=1",
        "--format",
        "csv");
  }

  @Test
  void columnsTheModelDoesNotUseLeaveItsOutputAsItIs() throws IOException {
    CommandLineRun wide = model(write("wide-SYNTHETIC.csv", true));
    CommandLineRun narrow = model(write("narrow-SYNTHETIC.csv", false));

    assertThat(wide.exitCode()).as(wide.err()).isZero();
    assertThat(wide.err()).isEmpty();
    assertThat(wide.out())
        .contains("m___a,", "m___c,", "a2:x,")
        .doesNotContain("z___a", "big", "note", "q")
        .isEqualTo(narrow.out());
  }
}
