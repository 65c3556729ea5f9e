package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.stats.design.CalibrationFunction;

/** The columns a model reads, so that a reader may leave the others out. */
class ModelRunColumnsTest {
  @Test
  void aModelReadsItsOutcomeTermsDesignDomainAndWeightingColumns() {
    DesignPlan plan =
        DesignPlan.builder()
            .weights("w")
            .strata("tier")
            .clusters(List.of("province", "hospital"))
            .fpc(List.of("n1", "n2"))
            .domain(Map.of("sector", "public"))
            .postStratify(List.of(new DesignPlan.Margin("region", Map.of("east", 10.0), null)))
            .rake(List.of(new DesignPlan.Margin("size", Map.of("large", 5.0), null)))
            .calibration(
                new CalibrationPlan(
                    CalibrationFunction.LINEAR,
                    Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY,
                    List.of(new DesignPlan.Margin("gender", Map.of("f", 7.0), null)),
                    Map.of("beds", 1000.0),
                    50,
                    1e-7))
            .items(List.of("unused_item"))
            .by("unused_by")
            .build();
    ModelSpec spec =
        new ModelSpec(
            "ai", "yes", List.of("age", "tier:m"), ModelSpec.ModelFamily.BINOMIAL, Map.of());

    assertThat(ModelRun.columns(plan, spec))
        .containsExactlyInAnyOrder(
            "ai",
            "age",
            "tier",
            "m",
            "w",
            "province",
            "hospital",
            "n1",
            "n2",
            "sector",
            "region",
            "size",
            "gender",
            "beds");
  }

  @Test
  void everyFieldOfADesignPlanIsOneTheModelsColumnsWereWrittenFor() {
    List<String> fields =
        Arrays.stream(DesignPlan.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .map(Field::getName)
            .toList();

    assertThat(fields)
        .as(
            "a field added to DesignPlan may name columns: ModelRun.columns must read them too"
                + " (or say why not), then list the field here")
        .containsExactlyInAnyOrder(
            "weights",
            "strata",
            "clusters",
            "fpc",
            "lonelyPsu",
            "ciMethod",
            "level",
            "items",
            "by",
            "domain",
            "postStratify",
            "rake",
            "rakeMaxIterations",
            "rakeEpsilon",
            "trim",
            "calibration",
            "estimands",
            // the plan's model: section; ModelRun.columns reads its terms from the ModelSpec given
            "model",
            // replicate weight columns are matched by pattern in the header and read as numbers by
            // ResponsesInput, never left out, so ModelRun.columns need not name them
            "replicates",
            // quantiles of analyze: their items are estimated, never read by a model
            "quantiles");
  }
}
