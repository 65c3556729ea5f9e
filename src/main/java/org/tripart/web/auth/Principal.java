package org.tripart.web.auth;

import org.tripart.store.StoredUser;

/**
 * Who makes a request: a signed-in user (by session cookie or the user's API token), or the
 * server's admin token ({@code user} null), which has every permission in every study. Immutable.
 *
 * @param user the user, or null for the admin token
 */
public record Principal(StoredUser user) {
  public static final Principal ADMIN = new Principal(null);

  public boolean isAdmin() {
    return user == null;
  }

  /** The actor as the audit log names it: {@code user:ID} or {@code admin-token}. */
  public String actor() {
    return user == null ? "admin-token" : "user:" + user.id();
  }
}
