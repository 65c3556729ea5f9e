package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tripart.report.publish.RegressionNumbers;
import org.tripart.web.ModelRespondents;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import org.tripart.web.pages.HeadlessChromium;

/**
 * The dashboard's model panel in headless Chromium: an analyst (the admin token) picks the outcome,
 * ticks covariates, picks the strata and fits; the table shows gtsummary's layout with R's numbers
 * (svyglm on the 40 research respondents of {@link ModelRespondents},
 * src/test/r/model-output-reference.R, case gaussian) styled as gtsummary styles them; a model that
 * does not fit shows its message; the page's Excel link downloads the same table with R's numbers.
 * Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelPanelBrowserTest {
  TripartServer server;
  WebDriver driver;
  Path downloads;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-model-panel");
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("m.sqlite").toString())
                .withDataDir(dir.resolve("data")));
    ModelRespondents.submit(server);
    downloads = Files.createDirectories(dir.resolve("d"));
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

  private void signIn() throws Exception {
    driver.get(server.baseUrl() + "/dashboard/national_ai/model");
    if (!driver.findElements(By.id("token")).isEmpty()) {
      driver
          .findElement(By.id("token"))
          .sendKeys(Files.readString(server.adminTokenFile()).strip());
      driver.findElement(By.cssSelector("form[action='/login'] button")).click();
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("model-form")));
    }
    driver.get(server.baseUrl() + "/dashboard/national_ai/model?group=research&lang=en");
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#model-outcome option[value=ai_work_share]")));
  }

  private static String sigfig(double v) {
    return RegressionNumbers.sigfig(v, 2).text();
  }

  @Test
  void anAnalystPicksAModelAndSeesTheTableWithRsNumbers() throws Exception {
    signIn();
    new Select(driver.findElement(By.id("model-outcome"))).selectByValue("ai_work_share");
    new Select(driver.findElement(By.id("model-family"))).selectByValue("gaussian");
    driver.findElement(By.cssSelector("input[name=covariates][value=age_group]")).click();
    driver.findElement(By.cssSelector("input[name=covariates][value=education]")).click();
    new Select(driver.findElement(By.id("model-strata"))).selectByValue("institution_type");
    driver.findElement(By.id("model-fit")).click();
    WebElement table =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("model-table")));
    Map<String, Double> r = ModelRespondents.reference("gaussian");

    List<String> headers =
        table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
    assertThat(headers).containsExactly("Characteristic", "Beta", "95% CI", "p");
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertThat(rows.stream().map(x -> x.findElement(By.tagName("th")).getText()).toList())
        .containsExactly(
            "Age group",
            "Under 30 years",
            "30-40 years",
            "40-50 years",
            "Over 50 years",
            "Highest degree (completed or in progress)",
            "Undergraduate or college",
            "Master's (postgraduate)",
            "Doctoral");
    assertThat(cells(rows.get(1))).containsExactly("—", "—", "");
    assertThat(cells(rows.get(4)))
        .containsExactly(
            sigfig(r.get("age_groupover_50 estimate")),
            sigfig(r.get("age_groupover_50 lower"))
                + ", "
                + sigfig(r.get("age_groupover_50 upper")),
            RegressionNumbers.pValue(r.get("age_groupover_50 p")).text());
    assertThat(rows.get(4).getAttribute("class")).isEqualTo("level");
    assertThat(driver.findElement(By.className("model-notes")).getText())
        .contains("37 respondents in the model, 3 left out")
        .contains("strata institution_type (4)");
    assertThat(driver.getCurrentUrl()).contains("outcome=ai_work_share");
    HeadlessChromium.screenshot(driver, "dashboard-model");

    assertThat(driver.findElement(By.id("model-downloads")).getText())
        .contains("Word table")
        .contains("Excel table")
        .contains("coefficients as CSV (full precision)");
    driver.findElement(By.id("model-xlsx")).click();
    Path xlsx = downloaded(".xlsx");
    assertThat(xlsx.getFileName().toString())
        .isEqualTo("national_ai-research-model-ai_work_share.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
      Row over50 = null;
      for (Row row : book.getSheetAt(0)) {
        if (row.getCell(0) != null
            && row.getCell(0).getCellType() == CellType.STRING
            && row.getCell(0).getStringCellValue().strip().equals("Over 50 years")) {
          over50 = row;
        }
      }
      assertThat(over50).isNotNull();
      assertThat(over50.getCell(1).getNumericCellValue())
          .isCloseTo(
              r.get("age_groupover_50 estimate"),
              within(1e-9 * Math.abs(r.get("age_groupover_50 estimate"))));
    }

    new Select(driver.findElement(By.id("model-outcome"))).selectByValue("education");
    new Select(driver.findElement(By.id("model-family"))).selectByValue("binomial");
    driver.findElement(By.id("model-fit")).click();
    WebElement error =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("model-error")));
    assertThat(error.getText()).contains("education").contains("binomial");
    assertThat(driver.findElements(By.id("model-table"))).isEmpty();
  }

  @Test
  void inChineseTheModelTableSpeaksChineseWithTheSameNumbers() throws Exception {
    signIn();
    driver.get(
        server.baseUrl()
            + "/dashboard/national_ai/model?group=research&outcome=ai_work_share&family=gaussian"
            + "&covariates=age_group&covariates=education&strata=institution_type&lang=zh");
    WebElement table =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("model-table")));
    Map<String, Double> r = ModelRespondents.reference("gaussian");

    assertThat(table.findElement(By.tagName("caption")).getText()).endsWith("的线性回归");
    assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
        .containsExactly("特征", "Beta", "95% CI", "p");
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertThat(rows.stream().map(x -> x.findElement(By.tagName("th")).getText()).toList())
        .containsExactly(
            "年龄段", "30岁以下", "30～40岁", "40～50岁", "50岁以上", "最高学历（含在读）", "本科或大专", "硕士研究生", "博士研究生");
    assertThat(cells(rows.get(4)).get(0)).isEqualTo(sigfig(r.get("age_groupover_50 estimate")));
    assertThat(driver.findElement(By.className("model-notes")).getText())
        .contains("CI = 置信区间")
        .contains("模型纳入 37 名受访者，3 名因结局或协变量缺失未纳入")
        .contains("年龄段 的 Wald 检验");
  }

  private Path downloaded(String extension) {
    return DashboardChromium.downloaded(driver, downloads, extension);
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }
}
