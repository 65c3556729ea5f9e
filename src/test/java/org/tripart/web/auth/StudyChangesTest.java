package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An owner changes the study's settings and adds instrument versions over real HTTP on SQLite:
 * every field checked with a pointer to it, every instrument problem with its code and line,
 * nothing stored on a refusal, each change audited, and a new version current at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyChangesTest {
  private static final String S = "/api/studies/" + Client.STUDY;
  private static final String PATCH = "application/merge-patch+json";
  private static final String YAML = "application/yaml";

  /** Version 2 of the tiny instrument: one more item, {@code training}, at the end. */
  private static final String V2 =
      ResearcherWorkspaceTest.YAML.replace("version: 1", "version: 2")
          + "      - id: training\n"
          + "        type: yesno\n"
          + "        label: {en: Had AI training}\n";

  /**
   * Three problems: option code {@code a} twice (line 16, TRP-0004), item id {@code tier} twice
   * (line 18, TRP-0003), item type {@code banana} (line 19, TRP-0005).
   */
  private static final String INVALID =
      """
      instrument: tiny
      group: tiny
      version: 3
      languages: [en]
      title: {en: Tiny survey}
      sections:
        - id: main
          title: {en: Main}
          items:
            - id: tier
              type: single
              label: {en: Tier}
              options:
                - code: a
                  label: {en: A}
                - code: a
                  label: {en: A again}
            - id: tier
              type: banana
              label: {en: Again}
      """;

  private Client client;
  private Map<Character, String> tokens;

  @BeforeAll
  void start() {
    client = new Client();
    client
        .server
        .store()
        .addInstrument(Client.STUDY, "tiny", "tiny", 1, ResearcherWorkspaceTest.YAML);
    String password = "correct horse battery";
    for (String who : List.of("owner", "analyst", "viewer")) {
      client.createUser(who + "@example.org", password);
    }
    client.addMember(client.adminToken, Client.STUDY, "owner@example.org", "OWNER");
    client.addMember(client.adminToken, Client.STUDY, "analyst@example.org", "ANALYST");
    client.addMember(client.adminToken, Client.STUDY, "viewer@example.org", "VIEWER");
    tokens =
        Map.of(
            'O', client.token(client.signIn("owner@example.org", password)),
            'A', client.token(client.signIn("analyst@example.org", password)),
            'V', client.token(client.signIn("viewer@example.org", password)));
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private HttpResponse<String> send(
      char role, String method, String path, String type, String body) {
    return client.send(tokens.get(role), method, path, type, body);
  }

  private JsonNode study() {
    return Client.parse(send('V', "GET", S, null, null));
  }

  private List<JsonNode> audited(String action) {
    List<JsonNode> out = new ArrayList<>();
    Client.parse(send('O', "GET", S + "/audit", null, null))
        .forEach(
            e -> {
              if (e.get("action").asText().equals(action)) {
                out.add(e);
              }
            });
    return out;
  }

  private static List<String> pointers(HttpResponse<String> r) {
    List<String> out = new ArrayList<>();
    Client.parse(r).get("errors").forEach(e -> out.add(e.get("pointer").asText()));
    return out;
  }

  @Test
  void anOwnerChangesTheThresholdAndOneTitleAndTheAuditKeepsBeforeAndAfter() {
    String english = study().get("title").get("en").asText();
    String chinese = study().get("title").get("zh").asText();
    int before = audited("study.update").size();

    HttpResponse<String> r =
        send('O', "PATCH", S, PATCH, "{\"suppressionThreshold\":8,\"title\":{\"zh\":\"新标题\"}}");
    try {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode now = study();
      assertThat(now.get("suppressionThreshold").asInt()).isEqualTo(8);
      assertThat(now.get("title").get("zh").asText()).isEqualTo("新标题");
      assertThat(now.get("title").get("en").asText()).isEqualTo(english);
      List<JsonNode> updates = audited("study.update");
      assertThat(updates).hasSize(before + 1);
      JsonNode detail = updates.get(updates.size() - 1).get("detail");
      assertThat(detail.get("before").get("suppressionThreshold").asInt()).isEqualTo(5);
      assertThat(detail.get("after").get("suppressionThreshold").asInt()).isEqualTo(8);
      assertThat(detail.get("before").get("title").get("zh").asText()).isEqualTo(chinese);
      assertThat(detail.get("after").get("title").get("zh").asText()).isEqualTo("新标题");
    } finally {
      String restore = "{\"suppressionThreshold\":5,\"title\":{\"zh\":\"" + chinese + "\"}}";
      assertThat(send('O', "PATCH", S, PATCH, restore).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void everyBadFieldIsNamedByItsPointerAndNothingChanges() {
    JsonNode was = study();
    int before = audited("study.update").size();

    HttpResponse<String> r =
        send(
            'O',
            "PATCH",
            S,
            PATCH,
            "{\"suppressionThreshold\":0,\"title\":{\"en\":null,\"fr\":\"x\",\"zh\":\"\"},"
                + "\"id\":\"x\",\"colour\":1}");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Client.parse(r).get("code").asText()).isEqualTo("TRP-0814");
    assertThat(pointers(r))
        .containsExactlyInAnyOrder(
            "/suppressionThreshold", "/title/en", "/title/fr", "/title/zh", "/id", "/colour");
    assertThat(study()).isEqualTo(was);
    assertThat(audited("study.update")).hasSize(before);
  }

  @Test
  void aThresholdMustBeAWholeNumberFromOneToOneHundred() {
    for (String bad : List.of("101", "-3", "2.5", "\"6\"", "null", "true")) {
      HttpResponse<String> r =
          send('O', "PATCH", S, PATCH, "{\"suppressionThreshold\":" + bad + "}");
      assertThat(r.statusCode()).as(bad).isEqualTo(422);
      assertThat(pointers(r)).as(bad).containsExactly("/suppressionThreshold");
    }
    assertThat(study().get("suppressionThreshold").asInt()).isEqualTo(5);
  }

  @Test
  void aPatchThatChangesNothingIsAnsweredButNotAudited() {
    int before = audited("study.update").size();

    HttpResponse<String> empty = send('O', "PATCH", S, PATCH, "{}");
    HttpResponse<String> same = send('O', "PATCH", S, PATCH, "{\"suppressionThreshold\":5}");

    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(Client.parse(same).get("suppressionThreshold").asInt()).isEqualTo(5);
    assertThat(audited("study.update")).hasSize(before);
  }

  @Test
  void analystsAndViewersMayNotChangeTheStudyAndAnUnknownStudyIsNotFound() {
    for (char role : new char[] {'A', 'V'}) {
      HttpResponse<String> r = send(role, "PATCH", S, PATCH, "{\"suppressionThreshold\":9}");
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(Client.parse(r).get("code").asText()).isEqualTo("TRP-0812");
    }
    String body = "{\"suppressionThreshold\":9}";
    assertThat(send('O', "PATCH", "/api/studies/nope", PATCH, body).statusCode()).isEqualTo(404);
    assertThat(
            client.send(client.adminToken, "PATCH", "/api/studies/nope", PATCH, body).statusCode())
        .isEqualTo(404);
    assertThat(send('O', "PATCH", S, PATCH, "[1]").statusCode()).isEqualTo(400);
    assertThat(send('O', "PATCH", S, "text/plain", body).statusCode()).isEqualTo(415);
    assertThat(study().get("suppressionThreshold").asInt()).isEqualTo(5);
  }

  @Test
  void anInvalidInstrumentComesBackWithEveryProblemsCodeAndLineAndNothingIsStored() {
    int versions = Client.parse(send('V', "GET", S + "/instruments", null, null)).size();
    int added = audited("instrument.add").size();

    HttpResponse<String> r = send('O', "POST", S + "/instruments", YAML, INVALID);

    assertThat(r.statusCode()).isEqualTo(422);
    List<String> problems = new ArrayList<>();
    Client.parse(r)
        .get("errors")
        .forEach(e -> problems.add(e.get("code").asText() + " " + e.get("pointer").asText()));
    assertThat(problems)
        .contains("TRP-0004 line 16, item tier", "TRP-0003 line 18, item tier")
        .anyMatch(p -> p.startsWith("TRP-0005 line 19"));
    assertThat(Client.parse(send('V', "GET", S + "/instruments", null, null))).hasSize(versions);
    assertThat(audited("instrument.add")).hasSize(added);
  }

  @Test
  void aVersionAlreadyStoredOrAnotherGroupsIdIsAConflict() {
    HttpResponse<String> again =
        send('O', "POST", S + "/instruments", YAML, ResearcherWorkspaceTest.YAML);
    String stolen =
        ResearcherWorkspaceTest.YAML
            .replace("instrument: tiny", "instrument: research")
            .replace("version: 1", "version: 7");
    HttpResponse<String> otherGroup = send('O', "POST", S + "/instruments", YAML, stolen);

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Client.parse(again).get("code").asText()).isEqualTo("TRP-0815");
    assertThat(otherGroup.statusCode()).isEqualTo(409);
    assertThat(Client.parse(otherGroup).get("detail").asText()).contains("group 'research'");
  }

  @Test
  void theGroupOfTheQueryMustBeTheYamlsAndTheBodyMustBeYaml() {
    HttpResponse<String> mismatch = send('O', "POST", S + "/instruments?group=research", YAML, V2);
    HttpResponse<String> json = send('O', "POST", S + "/instruments", "application/json", V2);

    assertThat(mismatch.statusCode()).isEqualTo(422);
    assertThat(pointers(mismatch)).containsExactly("group");
    assertThat(json.statusCode()).isEqualTo(415);
  }

  @Test
  void aNewVersionIsStoredAuditedAndCurrentAtOnce() {
    JsonNode before = Client.parse(send('A', "GET", S + "/analysis?group=tiny", null, null));
    assertThat(before.get("items").findValuesAsText("item")).doesNotContain("training");

    HttpResponse<String> r = send('O', "POST", S + "/instruments?group=tiny", "text/yaml", V2);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String source = S + "/instruments/tiny/2";
    assertThat(r.headers().firstValue("Location")).hasValue(source);
    assertThat(send('V', "GET", source, null, null).body()).isEqualTo(V2);
    JsonNode after = Client.parse(send('A', "GET", S + "/analysis?group=tiny", null, null));
    assertThat(after.get("items").findValuesAsText("item")).contains("training");
    HttpResponse<String> page =
        client.send(null, "GET", "/o/" + Client.STUDY + "/tiny", null, null);
    assertThat(page.body()).contains("Had AI training");
    List<JsonNode> added = audited("instrument.add");
    assertThat(added).hasSize(1);
    assertThat(added.get(0).get("target").asText()).isEqualTo("tiny/2");
    assertThat(added.get(0).get("detail").get("previousVersion").asInt()).isEqualTo(1);
    assertThat(send('A', "POST", S + "/instruments", YAML, V2).statusCode()).isEqualTo(403);
  }
}
