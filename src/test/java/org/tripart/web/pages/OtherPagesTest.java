package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.fieldwork.Counts;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.fieldwork.FieldworkSummary.Dimension;

class OtherPagesTest {
  @Test
  void confirmationShowsTheTimeInChinaStandardTime() {
    String html = ConfirmationPage.render("zh", "研究 <一>", Instant.parse("2024-03-01T16:30:00Z"));

    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("感谢您的参与")
        .contains("研究 &lt;一&gt;")
        .contains("<time datetime=\"2024-03-01T16:30:00Z\">2024-03-02 00:30 +08:00</time>");
  }

  @Test
  void messagePageEscapesAndShowsTheStatus() {
    String html = MessagePage.render("en", 410, "Link <expired>", "Ask \"the team\".");

    assertThat(html)
        .contains("<h1>Link &lt;expired&gt;</h1>")
        .contains("Ask &quot;the team&quot;.")
        .contains("Error 410")
        .doesNotContain("<script");
  }

  @Test
  void fieldworkTablesShowCountsRatesAndProvinceNamesInThePageLanguage() {
    Map<String, Counts> byProvince = new LinkedHashMap<>();
    // 3 complete, 1 partial, 1 refusal, 5 non-contacts: 10 invited, started 5, RR1 3/10, RR2 4/10
    byProvince.put("44", new Counts(3, 1, 1, 5, 0, 0, 0));
    byProvince.put(null, new Counts(0, 0, 0, 0, 0, 0, 2));
    FieldworkSummary provinces = FieldworkSummary.fromCounts(Dimension.PROVINCE, byProvince);
    FieldworkSummary tiers =
        FieldworkSummary.fromCounts(
            Dimension.TIER, Map.of("tertiary", new Counts(1, 0, 0, 1, 0, 0, 0)));

    String zh = FieldworkPage.render("zh", "研究", List.of(provinces, tiers), "<p>defs</p>");
    String en = FieldworkPage.render("en", "Study", List.of(provinces), "");

    assertThat(zh)
        .contains("<meta http-equiv=\"refresh\" content=\"30\">")
        .contains(
            "<th scope=\"row\">广东</th><td class=\"num\">10</td><td class=\"num\">5</td>"
                + "<td class=\"num\">3</td><td class=\"num\">1</td>"
                + "<td class=\"num\">30.00% <span class=\"counts\">(3/10)</span></td>"
                + "<td class=\"num\">40.00% <span class=\"counts\">(4/10)</span></td>")
        .contains("<th scope=\"row\">（未记录）</th><td class=\"num\">2</td>")
        .contains("<th scope=\"row\">三级</th>")
        .contains("<p>defs</p>")
        .doesNotContain("<script");
    assertThat(en)
        .contains("<th scope=\"row\">Guangdong</th>")
        .contains("<th scope=\"row\">Total</th><td class=\"num\">12</td>")
        .contains(
            "<th scope=\"row\">(not recorded)</th><td class=\"num\">2</td><td class=\"num\">0</td>"
                + "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num na\">n/a</td>");
  }
}
