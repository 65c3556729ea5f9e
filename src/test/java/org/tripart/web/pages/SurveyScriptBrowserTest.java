package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tripart.capture.Mode;
import org.tripart.capture.Validator;
import org.tripart.instrument.Answer;
import org.tripart.instrument.InstrumentReader;

/**
 * survey.js in headless Chromium: its skip-logic parser against the hand-worked cases (which the
 * Java conditions also pass, see {@link SkipLogicCasesTest}), and its behaviour on a rendered page
 * served with the strict CSP the server sends.
 */
class SurveyScriptBrowserTest {
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

  @TempDir static Path profile;
  private static HttpServer server;
  private static WebDriver driver;
  private static String base;
  private static final BlockingQueue<Draft> drafts = new LinkedBlockingQueue<>();
  private static final AtomicInteger failuresToSend = new AtomicInteger();

  record Draft(String csrf, String contentType, JsonNode body) {}

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/assets/", SurveyScriptBrowserTest::asset);
    server.createContext(
        "/page",
        x ->
            send(
                x,
                200,
                "text/html",
                RespondentPage.render(
                    new PageModel(
                        Pages.allTypes(),
                        "en",
                        "Study",
                        "/submit",
                        "/draft",
                        "/page?lang=",
                        Map.of("role", new Answer.Choice("resident")),
                        List.of(),
                        "csrf-value",
                        false,
                        Map.of()))));
    server.createContext(
        "/blank",
        x ->
            send(
                x,
                200,
                "text/html",
                "<!DOCTYPE html><html><head><script src=\"/assets/survey.js\"></script></head>"
                    + "<body></body></html>"));
    server.createContext(
        "/computed",
        x ->
            send(
                x,
                200,
                "text/html",
                RespondentPage.render(
                    new PageModel(
                        InstrumentReader.readResource("org/tripart/web/pages/computed.yaml"),
                        "en",
                        "Study",
                        "/submit",
                        "/draft",
                        "/computed?lang=",
                        Map.of(),
                        List.of(),
                        "csrf-value",
                        false,
                        Map.of()))));
    server.createContext("/draft", SurveyScriptBrowserTest::draft);
    server.createContext(
        "/clinician",
        x ->
            send(
                x,
                200,
                "text/html",
                RespondentPage.render(
                    new PageModel(
                        InstrumentReader.readResource(
                            "org/tripart/study/national-ai/clinician.yaml"),
                        "zh",
                        "全国医学影像人工智能合作现状调查",
                        "/submit",
                        "/draft",
                        "/clinician?lang=",
                        Map.of(),
                        Validator.validate(
                                InstrumentReader.readResource(
                                    "org/tripart/study/national-ai/clinician.yaml"),
                                Map.of("years_in_radiology", "-3"),
                                Mode.FINAL)
                            .violations(),
                        "csrf-value",
                        true,
                        Map.of("h1", "北京协和医院", "h2", "中山大学附属第一医院")))));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    driver = HeadlessChromium.start(true, profile);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @BeforeEach
  void clear() {
    drafts.clear();
    failuresToSend.set(0);
  }

