package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/studies/{study}/analysis} over real HTTP: six research respondents in three
 * institution types used as clusters.
 *
 * <pre>
 * institution_type   age_group (y = 1 for under_30)
 * university         under_30, under_30      y = 1, 1
 * research_institute under_30, 30_to_40      y = 1, 0
 * hospital_affiliated_lab 30_to_40, 30_to_40 y = 0, 0
 * </pre>
 *
 * By hand (with-replacement Taylor linearization, equal weights): p = 3/6 = 0.5; the linearized
 * values z_i = (y_i - p) / n summed per cluster are t = 1/6, 0, -1/6; Var = C/(C-1) * sum (t_c -
 * mean t)^2 = 3/2 * 2/36 = 1/12, SE = sqrt(1/12) = 0.288675134594813, so 50% with SE
 * 28.8675134594813 points. Under simple random sampling with replacement Var = s^2/n = (0.25 * 6/5)
 * / 6 = 0.05, so deff = (1/12) / 0.05 = 5/3. Logit interval on df = C - 1 = 2: expit(0 +- t(0.975,
 * 2) * SE / (p (1 - p))) = [0.00690709261233831, 0.99309290738766165] (R: {@code svyciprop(~y,
 * svydesign(ids = ~cl, data = d), method = "logit")}).
 */
