package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.fieldwork.Tokens;
import org.tripart.store.Institution;
import org.tripart.store.NewInvitation;
import org.tripart.store.Store;

/**
 * Answers collected before and after an owner adds version 2 of a group's instrument, over real
 * HTTP on SQLite: invitations {@code a} and {@code b} submit under version 1; {@code c} saves a
 * draft under version 1 and submits after version 2 is added; {@code d} and one open-link form
 * submit under version 2. So versions 1 (n=2) and 2 (n=3), analysed under version 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstrumentVersionProvenanceTest {
  private static final String S = "/api/studies/" + Client.STUDY;
  private static final String GROUP = "tiny";
  private static final String NOTE =
      "5 responses collected with Tripart; answers from instrument v1 (n=2) and v2 (n=3),"
          + " analysed under v2";
  private static final String V2 =
      ResearcherWorkspaceTest.YAML.replace("version: 1", "version: 2")
          + "      - id: training\n"
          + "        type: yesno\n"
          + "        label: {en: Had AI training}\n";
  private static final String[] ANSWERS = ResearcherWorkspaceTest.ANSWERS;

  private Client client;
  private String owner;
  private String analyst;

  @BeforeAll
  void collectUnderTwoVersions() {
    client = new Client();
    Store store = client.server.store();
    store.addInstrument(Client.STUDY, GROUP, "tiny", 1, ResearcherWorkspaceTest.YAML);
    store.importInstitutions(
        Client.STUDY,
        List.of(
            new Institution("TINY-H1", "One", "11", "tertiary", "hospital"),
            new Institution("TINY-H2", "Two", "11", "secondary", "hospital"),
            new Institution("TINY-H3", "Three", "44", "tertiary", "hospital")));
    List<NewInvitation> invitations = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d")) {
      invitations.add(new NewInvitation(id, null, Tokens.hash(token(id)), null));
    }
    store.createInvitations(Client.STUDY, GROUP, "wave1", invitations);
    String password = "correct horse battery";
    client.createUser("owner@example.org", password);
    client.createUser("analyst@example.org", password);
    client.addMember(client.adminToken, Client.STUDY, "owner@example.org", "OWNER");
    client.addMember(client.adminToken, Client.STUDY, "analyst@example.org", "ANALYST");
    owner = client.token(client.signIn("owner@example.org", password));
    analyst = client.token(client.signIn("analyst@example.org", password));

    expect(respond("a", "submit", ANSWERS[0]), 201);
    expect(respond("b", "submit", ANSWERS[1]), 201);
    expect(respond("c", "draft", "{\"uses_ai\":\"yes\"}"), 200);
    expect(
        client.send(owner, "POST", S + "/instruments?group=" + GROUP, "application/yaml", V2), 201);
    expect(respond("c", "submit", ANSWERS[2].replace("}", ",\"training\":\"yes\"}")), 201);
    expect(respond("d", "submit", ANSWERS[3]), 201);
    submitOpenLinkForm();
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private static String token(String invitation) {
    return "token-of-invitation-" + invitation + "-0123456789abcdefghij";
  }

  private HttpResponse<String> respond(String invitation, String action, String json) {
    String method = action.equals("draft") ? "PUT" : "POST";
    return client.json(null, method, "/api/respond/" + token(invitation) + "/" + action, json);
  }

  private static void expect(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
  }

  private void submitOpenLinkForm() {
    String link = "/o/" + Client.STUDY + "/" + GROUP;
    HttpResponse<String> page = client.send(null, "GET", link, null, null);
    expect(page, 200);
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).as("the form has a CSRF field").isTrue();
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .map(c -> c.split(";", 2)[0])
            .filter(c -> !c.startsWith("lang="))
            .findFirst()
            .orElseThrow();
    String form =
        "_csrf="
            + csrf.group(1)
            + "&_action=submit&hospital=TINY-H3&tier=secondary&uses_ai=no&tools=mri&training=no";
    HttpResponse<String> posted =
        client.send(
            client
                .request(link)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
    expect(posted, 303);
  }

  private JsonNode get(String path) {
    HttpResponse<String> r = client.json(analyst, "GET", path, null);
    expect(r, 200);
    return Client.parse(r);
  }

  @Test
  void eachResponseComesWithTheVersionOfItsFinalValidation() {
    Map<String, Integer> versions = new HashMap<>();
    get(S + "/responses?group=" + GROUP)
        .forEach(
            r ->
                versions.put(
                    r.get("invitationId").isNull() ? "open" : r.get("invitationId").asText(),
                    r.get("instrumentVersion").asInt()));

    assertThat(versions)
        .containsOnly(
            Map.entry("a", 1),
            Map.entry("b", 1),
            Map.entry("c", 2),
            Map.entry("d", 2),
            Map.entry("open", 2));
  }

  @Test
  void theAnalysisAndTheDashboardSayWhichVersionsTheAnswersCameFrom() {
    assertThat(get(S + "/analysis?group=" + GROUP).get("provenance").asText()).isEqualTo(NOTE);
    assertThat(get(S + "/dashboard/items?group=" + GROUP).get("provenance").asText())
        .isEqualTo(NOTE);
    HttpResponse<String> page =
        client.send(
            analyst, "GET", "/dashboard/" + Client.STUDY + "/items?group=" + GROUP, null, null);
    expect(page, 200);
    assertThat(page.body()).contains("answers from instrument v1 (n=2) and v2 (n=3)");
  }

  @Test
  void theMicrodataHaveEachRowsInstrumentVersion() {
    HttpResponse<String> r =
        client.send(analyst, "GET", S + "/microdata.csv?group=" + GROUP, null, null);
    expect(r, 200);
    List<String> lines = r.body().lines().toList();

    assertThat(lines.get(0)).startsWith("respondent,instrument_version,hospital,");
    assertThat(lines.subList(1, lines.size()))
        .extracting(line -> line.split(",", -1)[1])
        .containsExactlyInAnyOrder("1", "1", "2", "2", "2");
  }
}
