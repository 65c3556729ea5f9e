package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tripart.dataset.Dataset;
import org.tripart.stats.Frequencies;
import org.tripart.stats.OptionFrequency;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import org.tripart.web.pages.HeadlessChromium;

/**
 * The dashboard in headless Chromium over a demo server: sign in (with the admin token, and as an
 * analyst account made with it, by email and password), charts drawn, Chinese, and the DOCX and
 * XLSX downloads opened with POI and compared with the engine's frequencies of the same SYNTHETIC
 * responses. Screenshots go to {@code target/screenshots/} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
  private static final String ITEM = "ai_department";

  TripartServer server;
  WebDriver driver;
  Path downloads;
  Dataset engine;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-dashboard");
    downloads = Files.createDirectories(dir.resolve("downloads"));
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("d.sqlite").toString())
                .withDataDir(dir.resolve("data"))
                .withDemo(true));
    engine = StudyData.synthesize(Study.nationalAi()).dataset("clinician");
    driver = DashboardChromium.start(dir.resolve("profile"), downloads);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    server.close();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private void chartsDrawn() {
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".chart[data-rendered] canvas")));
  }

  private Path downloaded(String extension) {
    return DashboardChromium.downloaded(driver, downloads, extension);
  }

  @Test
  void aResearcherSignsInSeesTheChartsInChineseAndDownloadsTheEnginesNumbers() throws Exception {
    String base = server.baseUrl();
    driver.get(base + "/dashboard/national_ai");
    assertThat(driver.getCurrentUrl()).contains("/login");
    driver.findElement(By.id("token")).sendKeys(Files.readString(server.adminTokenFile()).strip());
    driver.findElement(By.cssSelector("form[action='/login'] button")).click();

    driver.get(base + "/dashboard/national_ai?lang=en");
    chartsDrawn();
    assertThat(driver.findElements(By.cssSelector(".tiles .tile"))).hasSize(31);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Fieldwork at a glance");
    HeadlessChromium.screenshot(driver, "dashboard-overview");
    driver.manage().window().setSize(new Dimension(390, 900));
    driver.navigate().refresh();
    chartsDrawn();
    HeadlessChromium.screenshot(driver, "dashboard-overview-phone");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    driver.get(base + "/dashboard/national_ai/items?group=clinician&by=hospital_tier");
    chartsDrawn();
    HeadlessChromium.screenshot(driver, "dashboard-items");

    driver.findElement(By.id("switch-language")).click();
    chartsDrawn();
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("各题结果");
    assertThat(driver.findElements(By.cssSelector(".chart[data-rendered] canvas")))
        .hasSizeGreaterThan(10);
    HeadlessChromium.screenshot(driver, "dashboard-items-zh");

    String heading = engine.instrument().item(ITEM).label().in("zh");
    OptionFrequency first = Frequencies.of(engine, ITEM).options().get(0);
    assertThat(server.store().finalResponses("national_ai", "clinician").count())
        .as("the demo stored every synthetic clinician")
        .isEqualTo(engine.size());

    driver.findElement(By.id("download-xlsx")).click();
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(downloaded(".xlsx"))))) {
      Sheet sheet = book.getSheetAt(0);
      Row option = null;
      for (int r = 0; r < sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row != null
            && row.getCell(0) != null
            && heading.equals(row.getCell(0).getStringCellValue().strip())) {
          option = sheet.getRow(r + 1);
          break;
        }
      }
      assertThat(option).as("the XLSX has a row for " + ITEM).isNotNull();
      assertThat(option.getCell(1).getNumericCellValue()).isEqualTo(first.count());
      assertThat(option.getCell(2).getNumericCellValue())
          .isCloseTo(first.proportion(), org.assertj.core.data.Offset.offset(1e-12));
    }

    driver.findElement(By.id("download-docx")).click();
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(downloaded(".docx"))))) {
      XWPFTable table = doc.getTables().get(0);
      List<XWPFTableRow> rows = table.getRows();
      XWPFTableRow option = null;
      for (int r = 0; r < rows.size() - 1; r++) {
        if (heading.equals(rows.get(r).getCell(0).getText().strip())) {
          option = rows.get(r + 1);
        }
      }
      assertThat(option).as("the DOCX has a row for " + ITEM).isNotNull();
      String cell = option.getCell(1).getText();
      assertThat(cell.substring(0, cell.indexOf(' ')).replace(",", ""))
          .isEqualTo(String.valueOf(first.count()));
      double printed = Double.parseDouble(cell.substring(cell.indexOf('(') + 1, cell.indexOf(')')));
      assertThat(printed)
          .isCloseTo(first.proportion() * 100, org.assertj.core.data.Offset.offset(0.5));
    }
  }

  private java.net.http.HttpResponse<String> post(String path, String json) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                .header(
                    "Authorization", "Bearer " + Files.readString(server.adminTokenFile()).strip())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private void clearDownloads() throws java.io.IOException {
    try (Stream<Path> files = Files.list(downloads)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void anAnalystMadeWithTheAdminTokenSignsInByEmailAndDownloadsTheDocx() throws Exception {
    String base = server.baseUrl();
    String email = "analyst@example.org";
    String password = "correct horse battery";
    var user =
        post(
            "/api/users",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Analyst\",\"password\":\""
                + password
                + "\"}");
    assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
    var member =
        post(
            "/api/studies/national_ai/members",
            "{\"email\":\"" + email + "\",\"role\":\"ANALYST\"}");
    assertThat(member.statusCode()).as(member.body()).isIn(200, 201);
    driver.get(base + "/signin?lang=en");
    driver.manage().deleteAllCookies();
    clearDownloads();
    try {
      driver.get(base + "/dashboard/national_ai");
      assertThat(driver.getCurrentUrl()).contains("/login");

      driver.get(base + "/signin?lang=en");
      driver.findElement(By.id("email")).sendKeys(email);
      driver.findElement(By.id("password")).sendKeys(password);
      driver.findElement(By.cssSelector("form[action='/signin'] button")).click();
      waiting().until(d -> !d.getCurrentUrl().contains("/signin"));

      driver.get(base + "/dashboard/national_ai?lang=en");
      chartsDrawn();
      assertThat(driver.getCurrentUrl()).doesNotContain("/login");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Fieldwork at a glance");
      driver.get(base + "/dashboard/national_ai/items?group=clinician&lang=en");
      chartsDrawn();
      driver.findElement(By.id("download-docx")).click();

      String heading = engine.instrument().item(ITEM).label().in("en");
      long first = Frequencies.of(engine, ITEM).options().get(0).count();
      try (XWPFDocument doc =
          new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(downloaded(".docx"))))) {
        XWPFTableRow option = null;
        for (XWPFTable table : doc.getTables()) {
          List<XWPFTableRow> rows = table.getRows();
          for (int r = 0; r < rows.size() - 1 && option == null; r++) {
            if (heading.equals(rows.get(r).getCell(0).getText().strip())) {
              option = rows.get(r + 1);
            }
          }
        }
        assertThat(option).as("the DOCX has a row for " + ITEM).isNotNull();
        String cell = option.getCell(1).getText();
        assertThat(cell.substring(0, cell.indexOf(' ')).replace(",", ""))
            .isEqualTo(String.valueOf(first));
      }
    } finally {
      driver.manage().deleteAllCookies();
      clearDownloads();
    }
  }

  private java.net.http.HttpResponse<String> get(String path, boolean signedIn) throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path));
    if (signedIn) {
      b.header("Authorization", "Bearer " + Files.readString(server.adminTokenFile()).strip());
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theDataAndDownloadsNeedASignedInResearcherAndNameWhatIsWrong() throws Exception {
    String items = "/api/studies/national_ai/dashboard/items?group=clinician";

    assertThat(get(items, false).statusCode()).isEqualTo(401);
    assertThat(get("/dashboard/national_ai/export.xlsx", false).statusCode()).isEqualTo(401);
    assertThat(get("/dashboard/national_ai", false).statusCode()).isEqualTo(303);
    var unknownBy = get(items + "&by=no_such_item", true);
    assertThat(unknownBy.statusCode()).isEqualTo(400);
    assertThat(unknownBy.body()).contains("'by' must name a single-choice item");
    assertThat(get("/api/studies/nope/dashboard/overview", true).statusCode()).isEqualTo(404);
    var badItems = get("/dashboard/national_ai/export.docx?items=suggestions", true);
    assertThat(badItems.statusCode()).isEqualTo(400);
    assertThat(badItems.body()).contains("'suggestions'");
  }

  @Test
  void aWaveKeepsTheResponsesToItsInvitationBatch() throws Exception {
    String items = "/api/studies/national_ai/dashboard/items?group=clinician&wave=";
    var demoWave = ChartModels.JSON.readTree(get(items + "SYNTHETIC-demo-clinician", true).body());
    var otherWave = ChartModels.JSON.readTree(get(items + "no-such-batch", true).body());

    assertThat(demoWave.get("respondents").asLong()).isEqualTo(engine.size());
    assertThat(otherWave.get("respondents").asLong()).isZero();
    assertThat(demoWave.get("charts").findValuesAsText("item")).contains(ITEM);
  }
}
