package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.web.pages.Pages.fieldset;
import static org.tripart.web.pages.Pages.model;
import static org.tripart.web.pages.Pages.tags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.capture.Mode;
import org.tripart.capture.Validator;
import org.tripart.capture.Violation;
import org.tripart.capture.ViolationKind;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

class RespondentPageTest {
  private final Instrument allTypes = Pages.allTypes();

  private String render(String language, Map<String, Answer> answers, List<Violation> violations) {
    return RespondentPage.render(model(allTypes, language, answers, violations, Map.of()));
  }

  @Test
  void instrumentTextsAreEscapedInContentAndAttributes() {
    Item hostile =
        new Item(
            "q",
            ItemType.SINGLE,
            LocalizedText.of("<script>alert(1)</script>", "<b>粗</b>"),
            LocalizedText.of("a & b", "甲 & 乙"),
            List.of(new Option("x\"onmouseover=\"alert(1)", LocalizedText.of("<img src=x>", "图"))),
            false,
            null,
            null,
            null,
            null);
    Instrument instrument =
        new Instrument(
            "evil",
            "clinician",
            1,
            LocalizedText.of("T<i>", "T"),
            List.of("en"),
            List.of(new Section("s", LocalizedText.of("S", "S"), List.of(hostile))),
            "<built-in>");
    String html =
        RespondentPage.render(
            new PageModel(
                instrument,
                "en",
                "Study \"quoted\" <title>",
                "/s/T\"x",
                "/s/T/draft",
                "/s/T?lang=",
                Map.of(),
                List.of(),
                "tok\"en",
                false,
                Map.of()));

    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert")
        .contains("value=\"x&quot;onmouseover=&quot;alert(1)\"")
        .doesNotContain("onmouseover=\"alert")
        .contains("&lt;img src=x&gt;")
        .contains("a &amp; b")
        .contains("Study &quot;quoted&quot; &lt;title&gt;")
        .contains("action=\"/s/T&quot;x\"")
        .contains("name=\"_csrf\" value=\"tok&quot;en\"");
  }

  @Test
  void everyItemTypeRendersTheInputsTheServerReads() {
    String html = render("en", Map.of(), List.of());

    assertThat(tags(fieldset(html, "role"), "input"))
        .containsExactly(
            "<input type=\"radio\" id=\"input-role-0\" name=\"role\" value=\"resident\">",
            "<input type=\"radio\" id=\"input-role-1\" name=\"role\" value=\"attending\">");
    assertThat(tags(fieldset(html, "uses_ai"), "input"))
        .allMatch(t -> t.contains("type=\"radio\"") && t.contains("name=\"uses_ai\""))
        .anyMatch(t -> t.contains("value=\"yes\""))
        .anyMatch(t -> t.contains("value=\"no\""));
    assertThat(tags(fieldset(html, "tools"), "input"))
        .containsExactly(
            "<input type=\"checkbox\" id=\"input-tools-0\" name=\"tools\" value=\"triage\">",
            "<input type=\"checkbox\" id=\"input-tools-1\" name=\"tools\" value=\"detection\">",
            "<input type=\"checkbox\" id=\"input-tools-2\" name=\"tools\" value=\"none\""
                + " data-exclusive>");
    assertThat(tags(fieldset(html, "satisfaction"), "input"))
        .hasSize(2)
        .allMatch(t -> t.contains("type=\"radio\" ") && t.contains("name=\"satisfaction\""));
    assertThat(tags(fieldset(html, "province"), "select"))
        .singleElement()
        .asString()
        .contains("name=\"province\"");
    assertThat(tags(fieldset(html, "province"), "option"))
        .hasSize(32)
        .contains("<option value=\"44\">");
    assertThat(fieldset(html, "province")).contains(">Guangdong</option>");
    assertThat(tags(fieldset(html, "years"), "input"))
        .singleElement()
        .asString()
        .contains("type=\"number\"", "name=\"years\"", "min=\"0\"", "max=\"60\"", "step=\"1\"");
    assertThat(tags(fieldset(html, "share"), "input"))
        .singleElement()
        .asString()
        .contains("type=\"number\"", "name=\"share\"", "min=\"0\"", "max=\"1\"", "step=\"any\"");
    assertThat(tags(fieldset(html, "comment"), "textarea"))
        .singleElement()
        .asString()
        .contains("name=\"comment\"");
    assertThat(tags(fieldset(html, "started_on"), "input"))
        .singleElement()
        .asString()
        .contains("type=\"date\"", "name=\"started_on\"");
    assertThat(tags(fieldset(html, "hospital"), "input"))
        .singleElement()
        .asString()
        .contains("type=\"text\"", "name=\"hospital\"");
  }

