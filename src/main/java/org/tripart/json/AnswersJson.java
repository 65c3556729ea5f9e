package org.tripart.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.tripart.ErrorCode;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Partner;

/**
 * The codec of stored answers: the one place that writes a response's answers as the JSON the store
 * keeps and reads that JSON (or a submission's body) back, under {@link StrictJson}. The web writes
 * with it, the store reads with it ({@code StoredDatasets}), and the importers write what they
 * import with it.
 *
 * <p>The stored form is {@code {"item": "code", "multi": ["a","b"], "n": 3, "share": 0.1}}, a
 * roster as {@code "partners": [{"id": "H0001", "kind": ["data_sharing"], "since": 2019}, {"other":
 * "Acme AI Ltd"}]}, each partner's tie answers in the roster's order, encoded as items are: keys in
 * the order given, the codes of a multiple choice sorted, a whole number below 10<sup>15</sup>
 * written without a fraction and any other number as Java's shortest decimal that reads back as the
 * same {@code double}, text as given (not escaped beyond what JSON needs). This is the form every
 * stored response has had; the texts written are unchanged, byte for byte.
 *
 * <p>Reading gives the raw maps {@code org.tripart.capture.Validator} takes: strings, lists, maps,
 * {@code Integer}/{@code Long}/{@code BigInteger} for whole numbers and {@link
 * java.math.BigDecimal} (exact, trailing zeros kept) for the others, so a number reads back as
 * exactly what was written.
 *
 * <p>Stateless and thread-safe; no method accepts null.
 */
public final class AnswersJson {
  private static final JsonMapper JSON = StrictJson.newMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final long WHOLE_LIMIT = 1_000_000_000_000_000L;

  private AnswersJson() {}

  /**
   * The raw answers of one JSON object, keys in the order written.
   *
   * @throws JsonInputException {@link ErrorCode#JSON_NOT_AN_OBJECT} when the text is one JSON value
   *     but not an object, {@link ErrorCode#JSON_DUPLICATE_KEY} naming the key an object gives
   *     twice, {@link ErrorCode#JSON_OVER_LIMIT} over a bound of {@link StrictJson}, otherwise
   *     {@link ErrorCode#JSON_MALFORMED} with the line and column (or item) of the fault
   */
  public static Map<String, Object> read(String json) {
    if (startsAnObject(json)) {
      Map<String, Object> streamed = streamed(json);
      if (streamed != null) {
        return streamed;
      }
    }
    return mapped(json);
  }

  /** {@link #read} by the mapper alone, as it always read; what {@link #read} must equal. */
  static Map<String, Object> mapped(String json) {
    JsonNode node;
    try (JsonParser parser = JSON.createParser(json)) {
      try {
        if (startsAnObject(json)) {
          return JSON.readValue(parser, MAP);
        }
        node = JSON.readTree(parser);
      } catch (JsonProcessingException e) {
        throw StrictJson.problem(e, parser);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new JsonInputException(
        ErrorCode.JSON_NOT_AN_OBJECT,
        "line 1, column 1",
        node == null || node.isMissingNode()
            ? "there is no JSON value, an object of answers by item id is expected"
            : "a JSON "
                + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + " is given where an object of answers by item id is expected",
        null,
        null);
  }

  /** The stored JSON of typed answers, keys in the order given. */
  public static String write(Map<String, Answer> answers) {
    return written(answers).json();
  }

  /**
   * {@link #write}, marked as written here, so that a store may keep it without checking again that
   * it is one JSON object.
   */
  public static WrittenAnswers written(Map<String, Answer> answers) {
    if (!streamable(answers)) {
      return new WrittenAnswers(treeWritten(answers));
    }
    StringWriter text = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      for (Map.Entry<String, Answer> e : answers.entrySet()) {
        write(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("stored answers nest at most 4 deep: " + e.getMessage(), e);
    }
    return new WrittenAnswers(text.toString());
  }

  /**
   * The text of {@link #written} built as an object tree and serialised, the form every stored
   * response has had; {@link #written} streams the same bytes without the tree.
   */
  static String treeWritten(Map<String, Answer> answers) {
    ObjectNode o = JSON.createObjectNode();
    answers.forEach((id, a) -> put(o, id, a));
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answers nest at most 4 deep: " + e.getMessage(), e);
    }
  }

  /**
   * Whether streaming writes what the tree does: false when a partner's tie is named {@code id} or
   * {@code other} (the instrument reader refuses such ties), where the tree's entry keeps one value
   * of the key where streaming would write it twice.
   */
  private static boolean streamable(Map<String, Answer> answers) {
    for (Answer a : answers.values()) {
      if (a instanceof Answer.Partners p) {
        for (Partner partner : p.partners()) {
          if (partner.ties().containsKey("id") || partner.ties().containsKey("other")) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static void write(JsonGenerator g, String id, Answer a) throws IOException {
    if (a instanceof Answer.Choice c) {
      g.writeStringField(id, c.code());
    } else if (a instanceof Answer.Choices c) {
      g.writeArrayFieldStart(id);
      for (String code : new TreeSet<>(c.codes())) {
        g.writeString(code);
      }
      g.writeEndArray();
    } else if (a instanceof Answer.Number n) {
      double v = n.value();
      g.writeFieldName(id);
      if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
        g.writeNumber((long) v);
      } else {
        g.writeNumber(v);
      }
    } else if (a instanceof Answer.Text t) {
      g.writeStringField(id, t.value());
    } else if (a instanceof Answer.Partners p) {
      g.writeArrayFieldStart(id);
      for (Partner partner : p.partners()) {
        g.writeStartObject();
        if (partner.isOther()) {
          g.writeStringField("other", partner.other());
        } else {
          g.writeStringField("id", partner.id());
        }
        for (Map.Entry<String, Answer> tie : partner.ties().entrySet()) {
          write(g, tie.getKey(), tie.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /**
   * The object {@code json} holds, read token by token into the maps, lists and numbers the mapper
   * binds ({@code LinkedHashMap}, {@code ArrayList}, {@link JsonParser#getNumberValue()} for whole
   * numbers, {@link JsonParser#getDecimalValue()} for the others), under the same parser and so the
   * same bounds and duplicate-key check; null for any fault (also a number no decimal can hold) or
   * anything after the object, which {@link #read} then reads with the mapper to report exactly as
   * it always has.
   */
  private static Map<String, Object> streamed(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, Object> out = object(parser);
      return parser.nextToken() == null ? out : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Map<String, Object> object(JsonParser parser) throws IOException {
    LinkedHashMap<String, Object> out = new LinkedHashMap<>();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      out.put(name, value(parser, parser.nextToken()));
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new JsonParseException(parser, "not a field name");
    }
    return out;
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new JsonParseException(parser, "unexpected end of input");
    }
    switch (token) {
      case START_OBJECT:
        return object(parser);
      case START_ARRAY:
        {
          ArrayList<Object> out = new ArrayList<>();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            out.add(value(parser, t));
          }
          return out;
        }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new JsonParseException(parser, "unexpected token " + token);
    }
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

  private static void put(ObjectNode o, String id, Answer a) {
    if (a instanceof Answer.Choice c) {
      o.put(id, c.code());
    } else if (a instanceof Answer.Choices c) {
      ArrayNode arr = o.putArray(id);
      new TreeSet<>(c.codes()).forEach(arr::add);
    } else if (a instanceof Answer.Number n) {
      double v = n.value();
      if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
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
