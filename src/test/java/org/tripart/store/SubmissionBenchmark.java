package org.tripart.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints acknowledged durable submissions per second and latency percentiles for concurrent clients
 * submitting through the group-commit writer. Not a test: run it by hand, for example
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.tripart.store.SubmissionBenchmark \
 *   sqlite 20000 64
 * </pre>
 *
 * with {@code sqlite} (a file under target/benchmark) or {@code postgresql} (a throwaway server).
 */
final class SubmissionBenchmark {
  private SubmissionBenchmark() {}

  public static void main(String[] args) throws Exception {
    String vendor = args.length > 0 ? args[0] : "sqlite";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    PostgresServer server = null;
    String location;
    if (vendor.equals("postgresql")) {
      server = PostgresServer.start(PostgresServer.findBinaries());
      location = server.newDatabaseUrl();
    } else {
      Path folder = Files.createTempDirectory(Path.of("target"), "benchmark");
      location = folder.resolve("tripart.sqlite").toString();
    }
    try (Store store = Stores.open(location)) {
      store.createStudy("s", "{\"en\":\"benchmark\"}");
      List<NewInvitation> invitations = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        invitations.add(new NewInvitation("inv" + i, null, TokenHashes.hash("t" + i), null));
      }
      store.createInvitations("s", "clinician", "wave1", invitations);
      long[] latencies = new long[count];
      AtomicInteger next = new AtomicInteger();
      List<Thread> workers = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        Thread worker =
            new Thread(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < count) {
                    String id = "inv" + i;
                    long began = System.nanoTime();
                    store.submit(id, CrashSubmitter.answersOf(id), 1, null);
                    latencies[i] = System.nanoTime() - began;
                  }
                });
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(latencies);
      System.out.printf(
          "%s: %d submissions from %d threads in %.2f s = %.0f acknowledged/s;"
              + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          vendor,
          count,
          threads,
          seconds,
          count / seconds,
          latencies[count / 2] / 1e6,
          latencies[(int) (count * 0.99)] / 1e6,
          latencies[count - 1] / 1e6);
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
