package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.store.ResponseKey;
import org.tripart.web.http.RateLimiter;

/** The open link {@code /o/{study}/{group}}: one response per client-key cookie. */
class OpenLinkTest {
  private static final String LINK = "/o/" + Fixture.STUDY + "/" + Fixture.GROUP;
  private static final Pattern CLIENT =
      Pattern.compile(Pages.CLIENT_COOKIE + "=([A-Za-z0-9_-]{43})");

  @TempDir Path dir;

  private TripartServer start(RateLimiter.Limit perIp) {
    return TripartServer.start(
        ServerConfig.defaults()
            .withPort(0)
            .withDb(dir.resolve("open.sqlite").toString())
            .withDataDir(dir.resolve("data"))
            .withRateLimits(perIp, RateLimiter.Limit.unlimited()));
  }

  private static String csrfOf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("the page has a CSRF field").isTrue();
    return m.group(1);
  }

  private static String clientKeyOf(HttpResponse<String> r) {
    for (String c : r.headers().allValues("Set-Cookie")) {
      Matcher m = CLIENT.matcher(c);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no client-key cookie in " + r.headers().map());
  }

  private static String form(int row, String csrf) throws Exception {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("_csrf", List.of(csrf));
    fields.put("_action", List.of("submit"));
    fields.putAll(Fixture.formFields(row));
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, vs) ->
            vs.forEach(
                v ->
                    b.append(b.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
    return b.toString();
  }

  private static HttpResponse<String> post(Http http, String clientKey, String body) {
    HttpRequest.Builder b =
        http.request(LINK)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (clientKey != null) {
      b.header("Cookie", Pages.CLIENT_COOKIE + "=" + clientKey);
    }
    return http.send(b);
  }

  @Test
  void aFirstVisitSetsTheClientKeyAndTwoSubmissionsStoreOneResponse() throws Exception {
    try (TripartServer server = start(RateLimiter.Limit.unlimited())) {
      Http http = new Http(server);
      HttpResponse<String> page = http.get(LINK);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<form").contains("name=\"age_group\"");
      String key = clientKeyOf(page);
      String body = form(3, csrfOf(page.body()));
      int before = Fixture.finals(server.store()).size();

      HttpResponse<String> first = post(http, key, body);
      HttpResponse<String> second = post(http, key, body);

      assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
      assertThat(first.headers().firstValue("Location")).hasValue(LINK + "/done");
      assertThat(second.statusCode()).isEqualTo(303);
      assertThat(Fixture.finals(server.store())).hasSize(before + 1);
      assertThat(
              server
                  .store()
                  .response(ResponseKey.openLink(Fixture.STUDY, Fixture.GROUP, key))
                  .orElseThrow()
                  .isFinal())
          .isTrue();
    }
  }

  @Test
  void aForgedClientKeyIsRefusedAndStoresNothing() throws Exception {
    try (TripartServer server = start(RateLimiter.Limit.unlimited())) {
      Http http = new Http(server);
      HttpResponse<String> page = http.get(LINK);
      String key = clientKeyOf(page);
      String body = form(4, csrfOf(page.body()));
      String forged = (key.charAt(0) == 'A' ? 'B' : 'A') + key.substring(1);
      int before = Fixture.finals(server.store()).size();

      HttpResponse<String> otherKey = post(http, forged, body);
      HttpResponse<String> malformed = post(http, "not-a-client-key", body);
      HttpResponse<String> none = post(http, null, body);

      assertThat(otherKey.statusCode()).isEqualTo(403);
      assertThat(malformed.statusCode()).isEqualTo(403);
      assertThat(none.statusCode()).isEqualTo(403);
      assertThat(Fixture.finals(server.store())).hasSize(before);
    }
  }

  @Test
  void thePerAddressLimitAnswersTooManyRequestsWithRetryAfter() {
    try (TripartServer server = start(new RateLimiter.Limit(0.01, 3))) {
      Http http = new Http(server);
      List<Integer> statuses = new ArrayList<>();
      HttpResponse<String> last = null;
      for (int i = 0; i < 4; i++) {
        last = http.send(http.request(LINK).header("Accept", "application/json").GET());
        statuses.add(last.statusCode());
      }

      assertThat(statuses).containsExactly(200, 200, 200, 429);
      assertThat(last.headers().firstValue("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
      assertThat(Http.json(last).get("code").asText()).isEqualTo("TRP-0805");
    }
  }
}
