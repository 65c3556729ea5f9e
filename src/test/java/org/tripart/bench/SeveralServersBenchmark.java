package org.tripart.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.tripart.store.SharedPostgres;
import org.tripart.web.ServerProcess;

/**
 * Prints HTTP submissions per second and latency percentiles with one {@code tripart serve} process
 * and with two on one PostgreSQL database: each process is a child JVM ({@link ServerProcess}, 512
 * MB heap, the JIT's defaults), the clients are threads of this JVM, client {@code i} submitting to
 * process {@code i mod n} valid final answers of the bundled research questionnaire and waiting for
 * the durable acknowledgement. Each run starts on a fresh database, warms up on as many submissions
 * as it measures, then measures. Not a test: run it by hand, for example
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   org.tripart.bench.SeveralServersBenchmark 10000 64
 * </pre>
 *
 * (submissions measured per run, clients). Everything (PostgreSQL, the servers, the clients) shares
 * this machine's cores, so the figures say what a second process adds on one host, not what a
 * second host would.
 */
final class SeveralServersBenchmark {
  private SeveralServersBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    List<String> answers = BenchHttp.answers();
    System.out.printf(
        Locale.ROOT,
        "%d cores, %d clients, %d submissions measured per run%n",
        Runtime.getRuntime().availableProcessors(),
        clients,
        count);
    for (int processes : new int[] {1, 2}) {
      run(processes, count, clients, answers);
    }
    System.exit(0);
  }

  private static void run(int processes, int count, int clients, List<String> answers)
      throws Exception {
    Path folder = Files.createTempDirectory(Path.of("target"), "several-servers-benchmark");
    String db = SharedPostgres.newDatabaseUrl();
    List<ServerProcess> servers = new ArrayList<>();
    try {
      for (int p = 0; p < processes; p++) {
        servers.add(
            ServerProcess.start(
                db,
                folder.resolve("data"),
                folder.resolve("server-" + p + ".log"),
                List.of("-Xmx512m")));
      }
      HttpClient client = BenchHttp.client();
      List<String> bases = servers.stream().map(ServerProcess::baseUrl).toList();
      String admin = servers.get(0).adminToken();
      ConcurrentLinkedQueue<String> warm = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> measured = new ConcurrentLinkedQueue<>();
      for (int made = 0; made < count; made += 10_000) {
        int n = Math.min(10_000, count - made);
        warm.addAll(BenchHttp.invite(client, bases.get(0), admin, n));
        measured.addAll(BenchHttp.invite(client, bases.get(0), admin, n));
      }
      BenchHttp.submitAll(client, bases, warm, answers, clients);
      BenchHttp.Submitted figures = BenchHttp.submitAll(client, bases, measured, answers, clients);
      System.out.printf(
          Locale.ROOT,
          "%d process%s on one PostgreSQL: %d submissions in %.2f s = %.0f completed/s;"
              + " latency p50 %.1f ms, p99 %.1f ms; %d failed%n",
          processes,
          processes == 1 ? "" : "es",
          figures.completed(),
          figures.seconds(),
          figures.perSecond(),
          figures.p50() / 1e6,
          figures.p99() / 1e6,
          figures.failed());
    } finally {
      for (ServerProcess s : servers) {
        s.close();
      }
    }
  }
}
