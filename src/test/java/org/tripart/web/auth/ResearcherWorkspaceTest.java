package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.Institution;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.StoredResponse;

/**
 * What a viewer and an analyst see of a tiny group of seven stored responses, over real HTTP: the
 * viewer's frequencies carry no count from 1 to 4 and no withheld count follows from the totals;
 * the analyst sees exact counts and exports de-identified microdata, which the audit trail records;
 * the items page lets a researcher choose the items of a download and offers the paper-style
 * report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearcherWorkspaceTest {
  private static final String GROUP = "tiny";
  static final String YAML =
      """
      instrument: tiny
      group: tiny
      version: 1
      languages: [en]
      title: {en: Tiny survey}
      sections:
        - id: main
          title: {en: Main}
          items:
            - id: hospital
              type: institution
              label: {en: Hospital}
            - id: tier
              type: single
              label: {en: Tier}
              options:
                - code: secondary
                  label: {en: Secondary}
                - code: tertiary
                  label: {en: Tertiary}
            - id: uses_ai
              type: yesno
              label: {en: Uses AI}
            - id: tools
              type: multiple
              label: {en: Tools}
              options:
                - code: ct
                  label: {en: CT}
                - code: mri
                  label: {en: MRI}
            - id: comment
              type: text
              label: {en: Comment}
      """;

  /** Tier: 2 secondary, 5 tertiary; uses AI: 6 yes, 1 no; CT ticked by 6, MRI by 2. */
  static final String[] ANSWERS = {
    "{\"hospital\":\"TINY-H1\",\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"],"
        + "\"comment\":\"Dr Wang Lei on ward 3\"}",
    "{\"hospital\":\"TINY-H1\",\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"]}",
    "{\"hospital\":\"TINY-H2\",\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\",\"mri\"]}",
    "{\"hospital\":\"TINY-H2\",\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"]}",
    "{\"hospital\":\"TINY-H3\",\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"]}",
    "{\"hospital\":\"TINY-H3\",\"tier\":\"secondary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"]}",
    "{\"hospital\":\"TINY-H3\",\"tier\":\"secondary\",\"uses_ai\":\"no\",\"tools\":[\"mri\"]}"
  };

  private static final String S = "/api/studies/" + Client.STUDY;

  private Client client;
  private Map<Character, String> tokens;
  private long analystId;

  @BeforeAll
  void start() {
    client = new Client();
    Store store = client.server.store();
    store.addInstrument(Client.STUDY, GROUP, "tiny", 1, YAML);
    store.importInstitutions(
        Client.STUDY,
        List.of(
            new Institution("TINY-H1", "Peking Union One", "11", "tertiary", "hospital"),
            new Institution("TINY-H2", "Peking Union Two", "11", "secondary", "hospital"),
            new Institution("TINY-H3", "Canton Three", "44", "tertiary", "hospital")));
    for (int i = 0; i < ANSWERS.length; i++) {
      store.submit(ResponseKey.openLink(Client.STUDY, GROUP, "tiny-" + i), ANSWERS[i], 1, null);
    }
    store.addInstrument(Client.STUDY, "few", "few", 1, YAML.replace("tiny", "few"));
    for (int i = 0; i < 3; i++) {
      store.submit(ResponseKey.openLink(Client.STUDY, "few", "few-" + i), ANSWERS[i], 1, null);
    }
    String password = "correct horse battery";
    client.createUser("owner@example.org", password);
    analystId = client.createUser("analyst@example.org", password);
    client.createUser("viewer@example.org", password);
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

  private JsonNode get(char role, String path) {
    HttpResponse<String> r = client.json(tokens.get(role), "GET", path, null);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Client.parse(r);
  }

  /** Every whole number anywhere in the tree. */
  private static List<Long> wholeNumbers(JsonNode node) {
    List<Long> out = new ArrayList<>();
    if (node.isIntegralNumber()) {
      out.add(node.asLong());
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      out.addAll(wholeNumbers(it.next()));
    }
    return out;
  }

  private static JsonNode chart(JsonNode items, String item) {
    for (JsonNode c : items.get("charts")) {
      if (c.path("item").asText().equals(item)) {
        return c;
      }
    }
    throw new AssertionError("no chart of " + item);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
    return out;
  }

  @Test
  void aViewersDashboardItemsShowNoCountFromOneToFour() {
    for (String q : List.of("", "&by=tier", "&by=uses_ai")) {
      JsonNode items = get('V', S + "/dashboard/items?group=" + GROUP + q);
      assertThat(wholeNumbers(items)).as(q).allMatch(n -> n == 0 || n >= 5);
    }
  }

  @Test
  void aViewerCannotWorkOutAWithheldCountFromTheDenominator() {
    JsonNode items = get('V', S + "/dashboard/items?group=" + GROUP);
    for (String single : List.of("tier", "uses_ai")) {
      JsonNode series = chart(items, single).get("series").get(0);
      long hidden = 0;
      for (JsonNode n : series.get("n")) {
        hidden += n.isNull() ? 1 : 0;
      }
      assertThat(hidden).as(single).isGreaterThan(0);
      boolean denominatorShown = !series.get("d").get(0).isNull();
      if (denominatorShown) {
        assertThat(hidden)
            .as(single + ": one hidden count is the total less the others")
            .isNotEqualTo(1);
      }
      for (int o = 0; o < series.get("n").size(); o++) {
        if (series.get("n").get(o).isNull()) {
          assertThat(series.get("p").get(o).isNull()).isTrue();
          assertThat(series.get("lo").get(o).isNull()).isTrue();
          assertThat(series.get("hi").get(o).isNull()).isTrue();
        }
      }
    }
  }

  @Test
  void anAnalystSeesTheExactCounts() {
    JsonNode items = get('A', S + "/dashboard/items?group=" + GROUP);

    assertThat(texts(chart(items, "tier").get("series").get(0).get("n"))).containsExactly("2", "5");
    assertThat(texts(chart(items, "uses_ai").get("series").get(0).get("n")))
        .containsExactly("6", "1");
    assertThat(texts(chart(items, "tools").get("series").get(0).get("n")))
        .containsExactly("6", "2");
  }

  @Test
  void aViewersAnalysisShowsNoCountFromOneToFourOverallAndByStratum() {
    for (String q : List.of("", "&by=tier")) {
      JsonNode analysis = get('V', S + "/analysis?group=" + GROUP + q);
      assertThat(wholeNumbers(analysis))
          .as(q + analysis.toPrettyString())
          .allMatch(n -> n == 0 || n >= 5);
      for (JsonNode item : analysis.get("items")) {
        for (JsonNode o : item.get("overall").get("options")) {
          if (o.get("count").isNull()) {
            assertThat(o.get("proportion").isNull()).isTrue();
            assertThat(o.get("ciLow").isNull()).isTrue();
          }
        }
      }
    }
    JsonNode exact = get('A', S + "/analysis?group=" + GROUP);
    assertThat(exact.findValues("count").stream().map(JsonNode::asLong)).contains(1L, 2L);
  }

  @Test
  void aViewerOfAGroupOfThreeSeesNeitherItsSizeNorAnyCount() {
    for (String path : List.of(S + "/dashboard/items?group=few", S + "/analysis?group=few")) {
      JsonNode got = get('V', path);

      assertThat(wholeNumbers(got)).as(path).allMatch(n -> n == 0 || n >= 5);
      assertThat(got.get("respondents").isNull()).as(path).isTrue();
      assertThat(got.get("provenance").asText()).as(path).doesNotContainPattern("[0-9]");
    }
    assertThat(get('A', S + "/analysis?group=few").get("respondents").asLong()).isEqualTo(3);
  }

  @Test
  void aViewerMayNotExportMicrodata() {
    HttpResponse<String> r =
        client.json(tokens.get('V'), "GET", S + "/microdata.csv?group=" + GROUP, null);

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(Client.parse(r).get("code").asText()).isEqualTo("TRP-0812");
  }

  @Test
  void anAnalystExportsPseudonymisedMicrodataAndTheAuditTrailRecordsIt() throws Exception {
    HttpResponse<String> r =
        client.send(tokens.get('A'), "GET", S + "/microdata.csv?group=" + GROUP, null, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();

    assertThat(lines.get(0))
        .isEqualTo(
            "respondent,instrument_version,hospital,hospital_province,hospital_tier,tier,uses_ai,"
                + "tools___ct,tools___mri");
    assertThat(lines).hasSize(1 + ANSWERS.length);
    assertThat(r.body()).doesNotContain("Wang", "TINY-H", "open-", "Peking");
    Set<String> respondents = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells[0]).matches("[A-Z2-7]{16}");
      assertThat(cells[1]).isEqualTo("1");
      assertThat(cells[2]).matches("[A-Z2-7]{16}");
      assertThat(cells[3]).isIn("11", "44");
      assertThat(cells[4]).isIn("tertiary", "secondary");
      respondents.add(cells[0]);
    }
    assertThat(respondents).isEqualTo(expectedPseudonyms());

    JsonNode audit = get('O', S + "/audit");
    List<JsonNode> exports = new ArrayList<>();
    audit.forEach(
        e -> {
          if (e.get("action").asText().equals("export.microdata")) {
            exports.add(e);
          }
        });
    assertThat(exports).hasSize(1);
    assertThat(exports.get(0).get("actor").asText()).isEqualTo("user:" + analystId);
    assertThat(exports.get(0).get("detail").get("group").asText()).isEqualTo(GROUP);
  }

  /**
   * HMAC-SHA256(study secret, "respondent:" + id), 80 bits in base32, where the study secret is
   * HMAC-SHA256(server secret, study id) and the id of an open-link response is "open-" + its id.
   */
  private Set<String> expectedPseudonyms() throws Exception {
    Path data = client.server.adminTokenFile().getParent();
    byte[] server =
        Files.readString(data.resolve("server-secret")).strip().getBytes(StandardCharsets.UTF_8);
    byte[] study = hmac(server, Client.STUDY);
    Set<String> out = new TreeSet<>();
    try (Stream<StoredResponse> rs = client.server.store().finalResponses(Client.STUDY, GROUP)) {
      rs.forEach(s -> out.add(base32(hmac(study, "respondent:open-" + s.id()))));
    }
    return out;
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 4648 base32 of the first 10 bytes, bit by bit. */
  private static String base32(byte[] bytes) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder bits = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      String b = Integer.toBinaryString(bytes[i] & 0xff);
      bits.append("0".repeat(8 - b.length())).append(b);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bits.length(); i += 5) {
      out.append(alphabet.charAt(Integer.parseInt(bits.substring(i, i + 5), 2)));
    }
    return out.toString();
  }

  /** The text of a DOCX downloaded with {@code role}'s token. */
  private String docxText(char role, String path) throws Exception {
    HttpResponse<byte[]> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                client.request(path).header("Authorization", "Bearer " + tokens.get(role)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
      for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(path + " has no word/document.xml");
  }

  @Test
  void theItemsPageOffersACheckboxPerItemAndThePaperReport() {
    HttpResponse<String> page =
        client.send(
            tokens.get('V'),
            "GET",
            "/dashboard/" + Client.STUDY + "/items?group=" + GROUP,
            null,
            null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("name=\"item\" value=\"tier\" checked")
        .contains("name=\"item\" value=\"uses_ai\" checked")
        .contains("name=\"item\" value=\"tools\" checked")
        .contains("formaction=\"/dashboard/" + Client.STUDY + "/export.xlsx\"")
        .contains("id=\"paper-report\"")
        .doesNotContain("onclick");
  }

  @Test
  void theDownloadHoldsOnlyTheTickedItems() throws Exception {
    String text =
        docxText(
            'V',
            "/dashboard/"
                + Client.STUDY
                + "/export.docx?group="
                + GROUP
                + "&item=uses_ai&item=tools");

    assertThat(text).contains("Uses AI", "Tools").doesNotContain(">Tier<");
  }

  @Test
  void thePaperReportHoldsTablesOneToTen() throws Exception {
    String text = docxText('V', "/dashboard/" + Client.STUDY + "/paper.docx");

    for (int n = 1; n <= 10; n++) {
      assertThat(text).contains("Table " + n + ".");
    }
  }
}
