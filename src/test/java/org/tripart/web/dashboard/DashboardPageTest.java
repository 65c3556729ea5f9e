package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.fieldwork.Counts;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

class DashboardPageTest {
  private static final DashboardPage.DisclosureNote VIEWER_NOTE =
      new DashboardPage.DisclosureNote(true, 5);

  private static Dataset demo;

  @BeforeAll
  static void synthesize() {
    demo = StudyData.synthesize(Study.nationalAi()).dataset("clinician");
  }

  private static List<JsonNode> chartsOf(String html) throws Exception {
    Matcher m = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(html);
    List<JsonNode> out = new ArrayList<>();
    while (m.find()) {
      out.add(ChartModels.JSON.readTree(StringEscapeUtils.unescapeHtml4(m.group(1))));
    }
    return out;
  }

  private static DashboardPage.Filters filters(String by) {
    return new DashboardPage.Filters("clinician", by, null, List.of("clinician"), Map.of());
  }

  @Test
  void numbersInTheDataAttributesAreTheEnginesFrequenciesOfTheDemoData() throws Exception {
    List<ObjectNode> charts = new ArrayList<>();
    for (String id : List.of("hospital_tier", "ai_department", "ai_product_use")) {
      charts.add(ChartModels.item(Frequencies.of(demo, id), "en"));
    }
    String html =
        DashboardPage.items(
            "en", "national_ai", "T", filters(null), demo.size(), "x", charts, VIEWER_NOTE);

    List<JsonNode> parsed = chartsOf(html);
    assertThat(parsed).hasSize(3);
    for (JsonNode chart : parsed) {
      ItemFrequencies f = Frequencies.of(demo, chart.get("item").asText());
      JsonNode s = chart.get("series").get(0);
      assertThat(chart.get("categories")).hasSize(f.options().size());
      for (int o = 0; o < f.options().size(); o++) {
        OptionFrequency of = f.options().get(o);
        assertThat(s.get("n").get(o).asLong()).isEqualTo(of.count());
        assertThat(s.get("d").get(o).asLong()).isEqualTo(of.denominator());
        assertThat(s.get("p").get(o).asDouble()).isEqualTo(of.proportion());
        assertThat(s.get("lo").get(o).asDouble()).isEqualTo(of.ci().low());
        assertThat(s.get("hi").get(o).asDouble()).isEqualTo(of.ci().high());
      }
    }
    assertThat(parsed.get(2).get("multiple").asBoolean()).isTrue();
    assertThat(parsed.get(2).get("note").asText()).contains("shares of respondents");
  }

  @Test
  void theDisclosureNoteNamesTheStudysThresholdForViewersAndOthersAlike() {
    String viewer =
        DashboardPage.items(
            "en",
            "national_ai",
            "T",
            filters(null),
            1,
            "x",
            List.of(),
            new DashboardPage.DisclosureNote(true, 12));
    String analyst =
        DashboardPage.items(
            "zh",
            "national_ai",
            "T",
            filters(null),
            1,
            "x",
            List.of(),
            new DashboardPage.DisclosureNote(false, 12));

    assertThat(viewer).contains("Counts below 12 are withheld").doesNotContain("below 5");
    assertThat(analyst).contains("精确计数").contains("小于12的计数");
  }

