package org.tripart.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI 3.1 document {@code openapi.json} beside this class. */
final class OpenApi {
  static final String RESOURCE = "/org/tripart/web/openapi.json";
  private static final byte[] DOCUMENT = load();

  private OpenApi() {}

  static void serve(Context ctx) {
    ctx.contentType("application/json").result(DOCUMENT);
  }

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
