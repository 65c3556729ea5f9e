package org.tripart.web.auth;

import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.web.http.HttpProblem;

/** The problems this package answers with. */
final class Problems {
  private Problems() {}

  static HttpProblem of(int status, ErrorCode code, String title, String detail) {
    return new HttpProblem(status, code, title, detail, List.of(), 0);
  }

  static HttpProblem badRequest(String detail) {
    return of(400, ErrorCode.MALFORMED_REQUEST, "Malformed request", detail);
  }

  /** Exactly what an unknown study is answered with, so that a study's existence is not told. */
  static HttpProblem noStudy(String study) {
    return of(404, ErrorCode.NOT_FOUND, "Not found", "there is no study '" + study + "'");
  }

  static HttpProblem notFound(String detail) {
    return of(404, ErrorCode.NOT_FOUND, "Not found", detail);
  }

  static HttpProblem roleInsufficient(Permission p) {
    return of(
        403,
        ErrorCode.ROLE_INSUFFICIENT,
        "Forbidden",
        "your role in this study does not allow " + p.name().toLowerCase().replace('_', ' '));
  }

  static HttpProblem forbidden(String detail) {
    return of(403, ErrorCode.FORBIDDEN, "Forbidden", detail);
  }

  static HttpProblem rateLimited(long seconds) {
    return new HttpProblem(
        429,
        ErrorCode.RATE_LIMITED,
        "Too many requests",
        "too many requests; retry after " + seconds + " s",
        List.of(),
        seconds);
  }
}
