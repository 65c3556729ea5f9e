package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Sector;
import org.tripart.network.Network;
import org.tripart.network.NetworkBuilder;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.Nomination;
import org.tripart.network.Organisation;
import org.tripart.network.ResponseNetwork;
import org.tripart.network.UnmatchedPartner;

class NetworkPageTest {
  private static final String EVIL = "</script><script>alert('x')</script>&";

  /**
   * A hospital whose name is markup, tied to a company by two respondents, one partner typed in.
   */
  private static NetworkData.View view(boolean all) {
    Network n =
        NetworkBuilder.build(
            List.of(
                new Organisation("C", "Firm", Sector.COMPANY, "11", Tier.OTHER),
                new Organisation("H", EVIL, Sector.HOSPITAL, "11", Tier.TERTIARY)),
            List.of(
                new Nomination("r1", "C", "H", Set.of("a")),
                new Nomination("r2", "C", "H", Set.of("a"))),
            List.of(new UnmatchedPartner("r1", "C", EVIL)));
    return new NetworkData.View(
        all,
        2,
        NetworkMetrics.of(all ? n : n.forViewers(2).network()),
        List.of(),
        all ? n.unmatched() : List.of(),
        all ? new ResponseNetwork.Inputs(2, 2, 1, 2, 1, 0) : null,
        OrganisationDirectory.EMPTY,
        Map.of("a", LocalizedText.of("<b>kind</b>", "类型")),
        true);
  }

  @Test
  void theDataBlockCannotEndItsScriptAndReadsBackAsTheSameJson() throws Exception {
    JsonNode data = NetworkJson.of(view(false), "s", "en", 0);

    String block = NetworkPage.dataBlock(data);

    assertThat(block).doesNotContain("<", ">", "&");
    assertThat(ChartModels.JSON.readTree(block).toString()).isEqualTo(data.toString());
    assertThat(data.get("nodes").get(1).get("name").asText()).isEqualTo(EVIL);
  }

  @Test
  void textFromOutsideIsEscapedInThePage() {
    String html = NetworkPage.render("en", "s", EVIL, view(true));

    assertThat(html).doesNotContain(EVIL).doesNotContain("<b>kind</b>");
    assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;");
    assertThat(html.split("<script", -1)).hasSize(4);
  }

  @Test
  void theSyntheticBannerIsShownForSyntheticData() {
    String zh = NetworkPage.render("zh", "s", "T", view(false));

    assertThat(zh).contains("<p class=\"banner synthetic\" role=\"note\">合成演示数据");
  }
}
