package org.tripart.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent respondents and one researcher over loopback HTTP, logging into a {@link
 * ClientLedger}: submitters each take an invitation and submit final answers, retrying after a lost
 * connection or a 5xx (sometimes with other answers, as a respondent who changed them would);
 * drafters each own a few invitations and save drafts on them in turn; the researcher keeps the
 * submitters supplied with invitations, created in batches (an audited change). The server's
 * address is read before each request, so the clients follow a restarted server. Thread-safe;
 * {@link #stop} ends the threads.
 */
final class LoadClients implements AutoCloseable {
  private static final int LOW_WATER = 300;
  private static final int BATCH = 200;

  private final Supplier<String> base;
  private final String admin;
  private final ClientLedger ledger;
  private final long seed;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ConcurrentLinkedQueue<String[]> pool = new ConcurrentLinkedQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicInteger bodies = new AtomicInteger();
  private final AtomicInteger batches = new AtomicInteger();
  private volatile boolean running = true;

  /**
   * @param base the current address of the server
   * @param admin the admin API token
   * @param seed the seed of the clients' random choices
   */
  LoadClients(Supplier<String> base, String admin, ClientLedger ledger, long seed) {
    this.base = base;
    this.admin = admin;
    this.ledger = ledger;
    this.seed = seed;
  }

  /** Starts the threads; the drafters' invitations are created first. */
  void start(int submitters, int drafters, int draftsEach) throws Exception {
    for (int d = 0; d < drafters; d++) {
      List<String[]> own = createBatch(draftsEach);
      if (own == null) {
        throw new IllegalStateException("the drafters' invitations were refused");
      }
      Random random = new Random(seed + 1000 + d);
      spawn("drafter-" + d, () -> draftLoop(own, random));
    }
    for (int s = 0; s < submitters; s++) {
      Random random = new Random(seed + s);
      spawn("submitter-" + s, () -> submitLoop(random));
    }
    spawn("researcher", this::researcherLoop);
  }

  private void spawn(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    threads.add(t);
  }

  private void submitLoop(Random random) {
    while (running) {
      String[] inv = pool.poll();
      if (inv == null) {
        pause(20);
        continue;
      }
      String body = Fixture.answers(bodies.getAndIncrement());
      for (int attempt = 0; attempt < 20 && running; attempt++) {
        ledger.submissionSent(inv[0], body);
        int status = send(put(false, "/api/respond/" + inv[1] + "/submit", body));
        if (status / 100 == 2) {
          ledger.submissionAcked(inv[0], body);
          break;
        }
        if (status / 100 == 4) {
          break;
        }
        pause(50 + random.nextInt(100));
        if (random.nextInt(3) == 0) {
          body = Fixture.answers(bodies.getAndIncrement());
        }
      }
    }
  }

  private void draftLoop(List<String[]> own, Random random) {
    for (int round = 0; running; round++) {
      String[] inv = own.get(round % own.size());
      String body = Fixture.answers(bodies.getAndIncrement());
      int index = ledger.draftSent(inv[0], body);
      int status = send(put(true, "/api/respond/" + inv[1] + "/draft", body));
      if (status == 200) {
        ledger.draftAcked(inv[0], index);
      } else {
        pause(50 + random.nextInt(100));
      }
    }
  }

  private void researcherLoop() {
    while (running) {
      if (pool.size() >= LOW_WATER) {
        pause(20);
        continue;
      }
      try {
        List<String[]> made = createBatch(BATCH);
        if (made == null) {
          pause(100);
        } else {
          pool.addAll(made);
        }
      } catch (RuntimeException e) {
        pause(100);
      }
    }
  }

  /** Creates a batch of research invitations; null when it was not acknowledged. */
  private List<String[]> createBatch(int count) {
    String batch = "loop-" + batches.incrementAndGet();
    ledger.batchSent(batch, count);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.get() + "/api/studies/national_ai/invitations"))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"group\":\"research\",\"count\":" + count + ",\"batch\":\"" + batch + "\"}"))
            .build();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        ledger.failures.incrementAndGet();
        return null;
      }
      ledger.batchAcked(batch, count);
      List<String[]> out = new ArrayList<>();
      for (JsonNode i : Answers.JSON.readTree(r.body()).get("invitations")) {
        out.add(new String[] {i.get("id").asText(), i.get("token").asText()});
      }
      return out;
    } catch (IOException e) {
      ledger.failures.incrementAndGet();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private HttpRequest put(boolean draft, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base.get() + path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json");
    HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body);
    return (draft ? b.PUT(publisher) : b.POST(publisher)).build();
  }

  /** The status, or 0 when no answer came (connection refused or lost, timeout). */
  private int send(HttpRequest request) {
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 5) {
        ledger.failures.incrementAndGet();
      }
      return status;
    } catch (IOException e) {
      ledger.failures.incrementAndGet();
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return 0;
    }
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the threads and waits for them (each finishes its request in flight). */
  void stop() throws InterruptedException {
    running = false;
    for (Thread t : threads) {
      t.join(60_000);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
