package org.tripart.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: the same id under the same study secret always gets the same pseudonym, and
 * without the secret a pseudonym can be neither reversed nor recomputed from a guessed id (unlike a
 * plain hash, which anyone can compute for every id in a register).
 *
 * <p>A pseudonym is HMAC-SHA256(secret, kind + ":" + id), its first 10 bytes (80 bits) written in
 * RFC 4648 base32 without padding: 16 characters from {@code A-Z2-7}. The kind ({@code respondent},
 * {@code institution}) separates the name spaces, so a respondent and an institution that happen to
 * share an id get unrelated pseudonyms.
 *
 * <p>Immutable and thread-safe (a {@link Mac} is made per call); holds the secret in memory.
 */
public final class Pseudonyms {
  /** Fewer bytes than this make the secret guessable by brute force. */
  public static final int MIN_SECRET_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final int BYTES = 10;

  private final SecretKeySpec key;

  /**
   * @param secret the study's secret, at least {@value #MIN_SECRET_BYTES} bytes; copied
   * @throws DisclosureInputException when the secret is null or shorter
   */
  public Pseudonyms(byte[] secret) {
    if (secret == null || secret.length < MIN_SECRET_BYTES) {
      throw new DisclosureInputException(
          "pseudonym secret",
          "has "
              + (secret == null ? 0 : secret.length)
              + " bytes; a study secret needs at least "
              + MIN_SECRET_BYTES
              + " random bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** The pseudonym of a respondent id. */
  public String respondent(String id) {
    return of("respondent", id);
  }

  /** The pseudonym of an institution id. */
  public String institution(String id) {
    return of("institution", id);
  }

  /** The pseudonym of {@code id} in the name space {@code kind}; neither may be null. */
  public String of(String kind, String id) {
    byte[] mac;
    try {
      Mac m = Mac.getInstance(ALGORITHM);
      m.init(key);
      mac = m.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform provides " + ALGORITHM, e);
    }
    return base32(mac, BYTES);
  }

  /** RFC 4648 base32 of the first {@code length} bytes (a multiple of 5), without padding. */
  static String base32(byte[] bytes, int length) {
    StringBuilder out = new StringBuilder(length * 8 / 5);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < length; i++) {
      buffer = (buffer << 8) | (bytes[i] & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    return out.toString();
  }
}
