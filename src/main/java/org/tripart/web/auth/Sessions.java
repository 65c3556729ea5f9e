package org.tripart.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tripart.store.Store;
import org.tripart.store.StoredSession;
import org.tripart.store.StoredUser;
import org.tripart.store.TokenHashes;

/**
 * Browser sessions of signed-in users. The cookie {@value #COOKIE} holds a random 256-bit id; the
 * store keeps only its SHA-256 hash. A session ends at sign-out, {@link #LIFETIME} after sign-in,
 * or after {@link #IDLE} without a request. The cookie is HttpOnly, SameSite=Strict, and Secure
 * when the request came over HTTPS (directly or per {@code X-Forwarded-Proto}) or the system
 * property {@code tripart.secureCookies} / environment variable {@code TRIPART_SECURE_COOKIES} is
 * {@code true}; plain {@code http://localhost} keeps working for development and tests.
 * Thread-safe.
 */
public final class Sessions {
  public static final String COOKIE = "tripart_session";
  public static final Duration LIFETIME = Duration.ofHours(8);
  public static final Duration IDLE = Duration.ofMinutes(30);
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Store store;
  private final Clock clock;

  public Sessions(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Starts a session for {@code user} and sets its cookie. */
  public void start(Context ctx, StoredUser user) {
    String id = TokenHashes.newToken();
    store.createSession(TokenHashes.hash(id), user.id(), clock.instant().plus(LIFETIME));
    ctx.cookie(cookie(ctx, COOKIE, id, "/", (int) LIFETIME.toSeconds()));
  }

  /**
   * The user of the session with this cookie value, when the session is current and the user not
   * disabled; an expired session is deleted.
   */
  public Optional<StoredUser> resolve(String cookieValue) {
    if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 100) {
      return Optional.empty();
    }
    String hash = TokenHashes.hash(cookieValue);
    Optional<StoredSession> found = store.sessionByHash(hash);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredSession s = found.get();
    Instant now = clock.instant();
    if (!now.isBefore(s.expires()) || !now.isBefore(s.lastSeen().plus(IDLE))) {
      store.deleteSession(hash);
      return Optional.empty();
    }
    if (!now.isBefore(s.lastSeen().plus(TOUCH_EVERY))) {
      store.touchSession(hash, now);
    }
    return store.user(s.userId()).filter(u -> !u.disabled());
  }

  /** Ends the request's session, if any, and clears the cookie. */
  public void end(Context ctx) {
    String value = ctx.cookie(COOKIE);
    if (value != null && !value.contains(".") && value.length() <= 100) {
      store.deleteSession(TokenHashes.hash(value));
    }
    ctx.cookie(cookie(ctx, COOKIE, "", "/", 0));
  }

  /** An HttpOnly, SameSite=Strict cookie, Secure as the class describes. */
  public static Cookie cookie(Context ctx, String name, String value, String path, int maxAge) {
    return new Cookie(name, value, path, maxAge, secure(ctx), true, null, SameSite.STRICT);
  }

  static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))
        || Boolean.parseBoolean(System.getProperty("tripart.secureCookies"))
        || "true".equalsIgnoreCase(System.getenv("TRIPART_SECURE_COOKIES"));
  }
}
