package org.tripart.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Answer;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Partner;
import org.tripart.json.AnswersJson;
import org.tripart.json.JsonInputException;
import org.tripart.json.StrictJson;
import org.tripart.web.http.HttpProblem;

/**
 * The web's side of {@link AnswersJson}, the codec of stored answers: a request body's raw answers
 * (a refusal as a 400), typed answers and dataset rows as stored JSON; and the web's mapper, of
 * Tripart's one configuration ({@link StrictJson}). Stateless and thread-safe.
 */
final class Answers {
  static final ObjectMapper JSON = StrictJson.newMapper();

  private Answers() {}

  /**
   * The raw answers of a JSON object.
   *
   * @throws HttpProblem 400 when the text is not JSON, not an object, gives a key twice (the code
   *     {@link ErrorCode#JSON_DUPLICATE_KEY}, naming the key) or is over a bound of {@link
   *     StrictJson} ({@link ErrorCode#JSON_OVER_LIMIT})
   */
  static Map<String, Object> parse(String json) {
    try {
      return AnswersJson.read(json);
    } catch (JsonInputException e) {
      throw badRequest(e);
    }
  }

  /** The 400 of a body the codec refused. */
  static HttpProblem badRequest(JsonInputException e) {
    if (e.code() == ErrorCode.JSON_NOT_AN_OBJECT) {
      return HttpProblem.badRequest("the answers must be a JSON object of answers by item id");
    }
    ErrorCode code = e.code() == ErrorCode.JSON_MALFORMED ? ErrorCode.MALFORMED_REQUEST : e.code();
    List<HttpProblem.FieldError> errors =
        e.duplicateKey() == null
            ? List.of()
            : List.of(new HttpProblem.FieldError(e.duplicateKey(), "DUPLICATE_KEY", e.problem()));
    return new HttpProblem(
        400,
        code,
        "Malformed request",
        "the body is not valid JSON (" + e.where() + "): " + e.problem(),
        errors,
        0);
  }

  /** The stored JSON of typed answers, in the order given. */
  static String toJson(Map<String, Answer> answers) {
    return AnswersJson.write(answers);
  }

  /**
   * The answers of one dataset row as stored JSON (unanswered items left out), each roster item
   * with the partners {@code partners} gives it (the dataset holds only their number), left out
   * when it gives none.
   *
   * @param partners the row's partners by roster item id, as {@link Ties#partnersOf} gives them
   */
  static String rowToJson(Dataset data, int row, Map<String, List<Partner>> partners) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, Column> e : data.columns().entrySet()) {
      if (e.getValue().item().type() == ItemType.ROSTER) {
        List<Partner> named = partners.get(e.getKey());
        if (named != null && !named.isEmpty()) {
          answers.put(e.getKey(), new Answer.Partners(named));
        }
        continue;
      }
      Answer a = e.getValue().answer(row);
      if (a != null) {
        answers.put(e.getKey(), a);
      }
    }
    return AnswersJson.write(answers);
  }
}
