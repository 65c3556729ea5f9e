package org.tripart.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.tripart.store.SharedPostgres;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import org.tripart.web.http.RateLimiter;

/**
 * A soak: a steady, paced (open-loop) load on an in-process server for a set time, printing each
 * minute the requests completed per second, p50/p99 latency (from each request's scheduled start,
 * so a stalled server shows as latency, not as fewer requests), heap used after a full GC, live
 * threads and open file descriptors, and at the end whether the heap stayed flat. The mix: 40%
 * questionnaire page loads ({@code GET /s/TOKEN}), 25% draft saves, 20% final submissions (each a
 * fresh invitation), 15% dashboard reads (overview and fieldwork JSON, admin token). Not a test:
 * run it by hand, for example
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   org.tripart.bench.SoakBenchmark sqlite 10 50
 * </pre>
 *
 * Arguments: {@code sqlite} or {@code postgresql} (a throwaway server), minutes (default 10),
 * requests per second (default 50). Clients and server share the JVM, so the heap figure includes
 * the clients' in-flight requests. Errors are counted by status (599: no answer, for example the
 * client's 60 s timeout).
 */
final class SoakBenchmark {
  private SoakBenchmark() {}

  public static void main(String[] args) throws Exception {
    String vendor = args.length > 0 ? args[0] : "sqlite";
    int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    Path folder = Files.createTempDirectory(Path.of("target"), "soak");
    String db =
        vendor.equals("postgresql")
            ? SharedPostgres.newDatabaseUrl()
            : folder.resolve("tripart.sqlite").toString();
    List<String> answers = org.tripart.web.SoakAnswers.research();
    try (TripartServer server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(db)
                .withDataDir(folder.resolve("data"))
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()))) {
      String base = server.baseUrl();
      String admin = Files.readString(server.adminTokenFile()).strip();
      HttpClient client = BenchHttp.client();
      int submits = (int) (rate * 60L * minutes * 0.2) + 100;
      ConcurrentLinkedQueue<String> fresh = new ConcurrentLinkedQueue<>();
      for (int made = 0; made < submits; made += 5000) {
        fresh.addAll(BenchHttp.invite(client, base, admin, Math.min(5000, submits - made)));
      }
      List<String> drafting = BenchHttp.invite(client, base, admin, 500);
      System.out.printf(
          Locale.ROOT,
          "soak on %s: %d requests/s for %d min, %d invitations%n",
          vendor,
          rate,
          minutes,
          submits + 500);
      System.out.println(
          "| minute | requests/s | p50 ms | p99 ms | errors | heap after GC MiB | threads | open fds |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      ConcurrentLinkedQueue<long[]> done = new ConcurrentLinkedQueue<>();
      AtomicLong seq = new AtomicLong();
      ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
      long periodNanos = 1_000_000_000L / rate;
      pacer.scheduleAtFixedRate(
          () -> {
            long n = seq.getAndIncrement();
            long scheduled = System.nanoTime();
            HttpRequest req = request(n, base, admin, fresh, drafting, answers);
            client
                .sendAsync(req, HttpResponse.BodyHandlers.discarding())
                .whenComplete(
                    (r, e) ->
                        done.add(
                            new long[] {
                              System.nanoTime() - scheduled, e != null ? 599 : r.statusCode()
                            }));
          },
          0,
          periodNanos,
          TimeUnit.NANOSECONDS);
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      List<Double> heap = new ArrayList<>();
      for (int minute = 1; minute <= minutes; minute++) {
        Thread.sleep(60_000);
        List<long[]> window = new ArrayList<>();
        for (long[] d = done.poll(); d != null; d = done.poll()) {
          window.add(d);
        }
        long[] lat = window.stream().mapToLong(d -> d[0]).sorted().toArray();
        long errors = window.stream().filter(d -> d[1] >= 400).count();
        java.util.Map<Long, Long> kinds = new java.util.TreeMap<>();
        window.stream().filter(d -> d[1] >= 400).forEach(d -> kinds.merge(d[1], 1L, Long::sum));
        System.gc();
        double used = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
        heap.add(used);
        System.out.printf(
            Locale.ROOT,
            "| %d | %.1f | %.1f | %.1f | %d %s | %.1f | %d | %d |%n",
            minute,
            lat.length / 60.0,
            percentile(lat, 0.50) / 1e6,
            percentile(lat, 0.99) / 1e6,
            errors,
            kinds.isEmpty() ? "" : kinds.toString(),
            used,
            ManagementFactory.getThreadMXBean().getThreadCount(),
            openFds());
      }
      pacer.shutdownNow();
      System.out.println(verdict(heap));
    }
    System.exit(0);
  }

  private static HttpRequest request(
      long n,
      String base,
      String admin,
      ConcurrentLinkedQueue<String> fresh,
      List<String> drafting,
      List<String> answers) {
    int kind = (int) (n % 20);
    String answer = answers.get((int) (n % answers.size()));
    String draftToken = drafting.get((int) (n % drafting.size()));
    HttpRequest.Builder b;
    if (kind < 8) {
      b = HttpRequest.newBuilder(URI.create(base + "/s/" + draftToken)).GET();
    } else if (kind < 13) {
      b =
          HttpRequest.newBuilder(URI.create(base + "/api/respond/" + draftToken + "/draft"))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(answer));
    } else if (kind < 17) {
      String token = fresh.poll();
      b =
          HttpRequest.newBuilder(URI.create(base + "/api/respond/" + token + "/submit"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(answer));
    } else {
      String path =
          kind == 17
              ? "/api/studies/national_ai/fieldwork"
              : "/api/studies/national_ai/dashboard/overview";
      b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Authorization", "Bearer " + admin)
              .GET();
    }
    return b.timeout(Duration.ofSeconds(60)).build();
  }

  static String verdict(List<Double> heap) {
    if (heap.size() < 3) {
      return "too short for a verdict on the heap (3 minutes or more)";
    }
    List<Double> steady = heap.subList(1, heap.size());
    int n = steady.size();
    double mx = (n - 1) / 2.0;
    double my = steady.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (i - mx) * (steady.get(i) - my);
      sxx += (i - mx) * (i - mx);
    }
    double slope = sxy / sxx;
    double min = steady.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = steady.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    boolean flat = Math.abs(slope) * n < Math.max(16, 0.1 * my);
    return String.format(
        Locale.ROOT,
        "heap after GC from minute 2: %.1f-%.1f MiB, trend %+.2f MiB/min: %s",
        min,
        max,
        slope,
        flat ? "flat" : "GROWING");
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static long openFds() {
    String[] fds = new java.io.File("/proc/self/fd").list();
    return fds == null ? -1 : fds.length;
  }
}
