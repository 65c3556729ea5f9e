package org.tripart.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for invitation links and API access, and their SHA-256 hashes. Only hashes are stored, so
 * a copy of the store does not hand out working links. Thread-safe; all methods are static.
 */
public final class TokenHashes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenHashes() {}

  /** A new random token: 32 bytes from a secure random source, base64url without padding. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The lowercase hex SHA-256 of the token's UTF-8 bytes. */
  public static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /**
   * Whether two hashes are equal, compared in time that does not depend on where they differ. Null
   * is equal to nothing.
   */
  public static boolean matches(String hashA, String hashB) {
    if (hashA == null || hashB == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hashA.getBytes(StandardCharsets.US_ASCII), hashB.getBytes(StandardCharsets.US_ASCII));
  }

  /** Whether {@code value} has the form of a stored hash: 64 lowercase hex digits. */
  public static boolean isHash(String value) {
    if (value == null || value.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
