package org.tripart.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.tripart.store.ApiToken;
import org.tripart.store.Store;
import org.tripart.store.TokenHashes;
import org.tripart.web.auth.Authenticator;
import org.tripart.web.auth.Principal;
import org.tripart.web.auth.Sessions;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.RateLimiter;

/**
 * Researcher authentication, in this order: an API token as {@code Authorization: Bearer} (the
 * admin token, or a user's token acting for that user), then the session cookie. The cookie is
 * either a user's session from {@code /signin} ({@link Sessions}: a random id whose hash the store
 * keeps) or, holding a dot, the admin-token session of {@code /login} (the token's hash signed with
 * the server secret, never the token). Both are checked against the store at each request, so
 * revoking a token, signing out, disabling a user or a session's expiry take effect at once.
 * Thread-safe.
 */
final class ResearcherAuth implements Authenticator {
  static final String COOKIE = Sessions.COOKIE;
  private static final int SESSION_SECONDS = 8 * 3600;

  private final Store store;
  private final Secrets secrets;
  private final Sessions sessions;
  private final RateLimiter failures;

  ResearcherAuth(Store store, Secrets secrets, Sessions sessions, RateLimiter failures) {
    this.store = store;
    this.secrets = secrets;
    this.sessions = sessions;
    this.failures = failures;
  }

  /** The caller, or 401 (429 after too many failures from the address). */
  @Override
  public Principal require(Context ctx) {
    return current(ctx)
        .orElseThrow(
            () -> {
              long wait = failures.acquire(ctx.ip());
              if (wait > 0) {
                return HttpProblem.rateLimited(wait);
              }
              return HttpProblem.unauthenticated(
                  "send an API token as 'Authorization: Bearer <token>' or sign in at /signin");
            });
  }

  @Override
  public Optional<Principal> current(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return byToken(header.substring(7).strip()).flatMap(this::principal);
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie == null || cookie.isEmpty()) {
      return Optional.empty();
    }
    int dot = cookie.indexOf('.');
    if (dot < 0) {
      return sessions.resolve(cookie).map(Principal::new);
    }
    String hash = cookie.substring(0, dot);
    if (dot > 0 && secrets.csrfMatches("session:" + hash, cookie.substring(dot + 1))) {
      return store.apiTokenByHash(hash).flatMap(this::principal);
    }
    return Optional.empty();
  }

  private Optional<Principal> principal(ApiToken token) {
    if (token.userId() == null) {
      return "admin".equals(token.role()) ? Optional.of(Principal.ADMIN) : Optional.empty();
    }
    return store.user(token.userId()).filter(u -> !u.disabled()).map(Principal::new);
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
    ctx.cookie(Sessions.cookie(ctx, COOKIE, value, "/", SESSION_SECONDS));
  }

  /** Ends the session, a user's or the admin token's, and clears the cookie. */
  void endSession(Context ctx) {
    sessions.end(ctx);
  }

  /** Counts a failed sign-in of the address; 429 when there were too many. */
  void countFailure(Context ctx) {
    long wait = failures.acquire(ctx.ip());
    if (wait > 0) {
      throw HttpProblem.rateLimited(wait);
    }
  }
}
