package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.store.StoredResponse;

/**
 * Kills the server process with SIGKILL in the middle of a burst of HTTP submissions, restarts it
 * on the same SQLite file and checks that every submission answered 2xx is stored whole, and that
 * nothing is stored that was not sent.
 */
class ServerCrashTest {
  private static final int THREADS = 64;
  private static final int INVITATIONS = 3000;
  private static final int KILL_AFTER_ACKS = 300;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedSubmissionSurvivesSigkillWholeAndNothingElseIsStored() throws Exception {
    String db = dir.resolve("crash.sqlite").toString();
    Path data = dir.resolve("data");
    ServerProcess child = ServerProcess.start(db, data, dir.resolve("server.log"), List.of());
    Map<String, String> acked = new ConcurrentHashMap<>();
    Map<String, String> sent = new ConcurrentHashMap<>();
    try {
      String base = child.baseUrl();
      String admin = child.adminToken();
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      ConcurrentLinkedQueue<String[]> work = invitations(client, base, admin);
      AtomicInteger acks = new AtomicInteger();
      CountDownLatch enough = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      AtomicInteger n = new AtomicInteger();
      for (int t = 0; t < THREADS; t++) {
        Thread thread =
            new Thread(
                () -> {
                  for (String[] inv = work.poll(); inv != null; inv = work.poll()) {
                    String answers = Fixture.answers(n.getAndIncrement());
                    sent.put(inv[0], answers);
                    try {
                      HttpResponse<String> r =
                          client.send(
                              HttpRequest.newBuilder(
                                      URI.create(base + "/api/respond/" + inv[1] + "/submit"))
                                  .timeout(Duration.ofSeconds(30))
                                  .header("Content-Type", "application/json")
                                  .POST(HttpRequest.BodyPublishers.ofString(answers))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      if (r.statusCode() / 100 == 2) {
                        acked.put(inv[0], answers);
                        if (acks.incrementAndGet() >= KILL_AFTER_ACKS) {
                          enough.countDown();
                        }
                      }
                    } catch (Exception e) {
                      return;
                    }
                  }
                });
        thread.start();
        threads.add(thread);
      }
      assertThat(enough.await(120, TimeUnit.SECONDS)).as("acknowledgements arrived").isTrue();
      child.kill();
      for (Thread thread : threads) {
        thread.join(60_000);
      }
    } finally {
      child.close();
    }

    assertThat(acked.size()).isGreaterThanOrEqualTo(KILL_AFTER_ACKS);
    assertThat(sent.size()).as("the kill came mid-burst").isLessThan(INVITATIONS);
    try (TripartServer restarted =
        TripartServer.start(ServerConfig.defaults().withPort(0).withDb(db).withDataDir(data))) {
      Map<String, String> stored = new HashMap<>();
      for (StoredResponse r : Fixture.finals(restarted.store())) {
        stored.put(r.invitationId(), r.answersJson());
      }
      for (Map.Entry<String, String> e : acked.entrySet()) {
        assertThat(stored).containsKey(e.getKey());
        assertThat(tree(stored.get(e.getKey()))).isEqualTo(tree(e.getValue()));
      }
      for (Map.Entry<String, String> e : stored.entrySet()) {
        assertThat(sent).containsKey(e.getKey());
        assertThat(tree(e.getValue())).isEqualTo(tree(sent.get(e.getKey())));
      }
    }
  }

  private static JsonNode tree(String json) throws Exception {
    return Answers.JSON.readTree(json);
  }

  private static ConcurrentLinkedQueue<String[]> invitations(
      HttpClient client, String base, String admin) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/studies/national_ai/invitations"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"group\":\"research\",\"count\":" + INVITATIONS + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>();
    for (JsonNode i : Answers.JSON.readTree(r.body()).get("invitations")) {
      queue.add(new String[] {i.get("id").asText(), i.get("token").asText()});
    }
    return queue;
  }
}
