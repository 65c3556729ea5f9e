package org.tripart.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.tripart.web.http.RateLimiter;

/**
 * How to start a {@link TripartServer}. Immutable; build one with {@link #defaults()} and the
 * {@code with...} methods.
 *
 * @param db the store: an SQLite file path or a {@code jdbc:postgresql://} URL
 * @param host the address to listen on; {@code 127.0.0.1} by default
 * @param port the port; 0 picks a free one
 * @param demo load the bundled study's SYNTHETIC responses into an empty store and print a link
 * @param dataDir where the admin token and the server secret are kept
 * @param perIp the token bucket of each client address on the token endpoints
 * @param perToken the token bucket of each invitation or open link
 * @param invitationTtl how long new invitations stay valid, or null for never
 * @param threads the most threads that serve requests at once (Jetty's pool, its selector
 *     included): respondent writes wait for the group commit without a thread, so a few dozen keep
 *     both cores busy, and more only make the scheduler share them unevenly (BENCHMARKS.md)
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the client
 *     (rate limits and the audit log then see the client, not the proxy); empty: the header is
 *     ignored, since any client could send it
 * @param idleTimeout how long a connection may send nothing (mid-headers, mid-body or between
 *     requests) before the server closes it; a body read that stalls this long is answered 408.
 *     Positive; {@link #DEFAULT_IDLE_TIMEOUT} by default
 */
public record ServerConfig(
    String db,
    String host,
    int port,
    boolean demo,
    Path dataDir,
    RateLimiter.Limit perIp,
    RateLimiter.Limit perToken,
    Duration invitationTtl,
    int threads,
    java.util.Set<String> trustedProxies,
    Duration idleTimeout) {

  /** The default of {@link #threads}. */
  public static final int DEFAULT_THREADS = 32;

  /** The fewest {@link #threads} Jetty runs with: its acceptor and selectors need some. */
  public static final int MIN_THREADS = 8;

  /** The default of {@link #idleTimeout}: Jetty's own default, stated here so that it is set. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  public ServerConfig {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(perIp, "perIp");
    Objects.requireNonNull(perToken, "perToken");
    trustedProxies =
        java.util.Set.copyOf(trustedProxies == null ? java.util.Set.of() : trustedProxies);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
    }
    if (threads < MIN_THREADS || threads > 10_000) {
      throw new IllegalArgumentException("threads must be " + MIN_THREADS + "-10000: " + threads);
    }
  }

  /**
   * SQLite at {@code data/tripart.sqlite}, 127.0.0.1:7070, no demo data, 20 requests per second
   * (burst 60) per address and 5 per second (burst 20) per token.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(
        "data/tripart.sqlite",
        "127.0.0.1",
        7070,
        false,
        Path.of("data"),
        new RateLimiter.Limit(20, 60),
        new RateLimiter.Limit(5, 20),
        null,
        DEFAULT_THREADS,
        java.util.Set.of(),
        DEFAULT_IDLE_TIMEOUT);
  }

  public ServerConfig withDb(String value) {
    return copy(f -> f.db = value);
  }

  public ServerConfig withHost(String value) {
    return copy(f -> f.host = value);
  }

  public ServerConfig withPort(int value) {
    return copy(f -> f.port = value);
  }

  public ServerConfig withDemo(boolean value) {
    return copy(f -> f.demo = value);
  }

  public ServerConfig withDataDir(Path value) {
    return copy(f -> f.dataDir = value);
  }

  public ServerConfig withRateLimits(RateLimiter.Limit ip, RateLimiter.Limit token) {
    return copy(
        f -> {
          f.perIp = ip;
          f.perToken = token;
        });
  }

  public ServerConfig withThreads(int value) {
    return copy(f -> f.threads = value);
  }

  public ServerConfig withInvitationTtl(Duration value) {
    return copy(f -> f.invitationTtl = value);
  }

  public ServerConfig withTrustedProxies(java.util.Set<String> value) {
    return copy(f -> f.trustedProxies = value);
  }

  public ServerConfig withIdleTimeout(Duration value) {
    return copy(f -> f.idleTimeout = value);
  }

  private ServerConfig copy(java.util.function.Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new ServerConfig(
        f.db,
        f.host,
        f.port,
        f.demo,
        f.dataDir,
        f.perIp,
        f.perToken,
        f.invitationTtl,
        f.threads,
        f.trustedProxies,
        f.idleTimeout);
  }

  /** This configuration's fields, mutable for one {@code with} method to change. */
  private static final class Fields {
    String db;
    String host;
    int port;
    boolean demo;
    Path dataDir;
    RateLimiter.Limit perIp;
    RateLimiter.Limit perToken;
    Duration invitationTtl;
    int threads;
    java.util.Set<String> trustedProxies;
    Duration idleTimeout;

    Fields(ServerConfig c) {
      db = c.db;
      host = c.host;
      port = c.port;
      demo = c.demo;
      dataDir = c.dataDir;
      perIp = c.perIp;
      perToken = c.perToken;
      invitationTtl = c.invitationTtl;
      threads = c.threads;
      trustedProxies = c.trustedProxies;
      idleTimeout = c.idleTimeout;
    }
  }
}
