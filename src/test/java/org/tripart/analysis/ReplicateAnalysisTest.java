package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InstrumentInference;
import org.tripart.instrument.Instrument;
import org.tripart.stats.design.CiMethod;

/**
 * Replicate-weight designs through a plan: numeric means against R's svymean on the SDR design of
 * src/test/r/analyze-replicate-reference.R, the plan file's {@code replicates} section, and the
 * messages for replicate columns and options that do not fit.
 */
class ReplicateAnalysisTest {
  private static final Path DIR = Path.of("src/test/resources/org/tripart/analysis/replicate");
  private static Dataset data;

  static synchronized Dataset data() {
    if (data == null) {
      Path csv = DIR.resolve("strat-sdr.csv");
      Instrument inst =
          InstrumentInference.infer(
              csv, new InferenceOptions(Set.of(), Set.of(), Set.of(), Set.of("cds"), 20));
      data =
          CsvDatasetReader.read(
              inst, csv, new CsvDatasetReader.Options(true, "strat-sdr.csv", w -> {}));
    }
    return data;
  }

  private static DesignPlan sdr(DesignPlan.Builder b) {
    return b.weights("pw")
        .replicates(
            ReplicatePlan.columns(
                "repw[0-9]+",
                ReplicatePlan.ColumnType.SUCCESSIVE_DIFFERENCE,
                null,
                null,
                Double.NaN,
                true,
                false))
        .build();
  }

