package org.tripart.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

  /** Whether two valid JSON texts hold the same value (key order and spacing aside). */
  static boolean sameValue(String a, String b) {
    try {
      return MAPPER.readTree(a).equals(MAPPER.readTree(b));
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
