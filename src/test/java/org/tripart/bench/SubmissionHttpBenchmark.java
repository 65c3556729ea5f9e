package org.tripart.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.tripart.store.SharedPostgres;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import org.tripart.web.http.RateLimiter;

/**
 * Prints completed HTTP submissions per second and latency percentiles for concurrent clients over
 * loopback: each client POSTs valid final answers of the bundled research questionnaire to {@code
 * /api/respond/TOKEN/submit} of an in-process server and waits for the durable acknowledgement. Not
 * a test: run it by hand, for example
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   org.tripart.bench.SubmissionHttpBenchmark sqlite 20000 200
 * </pre>
 *
 * with {@code sqlite} (a file under target/) or {@code postgresql} (a throwaway server). A fourth
 * argument {@code separate-client} runs the clients in a second JVM process, so that client and
 * server do not share a heap and garbage collector. A fourth argument {@code wrk} drives the server
 * with wrk (Debian's package {@code wrk}; far lighter on the shared cores than 200 JVM threads):
 * half the invitations warm the server up for 15 s uncounted, the other half are submitted for the
 * given seconds (fifth argument, default 10), each connection waiting a random think time of the
 * mean in the sixth argument (milliseconds, default 0) between its requests, for example {@code
 * sqlite 100000 200 wrk 10 0}.
 */
final class SubmissionHttpBenchmark {
  private static final int WARM_UP_SECONDS = 15;