  @Test
  void theFormPostsWithCsrfAndBothActions() {
    String html = render("en", Map.of(), List.of());

    assertThat(tags(html, "form"))
        .singleElement()
        .asString()
        .contains("method=\"post\"", "action=\"/s/TOKEN\"", "data-draft-action=\"/s/TOKEN/draft\"");
    assertThat(html).contains("<input type=\"hidden\" name=\"_csrf\" value=\"csrf-value\">");
    assertThat(tags(html, "button"))
        .containsExactly(
            "<button type=\"submit\" name=\"_action\" value=\"save\" class=\"secondary\">",
            "<button type=\"submit\" name=\"_action\" value=\"submit\" class=\"primary\">");
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(render("zh", Map.of(), List.of())).contains("<html lang=\"zh-CN\">");
  }

  @Test
  void institutionIsASelectOfTheRegisterWhenChoicesAreGiven() {
    Map<String, String> register = new LinkedHashMap<>();
    register.put("h2", "Second <Hospital>");
    register.put("h1", "First Hospital");
    String html =
        RespondentPage.render(
            model(allTypes, "en", Map.of("hospital", new Answer.Text("h1")), List.of(), register));

    assertThat(tags(fieldset(html, "hospital"), "option"))
        .containsExactly(
            "<option value=\"\">", "<option value=\"h2\">", "<option value=\"h1\" selected>");
    assertThat(fieldset(html, "hospital")).contains("Second &lt;Hospital&gt;");
  }

  @Test
  void requiredItemsAreMarkedAndOthersAreNot() {
    String html = render("en", Map.of(), List.of());

    for (String id : List.of("hospital", "role", "uses_ai", "tools")) {
      assertThat(fieldset(html, id)).contains("aria-required=\"true\"").contains(">*</abbr>");
    }
    for (String id : List.of("province", "satisfaction", "years", "comment")) {
      assertThat(fieldset(html, id)).doesNotContain("aria-required").doesNotContain("*</abbr>");
    }
  }

  @Test
  void skipLogicHidesAndDisablesItemsThatDoNotApply() {
    String unanswered = render("en", Map.of(), List.of());
    String yes = render("en", Map.of("uses_ai", new Answer.Choice("yes")), List.of());

    assertThat(tags(fieldset(unanswered, "tools"), "fieldset"))
        .singleElement()
        .asString()
        .contains("data-when=\"uses_ai = 'yes'\"", "hidden disabled");
    assertThat(tags(fieldset(yes, "tools"), "fieldset"))
        .singleElement()
        .asString()
        .doesNotContain("hidden");
  }

  @Test
  void violationsAppearBesideTheirItemAndInTheSummaryInTheRespondentsLanguage() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("uses_ai", "yes");
    raw.put("years", "61");
    List<Violation> violations = Validator.validate(allTypes, raw, Mode.FINAL).violations();
    assertThat(violations)
        .extracting(Violation::itemId)
        .containsExactly("hospital", "role", "tools", "years");

    String zh = render("zh", Map.of("uses_ai", new Answer.Choice("yes")), violations);