  private static CSVRecord r(String caseName, String item) throws IOException {
    try (Reader in = Files.newBufferedReader(DIR.resolve("analyze-replicate-reference.csv"))) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        if (r.get("case").equals(caseName) && r.get("item").equals(item)) {
          return r;
        }
      }
    }
    throw new AssertionError(caseName + " " + item + " not in the R output");
  }

  @Test
  void numericMeansAreRsSvymeanWithTheirDesignEffectAndInterval() throws IOException {
    DesignPlan plan = sdr(DesignPlan.builder().items(List.of("api00", "meals")));
    var prepared = DesignSetup.prepare(data(), plan, k -> k);
    assertThat(prepared.replicates().replicates()).isEqualTo(80);
    List<DesignItemResult> results = DesignAnalysis.run(data(), prepared, plan);
    for (DesignItemResult res : results) {
      DesignEstimate e = res.estimates().get(0);
      CSVRecord want = r("sdr", e.item());
      double est = Double.parseDouble(want.get("estimate"));
      assertThat(e.estimate()).as(e.item()).isCloseTo(est, within(1e-9 * est));
      for (String[] q :
          new String[][] {
            {"se", "" + e.standardError()},
            {"deff", "" + e.designEffect()},
            {"ci_low", "" + e.lower()},
            {"ci_high", "" + e.upper()}
          }) {
        double w = Double.parseDouble(want.get(q[0]));
        assertThat(Double.parseDouble(q[1]))
            .as(e.item() + " " + q[0])
            .isCloseTo(w, within(1e-6 * w));
      }
      assertThat(e.degreesOfFreedom()).isEqualTo(Integer.parseInt(want.get("df")));
    }
    assertThat(results.get(1).estimates().get(0).denominator())
        .as("meals has 3 blanks")
        .isEqualTo(197);
  }

  @Test
  void replicateColumnsAreNotAnalysedAsItems() {
    DesignPlan plan = sdr(DesignPlan.builder());
    var prepared = DesignSetup.prepare(data(), plan, k -> k);
    assertThat(DesignAnalysis.run(data(), prepared, plan))
        .extracting(r -> r.item().id())
        .doesNotContain("repw1", "repw80", "pw")
        .contains("api00", "stype");
  }

  @Test
  void aPlanFileDeclaresReplicatesWithThePlansKeys(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("plan.yaml");
    Files.writeString(
        yaml,
        "design:\n  weights: pw\nreplicates:\n  weights_pattern: 'repw[0-9]+'\n"
            + "  type: successive-difference\n  mse: true\nci: xlogit\n");
    DesignPlan plan = AnalysisPlanReader.read(yaml);
    assertThat(plan.replicates().pattern()).isEqualTo("repw[0-9]+");
    assertThat(plan.replicates().mse()).isTrue();
    assertThat(plan.ciMethod()).isEqualTo(CiMethod.XLOGIT);
    Files.writeString(
        yaml, "design:\n  strata: stype\nreplicates:\n  from_design: Fay\n  rho: 0.3\n");
    ReplicatePlan fay = AnalysisPlanReader.read(yaml).replicates();
    assertThat(fay.conversion()).isEqualTo(ReplicatePlan.Conversion.FAY);
    assertThat(fay.rho()).isEqualTo(0.3);
    assertThat(AnalysisPlanReader.replicates(fay.toMap(), "again")).isEqualTo(fay);
  }

  @Test
  void replicateOptionsThatDoNotFitAreRefusedNamingTheKey() {
    refused(Map.of("type", "BRR"), "replicates", "either weights_pattern");
    refused(Map.of("weights_pattern", "repw"), "replicates.type", "give the columns' type");
    refused(Map.of("weights_pattern", "repw(", "type", "BRR"), "weights_pattern", "regular expr");
    refused(Map.of("weights_pattern", "r", "type", "JK3"), "replicates.type", "'JK3' is not");
    refused(Map.of("weights_pattern", "r", "type", "Fay"), "replicates.rho", "between 0 and 1");
    refused(Map.of("weights_pattern", "r", "type", "BRR", "rho", 0.3), "replicates.rho", "no rho");
    refused(Map.of("weights_pattern", "r", "type", "ACS", "scale", 2), "replicates.scale", "fixes");
    refused(Map.of("from_design", "JK2"), "replicates.from_design", "'JK2' is not one of");
    refused(Map.of("from_design", "JK1", "replicates", 20), "replicates.replicates", "bootstrap");
    refused(Map.of("from_design", "bootstrap", "replicates", 1), "replicates.replicates", "from 2");
    refused(Map.of("from_design", "BRR", "type", "BRR"), "replicates.type", "weights_pattern");
  }

  private static void refused(Map<String, Object> section, String key, String words) {
    assertThatThrownBy(() -> AnalysisPlanReader.replicates(section, "plan.yaml"))
        .isInstanceOf(DesignPlanException.class)
        .hasMessageContaining(key)
        .hasMessageContaining(words);
  }

  @Test
  void columnsThatDoNotMatchOrAreNotReplicateWeightsAreNamed() {
    prepareFails(
        ReplicatePlan.columns(
            "^jk[0-9]+$", ReplicatePlan.ColumnType.JK1, null, null, Double.NaN, true, false),
        "repweights ^jk[0-9]+$",
        "no column's name matches");
    prepareFails(
        ReplicatePlan.columns(
            "^(repw1|stype)$", ReplicatePlan.ColumnType.OTHER, null, null, Double.NaN, true, false),
        "stype",
        "is not a number");
    prepareFails(
        ReplicatePlan.columns(
            "^meals$", ReplicatePlan.ColumnType.OTHER, null, null, Double.NaN, true, false),
        "meals row 3",
        "missing values are not allowed");
    prepareFails(
        ReplicatePlan.columns(
            "repw[0-9]+",
            ReplicatePlan.ColumnType.OTHER,
            null,
            new double[] {1, 1, 1},
            Double.NaN,
            true,
            false),
        "rscales",
        "has length 3, should be the 80 replicate columns");
    prepareFails(
        ReplicatePlan.columns(
            "repw[0-9]+", ReplicatePlan.ColumnType.JK1, null, null, Double.NaN, true, false),
        "replicate column repw1",
        "does not delete a PSU");
  }

  private static void prepareFails(ReplicatePlan rp, String where, String words) {
    DesignPlan plan = DesignPlan.builder().weights("pw").replicates(rp).build();
    assertThatThrownBy(() -> DesignSetup.prepare(data(), plan, k -> "--" + k))
        .isInstanceOf(TripartException.class)
        .hasMessageContaining(where)
        .hasMessageContaining(words);
  }

  @Test
  void whatReplicateDesignsDoNotOfferIsRefusedNotComputedFromTheWrongVariance() {
    DesignPlan beta = sdr(DesignPlan.builder().ciMethod(CiMethod.BETA));
    assertThatThrownBy(() -> DesignSetup.prepare(data(), beta, k -> "--" + k))
        .isInstanceOf(TripartException.class)
        .satisfies(
            e ->
                assertThat(((TripartException) e).code())
                    .isEqualTo(ErrorCode.REPLICATE_UNSUPPORTED))
        .hasMessageContaining("--ci");
    DesignPlan trim = sdr(DesignPlan.builder().trim(new double[] {1, 100}));
    assertThatThrownBy(() -> DesignSetup.prepare(data(), trim, k -> "--" + k))
        .hasMessageContaining("--trim");
    DesignPlan strata = sdr(DesignPlan.builder().strata("stype"));
    assertThatThrownBy(() -> DesignSetup.prepare(data(), strata, k -> "--" + k))
        .isInstanceOf(DesignPlanException.class)
        .hasMessageContaining("give no strata");
  }
}
