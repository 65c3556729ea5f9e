package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.ResponseKey;

/**
 * Who sees exact counts: owners and analysts in every page, JSON and download; viewers with the
 * counts below the study's own threshold withheld, at whatever threshold the owner sets. Over real
 * HTTP on SQLite, with the seven responses of {@link ResearcherWorkspaceTest}: tier 2 secondary and
 * 5 tertiary, uses AI 6 yes and 1 no, CT ticked by 6 and MRI by 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureByRoleTest {
  private static final String GROUP = "tiny";
  private static final String S = "/api/studies/" + Client.STUDY;
  private static final String XLSX =
      "/dashboard/" + Client.STUDY + "/export.xlsx?group=" + GROUP + "&lang=en";

  private Client client;
  private Map<Character, String> tokens;

  @BeforeAll
  void start() {
    client = new Client();
    var store = client.server.store();
    store.addInstrument(Client.STUDY, GROUP, "tiny", 1, ResearcherWorkspaceTest.YAML);
    String[] answers = ResearcherWorkspaceTest.ANSWERS;
    for (int i = 0; i < answers.length; i++) {
      store.submit(
          ResponseKey.openLink(Client.STUDY, GROUP, "tiny-" + i),
          answers[i].replaceAll("\"hospital\":\"TINY-H[0-9]\",", ""),
          1,
          null);
    }
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

  @AfterEach
  void backToFive() {
    threshold(5);
  }

  private void threshold(int t) {
    HttpResponse<String> r =
        client.json(tokens.get('O'), "PATCH", S, "{\"suppressionThreshold\":" + t + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private JsonNode get(char role, String path) {
    HttpResponse<String> r = client.json(tokens.get(role), "GET", path, null);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Client.parse(r);
  }

  /**
   * The count column of the download's option rows by label: the count where it is printed, else
   * the mark that stands for it.
   */
  private Map<String, Object> xlsxCounts(char role) {
    try {
      HttpResponse<byte[]> r =
          HttpClient.newHttpClient()
              .send(
                  client
                      .request(XLSX)
                      .header("Authorization", "Bearer " + tokens.get(role))
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      Map<String, Object> out = new LinkedHashMap<>();
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
        for (Row row : book.getSheetAt(0)) {
          Cell label = row.getCell(0);
          Cell count = row.getCell(1);
          if (label == null || count == null || label.getCellType() != CellType.STRING) {
            continue;
          }
          String name = label.getStringCellValue().strip();
          if (List.of("Secondary", "Tertiary", "Yes", "No", "CT", "MRI").contains(name)) {
            out.put(
                name,
                count.getCellType() == CellType.NUMERIC
                    ? (Object) (long) count.getNumericCellValue()
                    : count.getStringCellValue());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

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

  private static List<Long> tierCounts(JsonNode analysis) {
    List<Long> out = new ArrayList<>();
    for (JsonNode item : analysis.get("items")) {
      if (item.get("item").asText().equals("tier")) {
        item.get("overall")
            .get("options")
            .forEach(o -> out.add(o.get("count").isNull() ? null : o.get("count").asLong()));
      }
    }
    return out;
  }

  @Test
  void ownersAndAnalystsDownloadExactCounts() {
    for (char role : new char[] {'O', 'A'}) {
      assertThat(xlsxCounts(role))
          .as("role " + role)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("Secondary", 2L, "Tertiary", 5L, "Yes", 6L, "No", 1L, "CT", 6L, "MRI", 2L));
    }
  }

  @Test
  void aViewersDownloadWithholdsTheSmallCountsAndTheirComplements() {
    Map<String, Object> viewer = xlsxCounts('V');

    assertThat(viewer).containsKeys("Secondary", "Tertiary", "Yes", "No", "CT", "MRI");
    for (String small : List.of("Secondary", "No", "MRI")) {
      assertThat(viewer.get(small)).as(small).isInstanceOf(String.class);
    }
    assertThat(viewer.get("Tertiary")).as("complement of 2").isInstanceOf(String.class);
    assertThat(viewer.get("Yes")).as("complement of 1").isInstanceOf(String.class);
    assertThat(viewer.values())
        .filteredOn(v -> v instanceof Long)
        .allMatch(v -> (Long) v == 0 || (Long) v >= 5);
  }

  @Test
  void aViewersDownloadFollowsTheStudysThreshold() {
    assertThat(xlsxCounts('V').get("CT")).isEqualTo(6L);

    threshold(7);

    assertThat(xlsxCounts('V').get("CT")).isInstanceOf(String.class);
    assertThat(xlsxCounts('A').get("CT")).isEqualTo(6L);
  }

  @Test
  void aHigherThresholdWithholdsMoreFromViewersAndNothingFromAnalysts() {
    threshold(8);

    JsonNode viewer = get('V', S + "/analysis?group=" + GROUP);
    JsonNode items = get('V', S + "/dashboard/items?group=" + GROUP);
    JsonNode analyst = get('A', S + "/analysis?group=" + GROUP);

    assertThat(viewer.get("suppressionThreshold").asInt()).isEqualTo(8);
    assertThat(viewer.get("respondents").isNull()).isTrue();
    assertThat(wholeNumbers(viewer)).allMatch(n -> n == 0 || n >= 8);
    assertThat(items.get("suppressionThreshold").asInt()).isEqualTo(8);
    assertThat(wholeNumbers(items)).allMatch(n -> n == 0 || n >= 8);
    assertThat(analyst.get("suppressionThreshold").asInt()).isZero();
    assertThat(tierCounts(analyst)).containsExactly(2L, 5L);
  }

  @Test
  void thresholdOneWithholdsNothingEvenFromViewers() {
    threshold(1);

    JsonNode viewer = get('V', S + "/analysis?group=" + GROUP);

    assertThat(viewer.get("respondents").asLong()).isEqualTo(7);
    assertThat(tierCounts(viewer)).containsExactly(2L, 5L);
    assertThat(xlsxCounts('V').get("No")).isEqualTo(1L);
  }

  @Test
  void theItemsPageTellsViewersAndAnalystsTheStudysThreshold() {
    threshold(6);
    String path = "/dashboard/" + Client.STUDY + "/items?group=" + GROUP + "&lang=en";

    String viewer = client.send(tokens.get('V'), "GET", path, null, null).body();
    String analyst = client.send(tokens.get('A'), "GET", path, null, null).body();

    assertThat(viewer).contains("Counts below 6 are withheld");
    assertThat(analyst).contains("Your role sees exact counts; viewers see counts below 6");
  }
}
