package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.store.Database;
import org.tripart.web.http.RateLimiter;

/**
 * The respondent and researcher JSON API over real HTTP on loopback, run on each {@link Database}
 * with one server per database. Every refused request is checked to answer problem+json with its
 * 4xx and to leave the store unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class ApiContractTest {
  @Parameter Database database;
  TripartServer server;
  Http http;
  private String location;

  @BeforeParameterizedClassInvocation
  void start() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("tripart-web");
    location = database.freshLocation(dir.resolve("db"));
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(location)
                .withDataDir(dir.resolve("data"))
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
    http = new Http(server);
  }

  @AfterParameterizedClassInvocation
  void stop() {
    server.close();
    database.release(location);
  }

  private HttpResponse<String> submit(String token, String body, String key) {
    HttpRequest.Builder b =
        http.request("/api/respond/" + token + "/submit")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return http.send(b);
  }

  /** Asserts a problem+json with this status and code, and that the store did not change. */
  private JsonNode refused(HttpResponse<String> r, int status, String code, long[] before) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = Http.json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("code").asText()).isEqualTo(code);
    assertThat(p.get("type").asText()).isEqualTo("urn:tripart:problem:" + code);
    assertThat(p.hasNonNull("title") && p.hasNonNull("detail") && p.hasNonNull("instance"))
        .isTrue();
    assertThat(Fixture.counts(server.store())).containsExactly(before);
    return p;
  }

  @Test
  void aSubmissionIsStoredOnceAndItsRetryGetsTheSameResponse() {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());

    HttpResponse<String> first = submit(token, Fixture.answers(0), "k-1");
    HttpResponse<String> retry = submit(token, Fixture.answers(0), "k-1");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(Http.json(retry).get("responseId")).isEqualTo(Http.json(first).get("responseId"));
    assertThat(Fixture.counts(server.store())).containsExactly(before[0] + 1, before[1] + 1);
  }

  @Test
  void twentyConcurrentSubmitsMakeOneResponse() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String key = "click-" + i;
      calls.add(pool.submit(() -> submit(token, Fixture.answers(1), key)));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<HttpResponse<String>> f : calls) {
      statuses.add(f.get().statusCode());
    }
    pool.shutdown();

    assertThat(statuses).containsOnly(201, 200);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(Fixture.counts(server.store())).containsExactly(before[0] + 1, before[1] + 1);
  }

  @Test
  void differentAnswersAfterTheFinalSubmissionAreRefusedAndChangeNothing() {
    String token = Fixture.invite(http, 1).get(0);
    assertThat(submit(token, Fixture.answers(2), null).statusCode()).isEqualTo(201);
    long[] before = Fixture.counts(server.store());

    refused(submit(token, Fixture.answers(3), null), 409, "TRP-0809", before);
  }

  @Test
  void malformedJsonIsABadRequest() {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());

    refused(submit(token, "{\"role\": ", null), 400, "TRP-0800", before);
    refused(submit(token, "[1, 2]", null), 400, "TRP-0800", before);
    refused(submit(token, Fixture.answers(0) + " trailing", null), 400, "TRP-0800", before);
  }

  @Test
  void anItemGivenTwiceIsABadRequestNamingItAndStoresNothing() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    String answers = Fixture.answers(0);
    String first = Answers.JSON.readTree(answers).fieldNames().next();
    String twice = answers.substring(0, answers.length() - 1) + ",\"" + first + "\":\"again\"}";

    JsonNode p = refused(submit(token, twice, null), 400, "TRP-1841", before);

    assertThat(p.get("detail").asText()).contains("'" + first + "' is given twice");
    assertThat(p.get("errors").get(0).get("pointer").asText()).isEqualTo(first);
  }

  @Test
  void jsonNestedDeeperThanTheBoundIsABadRequest() {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";

    JsonNode p = refused(submit(token, deep, null), 400, "TRP-1842", before);

    assertThat(p.get("detail").asText()).contains("nesting depth");
  }

  @Test
  void answersOfTheWrongTypeAreNamedByItem() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    ObjectNode answers = (ObjectNode) Answers.JSON.readTree(Fixture.answers(4));
    Item single = firstOf(org.tripart.instrument.ItemType.SINGLE);
    answers.putArray(single.id()).add(single.options().get(0).code());

    JsonNode p = refused(submit(token, answers.toString(), null), 422, "TRP-0808", before);

    assertThat(p.get("errors").findValuesAsText("pointer")).contains(single.id());
    assertThat(p.get("errors").findValuesAsText("code")).contains("WRONG_TYPE");
  }

  @Test
  void unknownItemsAndOptionsAreRefused() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    ObjectNode answers = (ObjectNode) Answers.JSON.readTree(Fixture.answers(5));
    Item single = firstOf(org.tripart.instrument.ItemType.SINGLE);
    answers.put(single.id(), "no_such_option");
    answers.put("no_such_item", "x");

    JsonNode p = refused(submit(token, answers.toString(), null), 422, "TRP-0808", before);

    assertThat(p.get("errors").findValuesAsText("code")).contains("UNKNOWN_OPTION", "UNKNOWN_ITEM");
    assertThat(p.get("errors").findValuesAsText("pointer")).contains(single.id(), "no_such_item");
  }

  @Test
  void anAnswerToASkippedItemIsRefused() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    int[] cell = Fixture.skippedCell();
    Dataset d = Fixture.research();
    Item item = d.instrument().items().get(cell[1]);
    ObjectNode answers = (ObjectNode) Answers.JSON.readTree(Fixture.answers(cell[0]));
    String code = item.options().get(0).code();
    if (item.type() == org.tripart.instrument.ItemType.MULTIPLE) {
      answers.putArray(item.id()).add(code);
    } else {
      answers.put(item.id(), code);
    }

    JsonNode p = refused(submit(token, answers.toString(), null), 422, "TRP-0808", before);

    assertThat(p.get("errors").findValuesAsText("code")).containsExactly("ANSWERED_WHEN_SKIPPED");
    assertThat(p.get("errors").findValuesAsText("pointer")).containsExactly(item.id());
  }

  @Test
  void anOversizedBodyIsRefusedWith413() {
    String token = Fixture.invite(http, 1).get(0);
    long[] before = Fixture.counts(server.store());
    String big = "{\"x\":\"" + "a".repeat(1_100_000) + "\"}";

    refused(submit(token, big, null), 413, "TRP-0806", before);
    HttpResponse<String> csv =
        http.send(
            http.admin("/api/studies/" + Fixture.STUDY + "/institutions")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5_300_000))));
    refused(csv, 413, "TRP-0806", before);
  }

  @Test
  void aForgedTokenIsNotFound() {
    long[] before = Fixture.counts(server.store());
    String forged = org.tripart.fieldwork.Tokens.generate();

    refused(submit(forged, Fixture.answers(0), null), 404, "TRP-0803", before);
    refused(http.get("/api/respond/" + forged), 404, "TRP-0803", before);
  }

  @Test
  void anExpiredInvitationIsGone() {
    String token = org.tripart.fieldwork.Tokens.generate();
    server
        .store()
        .createInvitations(
            Fixture.STUDY,
            Fixture.GROUP,
            "expired-batch-" + token.substring(0, 8),
            List.of(
                new org.tripart.store.NewInvitation(
                    "expired-" + token.substring(0, 8),
                    null,
                    org.tripart.fieldwork.Tokens.hash(token),
                    java.time.Instant.now().minusSeconds(60))));
    long[] before = Fixture.counts(server.store());

    refused(submit(token, Fixture.answers(0), null), 410, "TRP-0804", before);
  }

  @Test
  void aTokenRefusedAsUnknownWorksOnceItsInvitationIsCreated() {
    String token = org.tripart.fieldwork.Tokens.generate();
    long[] before = Fixture.counts(server.store());
    refused(submit(token, Fixture.answers(0), null), 404, "TRP-0803", before);

    server
        .store()
        .createInvitations(
            Fixture.STUDY,
            Fixture.GROUP,
            "late-batch-" + token.substring(0, 8),
            List.of(
                new org.tripart.store.NewInvitation(
                    "late-" + token.substring(0, 8),
                    null,
                    org.tripart.fieldwork.Tokens.hash(token),
                    null)));
    HttpResponse<String> r = submit(token, Fixture.answers(0), null);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  @Test
  void theStateShowsTheCurrentStatusOfAnInvitationSeenBefore() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    JsonNode fresh = Http.json(http.get("/api/respond/" + token));

    HttpResponse<String> r = submit(token, Fixture.answers(4), null);
    JsonNode after = Http.json(http.get("/api/respond/" + token));

    assertThat(fresh.get("status").asText()).isEqualTo("INVITED");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(after.get("status").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void aDraftIsSavedAndResumed() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    Item single = firstOf(org.tripart.instrument.ItemType.SINGLE);
    String draft = "{\"" + single.id() + "\":\"" + single.options().get(1).code() + "\"}";

    HttpResponse<String> saved =
        http.send(
            http.request("/api/respond/" + token + "/draft")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(draft)));
    JsonNode state = Http.json(http.get("/api/respond/" + token));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(state.get("status").asText()).isEqualTo("STARTED");
    assertThat(state.get("answers")).isEqualTo(Answers.JSON.readTree(draft));
  }

  @Test
  void researcherEndpointsNeedTheApiToken() {
    long[] before = Fixture.counts(server.store());

    refused(http.get("/api/studies/" + Fixture.STUDY + "/fieldwork"), 401, "TRP-0801", before);
    HttpResponse<String> wrong =
        http.send(
            http.request("/api/studies")
                .header("Authorization", "Bearer " + org.tripart.fieldwork.Tokens.generate()));
    refused(wrong, 401, "TRP-0801", before);
  }

  @Test
  void unknownRoutesAndMethodsAreProblems() {
    long[] before = Fixture.counts(server.store());

    refused(http.get("/api/nothing-here"), 404, "TRP-0803", before);
    refused(http.send(http.admin("/api/studies").DELETE()), 405, "TRP-0807", before);
  }

  @Test
  void anInvalidRegisterIsRefusedWithLineAndColumnAndNothingIsLoaded() {
    int before = server.store().institutions(Fixture.STUDY).size();
    String csv =
        "id,name,province_code,tier,type\nH1,Good,44,tertiary,hospital\nH2,Bad,99,tier9,x\n";

    HttpResponse<String> r =
        http.send(
            http.admin("/api/studies/" + Fixture.STUDY + "/institutions")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode p = Http.json(r);
    assertThat(p.get("errors").findValuesAsText("pointer"))
        .containsExactly("line 3, column 3 (province_code)", "line 3, column 4 (tier)");
    assertThat(server.store().institutions(Fixture.STUDY)).hasSize(before);
  }

  @Test
  void invitationRequestsOfTheWrongShapeAreBadRequests() {
    long[] before = Fixture.counts(server.store());
    for (String body :
        List.of(
            "{\"group\":\"research\",\"count\":\"many\"}",
            "{\"group\":\"research\",\"count\":0}",
            "{\"group\":\"research\",\"colour\":\"red\"}",
            "{\"group\":\"nobody\"}",
            "{")) {
      HttpResponse<String> r =
          http.send(
              http.admin("/api/studies/" + Fixture.STUDY + "/invitations")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      refused(r, 400, "TRP-0800", before);
    }
  }

  @Test
  void theBatchCsvHoldsTheLinksOnceOnly() {
    HttpResponse<String> created =
        http.send(
            http.admin("/api/studies/" + Fixture.STUDY + "/invitations")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"group\":\"research\",\"count\":2,\"batch\":\"once-"
                            + System.nanoTime()
                            + "\"}")));
    JsonNode batch = Http.json(created);
    String csvPath = batch.get("csv").asText();

    HttpResponse<String> first = http.send(http.admin(csvPath));
    HttpResponse<String> second = http.send(http.admin(csvPath));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body().lines()).hasSize(3);
    assertThat(first.body())
        .contains(batch.get("invitations").get(0).get("token").asText())
        .contains(batch.get("invitations").get(1).get("token").asText());
    assertThat(second.statusCode()).isEqualTo(410);
    assertThat(batch.get("invitations").get(0).get("token").asText()).hasSize(43);
  }

  private static Item firstOf(org.tripart.instrument.ItemType type) {
    return Fixture.research().instrument().items().stream()
        .filter(i -> i.type() == type && i.when() == null && i.required())
        .findFirst()
        .orElseThrow();
  }
}
