package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tripart.store.OutagePostgres;
import org.tripart.store.SharedPostgres;
import org.tripart.study.Study;
import org.tripart.web.http.RateLimiter;
import org.tripart.web.pages.HeadlessChromium;

/**
 * A respondent submits while the database is down: in headless Chromium against the real server on
 * a real PostgreSQL server that is stopped (as a crash would) and started again. The page says the
 * answers are kept on the device, keeps them in localStorage, and sends them again by itself, while
 * open or when the link is opened later; the response is stored once.
 */
class OutageBrowserTest {
  @TempDir Path dir;
  private OutagePostgres pg;
  private TripartServer server;
  private Http http;
  private WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(
        SharedPostgres.available() || !"1".equals(System.getenv("TRIPART_SKIP_POSTGRES")),
        "PostgreSQL binaries are not installed");
    pg = OutagePostgres.start();
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withDb(pg.newDatabaseUrl())
                .withDataDir(dir.resolve("data"))
                .withPort(0)
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
    http = new Http(server);
    browser = HeadlessChromium.start(true, Files.createTempDirectory(dir, "chromium-profile"));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  private String invite() {
    HttpResponse<String> r =
        http.send(
            http.admin("/api/studies/" + Study.nationalAi().id() + "/invitations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"group\": \"clinician\"}")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).path("invitations").path(0).path("link").asText();
  }

  private long completed() {
    HttpResponse<String> r =
        http.send(http.admin("/api/studies/" + Study.nationalAi().id() + "/fieldwork").GET());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r).path("total").path("completed").asLong();
  }

  private static WebDriverWait waiting(WebDriver d, int seconds) {
    return new WebDriverWait(d, Duration.ofSeconds(seconds));
  }

  private void answerAndSubmitWithTheDatabaseDown(String link) throws Exception {
    browser.get(link + "?lang=en");
    RespondentFlowBrowserTest.answerTheRest(browser);
    pg.stop();
    browser.findElement(By.cssSelector("button[name='_action'][value='submit']")).click();
    waiting(browser, 40).until(x -> x.findElement(By.cssSelector(".outage")).isDisplayed());
    assertThat(browser.findElement(By.cssSelector(".outage")).getText())
        .contains("Your answers are kept on this device");
    Object kept =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return window.localStorage.getItem('tripart-pending:' + location.pathname);");
    assertThat((String) kept).contains("_action=submit").contains("age_group=");
    HeadlessChromium.screenshot(browser, "outage-1-kept-on-device");
  }

  @Test
  void answersSubmittedDuringAnOutageAreKeptAndSentWhenTheStoreIsBack() throws Exception {
    String link = invite();
    answerAndSubmitWithTheDatabaseDown(link);

    pg.restart();

    waiting(browser, 90).until(x -> x.getCurrentUrl().endsWith("/done"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
    assertThat(completed()).isEqualTo(1);
    assertThat(((JavascriptExecutor) browser).executeScript("return window.localStorage.length;"))
        .isEqualTo(0L);
  }

  @Test
  void keptAnswersAreSentWhenTheLinkIsOpenedAgainOnTheDevice() throws Exception {
    String link = invite();
    answerAndSubmitWithTheDatabaseDown(link);
    browser.get("about:blank");

    pg.restart();
    browser.get(link + "?lang=en");

    waiting(browser, 60).until(x -> x.getCurrentUrl().endsWith("/done"));
    assertThat(completed()).isEqualTo(1);
    HeadlessChromium.screenshot(browser, "outage-2-sent-on-return");
  }
}
