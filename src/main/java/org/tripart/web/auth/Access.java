package org.tripart.web.auth;

import io.javalin.http.Context;
import java.util.Optional;
import org.tripart.store.Store;
import org.tripart.store.StudyRole;

/**
 * Authorization: whether the caller may do something in a study, from the caller's role there
 * ({@link Permission#grantedTo}). The admin token may do everything.
 *
 * <p>A signed-in user who is not a member of the study gets 404 with exactly the answer of a study
 * that does not exist, not 403: changing the study id in a URL must not tell whether that study
 * exists. A member whose role lacks the permission gets 403 ({@code TRP-0812}); the member knows
 * the study exists. Thread-safe; reads the membership from the store at each call, so a removed
 * member loses access at the next request.
 */
public final class Access {
  static final String PRINCIPAL = "tripart.principal";

  private final Store store;
  private final Authenticator authenticator;

  public Access(Store store, Authenticator authenticator) {
    this.store = store;
    this.authenticator = authenticator;
  }

  /** The caller, or 401 (429 after too many failures). */
  public Principal require(Context ctx) {
    Principal cached = ctx.attribute(PRINCIPAL);
    if (cached != null) {
      return cached;
    }
    Principal who = authenticator.require(ctx);
    ctx.attribute(PRINCIPAL, who);
    return who;
  }

  /** The caller, or empty; never throws for bad credentials. */
  public Optional<Principal> current(Context ctx) {
    Principal cached = ctx.attribute(PRINCIPAL);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Principal> who = authenticator.current(ctx);
    who.ifPresent(p -> ctx.attribute(PRINCIPAL, p));
    return who;
  }

  /**
   * The caller when it has {@code permission} in {@code study}; else 401, 404 (not a member) or 403
   * (a member whose role lacks it).
   */
  public Principal require(Context ctx, String study, Permission permission) {
    Principal who = require(ctx);
    check(who, study, permission);
    return who;
  }

  void check(Principal who, String study, Permission permission) {
    if (who.isAdmin()) {
      return;
    }
    StudyRole role = role(who, study).orElseThrow(() -> Problems.noStudy(study));
    if (!permission.grantedTo(role)) {
      throw Problems.roleInsufficient(permission);
    }
  }

  /** Whether {@code who} has {@code permission} in {@code study}. */
  public boolean allows(Principal who, String study, Permission permission) {
    return who.isAdmin() || role(who, study).map(permission::grantedTo).orElse(false);
  }

  /** The user's role in the study; empty for a non-member and for the admin token. */
  public Optional<StudyRole> role(Principal who, String study) {
    if (who.isAdmin()) {
      return Optional.empty();
    }
    return store.role(who.user().id(), study);
  }
}
