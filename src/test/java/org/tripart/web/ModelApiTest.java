package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/studies/{study}/model} over real HTTP on port 0, on the 40 research respondents
 * of {@link ModelRespondents}, against R's survey 4.1.1 ({@code svyglm} with {@code svydesign(ids =
 * ~1, strata = ~institution_type)}, src/test/r/model-output-reference.R); bad input answered 400
 * (malformed) or 422 (does not fit the data) as problem+json naming the field.
 */
class ModelApiTest {
  @TempDir static Path dir;
  private static TripartServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("model.sqlite").toString())
                .withDataDir(dir.resolve("data")));
    http = new Http(server);
    ModelRespondents.submit(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String body) {
    return http.send(
        http.admin("/api/studies/national_ai/model")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static JsonNode coefficient(JsonNode body, String term) {
    for (JsonNode c : body.get("coefficients")) {
      if (c.get("term").asText().equals(term)) {
        return c;
      }
    }
    throw new AssertionError("no coefficient " + term + " in " + body);
  }

  private static void close(JsonNode c, String key, Map<String, Double> r, String q, double tol) {
    double expected = r.get(c.get("term").asText() + " " + q);
    assertThat(c.get(key).asDouble())
        .as(c.get("term").asText() + " " + key)
        .isCloseTo(expected, within(tol * Math.abs(expected)));
  }

  @Test
  void aLinearModelUnderAStratifiedDesignIsRsSvyglmWithItsFactorTests() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"design\":{\"strata\":\"institution_type\"},"
                + "\"model\":{\"outcome\":\"ai_work_share\","
                + "\"covariates\":[\"age_group\",\"education\"]}}");
    Map<String, Double> ref = ModelRespondents.reference("gaussian");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.get("n_used").asInt()).isEqualTo(ref.get(" rows").intValue());
    assertThat(body.get("n_dropped").asInt()).isEqualTo(3);
    assertThat(body.get("df").asInt()).isEqualTo(ref.get(" df").intValue());
    assertThat(body.get("coefficients")).hasSize(6);
    for (JsonNode c : body.get("coefficients")) {
      close(c, "estimate", ref, "estimate", 1e-9);
      close(c, "se", ref, "se", 1e-6);
      close(c, "statistic", ref, "t", 1e-6);
      close(c, "p_value", ref, "p", 1e-6);
      close(c, "ci_low", ref, "lower", 1e-6);
      close(c, "ci_high", ref, "upper", 1e-6);
      assertThat(c.get("exp_estimate").isNull()).isTrue();
    }
    JsonNode age = body.get("tests").get(0);
    assertThat(age.get("term").asText()).isEqualTo("age_group");
    assertThat(age.get("f").asDouble())
        .isCloseTo(ref.get("age_group F"), within(1e-6 * ref.get("age_group F")));
    assertThat(age.get("numerator_df").asInt()).isEqualTo(3);
    assertThat(age.get("denominator_df").asInt()).isEqualTo(ref.get("age_group ddf").intValue());
    assertThat(age.get("p_value").asDouble())
        .isCloseTo(ref.get("age_group p_F"), within(1e-6 * ref.get("age_group p_F")));
    JsonNode table = body.get("table");
    assertThat(table.get("headers").toString())
        .isEqualTo("[\"Characteristic\",\"Beta\",\"95% CI\",\"p\"]");
    assertThat(table.get("rows").get(0).get("label").asText()).isEqualTo("Age group");
    assertThat(table.get("rows").get(1).get("cells").toString()).isEqualTo("[\"—\",\"—\",\"\"]");
  }

  @Test
  void aLogisticModelOfAnOptionWithAChosenReferenceGivesRsOddsRatios() {
    HttpResponse<String> r =
        post(
            "{\"group\":\"research\",\"design\":{\"strata\":\"institution_type\"},"
                + "\"model\":{\"outcome\":\"leadership=no_leadership_position\","
                + "\"covariates\":\"ai_work_share, age_group\",\"family\":\"binomial\","
                + "\"reference\":{\"age_group\":\"30_to_40\"}}}");
    Map<String, Double> ref = ModelRespondents.reference("logit_ref");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    JsonNode under30 = coefficient(body, "age_groupunder_30");
    close(under30, "estimate", ref, "estimate", 1e-9);
    close(under30, "se", ref, "se", 1e-6);
    close(under30, "p_value", ref, "p", 1e-6);
    double or = Math.exp(ref.get("age_groupunder_30 estimate"));
    assertThat(under30.get("exp_estimate").asDouble()).isCloseTo(or, within(1e-9 * or));
    double lo = Math.exp(ref.get("age_groupunder_30 lower"));
    assertThat(under30.get("exp_ci_low").asDouble()).isCloseTo(lo, within(1e-6 * lo));
    assertThat(body.get("df").asInt()).isEqualTo(ref.get(" df").intValue());
    assertThat(body.get("tests").get(0).get("p_value").asDouble())
        .isCloseTo(ref.get("age_group p_F"), within(1e-6 * ref.get("age_group p_F")));
    assertThat(body.get("table").get("headers").get(1).asText()).isEqualTo("OR");
    assertThat(body.get("table").get("footnotes").get(0).asText())
        .isEqualTo("OR = Odds Ratio, CI = Confidence Interval");
  }

  private static final String LINEAR =
      "{\"group\":\"research\",\"design\":{\"strata\":\"institution_type\"},"
          + "\"model\":{\"outcome\":\"ai_work_share\",\"covariates\":[\"age_group\"]}}";

  private static HttpResponse<String> postIn(String query, String acceptLanguage) {
    HttpRequest.Builder b =
        http.admin("/api/studies/national_ai/model" + query)
            .header("Content-Type", "application/json");
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return http.send(b.POST(HttpRequest.BodyPublishers.ofString(LINEAR)));
  }

  @Test
  void theTableFollowsTheAskedLanguageWithTheSameKeysAndNumbers() {
    JsonNode en = Http.json(postIn("", null));
    JsonNode zh = Http.json(postIn("?lang=zh", null));
    JsonNode accepted = Http.json(postIn("", "zh-CN,zh;q=0.9"));

    assertThat(zh.get("language").asText()).isEqualTo("zh");
    assertThat(en.get("language").asText()).isEqualTo("en");
    JsonNode table = zh.get("table");
    assertThat(table.get("headers").toString()).isEqualTo("[\"特征\",\"Beta\",\"95% CI\",\"p\"]");
    assertThat(table.get("rows").get(0).get("label").asText()).isEqualTo("年龄段");
    assertThat(table.get("rows").get(1).get("label").asText()).isEqualTo("30岁以下");
    assertThat(table.get("footnotes").get(0).asText()).isEqualTo("CI = 置信区间");
    assertThat(en.get("table").get("rows").get(1).get("label").asText())
        .isEqualTo("Under 30 years");
    assertThat(accepted.get("table")).isEqualTo(table);
    assertThat(zh.get("coefficients")).isEqualTo(en.get("coefficients"));
    assertThat(zh.get("tests")).isEqualTo(en.get("tests"));
    problem(postIn("?lang=fr", null), 400, "lang");
  }

  private static JsonNode problem(HttpResponse<String> r, int status, String pointer) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = Http.json(r);
    assertThat(p.get("errors").get(0).get("pointer").asText()).isEqualTo(pointer);
    return p;
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    String group = "{\"group\":\"research\",";
    JsonNode noModel = problem(post(group + "\"design\":{}}"), 400, "model");
    JsonNode family =
        problem(
            post(group + "\"model\":{\"outcome\":\"ai_work_share\",\"family\":\"probit\"}}"),
            400,
            "model.family");
    JsonNode key =
        problem(post(group + "\"model\":{\"outcome\":\"ai_work_share\",\"x\":1}}"), 400, "model.x");
    JsonNode noOutcome =
        problem(post(group + "\"model\":{\"covariates\":[\"age_group\"]}}"), 400, "model.outcome");
    problem(post("{\"model\":{\"outcome\":\"ai_work_share\"}}"), 400, "group");
    assertThat(post("not json").statusCode()).isEqualTo(400);
    JsonNode unknown =
        problem(
            post(group + "\"model\":{\"outcome\":\"ai_work_share\",\"covariates\":[\"nothing\"]}}"),
            422,
            "model.covariates");
    JsonNode notBinary =
        problem(
            post(group + "\"model\":{\"outcome\":\"education\",\"family\":\"binomial\"}}"),
            422,
            "model.outcome");
    JsonNode column =
        problem(
            post(
                group
                    + "\"design\":{\"strata\":\"nothing\"},"
                    + "\"model\":{\"outcome\":\"ai_work_share\"}}"),
            422,
            "design.strata");

    assertThat(noModel.get("detail").asText()).contains("give the model to fit");
    assertThat(family.get("detail").asText()).contains("'probit' is not one of gaussian");
    assertThat(key.get("detail").asText()).contains("unknown key 'x'");
    assertThat(noOutcome.get("detail").asText()).contains("give the outcome item");
    assertThat(unknown.get("detail").asText()).contains("'nothing' is no item of the data set");
    assertThat(notBinary.get("detail").asText()).contains("education=");
    assertThat(column.get("detail").asText()).contains("nothing");
  }

  @Test
  void withoutCredentialsTheModelIsRefused() {
    HttpResponse<String> r =
        http.send(
            http.request("/api/studies/national_ai/model")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"group\":\"research\",\"model\":{\"outcome\":\"ai_work_share\"}}")));

    assertThat(r.statusCode()).isEqualTo(401);
  }
}
