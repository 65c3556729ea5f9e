package org.tripart.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies read with a size limit: JSON and forms up to 1 MiB, CSV up to 5 MiB. A body over
 * its limit is refused with 413 before more than the limit is read. Stateless.
 */
public final class Limits {
  public static final long MAX_JSON = 1L << 20;
  public static final long MAX_CSV = 5L << 20;

  /** The largest body any route accepts; Javalin's own limit. */
  public static final long MAX_BODY = MAX_CSV;

  private Limits() {}

  /**
   * How much of an oversized body is read and thrown away before the 413 is sent, so that a client
   * still uploading receives the answer instead of a reset connection. Larger bodies are cut off.
   */
  public static final long MAX_DRAIN = 16L << 20;

  /** The body as UTF-8 text, at most {@code limit} bytes. */
  public static String body(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > limit) {
        drain(in, declared);
        throw HttpProblem.tooLarge(limit);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16384];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > limit) {
          drain(in, MAX_DRAIN);
          throw HttpProblem.tooLarge(limit);
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void drain(InputStream in, long declared) throws IOException {
    if (declared > MAX_DRAIN) {
      return;
    }
    byte[] buffer = new byte[16384];
    long total = 0;
    for (int n = in.read(buffer); n >= 0 && total <= MAX_DRAIN; n = in.read(buffer)) {
      total += n;
    }
  }

  /** A JSON body: refuses another declared media type with 415. */
  public static String json(Context ctx) {
    String type = ctx.contentType();
    if (type != null && !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      throw HttpProblem.unsupportedMediaType("application/json");
    }
    return body(ctx, MAX_JSON);
  }

  /** An {@code application/x-www-form-urlencoded} body, parsed here with its size limit. */
  public static Map<String, List<String>> form(Context ctx) {
    String type = ctx.contentType();
    if (type != null
        && !type.toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded")) {
      throw HttpProblem.unsupportedMediaType("application/x-www-form-urlencoded");
    }
    String text = body(ctx, MAX_JSON);
    Map<String, List<String>> form = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return form;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw HttpProblem.badRequest("the form body is not properly URL-encoded");
      }
    }
    return form;
  }
}
