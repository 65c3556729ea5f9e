package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.ResponseKey;

/**
 * The dashboard's downloads compared across respondent groups, over real HTTP on SQLite. Group
 * alpha holds the seven responses of {@link ResearcherWorkspaceTest} (uses AI 6 yes, 1 no; CT 6,
 * MRI 2); group beta six written here (uses AI 2 yes, 4 no; CT 2, MRI 5); group gamma asks uses_ai
 * as a single-choice item with other codes and has no tools item. The p-value of uses AI by group,
 * {@code chisq.test(matrix(c(6,1,2,4),nrow=2),correct=FALSE)$p.value} in R, is 0.0529581818695235.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupDownloadsTest {
  private static final String EXPORT = "/dashboard/" + Client.STUDY + "/export.xlsx?lang=en";
  private static final double R_P_USES_AI = 0.0529581818695235;
  private static final String[] BETA = {
    "{\"tier\":\"secondary\",\"uses_ai\":\"no\",\"tools\":[\"mri\"]}",
    "{\"tier\":\"secondary\",\"uses_ai\":\"no\",\"tools\":[\"mri\"]}",
    "{\"tier\":\"secondary\",\"uses_ai\":\"no\",\"tools\":[\"ct\",\"mri\"]}",
    "{\"tier\":\"tertiary\",\"uses_ai\":\"no\",\"tools\":[\"mri\"]}",
    "{\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"]}",
    "{\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"mri\"]}"
  };
  private static final String GAMMA =
      """
      instrument: gamma
      group: gamma
      version: 1
      languages: [en]
      title: {en: Gamma survey}
      sections:
        - id: main
          title: {en: Main}
          items:
            - id: uses_ai
              type: single
              label: {en: Uses AI}
              options:
                - code: always
                  label: {en: Always}
                - code: never
                  label: {en: Never}
      """;

  private Client client;
  private Map<Character, String> tokens;

  @BeforeAll
  void start() {
    client = new Client();
    var store = client.server.store();
    store.addInstrument(
        Client.STUDY, "alpha", "alpha", 1, ResearcherWorkspaceTest.YAML.replace("tiny", "alpha"));
    store.addInstrument(
        Client.STUDY, "beta", "beta", 1, ResearcherWorkspaceTest.YAML.replace("tiny", "beta"));
    store.addInstrument(Client.STUDY, "gamma", "gamma", 1, GAMMA);
    String[] alpha = ResearcherWorkspaceTest.ANSWERS;
    for (int i = 0; i < alpha.length; i++) {
      store.submit(
          ResponseKey.openLink(Client.STUDY, "alpha", "alpha-" + i),
          alpha[i].replaceAll("\"hospital\":\"TINY-H[0-9]\",", ""),
          1,
          null);
    }
    for (int i = 0; i < BETA.length; i++) {
      store.submit(ResponseKey.openLink(Client.STUDY, "beta", "beta-" + i), BETA[i], 1, null);
    }
    String password = "correct horse battery";
    client.createUser("analyst@example.org", password);
    client.createUser("viewer@example.org", password);
    client.addMember(client.adminToken, Client.STUDY, "analyst@example.org", "ANALYST");
    client.addMember(client.adminToken, Client.STUDY, "viewer@example.org", "VIEWER");
    tokens =
        Map.of(
            'A', client.token(client.signIn("analyst@example.org", password)),
            'V', client.token(client.signIn("viewer@example.org", password)));
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private HttpResponse<byte[]> get(char role, String path) {
    return get(role, path, "*/*");
  }

  private HttpResponse<byte[]> get(char role, String path, String accept) {
    try {
      return HttpClient.newHttpClient()
          .send(
              client
                  .request(path)
                  .header("Authorization", "Bearer " + tokens.get(role))
                  .header("Accept", accept)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The first sheet's rows by label: each cell's number, text, or null where empty. */
  private Map<String, List<Object>> sheet(char role, String path) {
    HttpResponse<byte[]> r = get(role, path);
    assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
    Map<String, List<Object>> out = new LinkedHashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      for (Row row : book.getSheetAt(0)) {
        Cell label = row.getCell(0);
        if (label == null || label.getCellType() != CellType.STRING) {
          continue;
        }
        List<Object> cells = new ArrayList<>();
        for (int c = 1; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          cells.add(
              cell == null
                  ? null
                  : cell.getCellType() == CellType.NUMERIC
                      ? (Object) cell.getNumericCellValue()
                      : cell.getStringCellValue());
        }
        out.putIfAbsent(label.getStringCellValue().strip(), cells);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> columns(List<Object> cells, int from) {
    List<Object> out = new ArrayList<>();
    for (int c = from; c < from + 4; c++) {
      out.add(c < cells.size() ? cells.get(c) : null);
    }
    return out;
  }

  @Test
  void eachGroupsColumnIsItsOwnSingleGroupDownloadWithRsPValue() {
    Map<String, List<Object>> both = sheet('A', EXPORT + "&items=uses_ai,tools&groups=alpha,beta");
    Map<String, List<Object>> alpha = sheet('A', EXPORT + "&group=alpha&items=uses_ai,tools");
    Map<String, List<Object>> beta = sheet('A', EXPORT + "&group=beta&items=uses_ai,tools");
    for (String option : List.of("Yes", "No", "CT", "MRI")) {
      assertThat(columns(both.get(option), 4)).as(option).isEqualTo(columns(alpha.get(option), 0));
      assertThat(columns(both.get(option), 8)).as(option).isEqualTo(columns(beta.get(option), 0));
    }
    assertThat(both.get("Yes").subList(0, 1)).containsExactly(8.0);
    assertThat(both.get("Yes").get(4)).isEqualTo(6.0);
    assertThat(both.get("No").get(8)).isEqualTo(4.0);
    assertThat(both.get("MRI").get(8)).isEqualTo(5.0);
    assertThat((Double) both.get("Uses AI").get(12)).isCloseTo(R_P_USES_AI, within(1e-9));
    assertThat(both.keySet())
        .anyMatch(t -> t.startsWith("Table 1.") && t.endsWith(", by respondent group"));
  }

  @Test
  void aViewersComparisonWithholdsTheSmallCounts() {
    Map<String, List<Object>> analyst = sheet('A', EXPORT + "&items=uses_ai&groups=alpha,beta");
    Map<String, List<Object>> viewer = sheet('V', EXPORT + "&items=uses_ai&groups=alpha,beta");
    assertThat(analyst.get("No").get(4)).isEqualTo(1.0);
    assertThat(viewer.get("No").get(4)).isInstanceOf(String.class);
    assertThat(viewer.get("Yes").get(4)).isInstanceOf(String.class);
    assertThat(viewer.get("No").get(5)).isNull();
  }

  /**
   * A problem+json for a client asking JSON; a browser, asking none, gets the same status with an
   * error page, as every dashboard route answers it.
   */
  private void assertProblem(String path, int status, String... mentions) {
    assertThat(get('A', path).statusCode()).isEqualTo(status);
    HttpResponse<byte[]> r = get('A', path, "application/json");
    String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(r.statusCode()).as(body).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(body).contains(mentions);
  }

  @Test
  void anItemAskedDifferentlyOrMissingInAGroupIsAProblemNamingIt() {
    assertProblem(
        EXPORT + "&items=uses_ai&groups=alpha,gamma", 422, "TRP-0401", "uses_ai", "gamma");
    assertProblem(EXPORT + "&items=tools&groups=alpha,gamma", 422, "TRP-0401", "tools", "gamma");
  }

  @Test
  void groupsCannotBeSplitByAnItemToo() {
    assertProblem(EXPORT + "&items=uses_ai&groups=alpha,beta&by=tier", 400, "'by'", "'groups'");
    assertProblem(EXPORT + "&groups=alpha", 400, "at least two");
  }

  @Test
  void theDownloadFormOffersTheStudysGroupsInEitherLanguage() {
    String en =
        new String(get('A', "/dashboard/" + Client.STUDY + "/items?group=alpha&lang=en").body());
    assertThat(en)
        .contains("Compare groups")
        .contains("name=\"groups\" value=\"alpha\"")
        .contains("name=\"groups\" value=\"beta\"")
        .contains("name=\"groups\" value=\"gamma\"");
    String zh =
        new String(
            get('A', "/dashboard/" + Client.STUDY + "/items?group=alpha&lang=zh").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(zh).contains("比较组别").contains("name=\"groups\" value=\"beta\"");
  }
}
