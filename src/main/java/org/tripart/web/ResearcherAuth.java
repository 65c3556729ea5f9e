package org.tripart.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.tripart.store.ApiToken;
import org.tripart.store.Store;
import org.tripart.store.TokenHashes;

/**
 * Researcher authentication: an API token as {@code Authorization: Bearer}, or the session cookie
 * that {@code /login} sets. The cookie holds the token's hash signed with the server secret, never
 * the token, and is checked against the store at each request so that revoking the token ends the
 * session. Thread-safe.
 */
final class ResearcherAuth {
  static final String COOKIE = "tripart_session";
  private static final int SESSION_SECONDS = 8 * 3600;

  private final Store store;
  private final Secrets secrets;
  private final RateLimiter failures;

  ResearcherAuth(Store store, Secrets secrets, RateLimiter failures) {
    this.store = store;
    this.secrets = secrets;
    this.failures = failures;
  }

  /** The caller's API token, or 401 (429 after too many failures from the address). */
  ApiToken require(Context ctx) {
    return current(ctx)
        .orElseThrow(
            () -> {
              long wait = failures.acquire(ctx.ip());
              if (wait > 0) {
                return HttpProblem.rateLimited(wait);
              }
              return HttpProblem.unauthenticated(
                  "send an API token as 'Authorization: Bearer <token>' or sign in at /login");
            });
  }

  Optional<ApiToken> current(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return byToken(header.substring(7).strip());
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null) {
      int dot = cookie.indexOf('.');
      if (dot > 0) {
        String hash = cookie.substring(0, dot);
        if (secrets.csrfMatches("session:" + hash, cookie.substring(dot + 1))) {
          return store.apiTokenByHash(hash);
        }
      }
    }
    return Optional.empty();
  }

  Optional<ApiToken> byToken(String token) {
    if (token.isEmpty() || token.length() > 200) {
      return Optional.empty();
    }
    return store.apiTokenByHash(TokenHashes.hash(token));
  }

  /** Signs the client in with a valid token: sets the session cookie. */
  void startSession(Context ctx, String token) {
    String hash = TokenHashes.hash(token);
    String value = hash + "." + secrets.csrfToken("session:" + hash);
    ctx.cookie(new Cookie(COOKIE, value, "/", SESSION_SECONDS, false, true, null, SameSite.STRICT));
  }

  /** Ends the session by clearing the cookie. */
  void endSession(Context ctx) {
    ctx.cookie(new Cookie(COOKIE, "", "/", 0, false, true, null, SameSite.STRICT));
  }

  /** Counts a failed sign-in of the address; 429 when there were too many. */
  void countFailure(Context ctx) {
    long wait = failures.acquire(ctx.ip());
    if (wait > 0) {
      throw HttpProblem.rateLimited(wait);
    }
  }
}
