package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The partner roster of the respondent page over real HTTP on SQLite, as a browser without
 * JavaScript uses it (province filter, "show organisations", save, submit, the server's refusals
 * shown on the page) and the organisations route survey.js searches. The registers are {@link
 * RosterStudy#REGISTER}; the expected lists are worked out from it by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterPageHttpTest {
  private RosterStudy study;
  private Http http;

  @BeforeAll
  void start() throws java.io.IOException {
    study = new RosterStudy(java.nio.file.Files.createTempDirectory("tripart-roster-page"));
    http = study.http;
  }

  @AfterAll
  void stop() {
    study.close();
  }

  private HttpResponse<String> organisations(String token, String query) {
    return http.get("/api/respond/" + token + "/organisations" + query);
  }

  private static List<String> ids(HttpResponse<String> r) {
    List<String> out = new ArrayList<>();
    Http.json(r).forEach(o -> out.add(o.get("id").asText()));
    return out;
  }

  private static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** Posts the form fields (name, value, name, value, ...) as a browser would. */
  private HttpResponse<String> post(String path, String csrf, String... fields) {
    StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
    for (int i = 0; i < fields.length; i += 2) {
      body.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
    }
    return http.send(
        http.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String slot(String html, int number) {
    int start = html.indexOf("<li class=\"partner\" data-slot=\"" + number + "\">");
    assertThat(start).as("slot " + number).isNotNegative();
    return html.substring(start, html.indexOf("</li>", start));
  }

  @Test
  void searchMatchesPartOfANameInTheRostersSectorsOrderedByName() {
    String token = study.invite();

    HttpResponse<String> r = organisations(token, "?q=SHEN&lang=en");

    // Hospitals and companies starting "Shen": Shenyang Scan (C3), Shenzhen Eye (H2), Shenzhen
    // Vision (C1); the institution I1 is not in the roster's sectors.
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(ids(r)).containsExactly("C3", "H2", "C1");
    JsonNode c1 = Http.json(r).get(2);
    assertThat(c1.get("name").asText()).isEqualTo("Shenzhen Vision AI Ltd (SYNTHETIC)");
    assertThat(c1.get("sector").asText()).isEqualTo("company");
    assertThat(c1.get("province").asText()).isEqualTo("44");
    assertThat(c1.get("provinceName").asText()).isEqualTo("Guangdong");
  }

  @Test
  void searchTakesChineseNamesASectorAndAProvince() {
    String token = study.invite();

    HttpResponse<String> chinese = organisations(token, "?q=" + enc("深圳") + "&lang=zh");
    HttpResponse<String> companies =
        organisations(token, "?q=" + enc("深圳") + "&sector=company&lang=zh");
    HttpResponse<String> beijing = organisations(token, "?province=11&lang=en");
    HttpResponse<String> byId = organisations(token, "?q=h3");

    // 深圳视觉 (shi) before 深圳眼科 (yan) in pinyin order.
    assertThat(ids(chinese)).containsExactly("C1", "H2");
    assertThat(Http.json(companies).get(0).toString())
        .isEqualTo(
            "{\"id\":\"C1\",\"name\":\"深圳视觉智能有限公司（合成）\",\"sector\":\"company\","
                + "\"sectorName\":\"企业\",\"province\":\"44\",\"provinceName\":\"广东\"}");
    assertThat(ids(companies)).containsExactly("C1");
    assertThat(ids(beijing)).containsExactly("C2", "H3");
    assertThat(ids(byId)).containsExactly("H3");
  }

  @Test
  void badSearchesAre4xxProblems() {
    String token = study.invite();

    HttpResponse<String> unknownToken = organisations("no-such-token", "?q=shen");
    HttpResponse<String> noSuchSector = organisations(token, "?sector=university");
    HttpResponse<String> notAsked = organisations(token, "?sector=institution");
    HttpResponse<String> badProvince = organisations(token, "?province=99");
    HttpResponse<String> longQuery = organisations(token, "?q=" + "x".repeat(101));

    assertThat(unknownToken.statusCode()).isEqualTo(404);
    assertThat(Http.json(unknownToken).get("code").asText()).isEqualTo("TRP-0803");
    assertThat(noSuchSector.statusCode()).isEqualTo(400);
    assertThat(Http.json(noSuchSector).get("code").asText()).isEqualTo("TRP-1134");
    assertThat(Http.json(noSuchSector).get("detail").asText())
        .contains("'university'")
        .contains("hospital, company");
    assertThat(notAsked.statusCode()).isEqualTo(400);
    assertThat(Http.json(notAsked).get("code").asText()).isEqualTo("TRP-1134");
    assertThat(badProvince.statusCode()).isEqualTo(400);
    assertThat(Http.json(badProvince).get("code").asText()).isEqualTo("TRP-0800");
    assertThat(longQuery.statusCode()).isEqualTo(400);
    assertThat(longQuery.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void withoutJavaScriptTheRespondentFiltersByProvinceSavesAndSubmitsPartners() {
    String token = study.invite();
    String path = "/s/" + token;
    String csrf = csrf(http.get(path + "?lang=en").body());

    HttpResponse<String> shown =
        post(
            path,
            csrf,
            "company",
            "C1",
            "collaborates",
            "yes",
            "partners.1.province",
            "44",
            "_action",
            "show");

    // Guangdong's hospitals and companies: H1, H2 and C1 (the respondent's own; the server
    // refuses it if named), grouped by sector, each by name.
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    String first = slot(shown.body(), 1);
    assertThat(first)
        .contains("<option value=\"44\" selected>Guangdong</option>")
        .containsSubsequence(
            "<optgroup label=\"hospital\">",
            "<option value=\"H1\">Guangzhou First Hospital (SYNTHETIC)</option>",
            "<option value=\"H2\">Shenzhen Eye Hospital (SYNTHETIC)</option>",
            "<optgroup label=\"company\">",
            "<option value=\"C1\">Shenzhen Vision AI Ltd (SYNTHETIC)</option>")
        .doesNotContain("H3")
        .doesNotContain("I1");
    assertThat(study.response(token).orElseThrow().answersJson())
        .isEqualTo("{\"company\":\"C1\",\"collaborates\":\"yes\"}");

    HttpResponse<String> saved =
        post(
            path,
            csrf,
            "company",
            "C1",
            "collaborates",
            "yes",
            "partners.1.province",
            "44",
            "partners.1.id",
            "H2",
            "partners.1.kind",
            "data_sharing",
            "partners.1.kind",
            "deployment",
            "partners.1.since",
            "2018",
            "partners.2.province",
            "",
            "partners.2.other",
            "Acme AI Ltd (SYNTHETIC)",
            "partners.2.formal",
            "yes",
            "_action",
            "save");
    String resumed = http.get(path + "?lang=en").body();

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    String draft =
        "{\"company\":\"C1\",\"collaborates\":\"yes\",\"partners\":[{\"id\":\"H2\","
            + "\"kind\":[\"data_sharing\",\"deployment\"],\"since\":2018},"
            + "{\"other\":\"Acme AI Ltd (SYNTHETIC)\",\"formal\":\"yes\"}]}";
    assertThat(study.response(token).orElseThrow().answersJson()).isEqualTo(draft);
    assertThat(slot(resumed, 1))
        .contains("<option value=\"H2\" selected>Shenzhen Eye Hospital (SYNTHETIC)</option>")
        .contains("name=\"partners.1.kind\" value=\"deployment\" checked>")
        .contains("value=\"2018\"");
    assertThat(slot(resumed, 2)).contains("value=\"Acme AI Ltd (SYNTHETIC)\"");
    assertThat(slot(resumed, 3)).contains("Choose the province, then press Show organisations");

    HttpResponse<String> submitted =
        post(
            path,
            csrf,
            "company",
            "C1",
            "collaborates",
            "yes",
            "partners.1.id",
            "H2",
            "partners.1.kind",
            "data_sharing",
            "partners.1.kind",
            "deployment",
            "partners.1.since",
            "2018",
            "partners.2.other",
            "Acme AI Ltd (SYNTHETIC)",
            "partners.2.formal",
            "yes",
            "partners.3.id",
            "C2",
            "partners.3.kind",
            "joint_project",
            "_action",
            "submit");

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
    assertThat(submitted.headers().firstValue("Location")).hasValue(path + "/done");
    assertThat(study.response(token).orElseThrow().isFinal()).isTrue();
    assertThat(study.response(token).orElseThrow().answersJson())
        .isEqualTo(draft.replace("]}", ",{\"id\":\"C2\",\"kind\":[\"joint_project\"]}]}"));
  }

  @Test
  void aFormFieldWhoseEscapedBytesAreNotUtf8IsRefusedAndNothingStored() {
    String token = study.invite();
    String path = "/s/" + token;
    String csrf = csrf(http.get(path).body());

    HttpResponse<String> r =
        http.send(
            http.request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + enc(csrf) + "&company=C%FF1&collaborates=no&_action=submit")));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("not valid UTF-8").doesNotContain("\uFFFD");
    assertThat(study.response(token)).isEmpty();
  }

  @Test
  void refusedPartnersAreShownBesideTheirSlotsInChineseWithTheValuesKeptAndNothingStored() {
    String token = study.invite();
    String path = "/s/" + token;
    String csrf = csrf(http.get(path + "?lang=zh").body());

    HttpResponse<String> r =
        post(
            path + "?lang=zh",
            csrf,
            "company",
            "C1",
            "collaborates",
            "yes",
            "partners.1.id",
            "C1",
            "partners.2.id",
            "H2",
            "partners.3.id",
            "H2",
            "partners.4.id",
            "H1",
            "partners.5.kind",
            "deployment",
            "partners.6.id",
            "I1",
            "_action",
            "submit");

    assertThat(r.statusCode()).isEqualTo(422);
    String page = r.body();
    assertThat(slot(page, 1))
        .contains("这是您所在的机构，请只填写外部合作机构。")
        .contains("<option value=\"C1\" selected>深圳视觉智能有限公司（合成）</option>");
    assertThat(slot(page, 2)).doesNotContain("class=\"error\"");
    assertThat(slot(page, 3)).contains("该机构已在 partners[2] 填写，每个合作机构只需填写一次。");
    assertThat(slot(page, 4)).contains("最多可填写 3 个合作机构，请删除多余的。");
    assertThat(slot(page, 5))
        .contains("已填写此合作机构的相关问题，但未选择机构；请选择机构或清除这些答案。")
        .contains("name=\"partners.5.kind\" value=\"deployment\" checked>");
    assertThat(slot(page, 6)).contains("该机构属于科研机构，本题只填写医院或企业。");
    assertThat(page).contains("<li><a href=\"#item-partners\">").contains("合作机构 4：最多可填写 3 个");
    assertThat(study.response(token)).isEmpty();
  }

  @Test
  void thePageInChineseLabelsTheRosterInChinese() {
    String token = study.invite();

    String page = http.get("/s/" + token + "?lang=zh").body();

    assertThat(page)
        .contains("<legend id=\"item-partners-label\">您与哪些机构开展过人工智能合作？")
        .contains("<legend>合作机构 <span class=\"slot-number\">1</span></legend>")
        .contains("<label for=\"input-partners-1-province\">省份</label>")
        .contains(">显示机构</button>")
        .contains("请先选择省份，再点击&ldquo;显示机构&rdquo;列出该省的机构。")
        .contains(">添加合作机构</button>")
        .contains("data-search=\"/api/respond/" + token + "/organisations\"");
  }

  @Test
  void anOpenLinksPageSearchesTheSameRegistersWithoutACookie() {
    String link = "/o/" + RosterStudy.STUDY + "/" + RosterStudy.GROUP;

    String page = http.get(link).body();
    HttpResponse<String> found = http.get(link + "/organisations?q=SHEN&lang=en");
    HttpResponse<String> notAsked = http.get(link + "/organisations?sector=institution");
    HttpResponse<String> noSuchGroup =
        http.get("/o/" + RosterStudy.STUDY + "/nobody/organisations?q=shen");
    HttpResponse<String> noSuchStudy = http.get("/o/no_study/partners/organisations");

    assertThat(page).contains("data-search=\"" + link + "/organisations\"");
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(ids(found)).containsExactly("C3", "H2", "C1");
    assertThat(notAsked.statusCode()).isEqualTo(400);
    assertThat(Http.json(notAsked).get("code").asText()).isEqualTo("TRP-1134");
    assertThat(noSuchGroup.statusCode()).isEqualTo(404);
    assertThat(noSuchStudy.statusCode()).isEqualTo(404);
  }
}
