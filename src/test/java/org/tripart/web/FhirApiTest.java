package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.interop.fhir.FhirExport;
import org.tripart.interop.fhir.FhirJson;
import org.tripart.interop.fhir.FhirQuestionnaire;

/** The FHIR SDC routes on a real server (port 0) with a real SQLite store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirApiTest {
  static final String QUESTIONNAIRE = "/fhir/Questionnaire/national-ai.research";
  TripartServer server;
  Http http;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-fhir");
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("t.sqlite").toString())
                .withDataDir(dir.resolve("data")));
    http = new Http(server);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String token, String body) {
    HttpRequest.Builder b =
        http.request("/fhir/QuestionnaireResponse")
            .header("Content-Type", "application/fhir+json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b);
  }

  private static Map<String, Answer> row(int row) {
    Dataset d = Fixture.research();
    Map<String, Answer> answers = new LinkedHashMap<>();
    d.columns()
        .forEach(
            (id, c) -> {
              Answer a = c.answer(row);
              if (a != null) {
                answers.put(id, a);
              }
            });
    return answers;
  }

  private static String response(Map<String, Answer> answers) {
    Instrument in = Fixture.research().instrument();
    return FhirJson.toJson(FhirExport.response(in, answers, null, QUESTIONNAIRE));
  }

  private static String diagnostics(HttpResponse<String> r) {
    JsonNode body = Http.json(r);
    assertThat(body.path("resourceType").asText()).as(r.body()).isEqualTo("OperationOutcome");
    assertThat(body.at("/issue/0/severity").asText()).isEqualTo("error");
    return body.at("/issue/0/code").asText() + " | " + body.at("/issue/0/diagnostics").asText();
  }

  @Test
  void theCapabilityStatementNamesFhir401AndTheTwoInteractions() {
    HttpResponse<String> r = http.get("/fhir/metadata");
    JsonNode cs = Http.json(r);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/fhir+json");
    assertThat(cs.get("resourceType").asText()).isEqualTo("CapabilityStatement");
    assertThat(cs.get("fhirVersion").asText()).isEqualTo("4.0.1");
    assertThat(cs.at("/rest/0/resource/0/type").asText()).isEqualTo("Questionnaire");
    assertThat(cs.at("/rest/0/resource/0/interaction/0/code").asText()).isEqualTo("read");
    assertThat(cs.at("/rest/0/resource/1/type").asText()).isEqualTo("QuestionnaireResponse");
    assertThat(cs.at("/rest/0/resource/1/interaction/0/code").asText()).isEqualTo("create");
  }

  @Test
  void aQuestionnaireFilledInAndPostedIsStoredLikeAWebSubmission() {
    HttpResponse<String> q = http.get(QUESTIONNAIRE);
    assertThat(q.statusCode()).as(q.body()).isEqualTo(200);
    Instrument served =
        FhirQuestionnaire.convert(q.body().getBytes(StandardCharsets.UTF_8), "q.json")
            .imported()
            .instrument();
    assertThat(InstrumentWriter.write(served))
        .isEqualTo(
            InstrumentWriter.write(
                org.tripart.interop.CarriedInstruments.asCarried(
                    Fixture.research().instrument(), false)));
    assertThat(Http.json(q).get("id").asText()).isEqualTo("national-ai.research");

    // FHIR has no partner roster: a client answers questionnaires whose rosters do not apply.
    java.util.BitSet without = Fixture.research().applicableRows("partner_roster");
    without.flip(0, Fixture.research().size());
    int[] noRoster = without.stream().limit(2).toArray();
    String token = Fixture.invite(http, 1).get(0);
    HttpResponse<String> created = post(token, response(row(noRoster[0])));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode stored = Http.json(created);
    assertThat(stored.get("resourceType").asText()).isEqualTo("QuestionnaireResponse");
    assertThat(stored.get("status").asText()).isEqualTo("completed");

    HttpResponse<String> list =
        http.send(http.admin("/api/studies/" + Fixture.STUDY + "/responses?group=research").GET());
    JsonNode mine = null;
    for (JsonNode r : Http.json(list)) {
      if (r.get("id").asText().equals(stored.get("id").asText())) {
        mine = r;
      }
    }
    assertThat(mine).as(list.body()).isNotNull();
    assertThat(mine.get("answers")).isEqualTo(ResearcherApi.readTree(Fixture.answers(noRoster[0])));

    HttpResponse<String> again = post(token, response(row(noRoster[0])));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    HttpResponse<String> other = post(token, response(row(noRoster[1])));
    assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
    assertThat(diagnostics(other)).startsWith("duplicate | TRP-");
  }

  @Test
  void badJsonIsA400OperationOutcomeWithTheLine() {
    String token = Fixture.invite(http, 1).get(0);
    HttpResponse<String> r = post(token, "{\"resourceType\": \"QuestionnaireResponse\",\n ]");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(diagnostics(r))
        .startsWith("structure | TRP-1004 the request body:2:2: invalid JSON");
  }

  @Test
  void anUnknownLinkIdAndAWrongCodeAre422NamingTheLinkId() {
    String token = Fixture.invite(http, 1).get(0);
    Map<String, Answer> answers = row(0);
    String body =
        response(answers)
            .replace(
                "\"linkId\": \"" + answers.keySet().iterator().next() + "\"",
                "\"linkId\": \"no_such_item\"");
    HttpResponse<String> unknown = post(token, body);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(diagnostics(unknown))
        .isEqualTo(
            "invalid | linkId no_such_item: no item of the questionnaire has this linkId; the answer is left out");

    Instrument in = Fixture.research().instrument();
    String coded =
        in.items().stream()
            .filter(
                i ->
                    i.type().isCoded()
                        && answers.containsKey(i.id())
                        && answers.get(i.id()) instanceof Answer.Choice
                        && i.type() != org.tripart.instrument.ItemType.YES_NO)
            .findFirst()
            .orElseThrow()
            .id();
    Map<String, Answer> wrong = new LinkedHashMap<>(answers);
    wrong.put(coded, new Answer.Choice("not_a_code"));
    HttpResponse<String> bad = post(token, response(wrong));
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
    assertThat(diagnostics(bad))
        .isEqualTo(
            "invalid | linkId "
                + coded
                + ": code not_a_code is not one of the item's answer options; the answer is left out");
    assertThat(Fixture.finals(server.store()))
        .noneMatch(s -> s.answersJson().contains("not_a_code"));
  }

  @Test
  void withoutATokenItIs401AndWithAnUnknownOne404() {
    HttpResponse<String> none = post(null, response(row(0)));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(diagnostics(none)).contains("Authorization: Bearer <token>");

    HttpResponse<String> unknown = post("not-a-token", response(row(0)));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(diagnostics(unknown)).startsWith("not-found | ");
  }

  @Test
  void anUnknownQuestionnaireIs404() {
    HttpResponse<String> r = http.get("/fhir/Questionnaire/national-ai.nobody");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(diagnostics(r)).startsWith("not-found | ");
    assertThat(List.of(r.headers().firstValue("Content-Type").orElse("")))
        .allMatch(t -> t.startsWith("application/fhir+json"));
  }
}