  private static void asset(HttpExchange x) throws IOException {
    String name = x.getRequestURI().getPath().substring("/assets/".length());
    try (InputStream in =
        SurveyScriptBrowserTest.class.getResourceAsStream("/org/tripart/web/assets/" + name)) {
      if (in == null) {
        send(x, 404, "text/plain", "not found");
        return;
      }
      String type = name.endsWith(".js") ? "text/javascript" : "text/css";
      send(x, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static void draft(HttpExchange x) throws IOException {
    byte[] body = x.getRequestBody().readAllBytes();
    if (failuresToSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      send(x, 503, "text/plain", "busy");
      return;
    }
    drafts.add(
        new Draft(
            x.getRequestHeaders().getFirst("X-CSRF-Token"),
            x.getRequestHeaders().getFirst("Content-Type"),
            new ObjectMapper().readTree(body)));
    x.sendResponseHeaders(204, -1);
    x.close();
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    x.getResponseHeaders().add("Content-Security-Policy", CSP);
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  private static WebElement item(String id) {
    return driver.findElement(By.id("item-" + id));
  }

  private static WebElement choice(String id, String code) {
    return driver.findElement(By.cssSelector("input[name='" + id + "'][value='" + code + "']"));
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Opens the blank page and waits until the script has defined {@code global}. */
  private void blankPageWith(String global) {
    driver.get(base + "/blank");
    waiting()
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript("return typeof window." + global + " === 'object';"));
  }

  @Test
  void theJavaScriptParserGivesTheHandWorkedOutcomeOfEveryCase() {
    SkipLogicCases cases = SkipLogicCases.load();
    blankPageWith("TripartSkipLogic");
    @SuppressWarnings("unchecked")
    List<Object> outcomes =
        (List<Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return JSON.parse(arguments[0]).map(function (c) {"
                        + " try { return TripartSkipLogic.evaluate(c.expression, c.answers); }"
                        + " catch (e) { return 'error: ' + e.message; } });",
                    cases.json());

    List<String> disagreements = new ArrayList<>();
    for (SkipLogicCases.Case c : cases.cases()) {
      Object got = outcomes.get(c.index());
      if (!Boolean.valueOf(c.expected()).equals(got)) {
        disagreements.add(c.index() + ": " + c.expression() + " " + c.answers() + " -> " + got);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void theJavaScriptCalculatorGivesTheHandWorkedValueOfEveryCase() {
    CalculationCases cases = CalculationCases.load();
    blankPageWith("TripartCalculation");
    @SuppressWarnings("unchecked")
    List<Object> values =
        (List<Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return JSON.parse(arguments[0]).map(function (c) {"
                        + " try { return TripartCalculation.evaluate(c.expression, c.answers); }"
                        + " catch (e) { return 'error: ' + e.message; } });",
                    cases.json());

    List<String> disagreements = new ArrayList<>();
    for (CalculationCases.Case c : cases.cases()) {
      Object got = values.get(c.index());
      Double value = got instanceof Number n ? n.doubleValue() : null;
      if (got != null && value == null || !java.util.Objects.equals(value, c.expected())) {
        disagreements.add(c.index() + ": " + c.expression() + " " + c.answers() + " -> " + got);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void calculatedTotalFollowsTheAnswersAndDrivesLaterItems() {
    driver.get(base + "/computed");
    WebElement total = driver.findElement(By.id("value-total"));
    assertThat(total.getText()).isEmpty();
    assertThat(item("high_note").isDisplayed()).isFalse();

    // a 3 + b 2 = 5, no mood: 5 * 2 = 10, so the note and the follow-up apply.
    driver.findElement(By.id("input-a")).sendKeys("3");
    driver.findElement(By.id("input-b")).sendKeys("2");
    waiting().until(d -> total.getText().equals("10"));
    waiting().until(d -> item("high_note").isDisplayed() && item("follow_up").isDisplayed());

    // unsure is a missing-data code, no value: sum skips it, still 10; then a 1: (1 + 2) * 2.
    choice("mood", "unsure").click();
    assertThat(total.getText()).isEqualTo("10");
    driver.findElement(By.id("input-a")).sendKeys(Keys.BACK_SPACE, "1");
    waiting().until(d -> total.getText().equals("6"));
    waiting().until(d -> !item("high_note").isDisplayed() && !item("follow_up").isDisplayed());
    HeadlessChromium.screenshot(driver, "survey-js-calculated-total");
  }

  @Test
  void anOptionIsOfferedOnlyWhileItsConditionHolds() {
    driver.get(base + "/computed");
    WebElement beijing = choice("city", "beijing");
    assertThat(beijing.isDisplayed()).isFalse();
    assertThat(beijing.isEnabled()).isFalse();

    choice("mood", "high").click();
    waiting().until(d -> beijing.isDisplayed() && beijing.isEnabled());
    beijing.click();

    choice("mood", "low").click();
    waiting().until(d -> !beijing.isDisplayed() && !beijing.isEnabled());
  }

  @Test
  void calculatedValuesAreNotSentWithTheDraft() throws InterruptedException {
    driver.get(base + "/computed");
    driver.findElement(By.id("input-a")).sendKeys("4");
    choice("mood", "high").click();

    Draft last = null;
    for (Draft d = drafts.poll(20, TimeUnit.SECONDS);
        d != null;
        d = drafts.poll(3, TimeUnit.SECONDS)) {
      last = d;
      if (last.body().path("answers").has("a") && last.body().path("answers").has("mood")) {
        break;
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.body().toString()).isEqualTo("{\"answers\":{\"mood\":\"high\",\"a\":\"4\"}}");
  }

  @Test
  void theJavaScriptParserRefusesBadSyntax() {
    blankPageWith("TripartSkipLogic");
    Object message =
        ((JavascriptExecutor) driver)
            .executeScript(
                "try { TripartSkipLogic.evaluate(\"a = 'x' and\", {}); return 'parsed'; }"
                    + " catch (e) { return e.message; }");

    assertThat(message).isEqualTo("column 12: expected an item id, 'not', '(' or answered(...)");
  }

  @Test
  void answeringYesRevealsTheFollowUpAndNoHidesAndDisablesIt() {
    driver.get(base + "/page");
    assertThat(item("tools").isDisplayed()).isFalse();

    choice("uses_ai", "yes").click();
    waiting().until(d -> item("tools").isDisplayed());
    assertThat(item("tools").getAttribute("disabled")).isNull();
    HeadlessChromium.screenshot(driver, "survey-js-follow-up-shown");

    choice("uses_ai", "no").click();
    waiting().until(d -> !item("tools").isDisplayed());
    assertThat(item("tools").getAttribute("disabled")).isEqualTo("true");
  }

  @Test
  void noneOfTheseUnticksTheOthersAndTheOthersUntickIt() {
    driver.get(base + "/page");
    choice("uses_ai", "yes").click();
    waiting().until(d -> item("tools").isDisplayed());

    choice("tools", "triage").click();
    choice("tools", "detection").click();
    choice("tools", "none").click();
    assertThat(choice("tools", "none").isSelected()).isTrue();
    assertThat(choice("tools", "triage").isSelected()).isFalse();
    assertThat(choice("tools", "detection").isSelected()).isFalse();

    choice("tools", "triage").click();
    assertThat(choice("tools", "triage").isSelected()).isTrue();
    assertThat(choice("tools", "none").isSelected()).isFalse();
  }

  @Test
  void answersAreAutosavedAsJsonWithTheCsrfToken() throws InterruptedException {
    driver.get(base + "/page");
    choice("uses_ai", "yes").click();
    choice("tools", "detection").click();
    driver.findElement(By.id("input-years")).sendKeys("12");

    Draft last = null;
    for (Draft d = drafts.poll(20, TimeUnit.SECONDS);
        d != null;
        d = drafts.poll(3, TimeUnit.SECONDS)) {
      last = d;
      if (last.body().path("answers").has("years")) {
        break;
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.csrf()).isEqualTo("csrf-value");
    assertThat(last.contentType()).startsWith("application/json");
    assertThat(last.body().toString())
        .isEqualTo(
            "{\"answers\":{\"role\":\"resident\",\"uses_ai\":\"yes\","
                + "\"tools\":[\"detection\"],\"years\":\"12\"}}");
    waiting().until(d -> d.findElement(By.cssSelector(".save-status")).getText().equals("Saved"));
  }

  @Test
  void aFailedSaveSaysSoAndIsRetried() throws InterruptedException {
    failuresToSend.set(1);
    driver.get(base + "/page");
    choice("uses_ai", "no").click();

    waiting()
        .until(
            d ->
                d.findElement(By.cssSelector(".save-status"))
                    .getText()
                    .equals("Not saved, will retry"));
    Draft retried = drafts.poll(30, TimeUnit.SECONDS);
    assertThat(retried).isNotNull();
    assertThat(retried.body().path("answers").path("uses_ai").asText()).isEqualTo("no");
    waiting().until(d -> d.findElement(By.cssSelector(".save-status")).getText().equals("Saved"));
  }

  @Test
  void theChineseClinicianQuestionnaireFitsA360PixelScreen() {
    driver.manage().window().setSize(new Dimension(360, 800));
    try {
      driver.get(base + "/clinician");
      HeadlessChromium.screenshot(driver, "clinician-zh-360px");
      Object overflow =
          ((JavascriptExecutor) driver)
              .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
      List<WebElement> choices = driver.findElements(By.cssSelector(".choice"));
      assertThat(choices).isNotEmpty();
      assertThat(choices.stream().filter(WebElement::isDisplayed))
          .allMatch(c -> c.getSize().getHeight() >= 44);
      assertThat(driver.findElement(By.id("error-summary")).getText()).contains("此题为必答题，请作答。");
    } finally {
      driver.manage().window().setSize(new Dimension(390, 900));
    }
  }
}
