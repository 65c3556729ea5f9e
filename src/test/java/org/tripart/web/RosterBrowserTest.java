package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tripart.store.StoredResponse;
import org.tripart.web.pages.HeadlessChromium;

/**
 * A respondent names partners on the respondent page in headless Chromium against the real server
 * over SQLite (strict CSP): search as they type, picked with the keyboard and the mouse, tie
 * answers, a second partner added, the draft autosaved and resumed, the questionnaire submitted and
 * the stored response read back; the same in Chinese, with a partner removed; and with JavaScript
 * off, the province filter and list. The registers are {@link RosterStudy#REGISTER}.
 */
class RosterBrowserTest {
  @TempDir static Path dir;
  private static RosterStudy study;
  private final List<WebDriver> drivers = new ArrayList<>();

  @BeforeAll
  static void start() {
    study = new RosterStudy(dir);
  }

  @AfterAll
  static void stop() {
    if (study != null) {
      study.close();
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

  private static WebDriverWait waiting(WebDriver d) {
    return new WebDriverWait(d, Duration.ofSeconds(20));
  }

  private static WebElement slot(WebDriver d, int k) {
    return d.findElement(By.cssSelector("li.partner[data-slot='" + k + "']"));
  }

  private static WebElement search(WebDriver d, int k) {
    return slot(d, k).findElement(By.cssSelector("input[role=combobox]"));
  }

  private static List<String> suggestions(WebDriver d, int k) {
    return slot(d, k)
        .findElements(By.cssSelector("ul[role=listbox] li[role=option] .name"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private static WebElement tie(WebDriver d, int k, String tie, String value) {
    return d.findElement(
        By.cssSelector("input[name='partners." + k + "." + tie + "'][value='" + value + "']"));
  }

  private static void answerAboutYou(WebDriver d) {
    new Select(d.findElement(By.name("company"))).selectByValue("C1");
    d.findElement(By.cssSelector("input[name=collaborates][value=yes]")).click();
    waiting(d).until(x -> x.findElement(By.id("item-partners")).isDisplayed());
  }

  private static String stored(String token) {
    return study.response(token).map(StoredResponse::answersJson).orElse("");
  }

  @Test
  void aRespondentSearchesPicksTwoPartnersResumesAndSubmits() throws Exception {
    WebDriver d = browser(true);
    String token = study.invite();
    d.get(study.server.baseUrl() + "/s/" + token + "?lang=en");
    answerAboutYou(d);

    assertThat(slot(d, 1).findElement(By.cssSelector(".listed")).isDisplayed()).isFalse();
    assertThat(d.findElements(By.cssSelector(".show-organisations"))).isEmpty();
    WebElement first = search(d, 1);
    first.sendKeys("deep");
    waiting(d).until(x -> suggestions(x, 1).contains("Beijing Deep Imaging Co (SYNTHETIC)"));
    assertThat(first.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(slot(d, 1).findElement(By.cssSelector(".search-status")).getText())
        .isEqualTo("Organisations found: 1.");
    first.sendKeys(Keys.ARROW_DOWN);
    assertThat(first.getAttribute("aria-activedescendant")).isEqualTo("partners-1-options-0");
    first.sendKeys(Keys.ENTER);

    assertThat(d.getCurrentUrl()).endsWith("/s/" + token + "?lang=en");
    assertThat(first.getAttribute("value")).isEqualTo("Beijing Deep Imaging Co (SYNTHETIC)");
    assertThat(first.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(slot(d, 1).findElement(By.cssSelector("input.partner-id")).getAttribute("value"))
        .isEqualTo("C2");
    tie(d, 1, "kind", "data_sharing").click();
    tie(d, 1, "kind", "joint_project").click();
    d.findElement(By.name("partners.1.since")).sendKeys("2020");

    d.findElement(By.cssSelector("button.add-partner")).click();
    WebElement second = search(d, 2);
    assertThat(d.switchTo().activeElement()).isEqualTo(second);
    second.sendKeys("SCAN");
    waiting(d).until(x -> suggestions(x, 2).equals(List.of("Shenyang Scan Co (SYNTHETIC)")));
    slot(d, 2).findElement(By.cssSelector("li[role=option]")).click();
    tie(d, 2, "kind", "deployment").click();
    tie(d, 2, "formal", "yes").click();

    String draft =
        "{\"company\":\"C1\",\"collaborates\":\"yes\",\"partners\":[{\"id\":\"C2\","
            + "\"kind\":[\"data_sharing\",\"joint_project\"],\"since\":2020},"
            + "{\"id\":\"C3\",\"kind\":[\"deployment\"],\"formal\":\"yes\"}]}";
    waiting(d).until(x -> stored(token).equals(draft));

    d.navigate().refresh();
    assertThat(search(d, 1).getAttribute("value")).isEqualTo("Beijing Deep Imaging Co (SYNTHETIC)");
    assertThat(search(d, 2).getAttribute("value")).isEqualTo("Shenyang Scan Co (SYNTHETIC)");
    assertThat(tie(d, 1, "kind", "joint_project").isSelected()).isTrue();
    assertThat(d.findElement(By.name("partners.1.since")).getAttribute("value")).isEqualTo("2020");
    assertThat(tie(d, 2, "formal", "yes").isSelected()).isTrue();
    assertThat(d.findElements(By.cssSelector("ol.partners > li.partner"))).hasSize(3);
    assertThat(d.findElement(By.cssSelector("button.add-partner")).isDisplayed()).isFalse();

    d.findElement(By.cssSelector("button[value=submit]")).click();
    waiting(d).until(x -> x.getCurrentUrl().endsWith("/done"));

    StoredResponse response = study.response(token).orElseThrow();
    assertThat(response.isFinal()).isTrue();
    assertThat(response.answersJson()).isEqualTo(draft);
  }

  @Test
  void inChineseTheSearchShowsChineseNamesAndARemovedPartnerRenumbersTheRest() throws Exception {
    WebDriver d = browser(true);
    String token = study.invite();
    d.get(study.server.baseUrl() + "/s/" + token + "?lang=zh");
    answerAboutYou(d);

    assertThat(slot(d, 1).findElement(By.tagName("legend")).getText()).isEqualTo("合作机构 1");
    search(d, 1).sendKeys("深圳");
    // 深圳视觉 (shi) before 深圳眼科 (yan); the institution 深圳人工智能研究院 is not asked for.
    waiting(d).until(x -> suggestions(x, 1).equals(List.of("深圳视觉智能有限公司（合成）", "深圳眼科医院（合成）")));
    assertThat(slot(d, 1).findElement(By.cssSelector(".search-status")).getText())
        .isEqualTo("找到 2 个机构。");
    assertThat(slot(d, 1).findElement(By.cssSelector("li[role=option] .where")).getText())
        .isEqualTo("广东 · 企业");
    search(d, 1).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
    assertThat(search(d, 1).getAttribute("value")).isEqualTo("深圳眼科医院（合成）");

    d.findElement(By.cssSelector("button.add-partner")).click();
    new Select(slot(d, 2).findElement(By.cssSelector("select.province"))).selectByValue("11");
    search(d, 2).sendKeys("c");
    waiting(d).until(x -> suggestions(x, 2).equals(List.of("北京深度影像公司（合成）", "北京协和医院（合成）")));
    search(d, 2).sendKeys(Keys.ENTER);
    assertThat(search(d, 2).getAttribute("value")).isEqualTo("c");
    assertThat(slot(d, 2).findElement(By.cssSelector("input.partner-id")).getAttribute("value"))
        .isEmpty();
    search(d, 2).sendKeys(Keys.ARROW_UP, Keys.ENTER);
    assertThat(search(d, 2).getAttribute("value")).isEqualTo("北京协和医院（合成）");
    tie(d, 2, "satisfied", "3").click();

    slot(d, 1).findElement(By.cssSelector("button.remove-partner")).click();

    assertThat(d.findElements(By.cssSelector("ol.partners > li.partner"))).hasSize(1);
    assertThat(d.switchTo().activeElement())
        .isEqualTo(d.findElement(By.cssSelector("button.add-partner")));
    assertThat(slot(d, 1).findElement(By.tagName("legend")).getText()).isEqualTo("合作机构 1");
    assertThat(search(d, 1).getAttribute("value")).isEqualTo("北京协和医院（合成）");
    assertThat(tie(d, 1, "satisfied", "3").isSelected()).isTrue();
    assertThat(search(d, 1).getAttribute("aria-controls")).isEqualTo("partners-1-options");
    waiting(d)
        .until(
            x ->
                stored(token)
                    .equals(
                        "{\"company\":\"C1\",\"collaborates\":\"yes\",\"partners\":"
                            + "[{\"id\":\"H3\",\"satisfied\":\"3\"}]}"));
  }

  @Test
  void withoutJavaScriptTheProvinceFilterListsItsOrganisationsToChooseFrom() throws Exception {
    WebDriver d = browser(false);
    String token = study.invite();
    d.get(study.server.baseUrl() + "/s/" + token + "?lang=en");
    new Select(d.findElement(By.name("company"))).selectByValue("C1");
    d.findElement(By.cssSelector("input[name=collaborates][value=yes]")).click();
    submitAndWait(d, d.findElement(By.cssSelector("button[value=save]")));
    waiting(d).until(x -> x.findElement(By.id("item-partners")).isDisplayed());

    assertThat(search(d, 1).isDisplayed()).isFalse();
    new Select(d.findElement(By.name("partners.1.province"))).selectByValue("11");
    submitAndWait(
        d, d.findElement(By.cssSelector("li.partner[data-slot='1'] .show-organisations")));
    Select list = new Select(d.findElement(By.cssSelector("select[name='partners.1.id']")));
    assertThat(list.getOptions().stream().map(o -> o.getAttribute("value")))
        .containsExactly("", "H3", "C2");
    list.selectByValue("H3");
    d.findElement(By.name("partners.1.since")).sendKeys("2015");
    submitAndWait(d, d.findElement(By.cssSelector("button[value=save]")));

    waiting(d).until(x -> x.findElements(By.cssSelector("li.partner[data-slot='2']")).size() == 1);
    assertThat(stored(token))
        .isEqualTo(
            "{\"company\":\"C1\",\"collaborates\":\"yes\",\"partners\":"
                + "[{\"id\":\"H3\",\"since\":2015}]}");
    assertThat(
            new Select(d.findElement(By.cssSelector("select[name='partners.1.id']")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("Peking Union Hospital (SYNTHETIC)");
  }

  /** Clicks a button that posts the page, then waits until the next page has replaced it. */
  private static void submitAndWait(WebDriver d, WebElement button) {
    WebElement page = d.findElement(By.tagName("html"));
    button.click();
    waiting(d).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
  }
}
