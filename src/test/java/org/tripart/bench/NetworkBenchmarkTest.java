package org.tripart.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.cli.Main;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;
import org.tripart.network.Network;
import org.tripart.network.NetworkBuilder;
import org.tripart.network.Nomination;
import org.tripart.network.Organisation;
import org.tripart.network.Tie;

class NetworkBenchmarkTest {

  @Test
  void theSameSeedGivesTheSameInputsAndAnotherSeedOthers() {
    NetworkBenchmarkData.Inputs a = NetworkBenchmarkData.generate(300, 2_000, 5);
    NetworkBenchmarkData.Inputs b = NetworkBenchmarkData.generate(300, 2_000, 5);
    NetworkBenchmarkData.Inputs c = NetworkBenchmarkData.generate(300, 2_000, 6);
    assertThat(b.organisations()).isEqualTo(a.organisations());
    assertThat(b.nominations()).isEqualTo(a.nominations());
    assertThat(b.unmatched()).isEqualTo(a.unmatched());
    assertThat(c.nominations()).isNotEqualTo(a.nominations());
  }

  @Test
  void theDefaultSizeIsTenThousandOrganisationsAndAboutTwoHundredThousandSkewedTies() {
    NetworkBenchmarkData.Inputs in = NetworkBenchmarkData.generate(10_000, 100_000, 1);
    List<Organisation> orgs = in.organisations();
    assertThat(orgs).hasSize(10_000);
    Map<Sector, Long> bySector =
        orgs.stream().collect(Collectors.groupingBy(Organisation::sector, Collectors.counting()));
    assertThat(bySector)
        .containsEntry(Sector.HOSPITAL, 5_500L)
        .containsEntry(Sector.INSTITUTION, 1_500L)
        .containsEntry(Sector.COMPANY, 3_000L);
    long tertiary = orgs.stream().filter(o -> o.tier() == Tier.TERTIARY).count();
    assertThat(tertiary).isBetween(560L, 760L);
    assertThat(orgs.stream().filter(o -> o.sector() != Sector.HOSPITAL))
        .allMatch(o -> o.tier() == Tier.OTHER);
    Set<String> provinces =
        orgs.stream().map(Organisation::provinceCode).collect(Collectors.toSet());
    assertThat(provinces)
        .containsExactlyInAnyOrderElementsOf(Provinces.all().stream().map(Province::code).toList());
    assertThat(orgs).allMatch(o -> o.name().startsWith("SYNTHETIC "));
    assertThat(in.respondents()).isEqualTo(100_000);
    Set<String> respondents =
        in.nominations().stream().map(Nomination::respondentId).collect(Collectors.toSet());
    assertThat(respondents)
        .allMatch(id -> id.startsWith("SYNTHETIC-R"))
        .hasSizeBetween(90_000, 100_000);
    assertThat(in.unmatched()).hasSizeBetween(5_000, 15_000);
    assertThat(in.unmatched()).allMatch(u -> u.text().startsWith("SYNTHETIC "));

    Network net = NetworkBuilder.build(orgs, in.nominations(), in.unmatched());
    assertThat(net.ties()).hasSizeBetween(190_000, 215_000);
    long reciprocated = net.ties().stream().filter(Tie::reciprocated).count();
    assertThat(reciprocated).isBetween(10_000L, 50_000L);
    assertThat(net.ties().stream().filter(t -> t.weight() > 1).count()).isPositive();
    Map<String, Long> degree =
        net.ties().stream()
            .flatMap(t -> java.util.stream.Stream.of(t.source(), t.target()))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    long[] sorted = degree.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long median = sorted[sorted.length / 2];
    assertThat(sorted[sorted.length - 1]).isGreaterThan(30 * median);
    List<Organisation> hubs =
        degree.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
            .limit(50)
            .map(e -> net.organisation(e.getKey()).orElseThrow())
            .toList();
    assertThat(
            hubs.stream()
                .filter(o -> o.sector() == Sector.COMPANY || o.tier() == Tier.TERTIARY)
                .count())
        .isGreaterThan(25);
  }

  @Test
  void theReportPrintsEveryPhaseAndSampledBetweennessFromAllNodesIsExact() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NetworkBenchmark.run(
        new NetworkBenchmark.Settings(200, 1_000, 3, 2, List.of(10, 200), 0, 1),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report)
        .contains("200 organisations, 1,000 respondents, seed 3, 2 threads")
        .contains("SYNTHETIC")
        .containsPattern("whole analysis: build \\+ all metrics \\+ GraphML +\\d+\\.\\d{3} s")
        .containsPattern("build the Network \\(NetworkBuilder.build\\) +\\d+\\.\\d{3} s")
        .containsPattern("NetworkMetrics.of: all metrics, 2 threads +\\d+\\.\\d{3} s")
        .containsPattern("GraphML to a temporary file \\(\\d+\\.\\d MB\\) +\\d+\\.\\d{3} s")
        .containsPattern("exact betweenness, all sources +\\d+\\.\\d{3} s")
        .containsPattern("k-cores \\(JGraphT Coreness\\) +\\d+\\.\\d{3} s")
        .containsPattern("\\d+\\.\\d MB")
        .containsPattern("\\n10 +\\d+\\.\\d{3} s")
        .containsPattern("\\n200 +(\\d+\\.\\d{3} s +){3}0\\.0000 +0\\.00 +1\\.0000 +100%")
        .contains("aim: whole analysis under 10 s");
  }

  @Test
  void sampledBetweennessErrorsAreWorkedOutNodeByNode() {
    double[] exact = {0, 2, 4, 6, 8};
    double[] sampled = {1, 3, 4, 3, 8};
    BetweennessError e = BetweennessError.of(exact, sampled, 3, 2);
    assertThat(e.meanRelative()).isCloseTo(0.25, within(1e-15));
    assertThat(e.maxRelative()).isCloseTo(0.5, within(1e-15));
    assertThat(e.spearmanTop()).isCloseTo(0.5, within(1e-15));
    assertThat(e.topShare()).isEqualTo(0.5);
    assertThat(BetweennessError.ranks(new double[] {3, 1, 2, 2})).containsExactly(4, 1, 2.5, 2.5);
    assertThat(BetweennessError.of(exact, exact, 5, 5)).isEqualTo(new BetweennessError(0, 0, 1, 1));
  }

  @Test
  void badSettingsAreAUsageError() {
    assertThatThrownBy(
            () -> new NetworkBenchmark.Settings(10_000, 100_000, 1, 0, List.of(100), 1, 3))
        .isInstanceOf(TripartException.class)
        .satisfies(t -> assertThat(((TripartException) t).code()).isEqualTo(ErrorCode.USAGE))
        .hasMessageContaining("--threads must be at least 1");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"benchmark", "--network", "--pivots", "100,0"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--pivots must be counts of at least 1");
  }

  @Test
  void theCommandRunsTheNetworkBenchmark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code =
          Main.run(
              new String[] {
                "benchmark", "--network", "--organisations", "100", "--respondents", "400",
                "--warm-ups", "0", "--repetitions", "1", "--pivots", "20"
              },
              System.out,
              System.err);
    } finally {
      System.setOut(saved);
    }
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("100 organisations, 400 respondents")
        .containsPattern("\\n20 +\\d+\\.\\d{3} s");
  }
}