class AnalysisDesignApiTest {
  @TempDir static Path dir;
  private static TripartServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("design.sqlite").toString())
                .withDataDir(dir.resolve("data")));
    http = new Http(server);
    List<String> types =
        List.of(
            "university",
            "university",
            "research_institute",
            "research_institute",
            "hospital_affiliated_lab",
            "hospital_affiliated_lab");
    List<String> ages =
        List.of("under_30", "under_30", "under_30", "30_to_40", "30_to_40", "30_to_40");
    List<String> tokens = Fixture.invite(http, 6);
    for (int i = 0; i < 6; i++) {
      ObjectNode answers = (ObjectNode) Answers.JSON.readTree(Fixture.answers(i));
      answers
          .put("institution_type", types.get(i))
          .put("age_group", ages.get(i))
          .put("ai_work_share", 10 * (i + 1));
      HttpResponse<String> r =
          http.send(
              http.request("/api/respond/" + tokens.get(i) + "/submit")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(answers.toString())));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String body) {
    return http.send(
        http.admin("/api/studies/national_ai/analysis")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static JsonNode option(JsonNode estimates, String code) {
    for (JsonNode e : estimates) {
      if (e.get("option").asText().equals(code)) {
        return e;
      }
    }
    throw new AssertionError("no option " + code + " in " + estimates);
  }

  /**
   * By hand. JK1 replicates of the three institution types (R's {@code as.svrepdesign(type =
   * "JK1")}): dropping each in turn leaves under_30 at 1/4, 2/4, 3/4 (mean 1/2); Var = (3-1)/3 *
   * (1/16 + 0 + 1/16) = 1/12, as the Taylor formula; df = rank 3 - 1 = 2. Logit interval from the
   * replicates' logits -ln 3, 0, ln 3: SE = sqrt(2/3 * 2 ln(3)^2), expit(+-t(0.975, 2) SE).
   */
  @Test
  void aReplicateDesignComesWithThePlansReplicatesKey() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],"
                + "\"design\":{\"clusters\":[\"institution_type\"]},"
                + "\"replicates\":{\"from_design\":\"JK1\"}}");
    HttpResponse<String> none =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],"
                + "\"replicates\":{\"weights_pattern\":\"^repw\",\"type\":\"JK1\"}}");
    HttpResponse<String> unknown =
        post("{\"group\":\"research\",\"replicates\":{\"from_design\":\"JK1\",\"x\":1}}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode under30 = option(Http.json(r).get("items").get(0).get("overall"), "under_30");
    assertThat(under30.get("pct").asDouble()).isCloseTo(50.0, within(1e-12));
    assertThat(under30.get("se").asDouble()).isCloseTo(100 * Math.sqrt(1.0 / 12), within(1e-10));
    assertThat(under30.get("df").asInt()).isEqualTo(2);
    assertThat(under30.get("ci_low").asDouble()).isCloseTo(0.4243102464772075, within(1e-9));
    assertThat(under30.get("ci_high").asDouble()).isCloseTo(99.5756897535228, within(1e-9));
    assertThat(none.statusCode()).isEqualTo(422);
    assertThat(Http.json(none).get("detail").asText()).contains("no column's name matches");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Http.json(unknown).get("errors").get(0).get("pointer").asText())
        .isEqualTo("replicates.x");
  }

  /**
   * By hand. ai_work_share is 10, 20, ..., 60 in the order of the table above; the median (qrule
   * math: the smallest value whose weighted share reaches 1/2) is 30. JK1 replicates of the three
   * institution types: dropping the universities leaves 30..60 (median 40), dropping the research
   * institutes 10, 20, 50, 60 (20), dropping the hospital labs 10..40 (20); interval.type quantile:
   * Var = (3-1)/3 * ((40 - 80/3)^2 + 2 (20 - 80/3)^2) = 1600/9, SE = 40/3, limits 30 -/+ t(0.975,
   * 2) 40/3 on df = 2 (R: {@code svyquantile(~ai_work_share, as.svrepdesign(svydesign(ids =
   * ~institution_type, data = d), "JK1"), 0.5, ci = TRUE, interval.type = "quantile")}).
   */
  @Test
  void quantilesComeBackInTheirOwnFieldWithTheReplicatesInterval() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],"
                + "\"design\":{\"clusters\":[\"institution_type\"]},"
                + "\"replicates\":{\"from_design\":\"JK1\"},\"quantiles\":[0.5],"
                + "\"quantile_items\":[\"ai_work_share\"],\"quantile_interval\":\"quantile\"}");
    HttpResponse<String> taylor =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],\"quantiles\":[0.5],"
                + "\"quantile_items\":[\"ai_work_share\"],\"quantile_interval\":\"quantile\"}");
    HttpResponse<String> coded =
        post(
            "{\"group\":\"research\",\"quantiles\":[0.5]," + "\"quantile_items\":[\"age_group\"]}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode q = Http.json(r).get("quantiles");
    assertThat(q).hasSize(1);
    JsonNode median = q.get(0);
    assertThat(median.get("estimand").asText()).isEqualTo("quantile");
    assertThat(median.get("item").asText()).isEqualTo("ai_work_share");
    assertThat(median.get("option").asText()).isEqualTo("0.5");
    assertThat(median.get("detail").asText()).isEqualTo("qrule=math, interval=quantile");
    double se = 40.0 / 3;
    double t = 4.302652729749464;
    assertThat(median.get("estimate").asDouble()).isCloseTo(30.0, within(1e-12));
    assertThat(median.get("se").asDouble()).isCloseTo(se, within(1e-9));
    assertThat(median.get("ci_low").asDouble()).isCloseTo(30 - t * se, within(1e-9));
    assertThat(median.get("ci_high").asDouble()).isCloseTo(30 + t * se, within(1e-9));
    assertThat(median.get("df").asInt()).isEqualTo(2);
    assertThat(median.get("n").asInt()).isEqualTo(6);
    assertThat(Http.json(r).has("estimands")).isFalse();
    assertThat(Http.json(r).get("quantile_notes").get(0).asText())
        .contains("R's svyquantile warns on JK1 replicate weights with interval type quantile")
        .contains("Jackknife replicate weights may not give valid standard errors for quantiles");
    assertThat(taylor.statusCode()).as(taylor.body()).isEqualTo(422);
    assertThat(Http.json(taylor).get("errors").get(0).get("pointer").asText())
        .isEqualTo("quantile_interval");
    assertThat(coded.statusCode()).as(coded.body()).isEqualTo(422);
    assertThat(Http.json(coded).get("errors").get(0).get("pointer").asText())
        .isEqualTo("quantile_items");
    assertThat(Http.json(coded).get("detail").asText()).contains("TRP-1703").contains("age_group");
  }

  @Test
  void clusteredPercentageMatchesTheWithReplacementTaylorFormula() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],"
                + "\"design\":{\"cluster\":[\"institution_type\"]}}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.get("respondents").asInt()).isEqualTo(6);
    JsonNode item = body.get("items").get(0);
    assertThat(item.get("item").asText()).isEqualTo("age_group");
    JsonNode under30 = option(item.get("overall"), "under_30");
    assertThat(under30.get("n").asInt()).isEqualTo(3);
    assertThat(under30.get("denominator").asInt()).isEqualTo(6);
    assertThat(under30.get("pct").asDouble()).isCloseTo(50.0, within(1e-12));
    assertThat(under30.get("se").asDouble()).isCloseTo(100 * Math.sqrt(1.0 / 12), within(1e-10));
    assertThat(under30.get("deff").asDouble()).isCloseTo(5.0 / 3, within(1e-10));
    assertThat(under30.get("ci_low").asDouble()).isCloseTo(0.690709261233831, within(1e-7));
    assertThat(under30.get("ci_high").asDouble()).isCloseTo(99.309290738766165, within(1e-7));
    assertThat(under30.get("df").asInt()).isEqualTo(2);
  }

  @Test
  void theBodyTakesThePlanFilesKeysAndTheFirstVersionsNamesAlike() {
    String plan =
        "{\"group\":\"research\",\"items\":[\"age_group\"],\"ci\":\"beta\",\"level\":0.9,"
            + "\"design\":{\"clusters\":[\"institution_type\"],\"lonely_psu\":\"adjust\"}}";
    String legacy =
        "{\"group\":\"research\",\"items\":[\"age_group\"],"
            + "\"design\":{\"cluster\":[\"institution_type\"],\"lonelyPsu\":\"adjust\","
            + "\"ci\":\"beta\",\"level\":0.9}}";
    String both =
        "{\"group\":\"research\",\"design\":{\"cluster\":\"institution_type\","
            + "\"clusters\":\"institution_type\"}}";

    HttpResponse<String> byPlan = post(plan);
    HttpResponse<String> byLegacy = post(legacy);
    HttpResponse<String> twice = post(both);

    assertThat(byPlan.statusCode()).as(byPlan.body()).isEqualTo(200);
    assertThat(Http.json(byPlan).get("items")).isEqualTo(Http.json(byLegacy).get("items"));
    JsonNode under30 = option(Http.json(byPlan).get("items").get(0).get("overall"), "under_30");
    assertThat(under30.get("se").asDouble()).isCloseTo(100 * Math.sqrt(1.0 / 12), within(1e-10));
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(Http.json(twice).get("errors").get(0).get("pointer").asText())
        .isEqualTo("design.cluster");
    assertThat(Http.json(twice).get("detail").asText())
        .contains("give either design.cluster or design.clusters, not both");
  }

  @Test
  void aBreakdownGivesEstimatesPerCategoryAndTheRaoScottTest() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],\"by\":\"institution_type\","
                + "\"design\":{\"cluster\":\"institution_type\",\"ci\":\"beta\"}}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode item = Http.json(r).get("items").get(0);
    JsonNode university = null;
    for (JsonNode s : item.get("strata")) {
      if (s.get("stratum").asText().equals("university")) {
        university = s.get("estimates");
      }
    }
    assertThat(option(university, "under_30").get("pct").asDouble()).isEqualTo(100.0);
    assertThat(option(university, "under_30").get("denominator").asInt()).isEqualTo(2);
    assertThat(item.get("raoScott")).hasSize(1);
    assertThat(item.get("raoScott").get(0).has("p")).isTrue();
  }

  /**
   * By hand. Total of under_30 with the three institution types as clusters: cluster totals 2, 1, 0
   * about their mean 1, Var = 3/2 * (1 + 0 + 1) = 3, SE = sqrt(3), df 2. University minus research
   * institute for under_30, every respondent its own PSU: 1 - 1/2 = 1/2; the contrast's influence
   * is 0 for the universities' rows and -(y - 1/2) / 2 = -1/4, +1/4 for the institute's, so Var =
   * 6/5 * (1/16 + 1/16) = 0.15, df = 5, t = 0.5 / sqrt(0.15).
   */
  @Test
  void totalsAndContrastsComeBackBesideTheItemsOnRsScale() {
    HttpResponse<String> total =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],"
                + "\"design\":{\"clusters\":[\"institution_type\"]},"
                + "\"estimands\":{\"totals\":[\"age_group\"]}}");
    HttpResponse<String> contrast =
        post(
            "{\"group\":\"research\",\"items\":[\"age_group\"],"
                + "\"estimands\":{\"contrasts\":[{\"by\":\"institution_type\","
                + "\"levels\":[\"university\",\"research_institute\"],"
                + "\"items\":[\"age_group=under_30\"]}]}}");
    HttpResponse<String> wrong =
        post(
            "{\"group\":\"research\",\"estimands\":{\"contrasts\":[{\"by\":\"institution_type\","
                + "\"levels\":[\"university\",\"clinic\"]}]}}");

    assertThat(total.statusCode()).as(total.body()).isEqualTo(200);
    JsonNode under30 = null;
    for (JsonNode e : Http.json(total).get("estimands")) {
      if (e.get("option").asText().equals("under_30")) {
        under30 = e;
      }
    }
    assertThat(under30.get("estimand").asText()).isEqualTo("total");
    assertThat(under30.get("estimate").asDouble()).isCloseTo(3.0, within(1e-12));
    assertThat(under30.get("se").asDouble()).isCloseTo(Math.sqrt(3), within(1e-12));
    assertThat(under30.get("df").asInt()).isEqualTo(2);
    assertThat(contrast.statusCode()).as(contrast.body()).isEqualTo(200);
    JsonNode c = Http.json(contrast).get("estimands").get(0);
    assertThat(c.get("detail").asText())
        .isEqualTo("institution_type university - research_institute");
    assertThat(c.get("estimate").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(c.get("se").asDouble()).isCloseTo(Math.sqrt(0.15), within(1e-12));
    assertThat(c.get("df").asInt()).isEqualTo(5);
    assertThat(c.get("t").asDouble()).isCloseTo(0.5 / Math.sqrt(0.15), within(1e-10));
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
    assertThat(Http.json(wrong).get("errors").get(0).get("pointer").asText())
        .isEqualTo("estimands.contrasts[0].coefficients");
    assertThat(Http.json(wrong).get("detail").asText())
        .contains("'clinic' is not an option of institution_type");
  }

  @Test
  void anUnknownStrataColumnIsUnprocessableAndNamesTheField() {
    HttpResponse<String> r =
        post("{\"group\":\"research\",\"design\":{\"strata\":\"hospital_size\"}}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode p = Http.json(r);
    assertThat(p.get("code").asText()).isEqualTo("TRP-0501");
    assertThat(p.get("errors").get(0).get("pointer").asText()).isEqualTo("design.strata");
    assertThat(p.get("detail").asText()).contains("hospital_size");
  }

  @Test
  void aLonelyStratumUnderFailIsUnprocessableAndNamesTheStratum() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"design\":{\"strata\":\"institution_type\","
                + "\"cluster\":[\"institution_type\"],\"lonelyPsu\":\"fail\"}}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode p = Http.json(r);
    assertThat(p.get("errors").get(0).get("pointer").asText()).isEqualTo("design.lonely_psu");
    assertThat(p.get("detail").asText()).contains("institution_type = university");
  }

  @Test
  void aFieldOfTheWrongShapeOrAnUnknownFieldIsABadRequestNamingIt() {
    HttpResponse<String> rule =
        post("{\"group\":\"research\",\"design\":{\"lonelyPsu\":\"sometimes\"}}");
    HttpResponse<String> unknown =
        post("{\"group\":\"research\",\"design\":{\"cluster_ids\":[\"institution_type\"]}}");
    HttpResponse<String> margin =
        post(
            "{\"group\":\"research\",\"poststratify\":[{\"column\":\"education\","
                + "\"value\":\"postgraduate\",\"population\":\"many\"}]}");

    assertThat(rule.statusCode()).isEqualTo(400);
    assertThat(Http.json(rule).get("errors").get(0).get("pointer").asText())
        .isEqualTo("design.lonely_psu");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Http.json(unknown).get("errors").get(0).get("pointer").asText())
        .isEqualTo("design.cluster_ids");
    assertThat(margin.statusCode()).isEqualTo(400);
    assertThat(Http.json(margin).get("errors").get(0).get("pointer").asText())
        .isEqualTo("weighting.poststratify[0].population");
  }

  @Test
  void aPostStratificationMarginMissingACategoryIsUnprocessable() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"poststratify\":[{\"column\":\"institution_type\","
                + "\"value\":\"university\",\"population\":100}]}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(Http.json(r).get("errors").get(0).get("pointer").asText())
        .isEqualTo("weighting.poststratify");
  }

  @Test
  void aDomainValueThatIsNoOptionIsUnprocessableAndNamesTheDomain() {
    HttpResponse<String> r =
        post("{\"group\":\"research\",\"design\":{\"domain\":{\"education\":\"phd\"}}}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode p = Http.json(r);
    assertThat(p.get("errors").get(0).get("pointer").asText()).isEqualTo("domain");
    assertThat(p.get("detail").asText()).contains("'phd' is not an option of education");
  }
}
