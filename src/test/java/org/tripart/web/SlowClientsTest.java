package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clients that send too slowly, over raw sockets to a server with a 1 s idle timeout: one that
 * stalls in its headers or its body is cut off (a stalled body with a 408 problem), storing
 * nothing; one that sends a byte at a time but keeps sending is served; and while more stalled
 * connections are open than the server has threads, other clients are still served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowClientsTest {
  private static final Duration IDLE = Duration.ofSeconds(1);
  private TripartServer server;
  private Http http;
  private RawHttp raw;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-slow");
    server = TripartServer.start(Fixture.unlimited(dir).withIdleTimeout(IDLE));
    http = new Http(server);
    raw = new RawHttp(server.baseUrl());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private Socket stalled(String partial) throws IOException {
    Socket s = raw.connect(15_000);
    s.getOutputStream().write(partial.getBytes(StandardCharsets.UTF_8));
    s.getOutputStream().flush();
    return s;
  }

  private String submitHead(String token, int length) {
    return "POST /api/respond/"
        + token
        + "/submit HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }

  @Test
  void aClientThatStallsInItsHeadersIsCutOffAndOthersAreServed() throws Exception {
    long start = System.nanoTime();
    try (Socket s = stalled("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")) {
      assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
      byte[] answer = RawHttp.readAll(s.getInputStream());
      long waited = (System.nanoTime() - start) / 1_000_000;

      assertThat(waited).isBetween(IDLE.toMillis() - 100, 10_000L);
      if (answer.length > 0) {
        assertThat(RawHttp.parse(answer, waited).status()).isBetween(400, 499);
      }
    }
  }

  @Test
  void aClientThatStallsInItsBodyGetsA408AndNothingIsStored() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    String body = Fixture.answers(0);
    long start = System.nanoTime();
    try (Socket s = stalled(submitHead(token, body.length()) + body.substring(0, 10))) {
      byte[] answer = RawHttp.readAll(s.getInputStream());
      long waited = (System.nanoTime() - start) / 1_000_000;

      assertThat(waited).isBetween(IDLE.toMillis() - 100, 10_000L);
      RawHttp.Response r = RawHttp.parse(answer, waited);
      assertThat(r.status()).as(r.text()).isEqualTo(408);
      assertThat(r.type()).startsWith(ErrorHandling.PROBLEM_JSON);
      assertThat(r.text()).contains("TRP-1821");
    }
    assertThat(Fixture.counts(server.store())).containsExactly(before);
  }

  @Test
  void aClientThatSendsAByteAtATimeButKeepsSendingIsServed() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    String body = "{}";
    byte[] request =
        (submitHead(token, body.length())
                    .replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n")
                + body)
            .getBytes(StandardCharsets.UTF_8);
    try (Socket s = raw.connect(15_000)) {
      OutputStream out = s.getOutputStream();
      for (int i = 0; i < request.length; i += 8) {
        out.write(request, i, Math.min(8, request.length - i));
        out.flush();
        Thread.sleep(IDLE.toMillis() / 10);
      }
      RawHttp.Response r = RawHttp.parse(RawHttp.readAll(s.getInputStream()), 0);

      assertThat(r.status()).as(r.text()).isEqualTo(422);
    }
  }

  @Test
  void moreStalledBodiesThanThreadsDoNotStopOtherClients() throws Exception {
    List<Socket> sockets = new ArrayList<>();
    List<Thread> dribblers = new ArrayList<>();
    try {
      // one request for every token, and a fresh client for the check below: a connection kept
      // in a client's pool is closed by the server after the (short) idle timeout
      List<String> tokens = Fixture.invite(new Http(server), ServerConfig.DEFAULT_THREADS + 8);
      for (String token : tokens) {
        Socket s = stalled(submitHead(token, 100_000) + "{");
        sockets.add(s);
        Thread t =
            new Thread(
                () -> {
                  try {
                    OutputStream out = s.getOutputStream();
                    InputStream in = s.getInputStream();
                    while (in.available() == 0) {
                      out.write(' ');
                      out.flush();
                      Thread.sleep(IDLE.toMillis() / 2);
                    }
                  } catch (IOException | InterruptedException e) {
                    return;
                  }
                });
        t.setDaemon(true);
        t.start();
        dribblers.add(t);
      }
      Thread.sleep(2 * IDLE.toMillis());
      long start = System.nanoTime();
      int status = new Http(server).get("/healthz").statusCode();
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(status).isEqualTo(200);
      assertThat(millis).isLessThan(5_000);
    } finally {
      for (Socket s : sockets) {
        s.close();
      }
      dribblers.forEach(Thread::interrupt);
    }
  }
}
