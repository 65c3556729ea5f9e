package org.tripart.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
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
    List<String> answers = SubmissionHttpBenchmark.answers();
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
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      List<String> bases = servers.stream().map(ServerProcess::baseUrl).toList();
      String admin = servers.get(0).adminToken();
      ConcurrentLinkedQueue<String> warm = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> measured = new ConcurrentLinkedQueue<>();
      for (int made = 0; made < count; made += 10_000) {
        int n = Math.min(10_000, count - made);
        warm.addAll(SubmissionHttpBenchmark.invite(client, bases.get(0), admin, n));
        measured.addAll(SubmissionHttpBenchmark.invite(client, bases.get(0), admin, n));
      }
      send(client, bases, warm, answers, clients);
      long[] figures = send(client, bases, measured, answers, clients);
      System.out.printf(
          Locale.ROOT,
          "%d process%s on one PostgreSQL: %d submissions in %.2f s = %.0f completed/s;"
              + " latency p50 %.1f ms, p99 %.1f ms; %d failed%n",
          processes,
          processes == 1 ? "" : "es",
          figures[0],
          figures[1] / 1e9,
          figures[0] / (figures[1] / 1e9),
          figures[2] / 1e6,
          figures[3] / 1e6,
          figures[4]);
    } finally {
      for (ServerProcess s : servers) {
        s.close();
      }
    }
  }

  /** Submits every token; returns {completed, nanoseconds, p50, p99, failed}. */
  private static long[] send(
      HttpClient client,
      List<String> bases,
      ConcurrentLinkedQueue<String> tokens,
      List<String> answers,
      int clients)
      throws InterruptedException {
    long[] latencies = new long[tokens.size()];
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      String base = bases.get(c % bases.size());
      Thread t =
          new Thread(
              () -> {
                for (String token = tokens.poll(); token != null; token = tokens.poll()) {
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> r =
                        client.send(
                            HttpRequest.newBuilder(
                                    URI.create(base + "/api/respond/" + token + "/submit"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                        answers.get(
                                            Math.floorMod(token.hashCode(), answers.size()))))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                      if (failed.incrementAndGet() == 1) {
                        System.out.println("first failure: " + r.statusCode() + " " + r.body());
                      }
                      continue;
                    }
                  } catch (Exception e) {
                    if (failed.incrementAndGet() == 1) {
                      System.out.println("first failure: " + e);
                    }
                    continue;
                  }
                  latencies[done.getAndIncrement()] = System.nanoTime() - t0;
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    long elapsed = System.nanoTime() - start;
    int n = done.get();
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    return new long[] {
      n,
      elapsed,
      n == 0 ? 0 : sorted[n / 2],
      n == 0 ? 0 : sorted[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)],
      failed.get()
    };
  }
}
