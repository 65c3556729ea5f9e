package org.tripart.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.tripart.store.Membership;
import org.tripart.store.Store;
import org.tripart.store.StoredUser;
import org.tripart.store.TokenHashes;
import org.tripart.web.http.Limits;
import org.tripart.web.http.RateLimiter;

/**
 * {@code GET/POST /signin} and {@code POST /signout}: researchers sign in with email and password.
 *
 * <p>The form carries a CSRF token bound to a random nonce in the HttpOnly cookie {@value
 * #NONCE_COOKIE} (double submit, signed with the server secret), so another site cannot post a
 * sign-in (login CSRF). Every attempt takes a token of the client address's bucket ({@link
 * #PER_IP}) and of the email's bucket ({@link #PER_ACCOUNT}); an empty bucket is answered 429 with
 * {@code Retry-After} before the password is checked. A wrong password, an unknown email and a
 * disabled account get the same message and status, and an unknown email is checked against a dummy
 * Argon2id hash so that it takes as long. A successful sign-in starts a new session (a new random
 * id, so a planted cookie is never adopted). Sign-ins, failed ones included, and sign-outs are
 * audited, each row in a transaction of its own ({@link Audit#record}): there is no change of the
 * store to join (a failed sign-in writes nothing else, and the session row is the sign-in's
 * bookkeeping). A success is recorded before its session is created, so a sign-in whose row cannot
 * be written signs nobody in (503); a sign-out is recorded after its session is deleted. A form
 * declaring a body over {@link Limits#MAX_JSON} is refused 413 at once ({@link
 * Limits#declaredWithin}) rather than awaited. Thread-safe.
 */
public final class SignIn {
  static final String NONCE_COOKIE = "tripart_signin";

  /** Per client address: 30 at once, then one every 10 s. */
  public static final RateLimiter.Limit PER_IP = new RateLimiter.Limit(0.1, 30);

  /** Per email: 5 at once, then one every 30 s. */
  public static final RateLimiter.Limit PER_ACCOUNT = new RateLimiter.Limit(1 / 30.0, 5);

  private final Store store;
  private final Sessions sessions;
  private final Access access;
  private final Audit audit;
  private final Function<String, String> csrfToken;
  private final BiPredicate<String, String> csrfMatches;
  private final RateLimiter perIp = new RateLimiter(PER_IP);
  private final RateLimiter perAccount = new RateLimiter(PER_ACCOUNT);

  /**
   * @param csrfToken the server's HMAC of a subject
   * @param csrfMatches whether a given token is the HMAC of a subject, in constant time
   */
  public SignIn(
      Store store,
      Sessions sessions,
      Access access,
      Audit audit,
      Function<String, String> csrfToken,
      BiPredicate<String, String> csrfMatches) {
    this.store = store;
    this.sessions = sessions;
    this.access = access;
    this.audit = audit;
    this.csrfToken = csrfToken;
    this.csrfMatches = csrfMatches;
  }

  public void register(RoutesConfig r) {
    r.get("/signin", this::form);
    r.post("/signin", this::signIn);
    r.post("/signout", this::signOut);
  }

  private void form(Context ctx) {
    String lang = lang(ctx.queryParam("lang"));
    ctx.header("Cache-Control", "no-store");
    ctx.html(SignInPage.render(lang, newNonce(ctx), null, null, safeNext(ctx.queryParam("next"))));
  }

  private void signIn(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    Limits.declaredWithin(ctx, Limits.MAX_JSON);
    String lang = lang(ctx.formParam("lang"));
    String email = clip(ctx.formParam("email"), 254);
    String password = ctx.formParam("password");
    String next = safeNext(ctx.formParam("next"));
    String nonce = ctx.cookie(NONCE_COOKIE);
    if (nonce == null || !csrfMatches.test("signin:" + nonce, ctx.formParam("csrf"))) {
      String text = SignInPage.Message.EXPIRED_FORM.text(lang, 0);
      ctx.status(403).html(SignInPage.render(lang, newNonce(ctx), text, email, next));
      return;
    }
    String key = email.toLowerCase(Locale.ROOT);
    long wait = perIp.acquire(ctx.ip());
    if (wait == 0) {
      wait = perAccount.acquire(key);
    }
    if (wait > 0) {
      String text = SignInPage.Message.TOO_MANY.text(lang, wait);
      ctx.header("Retry-After", Long.toString(wait));
      ctx.status(429)
          .html(SignInPage.render(lang, csrfToken.apply("signin:" + nonce), text, email, next));
      return;
    }
    Optional<StoredUser> user = email.isEmpty() ? Optional.empty() : store.userByEmail(email);
    boolean matches = Passwords.matches(password, user.map(StoredUser::passwordHash).orElse(null));
    if (!matches || user.get().disabled()) {
      audit.record(ctx, null, "signin.failure", null, key, null);
      String text = SignInPage.Message.WRONG.text(lang, 0);
      ctx.status(401)
          .html(SignInPage.render(lang, csrfToken.apply("signin:" + nonce), text, email, next));
      return;
    }
    audit.record(ctx, new Principal(user.get()), "signin.success", null, key, null);
    sessions.start(ctx, user.get());
    ctx.cookie(Sessions.cookie(ctx, NONCE_COOKIE, "", "/signin", 0));
    ctx.redirect(next != null ? next : landing(user.get()), HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    Optional<Principal> who = access.current(ctx);
    sessions.end(ctx);
    who.filter(p -> !p.isAdmin())
        .ifPresent(
            p ->
                audit.record(
                    ctx, p, "signout", null, p.user().email().toLowerCase(Locale.ROOT), null));
    ctx.redirect("/signin", HttpStatus.SEE_OTHER);
  }

  private String landing(StoredUser user) {
    List<Membership> studies = store.memberships(user.id());
    return studies.isEmpty() ? "/api/me" : "/fieldwork/" + studies.get(0).study();
  }

  private String newNonce(Context ctx) {
    String nonce = TokenHashes.newToken();
    ctx.cookie(Sessions.cookie(ctx, NONCE_COOKIE, nonce, "/signin", 3600));
    return csrfToken.apply("signin:" + nonce);
  }

  private static String lang(String value) {
    return "zh".equals(value) ? "zh" : "en";
  }

  private static String clip(String value, int max) {
    String s = value == null ? "" : value.strip();
    return s.length() > max ? s.substring(0, max) : s;
  }

  /** A path on this server to go to after signing in, or null; never another site. */
  static String safeNext(String next) {
    if (next == null
        || next.length() > 500
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return null;
    }
    return next;
  }
}
