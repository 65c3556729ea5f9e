package org.tripart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tripart.store.Stores;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the web server and runs until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the Tripart web server: respondent pages, the fieldwork page and the JSON API"
          + " (described at /openapi.json). An empty store gets the bundled study; the first start"
          + " writes an admin API token to data/admin-token (readable by you only)."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      defaultValue = Stores.DEFAULT_LOCATION,
      paramLabel = "PATH|JDBC_URL",
      description =
          "SQLite file, or jdbc:postgresql://host:port/db (user and password from the URL or"
              + " TRIPART_DB_USER / TRIPART_DB_PASSWORD) (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(
      names = "--port",
      defaultValue = "7070",
      paramLabel = "N",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--data",
      defaultValue = "data",
      paramLabel = "DIR",
      description =
          "Folder of the admin token and server secret (default: ${DEFAULT-VALUE}). Several"
              + " servers on one PostgreSQL database need the same server secret: give them one"
              + " folder, or copies of its server-secret and admin-token files.")
  Path data;

  @Option(
      names = "--threads",
      defaultValue = "" + ServerConfig.DEFAULT_THREADS,
      paramLabel = "N",
      description =
          "Most threads serving requests at once; more rarely help on a few cores"
              + " (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--demo",
      description =
          "Also load the bundled study's SYNTHETIC responses and print a fresh respondent link.")
  boolean demo;

  @Option(
      names = "--trusted-proxy",
      split = ",",
      paramLabel = "ADDRESS",
      description =
          "Address(es) of reverse proxies in front of the server (IP literals, e.g. 127.0.0.1):"
              + " from them, X-Forwarded-For names the client for rate limits and the audit log."
              + " Without it the header is ignored.")
  java.util.List<String> trustedProxies;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port must be 0 to 65535");
    }
    if (threads < ServerConfig.MIN_THREADS || threads > 10_000) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads must be " + ServerConfig.MIN_THREADS + " to 10000");
    }
    if (trustedProxies != null) {
      for (String a : trustedProxies) {
        if (!a.strip().matches("[0-9A-Fa-f:.]{2,45}")) {
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(),
              "--trusted-proxy " + a + ": expected an IP address such as 127.0.0.1, not a name");
        }
      }
    }
    var out = spec.commandLine().getOut();
    ServerConfig config =
        ServerConfig.defaults()
            .withDb(db)
            .withHost(host)
            .withPort(port)
            .withDataDir(data)
            .withThreads(threads)
            .withDemo(demo)
            .withTrustedProxies(
                trustedProxies == null
                    ? java.util.Set.of()
                    : trustedProxies.stream()
                        .map(String::strip)
                        .collect(java.util.stream.Collectors.toSet()));
    runUntilStopped(TripartServer.start(config), out);
    return 0;
  }

  /**
   * Prints where the server listens, where the admin token is and (in demo mode) a respondent link,
   * then blocks until the process is stopped; a shutdown hook closes the server.
   */
  static void runUntilStopped(TripartServer server, java.io.PrintWriter out)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    out.println("Tripart is listening on " + server.baseUrl());
    out.println(
        (server.adminTokenCreated() ? "A new admin API token was written to " : "Admin API token: ")
            + server.adminTokenFile().toAbsolutePath().normalize()
            + " (send it as 'Authorization: Bearer ...', or sign in at "
            + server.baseUrl()
            + "/login)");
    out.println("API description: " + server.baseUrl() + "/openapi.json");
    out.println("Fieldwork: " + server.baseUrl() + "/fieldwork/national_ai");
    server.demoLink().ifPresent(l -> out.println("Respondent link (SYNTHETIC demo): " + l));
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
  }
}
