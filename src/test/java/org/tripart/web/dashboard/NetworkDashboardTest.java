package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.AuditEntry;
import org.tripart.store.Institution;
import org.tripart.store.StudyRole;

/**
 * The network page, its JSON and its downloads over real HTTP on SQLite, on the hand-worked study
 * of {@link NetworkFixture}: owners and analysts see the four ties and the partner typed in;
 * viewers see the two ties named by at least the threshold of 2 respondents, the other two counted
 * in their province-by-sector flows, and never the typed-in partner, in the JSON, the page and
 * every download alike; each download leaves its audit row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkDashboardTest {
  private static final String JSON = "/api/studies/" + NetworkFixture.STUDY + "/dashboard/network";
  private static final String PAGE = "/dashboard/" + NetworkFixture.STUDY + "/network";
  private static final List<String> DOWNLOADS =
      List.of(".graphml", ".gexf", "-nodes.csv", "-edges.csv");

  private NetworkFixture fx;

  @BeforeAll
  void start() {
    fx = new NetworkFixture("tripart-network");
  }

  @AfterAll
  void stop() {
    fx.close();
  }

  private JsonNode json(StudyRole role, String query) {
    HttpResponse<String> r = fx.get(role, JSON + query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return NetworkFixture.json(r);
  }

  private static List<Tuple> edges(JsonNode data) {
    List<Tuple> out = new ArrayList<>();
    data.get("edges")
        .forEach(
            e ->
                out.add(
                    tuple(
                        e.get("source").asText(),
                        e.get("target").asText(),
                        e.get("weight").asInt(),
                        e.get("reciprocated").asBoolean(),
                        e.get("kinds").toString())));
    return out;
  }

  private static List<Tuple> nodes(JsonNode data) {
    List<Tuple> out = new ArrayList<>();
    data.get("nodes")
        .forEach(
            n ->
                out.add(
                    tuple(
                        n.get("id").asText(),
                        n.get("sector").asText(),
                        n.get("province").asText(),
                        n.get("degree").asInt(),
                        n.get("betweenness").asDouble())));
    return out;
  }

  @Test
  void ownersAndAnalystsSeeEveryTieWithItsRespondentsReciprocityAndKinds() {
    for (StudyRole role : List.of(StudyRole.OWNER, StudyRole.ANALYST)) {
      JsonNode data = json(role, "");

      assertThat(data.get("access").asText()).as(role.name()).isEqualTo("all");
      assertThat(nodes(data))
          .containsExactly(
              tuple("NT-C1", "company", "11", 2, 1.0),
              tuple("NT-C2", "company", "44", 2, 1.0),
              tuple("NT-H1", "hospital", "11", 1, 0.0),
              tuple("NT-H2", "hospital", "44", 1, 0.0),
              tuple("NT-I1", "institution", "31", 1, 0.0),
              tuple("NT-I2", "institution", "31", 1, 0.0));
      assertThat(edges(data))
          .containsExactly(
              tuple("NT-C1", "NT-H1", 3, true, "{\"data_sharing\":3,\"deployment\":1}"),
              tuple("NT-C1", "NT-I1", 1, false, "{\"joint_project\":1}"),
              tuple("NT-C2", "NT-H2", 1, false, "{\"deployment\":1}"),
              tuple("NT-C2", "NT-I2", 2, false, "{\"data_sharing\":1,\"joint_project\":2}"));
      JsonNode s = data.get("summary");
      assertThat(List.of(s.get("organisations").asInt(), s.get("ties").asInt()))
          .containsExactly(6, 4);
      assertThat(s.get("reciprocated").asInt()).isEqualTo(1);
      assertThat(s.get("components").asInt()).isEqualTo(2);
      assertThat(s.get("largestComponent").asInt()).isEqualTo(3);
      assertThat(s.get("respondents").asInt()).isEqualTo(7);
      assertThat(s.get("asked").asInt()).isEqualTo(6);
      assertThat(s.get("naming").asInt()).isEqualTo(6);
      assertThat(s.get("listedPartners").asInt()).isEqualTo(7);
      assertThat(s.get("typedPartners").asInt()).isEqualTo(1);
      assertThat(s.get("openTriads").asInt()).isEqualTo(2);
      assertThat(s.get("closedTriads").asInt()).isZero();
      assertThat(s.get("eiIndex").asDouble()).isEqualTo(1.0);
      assertThat(data.get("unmatched").toString())
          .isEqualTo("[{\"organisation\":\"NT-C2\",\"text\":\"" + NetworkFixture.TYPED + "\"}]");
      assertThat(data.get("mixing").get("ties").toString()).isEqualTo("[[0,0,2],[0,0,2],[2,2,0]]");
      assertThat(data.get("mixing").get("density").get(0).get(2).asDouble()).isEqualTo(0.5);
      assertThat(data.has("suppressed")).isFalse();
    }
  }

  @Test
  void aViewerSeesOnlyTiesOfAtLeastTheThresholdAndTheOthersInTheirProvinceBySectorFlows() {
    HttpResponse<String> r = fx.get(StudyRole.VIEWER, JSON);
    JsonNode data = NetworkFixture.json(r);

    assertThat(data.get("access").asText()).isEqualTo("viewer");
    assertThat(data.get("suppressionThreshold").asInt()).isEqualTo(2);
    assertThat(nodes(data))
        .containsExactly(
            tuple("NT-C1", "company", "11", 1, 0.0),
            tuple("NT-C2", "company", "44", 1, 0.0),
            tuple("NT-H1", "hospital", "11", 1, 0.0),
            tuple("NT-I2", "institution", "31", 1, 0.0));
    assertThat(edges(data))
        .containsExactly(
            tuple("NT-C1", "NT-H1", 3, true, "{\"data_sharing\":3,\"deployment\":1}"),
            tuple("NT-C2", "NT-I2", 2, false, "{\"data_sharing\":1,\"joint_project\":2}"));
    List<Tuple> suppressed = new ArrayList<>();
    data.get("suppressed")
        .forEach(
            f ->
                suppressed.add(
                    tuple(
                        f.get("provinceA").asText(),
                        f.get("sectorA").asText(),
                        f.get("provinceB").asText(),
                        f.get("sectorB").asText(),
                        f.get("ties").asInt())));
    assertThat(suppressed)
        .containsExactly(
            tuple("11", "company", "31", "institution", 1),
            tuple("44", "hospital", "44", "company", 1));
    assertThat(data.get("summary").get("suppressedTies").asInt()).isEqualTo(2);
    assertThat(data.get("summary").has("respondents")).isFalse();
    assertThat(data.has("unmatched")).isFalse();
    assertThat(r.body()).doesNotContain(NetworkFixture.TYPED, "NT-I1", "NT-H2", "viewer-");
  }

  @Test
  void theProvinceFlowsAreTheSameForViewersAndOwnersSinceThinTiesCountInTheirFlows() {
    for (StudyRole role : StudyRole.values()) {
      JsonNode flows = json(role, "").get("provinceFlows");
      List<String> codes = new ArrayList<>();
      flows.get("provinces").forEach(c -> codes.add(c.asText()));
      List<Tuple> cells = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        for (int j = i; j < codes.size(); j++) {
          long n = flows.get("ties").get(i).get(j).asLong();
          if (n > 0) {
            cells.add(tuple(codes.get(i), codes.get(j), n));
          }
        }
      }
      assertThat(codes).as(role.name()).hasSize(31);
      assertThat(cells)
          .as(role.name())
          .containsExactlyInAnyOrder(
              tuple("11", "11", 1L),
              tuple("11", "31", 1L),
              tuple("31", "44", 1L),
              tuple("44", "44", 1L));
    }
  }

  @Test
  void aViewersDownloadsHoldTheSameTiesAndNeverTheTypedInPartner() {
    String base = "/dashboard/" + NetworkFixture.STUDY + "/network";
    HttpResponse<String> edges = fx.get(StudyRole.VIEWER, base + "-edges.csv");
    HttpResponse<String> nodes = fx.get(StudyRole.VIEWER, base + "-nodes.csv");
    HttpResponse<String> graphml = fx.get(StudyRole.VIEWER, base + ".graphml");
    HttpResponse<String> gexf = fx.get(StudyRole.VIEWER, base + ".gexf");

    assertThat(NetworkFixture.lines(edges.body()))
        .containsExactly(
            "source,target,weight,reciprocated,kinds",
            "NT-C1,NT-H1,3,true,data_sharing:3;deployment:1",
            "NT-C2,NT-I2,2,false,data_sharing:1;joint_project:2");
    assertThat(NetworkFixture.lines(nodes.body()))
        .hasSize(5)
        .extracting(l -> l.substring(0, l.indexOf(',')))
        .containsExactly("node", "NT-C1", "NT-C2", "NT-H1", "NT-I2");
    for (HttpResponse<String> xml : List.of(graphml, gexf)) {
      assertThat(xml.statusCode()).isEqualTo(200);
      assertThat(count(xml.body(), "<node ")).isEqualTo(4);
      assertThat(count(xml.body(), "<edge ")).isEqualTo(2);
    }
    for (HttpResponse<String> any : List.of(edges, nodes, graphml, gexf)) {
      assertThat(any.body()).doesNotContain(NetworkFixture.TYPED, "NT-I1", "NT-H2");
      assertThat(any.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment; filename=\"net_test-network");
    }
    assertThat(gexf.body()).contains("http://www.gexf.net/1.2draft");
  }

  @Test
  void anOwnersEdgeCsvHoldsEveryTie() {
    HttpResponse<String> r = fx.get(StudyRole.OWNER, PAGE + "-edges.csv");

    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(NetworkFixture.lines(r.body()))
        .containsExactly(
            "source,target,weight,reciprocated,kinds",
            "NT-C1,NT-H1,3,true,data_sharing:3;deployment:1",
            "NT-C1,NT-I1,1,false,joint_project:1",
            "NT-C2,NT-H2,1,false,deployment:1",
            "NT-C2,NT-I2,2,false,data_sharing:1;joint_project:2");
  }

  @Test
  void everyNetworkDownloadIsInTheAuditLogWithTheAccessAndThreshold() throws Exception {
    long before = fx.server.store().audit(NetworkFixture.STUDY).size();
    for (String suffix : DOWNLOADS) {
      assertThat(fx.get(StudyRole.VIEWER, PAGE + suffix).statusCode()).isEqualTo(200);
      assertThat(fx.get(StudyRole.ANALYST, PAGE + suffix).statusCode()).isEqualTo(200);
    }

    List<AuditEntry> all = fx.server.store().audit(NetworkFixture.STUDY);
    List<Tuple> rows = new ArrayList<>();
    for (AuditEntry e : all.subList((int) before, all.size())) {
      JsonNode d = ChartModels.JSON.readTree(e.detailJson());
      rows.add(
          tuple(
              e.action(),
              d.get("access").asText(),
              d.get("suppressionThreshold").asInt(),
              d.get("ties").asInt()));
    }
    assertThat(rows)
        .containsExactly(
            tuple("export.network.graphml", "viewer", 2, 2),
            tuple("export.network.graphml", "all", 0, 4),
            tuple("export.network.gexf", "viewer", 2, 2),
            tuple("export.network.gexf", "all", 0, 4),
            tuple("export.network.nodes.csv", "viewer", 2, 2),
            tuple("export.network.nodes.csv", "all", 0, 4),
            tuple("export.network.edges.csv", "viewer", 2, 2),
            tuple("export.network.edges.csv", "all", 0, 4));
  }

  @Test
  void aFigureSavedFromThePageIsAuditedAndAnUnknownOneRefused() throws Exception {
    String path = JSON + "/figure";
    long before = fx.server.store().audit(NetworkFixture.STUDY).size();

    HttpResponse<String> viewer =
        fx.send(
            fx.tokens.get(StudyRole.VIEWER),
            "POST",
            path,
            "{\"figure\":\"network\",\"format\":\"svg\"}");
    HttpResponse<String> owner =
        fx.send(
            fx.tokens.get(StudyRole.OWNER),
            "POST",
            path,
            "{\"figure\":\"flows\",\"format\":\"png\"}");
    HttpResponse<String> unknown =
        fx.send(
            fx.tokens.get(StudyRole.OWNER),
            "POST",
            path,
            "{\"figure\":\"raw\",\"format\":\"png\"}");
    HttpResponse<String> notJson = fx.send(fx.tokens.get(StudyRole.OWNER), "POST", path, "png");

    assertThat(List.of(viewer.statusCode(), owner.statusCode())).containsExactly(204, 204);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\\\"figure\\\": one of [network, flows, mixing]");
    assertThat(notJson.statusCode()).isEqualTo(400);
    List<AuditEntry> all = fx.server.store().audit(NetworkFixture.STUDY);
    assertThat(all.subList((int) before, all.size()))
        .extracting(AuditEntry::action, AuditEntry::detailJson)
        .containsExactly(
            tuple(
                "export.network.figure",
                "{\"figure\":\"network\",\"format\":\"svg\",\"access\":\"viewer\",\"suppressionThreshold\":2}"),
            tuple(
                "export.network.figure",
                "{\"figure\":\"flows\",\"format\":\"png\",\"access\":\"all\",\"suppressionThreshold\":0}"));
  }

  @Test
  void aHigherThresholdHidesMoreFromViewersAndNothingFromAnalysts() {
    String study = "/api/studies/" + NetworkFixture.STUDY;
    try {
      HttpResponse<String> patch =
          fx.send(fx.tokens.get(StudyRole.OWNER), "PATCH", study, "{\"suppressionThreshold\":3}");
      assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);

      assertThat(edges(json(StudyRole.VIEWER, "")))
          .extracting(t -> t.toList().get(1))
          .containsExactly("NT-H1");
      assertThat(json(StudyRole.VIEWER, "").get("summary").get("suppressedTies").asInt())
          .isEqualTo(3);
      assertThat(edges(json(StudyRole.ANALYST, ""))).hasSize(4);
    } finally {
      fx.send(fx.tokens.get(StudyRole.OWNER), "PATCH", study, "{\"suppressionThreshold\":2}");
    }
  }

  @Test
  void aLimitKeepsTheOrganisationsOfHighestDegreeAndTheTiesAmongThem() {
    JsonNode data = json(StudyRole.OWNER, "?limit=2");

    assertThat(nodes(data)).extracting(t -> t.toList().get(0)).containsExactly("NT-C1", "NT-C2");
    assertThat(data.get("edges")).isEmpty();
    assertThat(data.get("drawn").toString()).isEqualTo("{\"nodes\":2,\"of\":6}");
    HttpResponse<String> bad = fx.get(StudyRole.OWNER, JSON + "?limit=0");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("'limit'").contains("TRP-");
  }

  @Test
  void thePageTellsEachRoleWhatItSeesAndLinksTheDownloads() {
    HttpResponse<String> viewer = fx.get(StudyRole.VIEWER, PAGE + "?lang=en");
    HttpResponse<String> owner = fx.get(StudyRole.OWNER, PAGE + "?lang=en");
    HttpResponse<String> zh = fx.get(StudyRole.OWNER, PAGE + "?lang=zh");

    assertThat(viewer.statusCode()).isEqualTo(200);
    assertThat(viewer.body())
        .contains("Ties named by fewer than 2 respondents are not drawn")
        .contains("2 further ties, each named by fewer than 2 respondents")
        .contains("id=\"suppressedTable-table\"")
        .doesNotContain(NetworkFixture.TYPED, "NT-I1", "Institute One", "Hospital Two");
    assertThat(owner.body())
        .contains("Your role sees every tie; viewers see only ties named by at least 2")
        .contains("6 organisations and 4 ties (1 reciprocated")
        .contains("6 of 6 respondents asked named at least one partner: 7 from the registers and 1")
        .contains("<td>Company Two</td><td>" + NetworkFixture.TYPED + "</td>")
        .contains("href=\"/dashboard/net_test/network.graphml\"")
        .contains("href=\"/dashboard/net_test/network.gexf\"")
        .contains("href=\"/dashboard/net_test/network-nodes.csv\"")
        .contains("href=\"/dashboard/net_test/network-edges.csv\"")
        .contains("<a href=\"/dashboard/net_test/network\" aria-current=\"page\">");
    assertThat(zh.body()).contains("lang=\"zh-CN\"").contains("<h1>合作网络</h1>").contains("企业二");
    assertThat(dataOf(owner.body()).get("edges")).hasSize(4);
    assertThat(dataOf(viewer.body()).get("edges")).hasSize(2);
  }

  @Test
  void theOtherDashboardPagesLinkTheNetwork() {
    HttpResponse<String> overview = fx.get(StudyRole.VIEWER, "/dashboard/" + NetworkFixture.STUDY);

    assertThat(overview.body()).contains("<a href=\"/dashboard/net_test/network\">");
  }

  @Test
  void withoutCredentialsOrForAnUnknownStudyTheAnswerSaysWhatIsWrong() {
    assertThat(fx.get(null, JSON).statusCode()).isEqualTo(401);
    assertThat(fx.get(null, PAGE + ".graphml").statusCode()).isEqualTo(401);
    HttpResponse<String> page = fx.get(null, PAGE);
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location").orElseThrow()).startsWith("/login");
    HttpResponse<String> unknown =
        fx.send(fx.admin, "GET", "/api/studies/nope/dashboard/network", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void aNewResponseOrAChangedRegisterIsInTheNextAnswer() {
    String study = "net_fresh";
    var store = fx.server.store();
    store.createStudy(study, "{\"en\":\"Fresh\"}", 1);
    List<Institution> registers =
        new ArrayList<>(
            List.of(
                new Institution("F-C1", "Firm", "11", "other", "company", "company", Map.of()),
                new Institution(
                    "F-H1", "Clinic", "11", "tertiary", "hospital", "hospital", Map.of())));
    store.importInstitutions(study, registers);
    store.addInstrument(
        study,
        "industry",
        "partners",
        1,
        NetworkFixture.resource("org/tripart/instrument/partners.yaml"));
    String path = "/api/studies/" + study + "/dashboard/network";
    JsonNode before = NetworkFixture.json(fx.send(fx.admin, "GET", path, null));

    fx.submit(study, "industry", "F-C1", "[" + NetworkFixture.p("F-H1", "deployment") + "]");
    JsonNode after = NetworkFixture.json(fx.send(fx.admin, "GET", path, null));
    store.replaceInstitutions(
        study,
        List.of(
            new Institution(
                "F-H1", "Clinic renamed", "44", "tertiary", "hospital", "hospital", Map.of())),
        change -> null);
    JsonNode renamed = NetworkFixture.json(fx.send(fx.admin, "GET", path, null));

    assertThat(before.get("edges")).isEmpty();
    assertThat(edges(after)).containsExactly(tuple("F-C1", "F-H1", 1, false, "{\"deployment\":1}"));
    assertThat(renamed.get("nodes").get(1).get("name").asText()).isEqualTo("Clinic renamed");
    assertThat(renamed.get("nodes").get(1).get("province").asText()).isEqualTo("44");
  }

  private static JsonNode dataOf(String html) {
    Matcher m =
        Pattern.compile("<script type=\"application/json\" id=\"network-data\">([^<]*)</script>")
            .matcher(html);
    assertThat(m.find()).isTrue();
    try {
      return ChartModels.JSON.readTree(m.group(1));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
