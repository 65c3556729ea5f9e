package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.store.CountDimension;
import org.tripart.store.FieldworkCount;
import org.tripart.store.Store;
import org.tripart.store.StoredResponse;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.synth.SynthesisResult;
import org.tripart.web.http.RateLimiter;

/** Valid answers of the bundled study's research group, and helpers that create invitations. */
final class Fixture {
  static final String STUDY = "national_ai";
  static final String GROUP = "research";
  private static SynthesisResult research;

  private Fixture() {}

  /**
   * A server configuration on a free loopback port, over a new SQLite store and data folder in
   * {@code dir}, without rate limits (tests send many requests from one address).
   */
  static ServerConfig unlimited(Path dir) {
    return ServerConfig.defaults()
        .withPort(0)
        .withDb(dir.resolve("tripart.sqlite").toString())
        .withDataDir(dir.resolve("data"))
        .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited());
  }

  /**
   * The SYNTHETIC research respondents with the bundled study's SYNTHETIC network (their own
   * institutions and partners): every row is a valid final submission.
   */
  static synchronized Dataset research() {
    return result().dataset();
  }

  private static synchronized SynthesisResult result() {
    if (research == null) {
      research = StudyData.synthesize(Study.nationalAi()).group(GROUP);
    }
    return research;
  }

  static String answers(int row) {
    Dataset d = research();
    int r = row % d.size();
    return Answers.rowToJson(d, r, result().ties().partnersOf(d.respondentIds().get(r)));
  }

  /**
   * The answers of {@link #answers(int)} as the respondent page's form fields: an item's codes
   * repeated under its id, a roster's partners as its slots ({@code ROSTER.1.id}, {@code
   * ROSTER.1.other}, {@code ROSTER.1.<tie>}).
   */
  static Map<String, List<String>> formFields(int row) throws Exception {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    JsonNode answers = Answers.JSON.readTree(answers(row));
    answers
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isArray() && e.getValue().path(0).isObject()) {
                int slot = 0;
                for (JsonNode partner : e.getValue()) {
                  String prefix = e.getKey() + "." + ++slot + ".";
                  partner
                      .fields()
                      .forEachRemaining(f -> fields.put(prefix + f.getKey(), texts(f.getValue())));
                }
              } else {
                fields.put(e.getKey(), texts(e.getValue()));
              }
            });
    return fields;
  }

  private static List<String> texts(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> out.add(v.asText()));
    } else {
      out.add(value.asText());
    }
    return out;
  }

  /** A row and an item with skip logic that does not apply to the row. */
  static int[] skippedCell() {
    Dataset d = research();
    List<Item> items = d.instrument().items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.when() != null && !item.options().isEmpty()) {
        BitSet applies = d.applicableRows(item.id());
        int row = applies.nextClearBit(0);
        if (row < d.size()) {
          return new int[] {row, i};
        }
      }
    }
    throw new IllegalStateException("the research questionnaire has no skipped item");
  }

  /** Creates {@code n} research invitations through the API and returns their tokens. */
  static List<String> invite(Http http, int n) {
    HttpResponse<String> r =
        http.send(
            http.admin("/api/studies/" + STUDY + "/invitations")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"group\":\"" + GROUP + "\",\"count\":" + n + "}")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    List<String> tokens = new ArrayList<>();
    for (JsonNode i : Http.json(r).get("invitations")) {
      tokens.add(i.get("token").asText());
    }
    return tokens;
  }

  /** Stored responses (draft or final) and final ones of the study, as [started, completed]. */
  static long[] counts(Store store) {
    long started = 0;
    long completed = 0;
    for (FieldworkCount c : store.counts(STUDY, CountDimension.GROUP)) {
      started += c.started();
      completed += c.completed();
    }
    return new long[] {started, completed};
  }

  static List<StoredResponse> finals(Store store) {
    try (Stream<StoredResponse> s = store.finalResponses(STUDY, GROUP)) {
      return s.toList();
    }
  }
}
