package org.tripart.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Checks and compares the JSON texts the store keeps. Thread-safe. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

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
      throw new InvalidRecordException(
          where,
          what
              + " is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
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
}
