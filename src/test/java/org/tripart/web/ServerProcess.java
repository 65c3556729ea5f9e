package org.tripart.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Tripart server in a child JVM of its own, as an operator runs {@code tripart serve}: {@code
 * java -cp <this JVM's class path> org.tripart.web.TripartServer --db DB --data DIR [args]} on a
 * free loopback port, its address read from the line it prints, its admin token from the data
 * folder. {@link #kill} ends it with SIGKILL ({@link Process#destroyForcibly} on Linux), so nothing
 * of it runs after: no shutdown hook, no flush, no close. Its stderr is appended to a log file, for
 * a failing test to show. Not thread-safe: one thread starts, kills and restarts it; {@link
 * #baseUrl} and {@link #adminToken} may be read from any thread.
 */
public final class ServerProcess implements AutoCloseable {
  private static final String LISTENING = "tripart listening on ";
  private static final long START_SECONDS = 120;

  private final List<String> command;
  private final Path data;
  private final Path log;
  private volatile Process process;
  private volatile String baseUrl;
  private volatile String adminToken;
  private int starts;

  private ServerProcess(List<String> command, Path data, Path log) {
    this.command = command;
    this.data = data;
    this.log = log;
  }

  /**
   * Starts a server on {@code db} (an SQLite file or a {@code jdbc:postgresql:} URL) with its data
   * folder {@code data}, without rate limits, and waits until it listens.
   *
   * @param log the file its stderr is appended to
   * @param jvmOptions options of the child JVM, such as {@code -Xmx256m}
   * @param serverArgs further arguments of {@link TripartServer#main}
   */
  public static ServerProcess start(
      String db, Path data, Path log, List<String> jvmOptions, String... serverArgs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            TripartServer.class.getName(),
            "--db",
            db,
            "--data",
            data.toString(),
            "--unlimited"));
    command.addAll(List.of(serverArgs));
    ServerProcess server = new ServerProcess(List.copyOf(command), data, log);
    server.launch();
    return server;
  }

  /**
   * {@link #start(String, Path, Path, List, String...)} with a 256 MB heap, the serial collector
   * and the quick compiler only: small and quick to start, for tests that restart it often.
   */
  public static ServerProcess start(String db, Path data, Path log)
      throws IOException, InterruptedException {
    return start(db, data, log, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
  }

  private void launch() throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(false)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    p.getOutputStream().close();
    process = p;
    starts++;
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith(LISTENING)) {
                    address.complete(line.substring(LISTENING.length()).strip());
                  }
                }
              } catch (IOException e) {
                // the pipe closes when the process dies
              }
              address.completeExceptionally(
                  new IllegalStateException(
                      "the server process ended before listening; see " + log));
            },
            "server-process-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      baseUrl = address.get(START_SECONDS, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      p.destroyForcibly();
      throw new IllegalStateException(e.getCause().getMessage() + "\n" + tail(), e.getCause());
    } catch (TimeoutException e) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "the server process did not listen within " + START_SECONDS + " s; see " + log);
    }
    adminToken =
        Files.readString(data.resolve(Secrets.ADMIN_TOKEN_FILE), StandardCharsets.UTF_8).strip();
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** For example {@code http://127.0.0.1:41234}; it changes at each {@link #restart}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The clear admin API token of the data folder, as the server left it at its start. */
  public String adminToken() {
    return adminToken;
  }

  /** The child's process id. */
  public long pid() {
    return process.pid();
  }

  /** How many times the process was started, the first start included. */
  public int starts() {
    return starts;
  }

  /** Whether the process runs. */
  public boolean alive() {
    return process.isAlive();
  }

  /** Sends SIGKILL and waits until the process is gone. */
  public void kill() throws InterruptedException {
    Process p = process;
    p.destroyForcibly();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server process " + p.pid() + " outlived SIGKILL");
    }
  }

  /** Starts the process again with the same command (same store and data folder, a new port). */
  public void restart() throws IOException, InterruptedException {
    if (process.isAlive()) {
      throw new IllegalStateException("restart after kill: process " + process.pid() + " runs");
    }
    launch();
  }

  /** Kills the process if it runs. */
  @Override
  public void close() {
    Process p = process;
    if (p != null && p.isAlive()) {
      p.destroyForcibly();
      try {
        p.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
