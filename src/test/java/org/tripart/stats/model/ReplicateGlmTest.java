package org.tripart.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateType;

/**
 * What a replicate-design model refuses; its numbers against R are in
 * org.tripart.cli.ReplicateAnalyzeCommandTest (svyglm on SDR, BRR, Fay and bootstrap designs).
 */
class ReplicateGlmTest {
  private static final double[] W = {1, 2, 1, 2, 1, 2, 1, 2};

  /** Eight delete-one replicates, each weighting the other rows 8/7. */
  private static ReplicateDesign jackknife() {
    double[][] c = new double[8][8];
    for (int j = 0; j < 8; j++) {
      for (int r = 0; r < 8; r++) {
        c[j][r] = r == j ? 0 : W[r] * 8 / 7.0;
      }
    }
    return ReplicateDesign.builder(W, c, null).type(ReplicateType.JK1).build();
  }

  private static ModelMatrix matrix(double[] x) {
    double[] v = new double[16];
    for (int r = 0; r < 8; r++) {
      v[2 * r] = 1;
      v[2 * r + 1] = x[r];
    }
    return new ModelMatrix(v, 8, List.of("(Intercept)", "x"));
  }

  @Test
  void aColumnThatAReplicateLeavesWithoutWeightNamesTheReplicate() {
    double[] x = {1, 0, 0, 0, 0, 0, 0, 0};
    double[] y = {3, 1, 2, 5, 4, 3, 2, 6};
    assertThatThrownBy(() -> ReplicateGlm.fit(jackknife(), matrix(x), y, Family.GAUSSIAN, null))
        .isInstanceOf(TripartException.class)
        .satisfies(
            e -> assertThat(((TripartException) e).code()).isEqualTo(ErrorCode.REPLICATE_MODEL))
        .hasMessageContaining("replicate 1 of 8")
        .hasMessageContaining("NA coefficients");
  }

  @Test
  void rowsWithAMissingValueAreDroppedAndCountedAndTheDfIsTheReplicates() {
    double[] x = {1, 2, 3, Double.NaN, 5, 6, 7, 8};
    double[] y = {3, 1, 2, 5, 4, 3, 2, 6};
    GlmResult fit = ReplicateGlm.fit(jackknife(), matrix(x), y, Family.GAUSSIAN, null);
    assertThat(fit.droppedRows()).isEqualTo(1);
    assertThat(fit.rows()).isEqualTo(7);
    assertThat(fit.residualDf()).isEqualTo(7 + 1 - 2);
    assertThat(fit.coefficients().get(1).standardError()).isPositive();
  }
}
