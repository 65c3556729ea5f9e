package org.tripart.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the hand-run HTTP benchmarks ({@link SubmissionHttpBenchmark}, {@link
 * SeveralServersBenchmark}, {@link SoakBenchmark}) share: the client, the research invitations they
 * submit to, valid answers, the submission request, and closed-loop clients that submit every token
 * and time each acknowledgement. Stateless; the client it makes is thread-safe.
 */
final class BenchHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchHttp() {}

  /** An HTTP/1.1 client (one connection per request in flight) with a 10 s connect timeout. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * Creates {@code n} invitations of the bundled study's research group.
   *
   * @return their tokens
   * @throws IllegalStateException when the server does not answer 201
   */
  static List<String> invite(HttpClient client, String base, String admin, int n) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/studies/national_ai/invitations"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"group\":\"research\",\"count\":" + n + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "cannot create invitations: " + r.statusCode() + " " + r.body());
    }
    List<String> tokens = new ArrayList<>();
    for (JsonNode i : JSON.readTree(r.body()).get("invitations")) {
      tokens.add(i.get("token").asText());
    }
    return tokens;
  }

  /**
   * Valid final answers of the research questionnaire, institution and partner roster included
   * (they became required after the benchmarks were written, and their own rows were refused 422).
   */
  static List<String> answers() {
    return org.tripart.web.ValidAnswers.research();
  }

  /** {@code POST /api/respond/TOKEN/submit} of the answer the token picks, with a 60 s timeout. */
  static HttpRequest submit(String base, String token, List<String> answers) {
    return HttpRequest.newBuilder(URI.create(base + "/api/respond/" + token + "/submit"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                answers.get(Math.floorMod(token.hashCode(), answers.size()))))
        .build();
  }

  /**
   * What {@link #submitAll} measured.
   *
   * @param completed submissions acknowledged 201
   * @param nanos the wall time of the whole run
   * @param p50 the median latency in nanoseconds (0 when none completed)
   * @param p99 the 99th percentile latency in nanoseconds (0 when none completed)
   * @param failed submissions answered otherwise or not at all
   */
  record Submitted(int completed, long nanos, long p50, long p99, int failed) {
    double seconds() {
      return nanos / 1e9;
    }

    double perSecond() {
      return completed / seconds();
    }
  }

  /**
   * Submits every token with {@code clients} threads, client {@code c} to {@code bases[c mod n]},
   * each waiting for the acknowledgement before its next; prints the first failure.
   */
  static Submitted submitAll(
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
                  String failure;
                  try {
                    HttpResponse<String> r =
                        client.send(
                            submit(base, token, answers), HttpResponse.BodyHandlers.ofString());
                    failure = r.statusCode() == 201 ? null : r.statusCode() + " " + r.body();
                  } catch (Exception e) {
                    failure = e.toString();
                  }
                  if (failure == null) {
                    latencies[done.getAndIncrement()] = System.nanoTime() - t0;
                  } else if (failed.incrementAndGet() == 1) {
                    System.out.println("first failure: " + failure);
                  }
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
    return new Submitted(
        n,
        elapsed,
        n == 0 ? 0 : sorted[n / 2],
        n == 0 ? 0 : sorted[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)],
        failed.get());
  }
}
