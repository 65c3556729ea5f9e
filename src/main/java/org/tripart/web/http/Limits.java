package org.tripart.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;

/**
 * Request bodies read with a size limit: JSON and forms up to 1 MiB, CSV up to 5 MiB. A body over
 * its limit is refused with 413 before more than the limit is read; one that is not UTF-8 with 400;
 * one that stalls or trickles (slower than {@link #MIN_BYTES_PER_SECOND} after {@link
 * #RATE_GRACE_NANOS}) with 408. Stateless.
 */
public final class Limits {
  public static final long MAX_JSON = 1L << 20;
  public static final long MAX_CSV = 5L << 20;

  /** The largest body any route accepts; Javalin's own limit. */
  public static final long MAX_BODY = MAX_CSV;

  /**
   * The slowest a body may arrive once {@link #RATE_GRACE_NANOS} have passed: a client that keeps a
   * request thread by sending a byte now and then (under the idle timeout) is answered 408.
   */
  public static final long MIN_BYTES_PER_SECOND = 512;

  /** How long a body may take before {@link #MIN_BYTES_PER_SECOND} applies: 3 s. */
  public static final long RATE_GRACE_NANOS = 3_000_000_000L;

  private Limits() {}

  /**
   * How much of an oversized body is read and thrown away before the 413 is sent, so that a client
   * still uploading receives the answer instead of a reset connection. Larger bodies are cut off.
   */
  public static final long MAX_DRAIN = 16L << 20;

  /**
   * The body as UTF-8 text, at most {@code limit} bytes; 400 when it is not valid UTF-8, 408 when
   * it stalls past the server's idle timeout or minimum data rate, or the connection breaks.
   */
  public static String body(Context ctx, long limit) {
    declaredWithin(ctx, limit);
    try (InputStream in = ctx.req().getInputStream()) {
      long declared = ctx.req().getContentLengthLong();
      ByteArrayOutputStream out =
          new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, 16384) : 32);
      byte[] buffer = new byte[16384];
      long total = 0;
      long start = System.nanoTime();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        long elapsed = System.nanoTime() - start;
        if (elapsed > RATE_GRACE_NANOS && total * 1_000_000_000L / elapsed < MIN_BYTES_PER_SECOND) {
          throw tooSlow();
        }
        if (total > limit) {
          drain(in, MAX_DRAIN);
          throw HttpProblem.tooLarge(limit);
        }
        out.write(buffer, 0, n);
      }
      return utf8(out.toByteArray());
    } catch (IOException e) {
      throw tooSlow();
    }
  }

  /**
   * Refuses at once, with 413, a request whose declared Content-Length is over {@code limit} (after
   * reading and throwing away up to {@link #MAX_DRAIN} of it, so that a client still uploading
   * receives the answer): for the routes whose form or multipart body Javalin parses itself, which
   * would otherwise wait for a body that never comes until the idle timeout. A request without a
   * declared length passes; Javalin's own limit ({@link #MAX_BODY}) bounds it.
   *
   * @throws HttpProblem 413 when the declared length is over the limit
   */
  public static void declaredWithin(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared <= limit) {
      return;
    }
    try {
      drain(ctx.req().getInputStream(), declared);
    } catch (IOException e) {
      // The client stopped sending or the connection broke; the answer is the 413 all the same.
    }
    throw HttpProblem.tooLarge(limit);
  }

  private static HttpProblem tooSlow() {
    return new HttpProblem(
        408,
        ErrorCode.REQUEST_TIMEOUT,
        "Request timeout",
        "the request body did not arrive in time or the connection broke; nothing was stored");
  }

  /**
   * The bytes as UTF-8, or 400 when they are not valid UTF-8 (no silent replacement). The JDK's
   * decoding replaces a malformed sequence with U+FFFD, so a text without one is the strict
   * decoding; only a text with one (malformed, or a U+FFFD sent as such) is decoded strictly.
   */
  static String utf8(byte[] bytes) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpProblem(
          400,
          ErrorCode.INVALID_ENCODING,
          "Malformed request",
          "the request body is not valid UTF-8; nothing was stored");
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
      String name = urlDecoded(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : urlDecoded(pair.substring(eq + 1));
      form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return form;
  }

  /**
   * One URL-encoded field: {@code +} is a space, {@code %XX} a byte; the bytes must be UTF-8, as
   * the body's text was, so that an escaped invalid sequence ({@code %FF}) is refused rather than
   * stored as a replacement character (which {@link java.net.URLDecoder} would do).
   */
  private static String urlDecoded(String field) {
    if (field.indexOf('%') < 0 && field.indexOf('+') < 0) {
      return field;
    }
    byte[] text = field.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
    for (int i = 0; i < text.length; i++) {
      byte b = text[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%') {
        int hi = i + 2 < text.length ? Character.digit(text[i + 1], 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(text[i + 2], 16);
        if (lo < 0) {
          throw HttpProblem.badRequest("the form body is not properly URL-encoded");
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(b);
      }
    }
    return utf8(out.toByteArray());
  }
}
