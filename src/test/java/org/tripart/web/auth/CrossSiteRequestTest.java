package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A signed-in researcher's session cookie cannot be used by another site to change anything over
 * the JSON API, while Tripart's own pages, API tokens and non-browser clients keep working. Each
 * refused request is checked to have created no API token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteRequestTest {
  private static final String PASSWORD = "correct horse battery";
  private Client client;
  private String session;

  @BeforeAll
  void start() {
    client = new Client();
    client.createUser("crosssite@example.org", PASSWORD);
    session = client.signIn("crosssite@example.org", PASSWORD);
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private HttpResponse<String> createToken(String type, String... headers) {
    HttpRequest.Builder b =
        client
            .request("/api/me/tokens")
            .header("Cookie", "tripart_session=" + session)
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"from a page\"}"));
    if (type != null) {
      b.header("Content-Type", type);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b);
  }

  private int tokens() {
    HttpResponse<String> r = client.json("cookie:" + session, "GET", "/api/me/tokens", null);
    assertThat(r.statusCode()).isEqualTo(200);
    return Client.parse(r).size();
  }

  @Test
  void anotherSiteCannotUseTheSessionCookieToChangeAnything() {
    int before = tokens();

    HttpResponse<String> fetchMetadata =
        createToken("application/json", "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> origin =
        createToken("application/json", "Origin", "https://evil.example.org");
    HttpResponse<String> sameSite = createToken("application/json", "Sec-Fetch-Site", "same-site");

    assertThat(fetchMetadata.statusCode()).isEqualTo(403);
    assertThat(fetchMetadata.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Client.parse(fetchMetadata).get("detail").asText()).contains("another site");
    assertThat(origin.statusCode()).isEqualTo(403);
    assertThat(sameSite.statusCode()).isEqualTo(403);
    assertThat(tokens()).isEqualTo(before);
  }

  @Test
  void aBodyTypeAFormOnAnotherSiteCouldSendIsRefusedWithTheSession() {
    int before = tokens();

    HttpResponse<String> plain = createToken("text/plain;charset=UTF-8");
    HttpResponse<String> form = createToken("application/x-www-form-urlencoded");

    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(Client.parse(plain).get("detail").asText()).contains("text/plain");
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(tokens()).isEqualTo(before);
  }

  @Test
  void tripartsOwnPagesAndClientsWithoutBrowserHeadersAreServed() {
    int before = tokens();
    String base = client.request("/").build().uri().toString();
    String self = base.substring(0, base.length() - 1);

    assertThat(createToken("application/json", "Sec-Fetch-Site", "same-origin").statusCode())
        .isEqualTo(201);
    assertThat(createToken("application/json", "Origin", self).statusCode()).isEqualTo(201);
    assertThat(createToken("application/json", "Origin", "null").statusCode()).isEqualTo(201);
    assertThat(createToken("application/json").statusCode()).isEqualTo(201);
    assertThat(tokens()).isEqualTo(before + 4);
  }

  @Test
  void anApiTokenIsNotSubjectToTheCookieRules() {
    String token = client.token(session);
    HttpRequest.Builder b =
        client
            .request("/api/me/tokens")
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Sec-Fetch-Site", "cross-site")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"script\"}"));

    assertThat(client.send(b).statusCode()).isEqualTo(201);
  }
}