    assertThat(fieldset(zh, "role"))
        .contains("role=\"alert\"")
        .contains("此题为必答题，请作答。")
        .contains("aria-describedby=\"item-role-error\"");
    assertThat(fieldset(zh, "years")).contains("请输入 0 到 60 之间的数字。");
    assertThat(fieldset(zh, "comment")).doesNotContain("role=\"alert\"");
    String summary = zh.substring(zh.indexOf("error-summary"), zh.indexOf("<form"));
    assertThat(summary)
        .contains("<a href=\"#item-hospital\">", "<a href=\"#item-role\">")
        .contains("<a href=\"#item-tools\">", "<a href=\"#item-years\">")
        .contains("角色")
        .doesNotContain("Please answer");
    assertThat(render("en", Map.of(), violations)).contains("Please answer this question.");
  }

  @Test
  void anUnknownItemViolationIsListedInTheSummaryWithoutALink() {
    Violation v =
        new Violation("ghost", ViolationKind.UNKNOWN_ITEM, LocalizedText.of("No <such>", "无"));
    String html = render("en", Map.of(), List.of(v));

    assertThat(html).contains("<li>No &lt;such&gt;</li>").doesNotContain("#item-ghost");
  }

  @Test
  void savedAnswersArePrefilledSoTheRespondentResumes() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("hospital", new Answer.Text("Peking Union"));
    answers.put("province", new Answer.Choice("11"));
    answers.put("role", new Answer.Choice("attending"));
    answers.put("uses_ai", new Answer.Choice("yes"));
    answers.put("tools", new Answer.Choices(Set.of("triage", "detection")));
    answers.put("years", new Answer.Number(12));
    answers.put("share", new Answer.Number(0.25));
    answers.put("comment", new Answer.Text("fine & <good>"));
    answers.put("started_on", new Answer.Text("2024-03-01"));
    String html = render("en", answers, List.of());

    assertThat(fieldset(html, "hospital")).contains("value=\"Peking Union\"");
    assertThat(fieldset(html, "province")).contains("<option value=\"11\" selected>");
    assertThat(fieldset(html, "role"))
        .contains("value=\"attending\" checked>")
        .contains("value=\"resident\">");
    assertThat(fieldset(html, "tools"))
        .contains("value=\"triage\" checked>", "value=\"detection\" checked>")
        .contains("value=\"none\" data-exclusive>");
    assertThat(fieldset(html, "years")).contains("value=\"12\"");
    assertThat(fieldset(html, "share")).contains("value=\"0.25\"");
    assertThat(fieldset(html, "comment")).contains(">fine &amp; &lt;good&gt;</textarea>");
    assertThat(fieldset(html, "started_on")).contains("value=\"2024-03-01\"");
  }

  @Test
  void thePageHasNoInlineScriptOrStyleSoTheCspHolds() {
    Map<String, Answer> answers = Map.of("uses_ai", new Answer.Choice("yes"));
    for (String html :
        List.of(
            render("en", answers, List.of()),
            render("zh", Map.of(), Validator.validate(allTypes, Map.of(), Mode.FINAL).violations()),
            ConfirmationPage.render("zh", "研究", java.time.Instant.EPOCH),
            MessagePage.render("en", 404, "Unknown link", "Check <the> link."))) {
      assertThat(tags(html, "script")).allMatch(t -> t.contains(" src=\"/assets/survey.js\""));
      assertThat(html).doesNotContainPattern("(?i)\\sstyle\\s*=").doesNotContain("<style");
      assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
      assertThat(html).doesNotContain("javascript:");
    }
    assertThat(render("en", answers, List.of()))
        .contains("<script src=\"/assets/survey.js\" defer></script>")
        .contains("<link rel=\"stylesheet\" href=\"/assets/survey.css\">");
  }

  @Test
  void theLanguageSwitchLinksToTheOtherLanguage() {
    String html = render("zh", Map.of(), List.of());

    assertThat(html)
        .contains("<a href=\"/s/TOKEN?lang=en\" lang=\"en\" hreflang=\"en\">English</a>")
        .contains("aria-current=\"true\" lang=\"zh\">中文</span>")
        .contains("<legend id=\"item-role-label\">角色");
  }

  @Test
  void aSyntheticStudyShowsABanner() {
    PageModel m = model(allTypes, "en", Map.of(), List.of(), Map.of());
    PageModel synthetic =
        new PageModel(
            m.instrument(),
            "en",
            m.studyTitle(),
            m.formAction(),
            m.draftAction(),
            m.languageSwitchBase(),
            m.answers(),
            m.violations(),
            m.csrfToken(),
            true,
            m.institutionChoices());

    assertThat(RespondentPage.render(m)).doesNotContain("class=\"banner synthetic\"");
    assertThat(RespondentPage.render(synthetic)).contains("class=\"banner synthetic\"");
  }
}