  @Test
  void aProportionIsItsCountOverTheAnsweredAndItsWhiskersAreWilsons() {
    ItemFrequencies f = Frequencies.of(demo, "ai_department");
    JsonNode s = ChartModels.item(f, "en").get("series").get(0);
    long count = s.get("n").get(0).asLong();
    long d = s.get("d").get(0).asLong();
    double p = (double) count / d;
    double z = 1.959963984540054;
    double centre = (p + z * z / (2 * d)) / (1 + z * z / d);
    double half = z / (1 + z * z / d) * Math.sqrt(p * (1 - p) / d + z * z / (4.0 * d * d));

    assertThat(d).isEqualTo(f.answered());
    assertThat(s.get("p").get(0).asDouble())
        .isCloseTo(p, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.get("lo").get(0).asDouble())
        .isCloseTo(centre - half, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.get("hi").get(0).asDouble())
        .isCloseTo(centre + half, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aSplitChartHasOneSeriesPerStratumAndTheTestSentence() throws Exception {
    ObjectNode chart =
        ChartModels.split(CrossTabs.of(demo, "ai_department", "hospital_tier", 0.95), "zh");
    String html =
        DashboardPage.items(
            "zh",
            "national_ai",
            "T",
            filters("hospital_tier"),
            1,
            "x",
            List.of(chart),
            VIEWER_NOTE);

    JsonNode parsed = chartsOf(html).get(0);
    assertThat(parsed.get("series").size())
        .isEqualTo(demo.instrument().item("hospital_tier").options().size());
    assertThat(html).contains("<p class=\"test\">独立性检验: &chi;&sup2;(").contains("lang=\"zh-CN\"");
  }

  @Test
  void textFromOutsideIsEscapedInContentAndAttributes() throws Exception {
    String evil = "<script>alert(\"x\")</script>'&";
    ObjectNode chart = ChartModels.JSON.createObjectNode().put("title", evil).put("note", evil);
    chart.putArray("categories").add(evil);
    chart.putArray("series");
    String html =
        DashboardPage.items(
            "en",
            "st\"udy",
            evil,
            new DashboardPage.Filters(evil, null, evil, List.of(evil), Map.of(evil, evil)),
            0,
            evil,
            List.of(chart),
            VIEWER_NOTE);

    assertThat(html).doesNotContain("<script>alert").doesNotContain("\"x\")");
    assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    assertThat(chartsOf(html).get(0).get("categories").get(0).asText()).isEqualTo(evil);
    assertThat(html).doesNotContain(" style=").doesNotContain("<script>");
  }

  @Test
  void everyProvinceHasATileColouredByItsResponseRate() {
    Map<String, Counts> counts = new java.util.LinkedHashMap<>();
    counts.put("11", new Counts(3, 0, 0, 7, 0, 0, 0));
    FieldworkSummary s = FieldworkSummary.fromCounts(FieldworkSummary.Dimension.PROVINCE, counts);
    String html = DashboardPage.overview("zh", "national_ai", "T", List.of(), s, new boolean[1], 0);

    assertThat(Pattern.compile("<li class=\"tile ").matcher(html).results().count()).isEqualTo(31);
    assertThat(ProvinceGrid.TILES).hasSize(31);
    assertThat(ProvinceGrid.TILES.values().stream().map(a -> a[0] * 8 + a[1]).distinct())
        .hasSize(31);
    // Beijing: 3 completed of 10 invited, RR1 = 0.3 -> bin 3, shown as 30%
    assertThat(html).contains("r1 c5 b3\" data-province=\"11\" data-rr1=\"0.3\"");
    assertThat(html).contains("<span class=\"name\">北京</span> <span class=\"rate\">30%</span>");
    assertThat(html).contains("data-province=\"65\" title=\"新疆: 无邀请\"");
  }

  @Test
  void anOverviewOfSyntheticInvitationsSaysSoAndOneOfCollectedOnesDoesNot() {
    Map<String, Counts> counts = new java.util.LinkedHashMap<>();
    counts.put("11", new Counts(3, 0, 0, 7, 0, 0, 0));
    FieldworkSummary s = FieldworkSummary.fromCounts(FieldworkSummary.Dimension.PROVINCE, counts);

    String synthetic =
        DashboardPage.overview("en", "national_ai", "T", List.of(), s, new boolean[1], 10);
    String collected =
        DashboardPage.overview("en", "national_ai", "T", List.of(), s, new boolean[1], 0);
    String zh = DashboardPage.overview("zh", "national_ai", "T", List.of(), s, new boolean[1], 10);

    assertThat(synthetic)
        .contains(
            "<p class=\"banner synthetic\" role=\"note\">SYNTHETIC demonstration data: 10 of"
                + " these invitations");
    assertThat(collected).doesNotContain("SYNTHETIC").doesNotContain("banner synthetic");
    assertThat(zh).contains("合成演示数据：其中 10 份邀请");
  }
}
