package org.tripart.fieldwork;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Invitation tokens: the secret in a respondent's link. A token is 32 random bytes (256 bits) from
 * {@link SecureRandom}, written base64url without padding (43 characters, safe in a URL path). The
 * server keeps only {@link #hash(String) the SHA-256 of a token}, so a copy of the database does
 * not open anyone's questionnaire, and compares in constant time so that response timing does not
 * leak how much of a guessed token was right. Stateless and thread-safe.
 */
public final class Tokens {
  /** The number of random bytes in a token. */
  public static final int BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final HexFormat HEX = HexFormat.of();

  private Tokens() {}

  /** A new random token, base64url without padding. */
  public static String generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** The SHA-256 of the token's UTF-8 bytes, as 64 lower-case hex digits; what is stored. */
  public static String hash(String token) {
    return HEX.formatHex(digest(token));
  }

  /**
   * True when {@code token} hashes to {@code storedHash} (hex, either case). The comparison of the
   * digests takes the same time wherever they differ ({@link MessageDigest#isEqual}). False for a
   * null token or a null or malformed hash.
   */
  public static boolean matches(String token, String storedHash) {
    if (token == null || storedHash == null || storedHash.length() != 64) {
      return false;
    }
    byte[] expected;
    try {
      expected = HEX.parseHex(storedHash);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(digest(token), expected);
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