  private SubmissionHttpBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("client")) {
      send(
          args[1],
          args[2],
          new ConcurrentLinkedQueue<>(Files.readAllLines(Path.of(args[3]))),
          Files.readAllLines(Path.of(args[4])),
          Integer.parseInt(args[5]));
      System.exit(0);
    }
    String vendor = args.length > 0 ? args[0] : "sqlite";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    boolean separateClient = args.length > 3 && args[3].equals("separate-client");
    boolean wrk = args.length > 3 && args[3].equals("wrk");
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    int thinkMs = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    Path folder = Files.createTempDirectory(Path.of("target"), "http-benchmark");
    String db =
        vendor.equals("postgresql")
            ? SharedPostgres.newDatabaseUrl()
            : folder.resolve("tripart.sqlite").toString();
    List<String> answers = BenchHttp.answers();
    try (TripartServer server =
        TripartServer.start(
            threads(ServerConfig.defaults())
                .withPort(0)
                .withDb(db)
                .withDataDir(folder.resolve("data"))
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()))) {
      String admin = Files.readString(server.adminTokenFile()).strip();
      HttpClient client = BenchHttp.client();
      ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();
      for (int made = 0; made < count; made += 10_000) {
        tokens.addAll(
            BenchHttp.invite(client, server.baseUrl(), admin, Math.min(10_000, count - made)));
      }
      long cpu0 = processCpuNanos();
      long writer0 = writerCpuNanos();
      if (wrk) {
        List<String> all = new ArrayList<>(tokens);
        Path warmTokens = folder.resolve("warm-up-tokens.txt");
        Path tokenFile = folder.resolve("tokens.txt");
        Path answerFile = folder.resolve("answers.txt");
        Files.write(warmTokens, all.subList(0, all.size() / 2));
        Files.write(tokenFile, all.subList(all.size() / 2, all.size()));
        Files.write(answerFile, answers);
        System.out.print("warm-up (not counted): ");
        runWrk(server.baseUrl(), warmTokens, answerFile, clients, WARM_UP_SECONDS, 0, folder);
        long[] ticks0 = processTicks();
        cpu0 = processCpuNanos();
        writer0 = writerCpuNanos();
        System.out.print("measured: ");
        long accepted =
            runWrk(server.baseUrl(), tokenFile, answerFile, clients, seconds, thinkMs, folder);
        long[] ticks = processTicks();
        double tick = 1000.0 / 100;
        System.out.printf(
            Locale.ROOT,
            "CPU per accepted submission: server process %.3f ms (user %.3f, system %.3f),"
                + " store writer threads %.3f ms%n",
            (processCpuNanos() - cpu0) / 1e6 / accepted,
            (ticks[0] - ticks0[0]) * tick / accepted,
            (ticks[1] - ticks0[1]) * tick / accepted,
            (writerCpuNanos() - writer0) / 1e6 / accepted);
        System.exit(0);
      }
      if (separateClient) {
        Path tokenFile = folder.resolve("tokens.txt");
        Path answerFile = folder.resolve("answers.txt");
        Files.write(tokenFile, tokens);
        Files.write(answerFile, answers);
        Process p =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    SubmissionHttpBenchmark.class.getName(),
                    "client",
                    vendor,
                    server.baseUrl(),
                    tokenFile.toString(),
                    answerFile.toString(),
                    Integer.toString(clients))
                .inheritIO()
                .start();
        if (p.waitFor() != 0) {
          throw new IllegalStateException("the client process failed");
        }
      } else {
        send(vendor, server.baseUrl(), tokens, answers, clients);
      }
      System.out.printf(
          Locale.ROOT,
          "CPU per submission: %s process %.3f ms, store writer threads %.3f ms%n",
          separateClient ? "server" : "server and client",
          (processCpuNanos() - cpu0) / 1e6 / count,
          (writerCpuNanos() - writer0) / 1e6 / count);
    }
    System.exit(0);
  }

  private static void send(
      String vendor,
      String base,
      ConcurrentLinkedQueue<String> tokens,
      List<String> answers,
      int clients)
      throws InterruptedException {
    BenchHttp.Submitted r =
        BenchHttp.submitAll(BenchHttp.client(), List.of(base), tokens, answers, clients);
    System.out.printf(
        Locale.ROOT,
        "%s: %d submissions by %d clients over HTTP in %.2f s = %.0f completed/s;"
            + " latency p50 %.1f ms, p99 %.1f ms; %d failed%n",
        vendor,
        r.completed(),
        clients,
        r.seconds(),
        r.perSecond(),
        r.p50() / 1e6,
        r.p99() / 1e6,
        r.failed());
  }

  /**
   * Runs wrk (Debian's package) with {@code submit.lua} for {@code seconds}, prints its figures and
   * returns the number of 201 answers. wrk's two threads use far less CPU than 200 JVM clients, so
   * more of the two cores is left to the server.
   */
  private static long runWrk(
      String base, Path tokens, Path answers, int clients, int seconds, int thinkMs, Path folder)
      throws Exception {
    Path script = folder.resolve("submit.lua");
    try (var in = SubmissionHttpBenchmark.class.getResourceAsStream("submit.lua")) {
      Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + clients,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true);
    pb.environment().put("TRIPART_TOKENS", tokens.toString());
    pb.environment().put("TRIPART_ANSWERS", answers.toString());
    pb.environment().put("TRIPART_THREADS", "2");
    pb.environment().put("TRIPART_THINK_MS", Integer.toString(thinkMs));
    Process p = pb.start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    java.util.Map<String, Double> f = new java.util.HashMap<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("TRIPART ")) {
        for (String kv : line.substring(8).trim().split(" ")) {
          String[] parts = kv.split("=");
          f.put(parts[0], Double.parseDouble(parts[1]));
        }
      }
    }
    if (f.isEmpty()) {
      throw new IllegalStateException("wrk printed no figures:\n" + out);
    }
    long accepted = f.get("accepted").longValue();
    System.out.printf(
        Locale.ROOT,
        "wrk, %d connections, think time %d ms, %.1f s: %d accepted (201) = %.0f completed/s; %d other answers,"
            + " %d socket errors, %d requests after the tokens ran out; latency p50 %.1f ms,"
            + " p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        clients,
        thinkMs,
        f.get("seconds"),
        accepted,
        accepted / f.get("seconds"),
        f.get("other").longValue(),
        f.get("errors").longValue(),
        f.get("exhausted").longValue(),
        f.get("p50_us") / 1e3,
        f.get("p90_us") / 1e3,
        f.get("p99_us") / 1e3,
        f.get("max_us") / 1e3);
    return accepted;
  }

  /** The configuration with {@code -Dtripart.bench.threads=N} request threads, when given. */
  private static ServerConfig threads(ServerConfig config) {
    Integer threads = Integer.getInteger("tripart.bench.threads");
    return threads == null ? config : config.withThreads(threads);
  }

  /** User and system CPU of this process in clock ticks (USER_HZ, 100 on Linux). */
  private static long[] processTicks() throws java.io.IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long writerCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("tripart-store-writer-")) {
        total += Math.max(0, threads.getThreadCpuTime(t.getId()));
      }
    }
    return total;
  }
}
