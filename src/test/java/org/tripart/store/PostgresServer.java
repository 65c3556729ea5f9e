package org.tripart.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: {@code initdb} into a temporary folder, {@code pg_ctl
 * start} on a free loopback port with its socket in that folder, a fresh database per test, and
 * {@code pg_ctl stop} plus removal of the folder on {@link #close}. When the tests run as root, the
 * server runs as the {@code postgres} user (PostgreSQL refuses root) through {@code runuser}.
 *
 * <p>The binaries are taken from {@code TRIPART_PG_BIN} when set, else from the newest {@code
 * /usr/lib/postgresql/N/bin}, else from the PATH. Thread-safe for {@link #newDatabaseUrl}.
 */
final class PostgresServer implements AutoCloseable {
  static final String USER = "tripart";

  private final Path bin;
  private final Path folder;
  private final Path data;
  private final int port;
  private final boolean asPostgres;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(Path bin, Path folder, int port, boolean asPostgres) {
    this.bin = bin;
    this.folder = folder;
    this.data = folder.resolve("data");
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** The folder holding {@code initdb} and {@code pg_ctl}, or null when none is installed. */
  static Path findBinaries() {
    String configured = System.getenv("TRIPART_PG_BIN");
    if (configured != null && !configured.isBlank()) {
      return Files.isExecutable(Path.of(configured, "initdb")) ? Path.of(configured) : null;
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Path newest =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.comparingInt(PostgresServer::majorVersion))
                .orElse(null);
        if (newest != null) {
          return newest;
        }
      } catch (IOException e) {
        return null;
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
        return Path.of(dir);
      }
    }
    return null;
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static PostgresServer start(Path bin) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path folder = Files.createTempDirectory("tripart-pg");
    if (root) {
      UserPrincipal postgres =
          folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(folder, postgres);
    }
    PostgresServer server = new PostgresServer(bin, folder, freePort(), root);
    try {
      server.run(
          "initdb",
          "-D",
          server.data.toString(),
          "-U",
          USER,
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--no-locale",
          "--no-sync");
      server.startServer();
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  private void startServer() throws IOException, InterruptedException {
    run(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        folder.resolve("log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1",
        "start");
  }

  /** Stops the server as a crash or an operator would ({@code -m immediate}), keeping its data. */
  void stop() throws IOException, InterruptedException {
    run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
  }

  /** Starts the server again after {@link #stop()}, on the same port and data. */
  void restart() throws IOException, InterruptedException {
    startServer();
  }

  /**
   * Sends SIGKILL to the postmaster alone (its pid from {@code postmaster.pid}), as the kernel's
   * out-of-memory killer or {@code kill -9} would, and waits until it is gone; its backends then
   * notice and exit by themselves.
   *
   * @return the pid killed
   */
  long killPostmaster() throws IOException, InterruptedException {
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    ProcessHandle postmaster =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException("no postmaster runs as pid " + pid));
    if (!postmaster.destroyForcibly()) {
      throw new IllegalStateException("cannot send SIGKILL to the postmaster " + pid);
    }
    for (int i = 0; i < 300 && postmaster.isAlive(); i++) {
      Thread.sleep(100);
    }
    if (postmaster.isAlive()) {
      throw new IllegalStateException("the postmaster " + pid + " outlived SIGKILL");
    }
    return pid;
  }

  /**
   * Starts the server again after {@link #killPostmaster()}: crash recovery from the WAL, once the
   * killed server's backends have let go of its shared memory (start is retried for up to a minute
   * while they exit).
   */
  void restartAfterKill() throws IOException, InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        startServer();
        return;
      } catch (IllegalStateException e) {
        if (System.nanoTime() > until) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }

  /** Creates an empty database and returns its JDBC URL (user in the URL, no password). */
  String newDatabaseUrl() throws SQLException {
    String name = "store_" + databases.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(url("postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  /**
   * Drops a database {@link #newDatabaseUrl} made, closing its remaining connections, so that a run
   * of many tests keeps the cluster small (its folder is deleted at the end of the run).
   */
  void dropDatabase(String url) throws SQLException {
    String name =
        url.replaceFirst(
            "^jdbc:postgresql://127\\.0\\.0\\.1:" + port + "/(store_[0-9]+)\\?.*$", "$1");
    if (!url.equals(url(name))) {
      throw new IllegalArgumentException("not a database of this server: " + url);
    }
    try (Connection admin = DriverManager.getConnection(url("postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
  }

  @Override
  public void close() {
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
    } finally {
      delete(folder);
    }
  }

  private void run(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgres) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not remove " + folder + ": " + e.getMessage());
    }
  }
}
