package org.tripart.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;

class ModelMatrixTest {
  private static final List<String> NAMES = List.of("(Intercept)", "a2", "x");

  @Test
  void aDenseMatrixKeepsOnlyItsNonZeroEntriesAndGivesBackTheSameValues() {
    double[] dense = {1, 0, 2.5, 1, 1, 0, 1, 0, -0.0, 1, Double.NaN, 4};
    ModelMatrix m = new ModelMatrix(dense, 4, NAMES);

    assertThat(m.index()).containsExactly(0, 2, 0, 1, 0, 0, 1, 2);
    assertThat(m.value()).containsExactly(1, 2.5, 1, 1, 1, 1, Double.NaN, 4);
    assertThat(m.starts()).containsExactly(0, 2, 4, 5, 8);
    assertThat(m.values()).containsExactly(1, 0, 2.5, 1, 1, 0, 1, 0, 0, 1, Double.NaN, 4);
    assertThat(m.get(0, 1)).isZero();
    assertThat(m.get(0, 2)).isEqualTo(2.5);
    assertThat(m.get(3, 1)).isNaN();
    assertThat(m.rows()).isEqualTo(4);
    assertThat(m.width()).isEqualTo(3);
  }

  @Test
  void compressedRowsAreTheSameMatrixAsTheirDenseForm() {
    ModelMatrix m =
        ModelMatrix.ofRows(
            2, NAMES, new int[] {0, 1, 3}, new int[] {0, 1, 2}, new double[] {1, 1, -3});

    assertThat(m.values()).containsExactly(1, 0, 0, 0, 1, -3);
  }

  @Test
  void entriesOutOfOrderOrZeroOrOffsetsThatDoNotCoverThemAreRefused() {
    assertThatThrownBy(
            () ->
                ModelMatrix.ofRows(
                    1, NAMES, new int[] {0, 2}, new int[] {2, 1}, new double[] {1, 1}))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("design matrix row 1")
        .extracting(e -> ((ModelInputException) e).code())
        .isEqualTo(ErrorCode.MODEL_INPUT);
    assertThatThrownBy(
            () -> ModelMatrix.ofRows(1, NAMES, new int[] {0, 1}, new int[] {1}, new double[] {0}))
        .hasMessageContaining("out of range, out of order or zero");
    assertThatThrownBy(
            () -> ModelMatrix.ofRows(1, NAMES, new int[] {0, 1}, new int[] {3}, new double[] {1}))
        .hasMessageContaining("column 3");
    assertThatThrownBy(
            () -> ModelMatrix.ofRows(2, NAMES, new int[] {0, 1}, new int[] {0}, new double[] {1}))
        .hasMessageContaining("do not cover");
    assertThatThrownBy(() -> new ModelMatrix(new double[5], 2, NAMES))
        .hasMessageContaining("5 values for 2 rows of 3 columns");
    assertThatThrownBy(() -> new ModelMatrix(new double[2], 1, List.of("x", "x")))
        .hasMessageContaining("name 'x' is empty or repeated");
  }
}
