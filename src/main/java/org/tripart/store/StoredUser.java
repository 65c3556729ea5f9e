package org.tripart.store;

import java.time.Instant;

/**
 * A researcher account as stored.
 *
 * @param id the store's id
 * @param email as the user gave it; unique ignoring case, never null
 * @param displayName never null
 * @param passwordHash the password's encoded hash (Argon2id, with its parameters), never the
 *     password; never null
 * @param created never null
 * @param disabled whether sign-in and the user's tokens and sessions are refused
 */
public record StoredUser(
    long id,
    String email,
    String displayName,
    String passwordHash,
    Instant created,
    boolean disabled) {

  @Override
  public String toString() {
    return "StoredUser[id=" + id + ", email=" + email + ", disabled=" + disabled + "]";
  }
}
