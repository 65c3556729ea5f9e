package org.tripart.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tripart.ErrorCode;
import org.tripart.store.LastOwnerException;
import org.tripart.store.Store;
import org.tripart.store.StoredUser;
import org.tripart.store.TokenHashes;
import org.tripart.store.UserStatusChange;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.RateLimiter;

/**
 * A user changes its password ({@code POST /api/me/password}: the current and the new one); the
 * admin token disables and re-enables users ({@code POST /api/users/{user}/disable} and {@code
 * /enable}).
 *
 * <p>A password change ends every other session of the user (the session that made it stays; a
 * change made with an API token ends them all); the user's API tokens stay valid. Attempts take a
 * token of the user's bucket ({@link SignIn#PER_ACCOUNT}), so a stolen session cannot guess the
 * current password faster than the sign-in form could. A disabled user cannot sign in and its
 * sessions and API tokens stop working at the next request ({@code Authenticator} checks the flag);
 * disabling also deletes its sessions, in the same transaction, so enabling it again revives none.
 * Disabling the only enabled owner of a study is refused with 409 naming the studies (the store's
 * {@link org.tripart.store.LastOwnerException}); nothing changes. Every change writes its audit row
 * in its own transaction; a wrong current password, which changes nothing, is audited on its own.
 * Thread-safe.
 */
public final class AccountSecurity {
  private final Store store;
  private final Access access;
  private final Audit audit;
  private final RateLimiter attempts = new RateLimiter(SignIn.PER_ACCOUNT);

  public AccountSecurity(Store store, Access access, Audit audit) {
    this.store = store;
    this.access = access;
    this.audit = audit;
  }

  public void register(RoutesConfig r) {
    r.post("/api/me/password", this::changePassword);
    r.post("/api/users/{user}/disable", ctx -> setDisabled(ctx, true));
    r.post("/api/users/{user}/enable", ctx -> setDisabled(ctx, false));
  }

  private void changePassword(Context ctx) {
    Principal who = access.require(ctx);
    if (who.isAdmin()) {
      throw Problems.forbidden("the admin token is no user and has no password");
    }
    StoredUser user = who.user();
    JsonNode body = JsonBodies.object(ctx);
    JsonNode current = body.path("currentPassword");
    JsonNode next = body.path("newPassword");
    List<HttpProblem.FieldError> errors = new ArrayList<>();
    if (!current.isTextual() || current.asText().isEmpty()) {
      errors.add(field("/currentPassword", "REQUIRED", "give your current password"));
    }
    String weakness = next.isTextual() ? Passwords.weakness(next.asText()) : "give a new password";
    if (weakness != null) {
      errors.add(field("/newPassword", next.isTextual() ? "WEAK" : "REQUIRED", weakness));
    } else if (next.asText().equals(current.asText())) {
      errors.add(
          field("/newPassword", "UNCHANGED", "the new password must differ from the current"));
    }
    if (!errors.isEmpty()) {
      throw new HttpProblem(
          422,
          ErrorCode.INVALID_CHANGE,
          "Invalid password change",
          errors.size() + " field(s) need attention; the password was not changed",
          errors,
          0);
    }
    long wait = attempts.acquire("user:" + user.id());
    if (wait > 0) {
      throw Problems.rateLimited(wait);
    }
    String key = user.email().toLowerCase(Locale.ROOT);
    if (!Passwords.matches(current.asText(), user.passwordHash())) {
      audit.record(ctx, who, "user.password.failure", null, key, null);
      throw Problems.of(
          403,
          ErrorCode.WRONG_PASSWORD,
          "Forbidden",
          "the current password is wrong; the password was not changed");
    }
    store.changePassword(
        user.id(),
        Passwords.hash(next.asText()),
        currentSessionHash(ctx),
        changed -> audit.entry(ctx, who, "user.password", null, key, null));
    ctx.status(204);
  }

  /** The hash of the session this request came with, or null when it came with an API token. */
  private static String currentSessionHash(Context ctx) {
    if (ctx.header("Authorization") != null) {
      return null;
    }
    String cookie = ctx.cookie(Sessions.COOKIE);
    if (cookie == null || cookie.isEmpty() || cookie.contains(".") || cookie.length() > 100) {
      return null;
    }
    return TokenHashes.hash(cookie);
  }

  private void setDisabled(Context ctx, boolean disabled) {
    Principal who = access.require(ctx);
    if (!who.isAdmin()) {
      throw Problems.forbidden("only the server's admin token disables and enables users");
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("user"));
    } catch (NumberFormatException e) {
      throw Problems.notFound("there is no user '" + ctx.pathParam("user") + "'");
    }
    StoredUser user;
    try {
      user =
          store
              .setUserDisabled(
                  id,
                  disabled,
                  change -> {
                    StoredUser before = change.before();
                    ObjectNode detail =
                        JsonBodies.JSON.createObjectNode().put("wasDisabled", before.disabled());
                    if (disabled) {
                      detail.put("sessionsEnded", change.sessionsEnded());
                    }
                    String key = before.email().toLowerCase(Locale.ROOT);
                    String action = disabled ? "user.disable" : "user.enable";
                    return audit.entry(ctx, who, action, null, key, detail);
                  })
              .map(UserStatusChange::before)
              .orElseThrow(() -> Problems.notFound("there is no user " + ctx.pathParam("user")));
    } catch (LastOwnerException e) {
      List<String> studies = e.studies();
      throw Problems.of(
          409,
          ErrorCode.LAST_OWNER,
          "Conflict",
          "user "
              + id
              + " is the only owner of "
              + (studies.size() == 1 ? "study '" : "studies '")
              + String.join("', '", studies)
              + "'; make another member owner first. The user was not disabled");
    }
    ObjectNode out = JsonBodies.JSON.createObjectNode();
    out.put("id", user.id()).put("email", user.email()).put("displayName", user.displayName());
    out.put("disabled", disabled);
    JsonBodies.send(ctx, 200, out);
  }

  private static HttpProblem.FieldError field(String pointer, String code, String message) {
    return new HttpProblem.FieldError(pointer, code, message);
  }
}
