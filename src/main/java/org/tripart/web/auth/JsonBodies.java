package org.tripart.web.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.tripart.json.StrictJson;
import org.tripart.web.http.Limits;

/**
 * JSON request and response bodies of this package's API routes, under Tripart's one JSON
 * configuration ({@link StrictJson}). Thread-safe.
 */
final class JsonBodies {
  static final ObjectMapper JSON = StrictJson.newMapper();

  private JsonBodies() {}

  /**
   * The request body as a JSON object, or 400; 413 over {@link Limits#MAX_JSON}, 415 for a declared
   * media type other than JSON.
   */
  static JsonNode object(Context ctx) {
    JsonNode node;
    try {
      node = JSON.readTree(Limits.json(ctx));
    } catch (JsonProcessingException e) {
      throw Problems.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw Problems.badRequest("the body must be a JSON object");
    }
    return node;
  }

  /** The text field {@code name}, or 400 naming it. */
  static String text(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw Problems.badRequest("give \"" + name + "\" as a non-empty string");
    }
    return v.asText().strip();
  }

  static void send(Context ctx, int status, JsonNode body) {
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
