package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/** The analysis and fieldwork endpoints over responses submitted through the API. */
class AnalysisTest {
  @TempDir Path dir;

  @Test
  void frequenciesCarryWilsonIntervalsOverTheStoredFinalResponses() throws Exception {
    try (TripartServer server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("a.sqlite").toString())
                .withDataDir(dir.resolve("data")))) {
      Http http = new Http(server);
      Item item =
          Fixture.research().instrument().items().stream()
              .filter(i -> i.type() == ItemType.SINGLE && i.when() == null && i.required())
              .findFirst()
              .orElseThrow();
      String a = item.options().get(0).code();
      String b = item.options().get(1).code();
      List<String> tokens = Fixture.invite(http, 4);
      List<String> chosen = List.of(a, a, b);
      for (int i = 0; i < 3; i++) {
        ObjectNode answers = (ObjectNode) Answers.JSON.readTree(Fixture.answers(i));
        answers.put(item.id(), chosen.get(i));
        int status =
            http.send(
                    http.request("/api/respond/" + tokens.get(i) + "/submit")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(answers.toString())))
                .statusCode();
        assertThat(status).isEqualTo(201);
      }

      JsonNode analysis =
          Http.json(http.send(http.admin("/api/studies/national_ai/analysis?group=research")));
      JsonNode fieldwork = Http.json(http.send(http.admin("/api/studies/national_ai/fieldwork")));

      assertThat(analysis.get("respondents").asInt()).isEqualTo(3);
      JsonNode overall = null;
      for (JsonNode i : analysis.get("items")) {
        if (i.get("item").asText().equals(item.id())) {
          overall = i.get("overall");
        }
      }
      JsonNode first = overall.get("options").get(0);
      // R: prop.test(2, 3, correct = FALSE)$conf.int
      assertThat(first.get("count").asInt()).isEqualTo(2);
      assertThat(first.get("denominator").asInt()).isEqualTo(3);
      assertThat(first.get("ciLow").asDouble()).isCloseTo(0.2076596008, within(1e-9));
      assertThat(first.get("ciHigh").asDouble()).isCloseTo(0.9385080553, within(1e-9));
      JsonNode research = null;
      for (JsonNode g : fieldwork.get("byGroup")) {
        if (g.get("key").asText().equals("research")) {
          research = g;
        }
      }
      assertThat(research.get("invited").asInt()).isEqualTo(4);
      assertThat(research.get("completed").asInt()).isEqualTo(3);
      assertThat(research.get("rr1").get("value").asDouble()).isEqualTo(0.75);
    }
  }

  @Test
  void anUnknownBreakdownItemIsABadRequest() {
    try (TripartServer server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("b.sqlite").toString())
                .withDataDir(dir.resolve("data")))) {
      Http http = new Http(server);
      var r = http.send(http.admin("/api/studies/national_ai/analysis?group=research&by=nope"));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(Http.json(r).get("code").asText()).isEqualTo("TRP-0800");
    }
  }
}
