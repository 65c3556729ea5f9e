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
 */
public record ApiToken(long id, String name, String role, Instant created, Instant revoked) {

  public boolean isActive() {
    return revoked == null;
  }
}
