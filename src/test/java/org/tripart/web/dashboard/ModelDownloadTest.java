package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.report.publish.RegressionNumbers;
import org.tripart.store.AuditEntry;
import org.tripart.web.ModelRespondents;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;

/**
 * The model page's downloads over real HTTP: the model the page shows (svyglm gaussian on the 40
 * research respondents of {@link ModelRespondents}, R's values from
 * src/test/r/model-output-reference.R) as a full-precision CSV, a Word table and an Excel sheet,
 * with the page linking to all three; refusals for a caller without a token, a missing outcome and
 * a model that does not fit; every download in the audit log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelDownloadTest {
  private static final String MODEL =
      "?group=research&outcome=ai_work_share&family=gaussian&covariates=age_group"
          + "&covariates=education&strata=institution_type";
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private TripartServer server;
  private Path dir;
  private String token;

  @BeforeAll
  void start() throws Exception {
    dir = Files.createTempDirectory("tripart-model-download");
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("m.sqlite").toString())
                .withDataDir(dir.resolve("data")));
    ModelRespondents.submit(server);
    token = Files.readString(server.adminTokenFile()).strip();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> get(String path, boolean signedIn) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    if (signedIn) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theCsvHasEveryCoefficientAtFullPrecisionAsRComputesIt() throws Exception {
    HttpResponse<byte[]> r = get("/dashboard/national_ai/model.csv" + MODEL, true);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .contains("national_ai-research-model-ai_work_share")
        .endsWith(".csv\"");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)))
            .getRecords();
    Map<String, Double> ref = ModelRespondents.reference("gaussian");
    List<String> terms = new ArrayList<>();
    for (CSVRecord row : rows) {
      String term = row.get("term");
      terms.add(term);
      double estimate = ref.get(term + " estimate");
      assertThat(Double.parseDouble(row.get("estimate")))
          .as(term)
          .isCloseTo(estimate, within(1e-9 * Math.abs(estimate)));
      double se = ref.get(term + " se");
      assertThat(Double.parseDouble(row.get("se"))).as(term).isCloseTo(se, within(1e-6 * se));
      double p = ref.get(term + " p");
      assertThat(Double.parseDouble(row.get("p_value"))).as(term).isCloseTo(p, within(1e-6 * p));
      double lower = ref.get(term + " lower");
      assertThat(Double.parseDouble(row.get("ci_low")))
          .as(term)
          .isCloseTo(lower, within(1e-6 * Math.abs(lower)));
    }
    assertThat(terms)
        .containsExactly(
            "(Intercept)",
            "age_group30_to_40",
            "age_group40_to_50",
            "age_groupover_50",
            "educationpostgraduate",
            "educationdoctoral_candidate");
  }

  @Test
  void theWordAndExcelFilesCarryThePagesTableWithRsNumbers() throws Exception {
    Map<String, Double> ref = ModelRespondents.reference("gaussian");
    HttpResponse<byte[]> docx = get("/dashboard/national_ai/model.docx" + MODEL + "&lang=en", true);
    assertThat(docx.statusCode()).isEqualTo(200);
    String text;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      text = words.getText();
      assertThat(doc.getTables()).hasSize(1);
      List<String> over50 = cells(doc, "Over 50 years");
      assertThat(over50.get(1)).isEqualTo(sigfig(ref.get("age_groupover_50 estimate")));
      assertThat(over50.get(3))
          .isEqualTo(RegressionNumbers.pValue(ref.get("age_groupover_50 p")).text());
    }
    assertThat(text)
        .contains("Characteristic")
        .contains("Highest degree (completed or in progress)")
        .contains("37 respondents in the model, 3 left out");

    HttpResponse<byte[]> xlsx = get("/dashboard/national_ai/model.xlsx" + MODEL, true);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      Row over50 = null;
      for (Row row : sheet) {
        Cell first = row.getCell(0);
        if (first != null
            && first.getCellType() == CellType.STRING
            && first.getStringCellValue().strip().equals("Over 50 years")) {
          over50 = row;
        }
      }
      assertThat(over50).isNotNull();
      double estimate = ref.get("age_groupover_50 estimate");
      assertThat(over50.getCell(1).getNumericCellValue())
          .isCloseTo(estimate, within(1e-9 * Math.abs(estimate)));
    }
  }

  @Test
  void thePageLinksToTheDownloadsOfTheModelItShows() throws Exception {
    HttpResponse<byte[]> page = get("/dashboard/national_ai/model" + MODEL + "&lang=en", true);
    String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(html)
        .contains("id=\"model-downloads\"")
        .contains(
            "href=\"/dashboard/national_ai/model.xlsx?group=research&amp;outcome=ai_work_share"
                + "&amp;family=gaussian&amp;covariates=age_group&amp;covariates=education"
                + "&amp;strata=institution_type&amp;lang=en\"");
    HttpResponse<byte[]> empty = get("/dashboard/national_ai/model?group=research", true);
    assertThat(new String(empty.body(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("model-downloads");
  }

  @Test
  void aDownloadWithoutTokenOrModelOrThatDoesNotFitIsRefusedWithTheReason() throws Exception {
    assertThat(get("/dashboard/national_ai/model.csv" + MODEL, false).statusCode()).isEqualTo(401);
    HttpResponse<byte[]> noOutcome =
        get("/dashboard/national_ai/model.docx?group=research&covariates=age_group", true);
    assertThat(noOutcome.statusCode()).isEqualTo(400);
    assertThat(new String(noOutcome.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("'outcome' is missing");
    HttpResponse<byte[]> bad =
        get(
            "/dashboard/national_ai/model.xlsx?group=research&outcome=education&family=binomial"
                + "&covariates=age_group",
            true);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("education")
        .contains("binomial")
        .doesNotContain("Exception");
  }

  @Test
  void everyModelDownloadIsAudited() throws Exception {
    assertThat(get("/dashboard/national_ai/model.csv" + MODEL, true).statusCode()).isEqualTo(200);
    List<AuditEntry> rows =
        server.store().audit("national_ai").stream()
            .filter(e -> e.action().equals("export.model.csv"))
            .toList();
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(rows.size() - 1).detailJson())
        .contains("ai_work_share")
        .contains("research");
  }

  private static List<String> cells(XWPFDocument doc, String label) {
    return doc.getTables().get(0).getRows().stream()
        .map(row -> row.getTableCells().stream().map(c -> c.getText().strip()).toList())
        .filter(c -> c.get(0).equals(label))
        .findFirst()
        .orElseThrow();
  }

  private static String sigfig(double v) {
    return RegressionNumbers.sigfig(v, 2).text();
  }
}
