package org.tripart.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void aTokenIs32RandomBytesInBase64UrlWithoutPadding() {
    String token = Tokens.generate();

    assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
  }

  @Test
  void tenThousandTokensAreAllDifferent() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(Tokens.generate());
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void tokenBitsLookUniformlyRandom() {
    // 10,000 tokens = 2,560,000 bits; a fair source sets half of them, with a standard deviation
    // of sqrt(0.25 / 2,560,000) = 0.0003, so 0.49..0.51 is a margin of over 30 deviations.
    // 320,000 bytes put about 1,250 on each of the 256 values; none may be missing.
    long ones = 0;
    int[] byValue = new int[256];
    for (int i = 0; i < 10_000; i++) {
      for (byte b : Base64.getUrlDecoder().decode(Tokens.generate())) {
        ones += Integer.bitCount(b & 0xFF);
        byValue[b & 0xFF]++;
      }
    }
    assertThat(ones / 2_560_000.0).isBetween(0.49, 0.51);
    assertThat(byValue).doesNotContain(0);
  }

  @Test
  void theHashIsTheSha256OfTheTokenInLowerCaseHex() {
    // FIPS 180-2 test vector: SHA-256("abc")
    assertThat(Tokens.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aTokenMatchesItsOwnHashOnly() {
    String token = Tokens.generate();
    String hash = Tokens.hash(token);

    assertThat(Tokens.matches(token, hash)).isTrue();
    assertThat(Tokens.matches(token, hash.toUpperCase(Locale.ROOT))).isTrue();
    assertThat(Tokens.matches(Tokens.generate(), hash)).isFalse();
    assertThat(Tokens.matches(token.substring(1), hash)).isFalse();
  }

  @Test
  void aMissingOrMalformedHashMatchesNothing() {
    String token = Tokens.generate();

    assertThat(Tokens.matches(token, null)).isFalse();
    assertThat(Tokens.matches(null, Tokens.hash("x"))).isFalse();
    assertThat(Tokens.matches(token, "")).isFalse();
    assertThat(Tokens.matches(token, "zz".repeat(32))).isFalse();
    assertThat(Tokens.matches(token, Tokens.hash(token).substring(2))).isFalse();
  }
}
