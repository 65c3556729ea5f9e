package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.web.http.RateLimiter;

/** The client's address behind trusted reverse proxies, and the per-address rate limit it keys. */
class ClientAddressTest {
  private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

  @TempDir Path dir;

  @Test
  void fromATrustedProxyTheRightmostUntrustedHopIsTheClient() {
    assertThat(ClientAddress.of("10.0.0.1", "203.0.113.9", PROXIES)).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.of("10.0.0.1", "198.51.100.1, 203.0.113.9, 10.0.0.2", PROXIES))
        .as("the leftmost entry may be forged by the client; the proxies' own hops are skipped")
        .isEqualTo("203.0.113.9");
    assertThat(ClientAddress.of("10.0.0.1", "2001:db8::7", PROXIES)).isEqualTo("2001:db8::7");
  }

  @Test
  void theHeaderOfAnUntrustedPeerOrAGarbledHopIsIgnored() {
    assertThat(ClientAddress.of("192.0.2.5", "203.0.113.9", PROXIES)).isEqualTo("192.0.2.5");
    assertThat(ClientAddress.of("10.0.0.1", null, PROXIES)).isEqualTo("10.0.0.1");
    assertThat(ClientAddress.of("10.0.0.1", "evil.example, <script>", PROXIES))
        .isEqualTo("10.0.0.1");
    assertThat(ClientAddress.of("10.0.0.1", "10.0.0.2", PROXIES)).isEqualTo("10.0.0.1");
  }

  @Test
  void behindATrustedProxyEachClientHasItsOwnRateLimit() {
    try (TripartServer server = start(Set.of("127.0.0.1"))) {
      Http http = new Http(server);
      assertThat(status(http, "203.0.113.1")).isEqualTo(404);
      assertThat(status(http, "203.0.113.1")).isEqualTo(429);
      assertThat(status(http, "203.0.113.2")).as("another client behind the proxy").isEqualTo(404);
    }
  }

  @Test
  void withoutTrustedProxiesAForgedHeaderDoesNotEscapeTheLimit() {
    try (TripartServer server = start(Set.of())) {
      Http http = new Http(server);
      assertThat(status(http, "203.0.113.1")).isEqualTo(404);
      assertThat(status(http, "203.0.113.2")).isEqualTo(429);
    }
  }

  private TripartServer start(Set<String> proxies) {
    return TripartServer.start(
        ServerConfig.defaults()
            .withPort(0)
            .withDb(dir.resolve("proxy.sqlite").toString())
            .withDataDir(dir.resolve("data"))
            .withRateLimits(new RateLimiter.Limit(0.001, 1), RateLimiter.Limit.unlimited())
            .withTrustedProxies(proxies));
  }

  private static int status(Http http, String client) {
    HttpResponse<String> r =
        http.send(
            http.request("/api/respond/no-such-token-0123456789")
                .header("X-Forwarded-For", client)
                .GET());
    return r.statusCode();
  }
}
