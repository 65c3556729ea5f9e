package org.tripart.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Answer;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Partner;
import org.tripart.web.http.HttpProblem;

/**
 * Answers as JSON: the form the store keeps ({@code {"item": "code", "multi": ["a","b"], "n": 3}},
 * a roster as {@code "partners": [{"id": "H0001", "kind": ["data_sharing"], "since": 2019},
 * {"other": "Acme AI Ltd"}]}, each partner's tie answers in the roster's order, encoded as items
 * are) and the raw maps {@link org.tripart.capture.Validator} reads. Stateless and thread-safe.
 */
final class Answers {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private Answers() {}

  /**
   * The raw answers of a JSON object.
   *
   * @throws HttpProblem 400 when the text is not JSON or not an object
   */
  static Map<String, Object> parse(String json) {
    JsonNode node;
    try {
      if (startsAnObject(json)) {
        return JSON.readValue(json, MAP);
      }
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest(
          "the body is not valid JSON (" + where(e) + "): " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw HttpProblem.badRequest("the answers must be a JSON object of answers by item id");
    }
    return JSON.convertValue(node, MAP);
  }

  /** Line and column of the fault; a value that reads but cannot be held has only its item. */
  private static String where(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (at != null) {
      return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      JsonMappingException.Reference ref = m.getPath().get(0);
      return ref.getFieldName() != null
          ? "item '" + ref.getFieldName() + "'"
          : "element " + (ref.getIndex() + 1);
    }
    return "position unknown";
  }

  private static boolean startsAnObject(String json) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{';
      }
    }
    return false;
  }

  /** The stored JSON of typed answers, in the order given. */
  static String toJson(Map<String, Answer> answers) {
    ObjectNode o = JSON.createObjectNode();
    answers.forEach((id, a) -> put(o, id, a));
    return o.toString();
  }

  /**
   * The answers of one dataset row as stored JSON (unanswered items left out), each roster item
   * with the partners {@code partners} gives it (the dataset holds only their number), left out
   * when it gives none.
   *
   * @param partners the row's partners by roster item id, as {@link Ties#partnersOf} gives them
   */
  static String rowToJson(Dataset data, int row, Map<String, List<Partner>> partners) {
    ObjectNode o = JSON.createObjectNode();
    for (Map.Entry<String, Column> e : data.columns().entrySet()) {
      if (e.getValue().item().type() == ItemType.ROSTER) {
        List<Partner> named = partners.get(e.getKey());
        if (named != null && !named.isEmpty()) {
          put(o, e.getKey(), new Answer.Partners(named));
        }
        continue;
      }
      Answer a = e.getValue().answer(row);
      if (a != null) {
        put(o, e.getKey(), a);
      }
    }
    return o.toString();
  }

  private static void put(ObjectNode o, String id, Answer a) {
    if (a instanceof Answer.Choice c) {
      o.put(id, c.code());
    } else if (a instanceof Answer.Choices c) {
      ArrayNode arr = o.putArray(id);
      new TreeSet<>(c.codes()).forEach(arr::add);
    } else if (a instanceof Answer.Number n) {
      double v = n.value();
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        o.put(id, (long) v);
      } else {
        o.put(id, v);
      }
    } else if (a instanceof Answer.Text t) {
      o.put(id, t.value());
    } else if (a instanceof Answer.Partners p) {
      ArrayNode arr = o.putArray(id);
      for (Partner partner : p.partners()) {
        ObjectNode entry = arr.addObject();
        if (partner.isOther()) {
          entry.put("other", partner.other());
        } else {
          entry.put("id", partner.id());
        }
        partner.ties().forEach((tie, answer) -> put(entry, tie, answer));
      }
    }
  }
}
