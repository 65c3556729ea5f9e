package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tripart.store.StudyRole;
import org.tripart.web.pages.HeadlessChromium;

/**
 * The network page in headless Chromium over a demo server holding the hand-worked study of {@link
 * NetworkFixture}: the graph drawn with the organisations and ties the role may see, the filters,
 * the panel of an organisation's ties (by a click on the graph and from the list), the PNG and SVG
 * of each figure and the GraphML download, in English and Chinese, as owner and as viewer. Prints
 * the page's time to first paint (Performance API: first contentful paint and the mark network.js
 * sets when the graph is first drawn) for the bundled study, the hand-worked one and a larger
 * SYNTHETIC one; no timed assertion. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkBrowserTest {
  private static final String TIMING = "net_timing";
  private static final String PAGE = "/dashboard/" + NetworkFixture.STUDY + "/network";

  NetworkFixture fx;
  WebDriver driver;
  Path downloads;

  @BeforeAll
  void start() throws Exception {
    fx = new NetworkFixture("tripart-network-browser", true);
    fx.addTimingStudy(TIMING, 150, 1200, 3000, 7);
    Path dir = Files.createTempDirectory("tripart-network-chromium");
    downloads = Files.createDirectories(dir.resolve("downloads"));
    driver = DashboardChromium.start(dir.resolve("profile"), downloads);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    fx.close();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void signIn(String token) {
    driver.manage().deleteAllCookies();
    driver.get(fx.server.baseUrl() + "/dashboard/" + NetworkFixture.STUDY);
    assertThat(driver.getCurrentUrl()).contains("/login");
    driver.findElement(By.id("token")).sendKeys(token);
    driver.findElement(By.cssSelector("form[action='/login'] button")).click();
    waiting().until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private void open(String path) {
    driver.get(fx.server.baseUrl() + path);
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#network-chart[data-rendered] canvas")));
  }

  /** The organisations and ties the graph draws now. */
  @SuppressWarnings("unchecked")
  private List<Long> drawn() {
    return (List<Long>)
        js(
            "var s = echarts.getInstanceByDom(document.getElementById('network-chart'))"
                + ".getOption().series[0]; return [s.data.length, s.links.length];");
  }

  private Path downloaded(String name) {
    Path file = downloads.resolve(name);
    waiting().until(d -> Files.isRegularFile(file) && file.toFile().length() > 0);
    return file;
  }

  private void clearDownloads() throws Exception {
    try (Stream<Path> files = Files.list(downloads)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void anOwnerSeesEveryTieFiltersThemOpensAnOrganisationAndDownloadsEachFigure() throws Exception {
    signIn(fx.admin);
    clearDownloads();
    open(PAGE + "?lang=en");

    assertThat(drawn()).containsExactly(6L, 4L);
    assertThat(driver.findElement(By.id("network-filters")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("typedTable-table")).getText())
        .contains(NetworkFixture.TYPED);
    HeadlessChromium.screenshot(driver, "network-owner");

    new Select(driver.findElement(By.id("filter-sector"))).selectByValue("hospital");
    assertThat(drawn()).containsExactly(2L, 0L);
    new Select(driver.findElement(By.id("filter-sector"))).selectByValue("");
    new Select(driver.findElement(By.id("filter-kind"))).selectByValue("deployment");
    assertThat(drawn()).containsExactly(4L, 2L);
    new Select(driver.findElement(By.id("filter-kind"))).selectByValue("");
    new Select(driver.findElement(By.id("filter-province"))).selectByValue("11");
    assertThat(drawn()).containsExactly(2L, 1L);
    new Select(driver.findElement(By.id("filter-province"))).selectByValue("");
    new Select(driver.findElement(By.id("filter-tier"))).selectByValue("tertiary");
    assertThat(drawn()).containsExactly(1L, 0L);
    new Select(driver.findElement(By.id("filter-tier"))).selectByValue("");

    new Select(driver.findElement(By.id("node-select"))).selectByValue("NT-C1");
    assertThat(panelRows())
        .containsExactly(
            "Hospital One Data sharing (3), Deployment (1) 3 yes",
            "Institute One Joint project (1) 1 no");
    clickNode("NT-C2");
    waiting().until(d -> panelRows().size() == 2 && panelRows().get(0).startsWith("Institute Two"));
    assertThat(panelRows())
        .containsExactly(
            "Institute Two Data sharing (1), Joint project (2) 2 no",
            "Hospital Two Deployment (1) 1 no");
    assertThat(driver.findElement(By.id("network-panel")).getText())
        .contains("Company Two")
        .contains("Degree");
    HeadlessChromium.screenshot(driver, "network-owner-panel");
    js("document.getElementById('flows-chart').scrollIntoView({block: 'start'});");
    HeadlessChromium.screenshot(driver, "network-owner-flows");

    long figuresBefore = figureAudits();
    for (String figure : List.of("network", "flows", "mixing")) {
      driver.findElement(By.id(figure + "-png")).click();
      byte[] png = Files.readAllBytes(downloaded("net_test-" + figure + ".png"));
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      driver.findElement(By.id(figure + "-svg")).click();
      String svg =
          Files.readString(downloaded("net_test-" + figure + ".svg"), StandardCharsets.UTF_8);
      assertThat(svg).startsWith("<svg").contains("</svg>");
    }
    assertThat(Files.readString(downloads.resolve("net_test-network.svg")))
        .contains("Company One")
        .contains("Hospital Two");
    assertThat(Files.readString(downloads.resolve("net_test-flows.svg"))).contains("Beijing");
    assertThat(figureAudits() - figuresBefore).isEqualTo(6);

    long audited = fx.server.store().audit(NetworkFixture.STUDY).size();
    driver.findElement(By.id("download-graphml")).click();
    String graphml = Files.readString(downloaded("net_test-network.graphml"));
    assertThat(graphml).contains("NT-I1").contains("<graphml");
    assertThat(fx.server.store().audit(NetworkFixture.STUDY)).hasSize((int) audited + 1);
  }

  private long figureAudits() {
    return fx.server.store().audit(NetworkFixture.STUDY).stream()
        .filter(e -> e.action().equals("export.network.figure"))
        .count();
  }

  private List<String> panelRows() {
    List<String> rows = new ArrayList<>();
    for (WebElement tr : driver.findElements(By.cssSelector("#panel-ties tbody tr"))) {
      rows.add(tr.getText().replaceAll("\\s+", " ").strip());
    }
    return rows;
  }

  /** Clicks the organisation's symbol on the canvas, where ECharts has laid it out now. */
  @SuppressWarnings("unchecked")
  private void clickNode(String id) throws InterruptedException {
    WebElement chart = driver.findElement(By.id("network-chart"));
    js("arguments[0].scrollIntoView({block: 'center'});", chart);
    List<Number> at = null;
    for (int i = 0; i < 20; i++) {
      List<Number> before = position(id);
      Thread.sleep(250);
      at = position(id);
      if (Math.abs(at.get(0).doubleValue() - before.get(0).doubleValue()) < 0.5
          && Math.abs(at.get(1).doubleValue() - before.get(1).doubleValue()) < 0.5) {
        break;
      }
    }
    int x = (int) Math.round(at.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
    int y = (int) Math.round(at.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
    new Actions(driver).moveToElement(chart, x, y).click().perform();
  }

  @SuppressWarnings("unchecked")
  private List<Number> position(String id) {
    return (List<Number>)
        js(
            "var c = echarts.getInstanceByDom(document.getElementById('network-chart'));"
                + " var d = c.getModel().getSeriesByIndex(0).getData();"
                + " var i = -1;"
                + " for (var k = 0; k < d.count(); k++) { if (d.getId(k) === arguments[0]) i = k; }"
                + " var p = c.convertToPixel({seriesIndex: 0}, d.getItemLayout(i));"
                + " return [p[0], p[1]];",
            id);
  }

  @Test
  void aViewerSeesOnlyTheTiesOfAtLeastTheThresholdInEnglishAndChinese() {
    signIn(fx.tokens.get(StudyRole.VIEWER));
    open(PAGE + "?lang=en");

    assertThat(drawn()).containsExactly(4L, 2L);
    assertThat(driver.getPageSource()).doesNotContain(NetworkFixture.TYPED, "Institute One");
    assertThat(driver.findElement(By.id("suppressedTable-table")).getText())
        .contains("Beijing")
        .contains("Shanghai")
        .contains("Guangdong");
    assertThat(driver.findElements(By.id("typedTable-table"))).isEmpty();
    HeadlessChromium.screenshot(driver, "network-viewer");

    driver.findElement(By.id("switch-language")).click();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#network-chart[data-rendered] canvas")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("合作网络");
    assertThat(driver.findElement(By.id("disclosure-note")).getText()).contains("提名人数少于2");
    HeadlessChromium.screenshot(driver, "network-viewer-zh");
    driver.manage().window().setSize(new Dimension(390, 900));
    open(PAGE);
    HeadlessChromium.screenshot(driver, "network-viewer-phone");
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void thePagesTimeToFirstPaintIsPrintedForTheBundledAndTheTestStudies() {
    signIn(fx.admin);
    for (String study : List.of("national_ai", NetworkFixture.STUDY, TIMING)) {
      List<String> runs = new ArrayList<>();
      for (int run = 0; run < 3; run++) {
        open("/dashboard/" + study + "/network?lang=en");
        waiting()
            .until(
                d ->
                    (Boolean)
                        js(
                            "return performance.getEntriesByName('network-drawn').length > 0"
                                + " && performance.getEntriesByName('first-contentful-paint')"
                                + ".length > 0;"));
        @SuppressWarnings("unchecked")
        List<Number> t =
            (List<Number>)
                js(
                    "var n = performance.getEntriesByType('navigation')[0];"
                        + " return [n.responseStart, n.responseEnd,"
                        + " performance.getEntriesByName('first-contentful-paint')[0].startTime,"
                        + " performance.getEntriesByName('network-drawn')[0].startTime];");
        runs.add(
            String.format(
                Locale.ROOT,
                "first byte %.0f ms, last byte %.0f ms, first contentful paint %.0f ms, graph"
                    + " drawn %.0f ms",
                t.get(0).doubleValue(),
                t.get(1).doubleValue(),
                t.get(2).doubleValue(),
                t.get(3).doubleValue()));
        assertThat(t.get(3).doubleValue()).isPositive();
      }
      List<Long> size = drawn();
      System.out.println(
          "TIMING network page "
              + study
              + " ("
              + size.get(0)
              + " organisations, "
              + size.get(1)
              + " ties drawn): "
              + String.join("; ", runs));
      if (study.equals(TIMING)) {
        HeadlessChromium.screenshot(driver, "network-timing-study");
      }
    }
  }
}
