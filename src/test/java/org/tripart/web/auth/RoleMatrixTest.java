package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every study route for every role over real HTTP: which role may use it, and that a user who is
 * not a member of the study, even an owner of another study, gets the answer of a study that does
 * not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {
  private static final String OTHER = "other_study";

  /**
   * One route: who may use it ({@code O}wner, {@code A}nalyst, {@code V}iewer), and the status an
   * allowed caller gets with the request below (chosen to change nothing).
   */
  record Route(
      String method,
      String template,
      String path,
      String type,
      String body,
      String allowed,
      int ok) {}

  private static final String S = "/api/studies/" + Client.STUDY;
  private static final List<Route> ROUTES =
      List.of(
          new Route("GET", "/api/studies/{study}", S, null, null, "OAV", 200),
          new Route(
              "PATCH",
              "/api/studies/{study}",
              S,
              "application/merge-patch+json",
              "{\"suppressionThreshold\":0}",
              "O",
              422),
          new Route(
              "POST",
              "/api/studies/{study}/instruments",
              S + "/instruments?group=research",
              "application/yaml",
              "instrument: x",
              "O",
              422),
          new Route(
              "POST",
              "/api/studies/{study}/analysis",
              S + "/analysis",
              "application/json",
              "{\"group\":\"research\",\"design\":{}}",
              "OA",
              422),
          new Route(
              "POST",
              "/api/studies/{study}/model",
              S + "/model",
              "application/json",
              "{\"group\":\"research\",\"model\":{\"outcome\":\"ai_work_share\"}}",
              "OA",
              422),
          new Route(
              "GET",
              "/dashboard/{study}/model",
              "/dashboard/" + Client.STUDY + "/model",
              null,
              null,
              "OA",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/model.docx",
              "/dashboard/" + Client.STUDY + "/model.docx?group=research",
              null,
              null,
              "OA",
              400),
          new Route(
              "GET",
              "/dashboard/{study}/model.xlsx",
              "/dashboard/" + Client.STUDY + "/model.xlsx?group=research",
              null,
              null,
              "OA",
              400),
          new Route(
              "GET",
              "/dashboard/{study}/model.csv",
              "/dashboard/" + Client.STUDY + "/model.csv?group=research",
              null,
              null,
              "OA",
              400),
          new Route(
              "GET",
              "/api/studies/{study}/dashboard/overview",
              S + "/dashboard/overview",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/api/studies/{study}/dashboard/items",
              S + "/dashboard/items?group=research",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET", "/dashboard/{study}", "/dashboard/" + Client.STUDY, null, null, "OAV", 200),
          new Route(
              "GET",
              "/dashboard/{study}/items",
              "/dashboard/" + Client.STUDY + "/items?group=research",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/export.docx",
              "/dashboard/" + Client.STUDY + "/export.docx?group=research",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/export.xlsx",
              "/dashboard/" + Client.STUDY + "/export.xlsx?group=research",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/paper.docx",
              "/dashboard/" + Client.STUDY + "/paper.docx",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/network",
              "/dashboard/" + Client.STUDY + "/network",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/network.graphml",
              "/dashboard/" + Client.STUDY + "/network.graphml",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/network.gexf",
              "/dashboard/" + Client.STUDY + "/network.gexf",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/network-nodes.csv",
              "/dashboard/" + Client.STUDY + "/network-nodes.csv",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/dashboard/{study}/network-edges.csv",
              "/dashboard/" + Client.STUDY + "/network-edges.csv",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/api/studies/{study}/dashboard/network",
              S + "/dashboard/network",
              null,
              null,
              "OAV",
              200),
          new Route(
              "POST",
              "/api/studies/{study}/dashboard/network/figure",
              S + "/dashboard/network/figure",
              "application/json",
              "{\"figure\":\"network\",\"format\":\"png\"}",
              "OAV",
              204),
          new Route(
              "GET",
              "/dashboard/{study}/instruments",
              "/dashboard/" + Client.STUDY + "/instruments",
              null,
              null,
              "O",
              200),
          new Route(
              "POST",
              "/dashboard/{study}/instruments/preview",
              "/dashboard/" + Client.STUDY + "/instruments/preview",
              "text/plain",
              "not a form",
              "O",
              415),
          new Route(
              "POST",
              "/dashboard/{study}/instruments/confirm",
              "/dashboard/" + Client.STUDY + "/instruments/confirm",
              "application/x-www-form-urlencoded",
              "csrf=forged",
              "O",
              400),
          new Route(
              "GET",
              "/api/studies/{study}/instruments",
              S + "/instruments",
              null,
              null,
              "OAV",
              200),
          new Route(
              "GET",
              "/api/studies/{study}/instruments/{instrument}/{version}",
              S + "/instruments/none/1",
              null,
              null,
              "OAV",
              404),
          new Route(
              "GET",
              "/api/studies/{study}/institutions",
              S + "/institutions",
              null,
              null,
              "OAV",
              200),
          new Route(
              "POST",
              "/api/studies/{study}/institutions",
              S + "/institutions",
              "text/csv",
              "x",
              "O",
              422),
          new Route(
              "GET",
              "/api/studies/{study}/responses",
              S + "/responses?group=research",
              null,
              null,
              "OA",
              200),
          new Route(
              "GET",
              "/api/studies/{study}/microdata.csv",
              S + "/microdata.csv?group=research",
              null,
              null,
              "OA",
              200),
          new Route(
              "POST",
              "/api/studies/{study}/invitations",
              S + "/invitations",
              "application/json",
              "{\"group\":\"nope\"}",
              "O",
              400),
          new Route(
              "GET",
              "/api/studies/{study}/invitations/{batch}.csv",
              S + "/invitations/nope.csv",
              null,
              null,
              "O",
              410),
          new Route(
              "GET", "/api/studies/{study}/fieldwork", S + "/fieldwork", null, null, "OAV", 200),
          new Route(
              "GET",
              "/api/studies/{study}/analysis",
              S + "/analysis?group=research",
              null,
              null,
              "OAV",
              200),
          new Route("GET", "/api/studies/{study}/members", S + "/members", null, null, "O", 200),
          new Route(
              "POST",
              "/api/studies/{study}/members",
              S + "/members",
              "application/json",
              "{\"email\":\"x@example.org\",\"role\":\"KING\"}",
              "O",
              400),
          new Route(
              "DELETE",
              "/api/studies/{study}/members/{user}",
              S + "/members/999999",
              null,
              null,
              "O",
              404),
          new Route("GET", "/api/studies/{study}/audit", S + "/audit", null, null, "O", 200),
          new Route(
              "GET", "/api/studies/{study}/audit.csv", S + "/audit.csv", null, null, "O", 200),
          new Route(
              "GET", "/fieldwork/{study}", "/fieldwork/" + Client.STUDY, null, null, "OAV", 200));

  private Client client;
  private Map<Character, String> tokens;
  private String ownerSession;
  private String outsider;

  @BeforeAll
  void start() {
    client = new Client();
    client.server.store().createStudy(OTHER, "{\"en\":\"Other\"}");
    String password = "correct horse battery";
    for (String who : List.of("owner", "analyst", "viewer", "outsider")) {
      client.createUser(who + "@example.org", password);
    }
    client.addMember(client.adminToken, Client.STUDY, "owner@example.org", "OWNER");
    client.addMember(client.adminToken, OTHER, "outsider@example.org", "OWNER");
    ownerSession = client.signIn("owner@example.org", password);
    client.addMember("cookie:" + ownerSession, Client.STUDY, "analyst@example.org", "ANALYST");
    client.addMember("cookie:" + ownerSession, Client.STUDY, "viewer@example.org", "VIEWER");
    tokens =
        Map.of(
            'O', client.token(ownerSession),
            'A', client.token(client.signIn("analyst@example.org", password)),
            'V', client.token(client.signIn("viewer@example.org", password)));
    outsider = client.token(client.signIn("outsider@example.org", password));
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private HttpResponse<String> call(String credential, Route r, String path) {
    return client.send(credential, r.method(), path, r.type(), r.body());
  }

  @Test
  void everyRoleGetsExactlyItsPermissionsOnEveryStudyRoute() {
    for (Route r : ROUTES) {
      for (char role : new char[] {'O', 'A', 'V'}) {
        HttpResponse<String> got = call(tokens.get(role), r, r.path());
        String what = role + " " + r.method() + " " + r.path() + ": " + got.body();
        if (r.allowed().indexOf(role) >= 0) {
          assertThat(got.statusCode()).as(what).isEqualTo(r.ok());
        } else {
          assertThat(got.statusCode()).as(what).isEqualTo(403);
          if (got.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            assertThat(got.body()).as(what).contains("your role in this study does not allow");
          } else {
            assertThat(Client.parse(got).get("code").asText()).as(what).isEqualTo("TRP-0812");
          }
        }
      }
      HttpResponse<String> admin = call(client.adminToken, r, r.path());
      assertThat(admin.statusCode()).as("admin " + r.path()).isEqualTo(r.ok());
    }
  }

  @Test
  void aSessionCookieCarriesTheSameRoleAsTheUsersToken() {
    for (Route r : ROUTES) {
      HttpResponse<String> got = call("cookie:" + ownerSession, r, r.path());
      assertThat(got.statusCode()).as(r.path() + ": " + got.body()).isEqualTo(r.ok());
    }
  }

  @Test
  void changingTheStudyIdToAnotherStudyIsNotFoundOnEveryRoute() {
    for (Route r : ROUTES) {
      HttpResponse<String> got = call(outsider, r, r.path());
      assertThat(got.statusCode()).as(r.path() + ": " + got.body()).isEqualTo(404);
      String missing = r.path().replace(Client.STUDY, "no_such_study");
      HttpResponse<String> none = call(outsider, r, missing);
      assertThat(none.statusCode()).isEqualTo(404);
      if (r.path().startsWith("/api/")) {
        JsonNode a = Client.parse(got);
        JsonNode b = Client.parse(none);
        assertThat(a.get("detail").asText())
            .isEqualTo(b.get("detail").asText().replace("no_such_study", Client.STUDY));
        assertThat(a.get("code").asText()).isEqualTo(b.get("code").asText());
      }
      HttpResponse<String> own = call(outsider, r, r.path().replace(Client.STUDY, OTHER));
      assertThat(own.statusCode()).as("own study " + r.path()).isNotIn(401, 403);
    }
  }

  @Test
  void theStudyListShowsOnlyTheCallersStudies() {
    JsonNode mine = Client.parse(client.json(outsider, "GET", "/api/studies", null));
    JsonNode viewer = Client.parse(client.json(tokens.get('V'), "GET", "/api/studies", null));

    assertThat(mine).isEmpty();
    assertThat(viewer.findValuesAsText("id")).containsExactly(Client.STUDY);
  }

  @Test
  void theTableCoversEveryRegisteredStudyRoute() {
    Set<String> registered = new TreeSet<>();
    for (String route : client.server.routes()) {
      String path = route.substring(route.indexOf(' ') + 1);
      if (path.contains("{study}")
          && !path.startsWith("/o/")
          && !route.startsWith("BEFORE")
          && !route.startsWith("AFTER")) {
        registered.add(route);
      }
    }
    Set<String> tested = new TreeSet<>();
    ROUTES.forEach(r -> tested.add(r.method() + " " + r.template()));

    assertThat(tested).isEqualTo(registered);
  }

  @Test
  void withoutCredentialsTheApiAnswers401AndPagesSendToSignIn() {
    HttpResponse<String> api = client.json(null, "GET", S + "/fieldwork", null);
    HttpResponse<String> page = client.send(null, "GET", "/fieldwork/" + Client.STUDY, null, null);

    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(page.statusCode()).isEqualTo(303);
  }
}
