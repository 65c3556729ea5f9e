package org.tripart.web.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.tripart.store.TokenHashes;

/**
 * Password hashing with Argon2id at the OWASP Password Storage Cheat Sheet's parameters (19 MiB of
 * memory, 2 iterations, 1 lane, 16-byte salt, 32-byte hash), through Spring Security's {@link
 * Argon2PasswordEncoder} over Bouncy Castle. The encoded hash carries its parameters, so they can
 * be raised later without breaking stored hashes. Thread-safe.
 */
public final class Passwords {
  /** Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask a little more). */
  public static final int MIN_LENGTH = 10;

  /** Longest password accepted, to bound the work a request can cause. */
  public static final int MAX_LENGTH = 256;

  private static final Argon2PasswordEncoder ENCODER =
      new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

  /** A real hash of a password nobody knows, checked for unknown users so they take as long. */
  private static final String DUMMY = ENCODER.encode(TokenHashes.newToken());

  private Passwords() {}

  /** The encoded Argon2id hash of {@code password}, with a fresh random salt. */
  public static String hash(String password) {
    return ENCODER.encode(password);
  }

  /**
   * Whether {@code password} matches {@code encoded}; with {@code encoded} null (an unknown user)
   * it checks against a dummy hash, taking the same time, and answers false.
   */
  public static boolean matches(String password, String encoded) {
    String given = password == null ? "" : password;
    if (given.length() > MAX_LENGTH) {
      given = given.substring(0, MAX_LENGTH);
    }
    if (encoded == null) {
      ENCODER.matches(given, DUMMY);
      return false;
    }
    return ENCODER.matches(given, encoded);
  }

  /** Why a new password is refused, or null when it is acceptable. */
  public static String weakness(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "the password must have at least " + MIN_LENGTH + " characters";
    }
    if (password.length() > MAX_LENGTH) {
      return "the password must have at most " + MAX_LENGTH + " characters";
    }
    return null;
  }
}
