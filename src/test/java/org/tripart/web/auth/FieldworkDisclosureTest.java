package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.Institution;
import org.tripart.store.NewInvitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.TokenHashes;

/**
 * What a viewer and an analyst see of fieldwork progress, over real HTTP, at the default threshold
 * 5. Stored: group "clinician" at a Beijing (11) tertiary hospital, 20 invited, 16 started, 10
 * completed; "nurse" at a Guangdong (44) tertiary hospital, 12 invited, 6 started and completed;
 * "admin" at a Shanghai (31) secondary hospital, 3 invited, 2 started and completed. Totals: 35
 * invited, 24 started, 18 completed, 6 partial.
 *
 * <p>Worked by hand: "admin" (3, 2, 2) is small; alone withheld it would be 35 - 20 - 12 = 3 from
 * the total, so the smallest other row, "nurse" (12), is withheld with it; "clinician" is shown
 * with RR1 10/20 = 0.5 and RR2 16/20 = 0.8. By province the same rows fall (31 small, 44 its
 * complement); by tier "secondary" (3) is small and "tertiary" (32), the only other row, is its
 * complement. The total has no count below 5 and is shown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldworkDisclosureTest {
  private static final String PASSWORD = "correct horse battery";
  private static final String API = "/api/studies/" + Client.STUDY + "/fieldwork";
  private static final String PAGE = "/fieldwork/" + Client.STUDY;
  private static final Pattern CELL = Pattern.compile("<td class=\"num\">([0-9,]+)</td>");
  private static final Pattern RATE = Pattern.compile("\\(([0-9,]+)/([0-9,]+)\\)");

  private Client client;
  private String viewer;
  private String analyst;

  @BeforeAll
  void start() {
    client = new Client();
    Store store = client.server.store();
    store.importInstitutions(
        Client.STUDY,
        List.of(
            new Institution("BJ", "Beijing One", "11", "tertiary", "hospital"),
            new Institution("GD", "Canton One", "44", "tertiary", "hospital"),
            new Institution("SH", "Shanghai One", "31", "secondary", "hospital")));
    invite(store, "clinician", "BJ", 20, 10, 6);
    invite(store, "nurse", "GD", 12, 6, 0);
    invite(store, "admin", "SH", 3, 2, 0);
    client.createUser("viewer@example.org", PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, "viewer@example.org", "VIEWER");
    viewer = client.signIn("viewer@example.org", PASSWORD);
    client.createUser("analyst@example.org", PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, "analyst@example.org", "ANALYST");
    analyst = client.signIn("analyst@example.org", PASSWORD);
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private static void invite(
      Store store, String group, String hospital, int invited, int completed, int drafts) {
    List<NewInvitation> rows = new ArrayList<>();
    Instant expires = Instant.now().plus(30, ChronoUnit.DAYS);
    for (int i = 0; i < invited; i++) {
      rows.add(new NewInvitation(group + "-" + i, hospital, TokenHashes.hash(group + i), expires));
    }
    store.createInvitations(Client.STUDY, group, group + "-batch", rows);
    for (int i = 0; i < completed; i++) {
      store.submit(group + "-" + i, "{}", 1, null);
    }
    for (int i = completed; i < completed + drafts; i++) {
      store.saveDraft(ResponseKey.invitation(group + "-" + i), "{}", 1);
    }
  }

  private JsonNode fieldwork(String session) {
    HttpResponse<String> r = client.json("cookie:" + session, "GET", API, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Client.parse(r);
  }

  private static JsonNode row(JsonNode rows, String key) {
    for (JsonNode r : rows) {
      if (r.get("key").asText().equals(key)) {
        return r;
      }
    }
    throw new AssertionError("no row " + key + " in " + rows);
  }

  /** {@code invited/started/completed} of a row, or "withheld" with every count and rate null. */
  private static String counts(JsonNode rows, String key) {
    JsonNode r = row(rows, key);
    if (r.get("withheld").asBoolean()) {
      for (String f : List.of("invited", "started", "completed", "rr1", "rr2")) {
        assertThat(r.get(f).isNull()).as(key + " " + f).isTrue();
      }
      return "withheld";
    }
    return r.get("invited").asLong()
        + "/"
        + r.get("started").asLong()
        + "/"
        + r.get("completed").asLong();
  }

  @Test
  void aViewerSeesTheSmallGroupAndItsComplementWithheldInTheJson() {
    JsonNode f = fieldwork(viewer);

    assertThat(f.get("suppressionThreshold").asInt()).isEqualTo(5);
    assertThat(f.get("disclosure").asText()).contains("1 to 4 are withheld");
    assertThat(counts(f.get("byGroup"), "admin")).isEqualTo("withheld");
    assertThat(counts(f.get("byGroup"), "nurse")).isEqualTo("withheld");
    assertThat(counts(f.get("byGroup"), "clinician")).isEqualTo("20/16/10");
    assertThat(row(f.get("byGroup"), "clinician").at("/rr1/value").asDouble()).isEqualTo(0.5);
    assertThat(row(f.get("byGroup"), "clinician").at("/rr2/value").asDouble()).isEqualTo(0.8);
    assertThat(f.get("total").get("withheld").asBoolean()).isFalse();
    assertThat(f.get("total").get("invited").asLong()).isEqualTo(35);
    assertThat(f.get("total").get("started").asLong()).isEqualTo(24);
    assertThat(f.get("total").get("completed").asLong()).isEqualTo(18);
    assertThat(counts(f.get("byProvince"), "11")).isEqualTo("20/16/10");
    assertThat(counts(f.get("byProvince"), "31")).isEqualTo("withheld");
    assertThat(counts(f.get("byProvince"), "44")).isEqualTo("withheld");
    assertThat(counts(f.get("byTier"), "secondary")).isEqualTo("withheld");
    assertThat(counts(f.get("byTier"), "tertiary")).isEqualTo("withheld");
    assertThat(countsIn(f, new ArrayList<>())).isNotEmpty().noneMatch(n -> n >= 1 && n <= 4);
  }

  /** Every count and rate numerator or denominator anywhere in {@code node}. */
  private static List<Long> countsIn(JsonNode node, List<Long> out) {
    node.fields()
        .forEachRemaining(
            e -> {
              if (List.of("invited", "started", "completed", "numerator", "denominator")
                      .contains(e.getKey())
                  && e.getValue().isNumber()) {
                out.add(e.getValue().asLong());
              }
            });
    node.elements().forEachRemaining(child -> countsIn(child, out));
    return out;
  }

  @Test
  void anAnalystSeesEveryCountExactly() {
    JsonNode f = fieldwork(analyst);

    assertThat(f.get("suppressionThreshold").asInt()).isZero();
    assertThat(counts(f.get("byGroup"), "admin")).isEqualTo("3/2/2");
    assertThat(counts(f.get("byGroup"), "nurse")).isEqualTo("12/6/6");
    assertThat(counts(f.get("byGroup"), "clinician")).isEqualTo("20/16/10");
    assertThat(counts(f.get("byProvince"), "31")).isEqualTo("3/2/2");
    assertThat(counts(f.get("byTier"), "secondary")).isEqualTo("3/2/2");
    assertThat(counts(f.get("byTier"), "tertiary")).isEqualTo("32/22/16");
    assertThat(row(f.get("byGroup"), "admin").at("/rr1/numerator").asLong()).isEqualTo(2);
  }

  private String page(String cookie) {
    HttpResponse<String> r =
        client.send(client.request(PAGE).header("Cookie", "tripart_session=" + cookie).GET());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  /** Every number in a count cell or a rate's (numerator/denominator) of the page. */
  private static List<Long> numbers(String html) {
    List<Long> out = new ArrayList<>();
    Matcher m = CELL.matcher(html);
    while (m.find()) {
      out.add(Long.parseLong(m.group(1).replace(",", "")));
    }
    m = RATE.matcher(html);
    while (m.find()) {
      out.add(Long.parseLong(m.group(1).replace(",", "")));
      out.add(Long.parseLong(m.group(2).replace(",", "")));
    }
    return out;
  }

  @Test
  void theViewersPageWithholdsTheSameRowsAndSaysSo() {
    String html = page(viewer);

    assertThat(html).contains("counts below 5 are withheld");
    assertThat(html)
        .containsPattern(
            "<th scope=\"row\">admin</th>(<td class=\"num withheld\"[^>]*>–</td>){6}</tr>");
    assertThat(html)
        .containsPattern(
            "<th scope=\"row\">nurse</th>(<td class=\"num withheld\"[^>]*>–</td>){6}</tr>");
    assertThat(html)
        .contains("<th scope=\"row\">clinician</th><td class=\"num\">20</td>")
        .contains("(10/20)");
    assertThat(numbers(html)).isNotEmpty().noneMatch(n -> n >= 1 && n <= 4);
  }

  @Test
  void theAnalystsPageAndTheAdminTokensPageShowExactCounts() {
    String admin = adminSession();

    for (String html : List.of(page(analyst), page(admin))) {
      assertThat(html)
          .contains(
              "<th scope=\"row\">admin</th><td class=\"num\">3</td><td class=\"num\">2</td>"
                  + "<td class=\"num\">2</td><td class=\"num\">0</td>")
          .contains("(2/3)")
          .doesNotContain("num withheld");
    }
    assertThat(page(analyst)).contains("Your role sees exact counts");
  }

  /** Signs the admin token in at {@code /login}, as the fieldwork page asks; the cookie. */
  private String adminSession() {
    String form =
        "token="
            + URLEncoder.encode(client.adminToken, StandardCharsets.UTF_8)
            + "&next="
            + URLEncoder.encode(PAGE, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        client.send(
            client
                .request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue(PAGE);
    return Client.cookie(r, "tripart_session").orElseThrow();
  }
}
