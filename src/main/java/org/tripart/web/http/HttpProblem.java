package org.tripart.web.http;

import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A request the server refuses, with the HTTP status and the RFC 9457 problem it is answered with.
 * Thrown by handlers and turned into {@code application/problem+json} (or a page for browser
 * routes) by {@code org.tripart.web.ErrorHandling}. Immutable.
 */
public final class HttpProblem extends TripartException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String detail;
  private final transient List<FieldError> errors;
  private final long retryAfterSeconds;

  /**
   * One problem with one part of the request (an item, a CSV cell, a parameter).
   *
   * @param pointer where: an item id, {@code line 3, column 2 (tier)}, or a parameter name
   * @param code a stable machine-readable kind, for example {@code REQUIRED}
   * @param message what to do about it, in the respondent's language where known
   */
  public record FieldError(String pointer, String code, String message) {}

  public HttpProblem(int status, ErrorCode code, String title, String detail) {
    this(status, code, title, detail, List.of(), 0);
  }

  /** A problem, with the fields that point at its parts and the seconds to wait before a retry. */
  public HttpProblem(
      int status,
      ErrorCode code,
      String title,
      String detail,
      List<FieldError> errors,
      long retryAfterSeconds) {
    super(code, null, detail);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Seconds a client should wait before retrying, 0 when not applicable. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public static HttpProblem badRequest(String detail) {
    return new HttpProblem(400, ErrorCode.MALFORMED_REQUEST, "Malformed request", detail);
  }

  public static HttpProblem unauthenticated(String detail) {
    return new HttpProblem(401, ErrorCode.UNAUTHENTICATED, "Authentication required", detail);
  }

  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, ErrorCode.FORBIDDEN, "Forbidden", detail);
  }

  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, ErrorCode.NOT_FOUND, "Not found", detail);
  }

  public static HttpProblem gone(String detail) {
    return new HttpProblem(410, ErrorCode.EXPIRED, "Gone", detail);
  }

  public static HttpProblem tooLarge(long limit) {
    return new HttpProblem(
        413,
        ErrorCode.TOO_LARGE,
        "Content too large",
        "the request body exceeds the " + limit / 1024 + " KiB this resource accepts");
  }

  public static HttpProblem unsupportedMediaType(String expected) {
    return new HttpProblem(
        415,
        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        "Unsupported media type",
        "send the body as " + expected);
  }

  public static HttpProblem invalidAnswers(List<FieldError> errors) {
    return new HttpProblem(
        422,
        ErrorCode.INVALID_ANSWERS,
        "Invalid answers",
        errors.size() + (errors.size() == 1 ? " answer needs" : " answers need") + " attention",
        errors,
        0);
  }

  public static HttpProblem rateLimited(long retryAfterSeconds) {
    return new HttpProblem(
        429,
        ErrorCode.RATE_LIMITED,
        "Too many requests",
        "too many requests; retry after " + retryAfterSeconds + " s",
        List.of(),
        retryAfterSeconds);
  }
}
