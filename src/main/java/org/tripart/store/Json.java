package org.tripart.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tripart.json.JsonInputException;
import org.tripart.json.StrictJson;

/**
 * Checks and compares the JSON texts the store keeps, under Tripart's one JSON configuration
 * ({@link StrictJson}): a text giving a key twice, or over its bounds, is refused here as the
 * readers would refuse it. Thread-safe.
 */
final class Json {
  private static final ObjectMapper MAPPER = StrictJson.newMapper();

  private Json() {}

  /** Returns {@code text} unchanged when it is one JSON object; throws otherwise. */
  static String requireObject(String where, String what, String text) {
    if (text == null) {
      throw new InvalidRecordException(where, what + " is missing");
    }
    JsonNode node;
    try {
      if (isObject(text)) {
        return text;
      }
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonInputException p = StrictJson.problem(e, null);
      throw new InvalidRecordException(
          where, what + " is not valid JSON (" + p.where() + "): " + p.problem());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRecordException(where, what + " must be a JSON object {...}");
    }
    return text;
  }

  /**
   * Whether {@code text} starts with one well-formed JSON object, checked token by token without
   * building a tree (this runs on every stored answer). False for anything else, which {@link
   * #requireObject} then reads in full to say what is wrong.
   */
  private static boolean isObject(String text) throws JsonProcessingException {
    try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.currentToken() == JsonToken.END_OBJECT;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether two valid JSON texts hold the same value (key order and spacing aside). */
  static boolean sameValue(String a, String b) {
    try {
      return MAPPER.readTree(a).equals(MAPPER.readTree(b));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The names per language as a JSON object, or null when there are none. */
  static String names(Map<String, String> names) {
    if (names.isEmpty()) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    names.forEach(o::put);
    return o.toString();
  }

  /** The names per language of {@link #names(Map)}, in their stored order; empty for null. */
  static Map<String, String> namesOf(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json == null) {
      return out;
    }
    try {
      MAPPER
          .readTree(json)
          .fields()
          .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Adds to {@code ids} every string value of a field named {@code id} anywhere in the JSON text:
   * the register ids of the partners a response names. Reads token by token.
   */
  static void collectIds(String json, Set<String> ids) {
    try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME
            && "id".equals(parser.currentName())
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          ids.add(parser.getText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
