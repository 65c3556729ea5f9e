package org.tripart.store;

import java.time.Instant;

/**
 * An API token as stored (its hash only; the clear token is never stored).
 *
 * @param id the store's id
 * @param name what the token is for, never null
 * @param role the role it grants, as the web layer names roles, never null
 * @param created never null
 * @param revoked when it was revoked, or null while it is active
 * @param userId the user it acts for, or null for a server token (the admin token)
 */
public record ApiToken(
    long id, String name, String role, Instant created, Instant revoked, Long userId) {

  /** A server token, acting for no user. */
  public ApiToken(long id, String name, String role, Instant created, Instant revoked) {
    this(id, name, role, created, revoked, null);
  }

  public boolean isActive() {
    return revoked == null;
  }
}
