package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tripart.study.Study;
import org.tripart.web.http.RateLimiter;
import org.tripart.web.pages.HeadlessChromium;

/**
 * A respondent answers the clinician questionnaire of the bundled study in headless Chromium,
 * against the real server over SQLite: skip logic as they answer, autosave and resume, submission,
 * confirmation, and the response counted on the fieldwork page; and the same form with JavaScript
 * off, where the server checks and shows the page again.
 */
class RespondentFlowBrowserTest {
  @TempDir static Path dir;
  private static TripartServer server;
  private static Http http;
  private static String study;
  private final List<WebDriver> drivers = new ArrayList<>();

  @BeforeAll
  static void start() {
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withDb(dir.resolve("tripart.sqlite").toString())
                .withDataDir(dir.resolve("data"))
                .withPort(0)
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
    http = new Http(server);
    study = Study.nationalAi().id();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void quit() {
    drivers.forEach(WebDriver::quit);
  }

  private WebDriver browser(boolean javascript) throws Exception {
    WebDriver d =
        HeadlessChromium.start(javascript, Files.createTempDirectory(dir, "chromium-profile"));
    drivers.add(d);
    return d;
  }

  private static String invite() {
    HttpResponse<String> r =
        http.send(
            http.admin("/api/studies/" + study + "/invitations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"group\": \"clinician\"}")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode link = Http.json(r).path("invitations").path(0).path("link");
    return link.asText();
  }

  private static WebElement choice(WebDriver d, String item, String code) {
    return d.findElement(By.cssSelector("input[name='" + item + "'][value='" + code + "']"));
  }

  private static WebElement item(WebDriver d, String id) {
    return d.findElement(By.id("item-" + id));
  }

  /** Waits until the page has the item's element (a navigation may still be under way). */
  private static void shown(WebDriver d, String id) {
    waiting(d).until(x -> !x.findElements(By.id("item-" + id)).isEmpty());
  }

  private static WebDriverWait waiting(WebDriver d) {
    return new WebDriverWait(d, Duration.ofSeconds(20));
  }

  /** Answers every shown, still unanswered required item with its first choice or a plain value. */
  /**
   * Answers every shown required item still unanswered, again until a pass answers nothing: an
   * answer can show further items (skip logic), which the page may draw a moment later.
   */
  static void answerTheRest(WebDriver d) {
    for (int pass = 0; pass < 10; pass++) {
      if (answerShown(d) == 0 && pass > 0) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** One pass of {@link #answerTheRest}; returns how many items it answered. */
  private static int answerShown(WebDriver d) {
    int answered = 0;
    for (WebElement f : d.findElements(By.cssSelector("fieldset[data-item][data-required]"))) {
      if (!f.isDisplayed()) {
        continue;
      }
      String type = f.getAttribute("data-type");
      if (List.of("single", "yesno", "likert", "multiple").contains(type)) {
        List<WebElement> boxes = f.findElements(By.tagName("input"));
        if (boxes.stream().noneMatch(WebElement::isSelected)) {
          boxes.get(0).click();
          answered++;
        }
      } else if (type.equals("province") || type.equals("institution")) {
        Select select = new Select(f.findElement(By.tagName("select")));
        if (select.getFirstSelectedOption().getAttribute("value").isEmpty()) {
          select.selectByIndex(1);
          answered++;
        }
      } else if (type.equals("integer") || type.equals("decimal")) {
        WebElement input = f.findElement(By.tagName("input"));
        if (input.getAttribute("value").isEmpty()) {
          input.sendKeys("5");
          answered++;
        }
      } else if (type.equals("date")) {
        WebElement input = f.findElement(By.tagName("input"));
        if (input.getAttribute("value").isEmpty()) {
          ((JavascriptExecutor) d)
              .executeScript(
                  "arguments[0].value = '2024-03-01';"
                      + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                  input);
          answered++;
        }
      }
    }
    return answered;
  }

  private long completedClinicians(WebDriver d) {
    d.get(server.baseUrl() + "/fieldwork/" + study);
    if (d.getCurrentUrl().contains("/login")) {
      d.findElement(By.id("token")).sendKeys(http.adminToken);
      d.findElement(By.cssSelector("form[action='/login'] button")).click();
      waiting(d).until(x -> x.getCurrentUrl().contains("/fieldwork/"));
    }
    WebElement row =
        d.findElement(By.xpath("//table[1]/tbody/tr[th[normalize-space()='clinician']]"));
    List<WebElement> cells = row.findElements(By.tagName("td"));
    return Long.parseLong(cells.get(2).getText().replace(",", ""));
  }

  @Test
  void aRespondentAnswersThroughSkipLogicResumesSubmitsAndIsCounted() throws Exception {
    WebDriver d = browser(true);
    long before = completedClinicians(d);
    String link = invite();

    d.get(link + "?lang=en");
    shown(d, "structured_report_departments");
    assertThat(item(d, "structured_report_departments").isDisplayed()).isFalse();
    choice(d, "structured_report_system", "already_established_and_operational").click();
    waiting(d).until(x -> item(x, "structured_report_departments").isDisplayed());
    choice(d, "structured_report_departments", "lung_nodule_or_lung_cancer").click();
    choice(d, "age_group", "30_to_40").click();
    waiting(d).until(x -> x.findElement(By.cssSelector(".save-status")).getText().equals("Saved"));
    HeadlessChromium.screenshot(d, "flow-1-follow-up-autosaved");

    d.get(link);
    shown(d, "structured_report_departments");
    assertThat(
            choice(d, "structured_report_system", "already_established_and_operational")
                .isSelected())
        .isTrue();
    assertThat(item(d, "structured_report_departments").isDisplayed()).isTrue();
    assertThat(
            choice(d, "structured_report_departments", "lung_nodule_or_lung_cancer").isSelected())
        .isTrue();
    assertThat(choice(d, "age_group", "30_to_40").isSelected()).isTrue();
    HeadlessChromium.screenshot(d, "flow-2-resumed");

    answerTheRest(d);
    d.findElement(By.cssSelector("button[name='_action'][value='submit']")).click();
    waiting(d).until(x -> x.getCurrentUrl().endsWith("/done"));
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
    HeadlessChromium.screenshot(d, "flow-3-confirmation");

    d.get(link);
    assertThat(d.getCurrentUrl()).endsWith("/done");
    assertThat(completedClinicians(d)).isEqualTo(before + 1);
    HeadlessChromium.screenshot(d, "flow-4-fieldwork");
  }

  @Test
  void withJavaScriptOffTheServerShowsTheMissingAnswerAndKeepsTheOthers() throws Exception {
    WebDriver d = browser(false);
    String link = invite();

    d.get(link + "?lang=zh");
    assertThat(d.findElements(By.cssSelector(".save-status"))).isNotEmpty();
    assertThat(item(d, "structured_report_departments").isDisplayed()).isFalse();
    choice(d, "structured_report_system", "already_established_and_operational").click();
    d.findElement(By.cssSelector("button[name='_action'][value='save']")).click();
    waiting(d).until(x -> x.getCurrentUrl().contains("saved=1"));
    assertThat(item(d, "structured_report_departments").isDisplayed()).isTrue();

    choice(d, "age_group", "over_50").click();
    d.findElement(By.id("input-years_in_radiology")).sendKeys("12");
    d.findElement(By.cssSelector("button[name='_action'][value='submit']")).click();
    waiting(d).until(x -> !x.findElements(By.id("error-summary")).isEmpty());

    assertThat(d.findElement(By.id("error-summary")).getText()).contains("此题为必答题，请作答。");
    assertThat(item(d, "hospital_tier").findElement(By.cssSelector("[role=alert]")).getText())
        .isEqualTo("此题为必答题，请作答。");
    assertThat(item(d, "age_group").findElements(By.cssSelector("[role=alert]"))).isEmpty();
    assertThat(choice(d, "age_group", "over_50").isSelected()).isTrue();
    assertThat(
            choice(d, "structured_report_system", "already_established_and_operational")
                .isSelected())
        .isTrue();
    assertThat(d.findElement(By.id("input-years_in_radiology")).getAttribute("value"))
        .isEqualTo("12");
    HeadlessChromium.screenshot(d, "flow-5-javascript-off-required-missing");
  }
}
