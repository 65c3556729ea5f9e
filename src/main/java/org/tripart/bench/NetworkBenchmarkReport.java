package org.tripart.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;
import org.tripart.network.Network;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.NodeMetrics;
import org.tripart.network.Tie;

/** The lines {@link NetworkBenchmark} prints. Stateless. */
final class NetworkBenchmarkReport {
  static final String ROW = "%-58s %9s %9s %9s %9s %9s %10s%n";

  private NetworkBenchmarkReport() {}

  private static String plural(Sector s) {
    return switch (s) {
      case HOSPITAL -> "hospitals";
      case INSTITUTION -> "institutions";
      case COMPANY -> "companies";
    };
  }

  /** Nodes, ties and a few measures of the network, on one line. */
  static String describe(NetworkMetrics m) {
    Network n = m.network();
    long reciprocated = n.ties().stream().filter(Tie::reciprocated).count();
    long repeated = n.ties().stream().filter(t -> t.weight() > 1).count();
    int[] degrees = m.nodes().stream().mapToInt(NodeMetrics::degree).sorted().toArray();
    String sectors =
        java.util.Arrays.stream(Sector.values())
            .map(sec -> String.format(Locale.ROOT, "%,d %s", m.mixing().nodes(sec), plural(sec)))
            .collect(Collectors.joining(", "));
    long tertiary = n.organisations().stream().filter(o -> o.tier() == Tier.TERTIARY).count();
    return String.format(
        Locale.ROOT,
        "network: %s (%,d tertiary hospitals); %,d ties (%,d reciprocated, %,d named by more"
            + " than one respondent), %,d arcs; degree median %d, 99th percentile %d, max %d;"
            + " %,d components, largest %,d; max coreness %d; %,d closed and %,d open tripartite"
            + " triads; E-I index %.3f",
        sectors,
        tertiary,
        n.ties().size(),
        reciprocated,
        repeated,
        n.arcs().size(),
        degrees[degrees.length / 2],
        degrees[(int) (degrees.length * 0.99)],
        degrees[degrees.length - 1],
        m.componentCount(),
        m.componentSizes().get(0),
        m.nodes().stream().mapToInt(NodeMetrics::coreness).max().orElse(0),
        m.triads().closed(),
        m.triads().open(),
        m.mixing().eiIndex());
  }

  static void row(PrintStream out, String phase, PhaseTimes t, int skip, long heap) {
    out.printf(
        Locale.ROOT,
        ROW,
        phase,
        seconds(t.first()),
        seconds(t.median(skip)),
        seconds(t.min(skip)),
        seconds(t.medianCpu(skip)),
        seconds(t.medianGc(skip)),
        heap < 0 ? "" : megabytes(heap));
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    String collectors =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "JVM: %s %s; %d processors; max heap %s; collectors %s; load average %.2f",
        System.getProperty("java.vm.name"),
        Runtime.version(),
        rt.availableProcessors(),
        megabytes(rt.maxMemory()),
        collectors,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
