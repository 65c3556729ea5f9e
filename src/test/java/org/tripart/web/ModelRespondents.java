package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 40 research-group respondents of src/test/r/model-output-reference.R
 * (src/test/resources/org/tripart/web/model/research.csv), submitted to a server through the
 * respondent API (each a valid SYNTHETIC answer set with institution_type, age_group, education,
 * leadership and ai_work_share replaced; ai_work_share left unanswered where the file has none),
 * and R's svyglm values on them (reference.csv) for the model API's and the dashboard's tests.
 */
public final class ModelRespondents {
  private static final Path DIR = Path.of("src/test/resources/org/tripart/web/model");
  private static final List<String> ITEMS =
      List.of("institution_type", "age_group", "education", "leadership", "ai_work_share");

  private ModelRespondents() {}

  /** Invites and submits the 40 respondents to the bundled study's research group. */
  public static void submit(TripartServer server) {
    Http http = new Http(server);
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(DIR.resolve("research.csv"), StandardCharsets.UTF_8)) {
      rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> tokens = Fixture.invite(http, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode answers;
      try {
        answers = (ObjectNode) Answers.JSON.readTree(Fixture.answers(i));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String item : ITEMS) {
        String v = rows.get(i).get(item);
        if (v.isEmpty()) {
          answers.remove(item);
        } else if (item.equals("ai_work_share")) {
          answers.put(item, Double.parseDouble(v));
        } else {
          answers.put(item, v);
        }
      }
      HttpResponse<String> r =
          http.send(
              http.request("/api/respond/" + tokens.get(i) + "/submit")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(answers.toString())));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  /** R's values of one case: {@code "term quantity"} to value. */
  public static Map<String, Double> reference(String name) {
    Map<String, Double> out = new HashMap<>();
    try (Reader in =
        Files.newBufferedReader(DIR.resolve("reference.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        if (r.get("case").equals(name)) {
          out.put(r.get("term") + " " + r.get("quantity"), Double.parseDouble(r.get("value")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(out).as(name).isNotEmpty();
    return out;
  }
}
