package org.tripart.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;
import org.tripart.network.NetworkBuilder;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.Nomination;
import org.tripart.network.Organisation;
import org.tripart.network.ResponseNetwork;
import org.tripart.report.Table;

/**
 * The network's publication table and results sentences on a network worked by hand: the path I1 -
 * C1 - H1 - C2 and the isolate H3; C1 and H1 named each other.
 */
class NetworkSummaryTest {
  private static final NetworkMetrics METRICS =
      NetworkMetrics.of(
          NetworkBuilder.build(
              List.of(
                  new Organisation("C1", "Org C1", Sector.COMPANY, "44", Tier.OTHER),
                  new Organisation("C2", "Org C2", Sector.COMPANY, "31", Tier.OTHER),
                  new Organisation("H1", "Org H1", Sector.HOSPITAL, "44", Tier.TERTIARY),
                  new Organisation("H3", "Org H3", Sector.HOSPITAL, "11", Tier.TERTIARY),
                  new Organisation("I1", "Org I1", Sector.INSTITUTION, "44", Tier.OTHER)),
              List.of(
                  new Nomination("r1", "C1", "H1", Set.of()),
                  new Nomination("r1", "C1", "I1", Set.of()),
                  new Nomination("r2", "C2", "H1", Set.of()),
                  new Nomination("r3", "H1", "C1", Set.of())),
              List.of()));
  private static final ResponseNetwork.Inputs INPUTS = new ResponseNetwork.Inputs(6, 5, 4, 4, 1, 1);

  @Test
  void theTableCountsSharesOfTiesOrganisationsAndTriads() {
    Table t = NetworkSummary.table("Table 5. Network", METRICS, INPUTS, "SYNTHETIC test");

    assertThat(t.rows())
        .containsExactly(
            List.of("Organisations", "5 (hospitals 2, research institutions 1, companies 2)"),
            List.of("Ties", "3"),
            List.of("Reciprocated ties, n (%)", "1 (33)"),
            List.of("Hospital-institution ties, n (%)", "0 (0)"),
            List.of("Hospital-company ties, n (%)", "2 (67)"),
            List.of("Institution-company ties, n (%)", "1 (33)"),
            List.of("Ties within one sector, n (%)", "0 (0)"),
            List.of("Density", "0.3000"),
            List.of("E-I index (sectors)", "1.00"),
            List.of("Mean degree, hospitals", "1.00 (max 2)"),
            List.of("Mean degree, research institutions", "1.00 (max 1)"),
            List.of("Mean degree, companies", "1.50 (max 2)"),
            List.of("Components", "2"),
            List.of("Largest component, organisations (%)", "4 (80)"),
            List.of("Closed tripartite triads, n (%)", "0 (0)"),
            List.of("Open tripartite triads, n (%)", "1 (100)"),
            List.of("Ties within one province, n (%)", "2 (67)"),
            List.of("Respondents naming a partner, n (%)", "4 (80)"),
            List.of("Partners typed in, not in the registers", "1"));
    assertThat(t.notes().get(0)).startsWith("SYNTHETIC DATA: SYNTHETIC test");
  }

  @Test
  void theSentencesSayTheSameNumbers() {
    assertThat(NetworkSummary.sentences(METRICS, INPUTS))
        .isEqualTo(
            "4 of 5 respondents asked (80%) named at least one partner organisation. They named 3"
                + " ties between 5 organisations; 1 (33%) were named from both ends. Most ties"
                + " joined hospitals and companies (67%, n = 2); 0% stayed within one sector (E-I"
                + " index 1.00). The tripartite triangle of a hospital, a research institution and"
                + " a company closed 0 times and stayed open 1 time, most often around a company"
                + " (1). The most central organisation by betweenness was Org C1 (a company in"
                + " Guangdong, 2 partners). 67% of ties stayed within one province (n = 2).");
  }
}
