package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.stats.model.ModelMatrix;

class ModelFrameTest {
  @TempDir Path dir;

  private Dataset data() throws IOException {
    Path csv = dir.resolve("frame.csv");
    Files.writeString(
        csv,
        "record_id,y,a,x,z,m___p,m___q\n"
            + "1,1,1,2.5,0.1,1,0\n"
            + "2,2,2,0,3,0,1\n"
            + "3,3,3,1.5,,1,1\n"
            + "4,4,2,-1,2,,\n"
            + "5,5,,4,1,0,0\n"
            + "6,6,3,0.3,0.7,1,1\n",
        StandardCharsets.UTF_8);
    return InferringCsvReader.read(
            csv,
            new InferenceOptions(
                Set.of("y", "x", "z"),
                Set.of(),
                Set.of("record_id"),
                Set.of(),
                InferenceOptions.DEFAULT_MAX_CODES),
            new CsvDatasetReader.Options(true, "frame.csv", w -> {}))
        .dataset();
  }

  @Test
  void factorsNumbersTicksAndAThreeWayInteractionAreWrittenAsRsModelMatrix() throws IOException {
    ModelSpec spec =
        new ModelSpec(
            "y", null, List.of("a", "x", "m", "a:x:z"), ModelSpec.ModelFamily.GAUSSIAN, Map.of());
    ModelMatrix m = ModelFrame.of(data(), spec, null).matrix();

    assertThat(m.columns())
        .containsExactly("(Intercept)", "a2", "a3", "x", "m___p", "m___q", "a2:x:z", "a3:x:z");
    double[][] expected = {
      {1, 0, 0, 2.5, 1, 0, 0, 0},
      {1, 1, 0, 0, 0, 1, 0, 0},
      null,
      null,
      null,
      {1, 0, 1, 0.3, 1, 1, 0, 1.0 * 0.3 * 0.7},
    };
    for (int r = 0; r < expected.length; r++) {
      if (expected[r] == null) {
        assertThat(m.get(r, 0)).as("row %d is missing an item", r + 1).isNaN();
        continue;
      }
      for (int j = 0; j < expected[r].length; j++) {
        assertThat(m.get(r, j))
            .as("row %d column %s", r + 1, m.columns().get(j))
            .isEqualTo(expected[r][j]);
      }
    }
  }

  @Test
  void theFirstItemOfAnInteractionVariesFastestAndAReferenceLevelHasNoColumn() throws IOException {
    ModelSpec spec =
        new ModelSpec("y", null, List.of("m:a"), ModelSpec.ModelFamily.GAUSSIAN, Map.of("a", "3"));
    ModelMatrix m = ModelFrame.of(data(), spec, null).matrix();

    assertThat(m.columns())
        .containsExactly("(Intercept)", "m___p:a1", "m___q:a1", "m___p:a2", "m___q:a2");
    assertThat(m.values()).startsWith(1, 1, 0, 0, 0, 1, 0, 0, 0, 1).endsWith(1, 0, 0, 0, 0);
  }

  @Test
  void rowsMissingAnItemAtTheEdgesOfTheParallelBlocksLeaveTheirNeighboursIntact()
      throws IOException {
    int n = 6_500;
    StringBuilder csv = new StringBuilder("record_id,y,a,x\n");
    java.util.Random random = new java.util.Random(11);
    String[] a = new String[n];
    double[] x = new double[n];
    for (int r = 0; r < n; r++) {
      boolean edge = r % 2048 == 2047 || r % 2048 == 0 || r == n - 1;
      a[r] = edge || random.nextInt(20) == 0 ? "" : String.valueOf(1 + random.nextInt(3));
      x[r] = Math.round(random.nextGaussian() * 1000) / 100.0;
      csv.append(r + 1).append(",1,").append(a[r]).append(',').append(x[r]).append('\n');
    }
    Path file = dir.resolve("blocks.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    Dataset data =
        InferringCsvReader.read(
                file,
                new InferenceOptions(
                    Set.of("y", "x"),
                    Set.of(),
                    Set.of("record_id"),
                    Set.of(),
                    InferenceOptions.DEFAULT_MAX_CODES),
                new CsvDatasetReader.Options(true, "blocks.csv", w -> {}))
            .dataset();
    ModelSpec spec =
        new ModelSpec(
            "y", null, List.of("x", "a", "a:x"), ModelSpec.ModelFamily.GAUSSIAN, Map.of());
    ModelMatrix m = ModelFrame.of(data, spec, null).matrix();

    assertThat(m.columns()).containsExactly("(Intercept)", "x", "a2", "a3", "x:a2", "x:a3");
    for (int r = 0; r < n; r++) {
      if (a[r].isEmpty()) {
        assertThat(m.get(r, 0)).as("row %d", r + 1).isNaN();
        continue;
      }
      int level = Integer.parseInt(a[r]);
      double[] expected = {
        1,
        x[r],
        level == 2 ? 1 : 0,
        level == 3 ? 1 : 0,
        level == 2 ? x[r] : 0,
        level == 3 ? x[r] : 0
      };
      for (int j = 0; j < expected.length; j++) {
        assertThat(m.get(r, j)).as("row %d column %d", r + 1, j).isEqualTo(expected[j]);
      }
    }
  }
}
