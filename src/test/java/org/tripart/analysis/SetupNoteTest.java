package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.report.DesignReport;

class SetupNoteTest {
  private static Dataset apistrat() {
    Path p = Path.of("src/test/resources/org/tripart/stats/model/apistrat.csv");
    InferenceOptions numbers =
        new InferenceOptions(
            Set.of("api00", "ell", "meals", "pw", "fpc"),
            Set.of("dnum", "snum", "cds"),
            Set.of(),
            Set.of(),
            InferenceOptions.DEFAULT_MAX_CODES);
    return InferringCsvReader.read(
            p, numbers, new CsvDatasetReader.Options(true, "apistrat", w -> {}))
        .dataset();
  }

  @Test
  void theSetUpSaysWhatItDidInEnglishAndInChinese() {
    DesignPlan plan =
        DesignPlan.builder()
            .weights("pw")
            .strata("stype")
            .postStratify(
                List.of(
                    new DesignPlan.Margin(
                        "stype", Map.of("E", 4421.0, "H", 755.0, "M", 1018.0), null)))
            .trim(new double[] {1, 40})
            .build();
    DesignSetup.Prepared prepared = DesignSetup.prepare(apistrat(), plan, k -> k);

    assertThat(prepared.notes()).hasSize(2);
    assertThat(prepared.notes().get(0).en())
        .isEqualTo("Weights post-stratified to the population counts of stype (3 categories).");
    assertThat(prepared.notes().get(0).zh()).isEqualTo("权重已按 stype 的总体计数事后分层（3 个类别）。");
    assertThat(prepared.notes().get(1).en())
        .startsWith("Weights trimmed to [1, 40] with the excess shared among the others (");
    assertThat(prepared.notes().get(1).zh()).startsWith("权重已截尾至 [1, 40]，超出部分分摊给其余权重（");
    List<String> zh = DesignReport.describe(plan, prepared, "zh");
    assertThat(zh).contains(prepared.notes().get(0).zh(), prepared.notes().get(1).zh());
    assertThat(DesignReport.describe(plan, prepared, "en"))
        .contains(prepared.notes().get(0).en())
        .doesNotContain(prepared.notes().get(0).zh());
  }

  @Test
  void chineseIsGivenOnlyForChinese() {
    SetupNote n = new SetupNote("Weights raked.", "权重已调整。");
    assertThat(n.in("zh")).isEqualTo("权重已调整。");
    assertThat(n.in("en")).isEqualTo("Weights raked.");
    assertThat(n.in("fr")).isEqualTo("Weights raked.");
  }
}
