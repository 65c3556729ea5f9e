package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenHashesTest {
  @Test
  void hashIsTheSha256HexOfTheToken() {
    // FIPS 180-2, appendix B.1: SHA-256("abc")
    assertThat(TokenHashes.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void newTokensAreDistinctAndNotHashes() {
    String token = TokenHashes.newToken();

    assertThat(token).hasSize(43).isNotEqualTo(TokenHashes.newToken());
    assertThat(TokenHashes.isHash(token)).isFalse();
    assertThat(TokenHashes.isHash(TokenHashes.hash(token))).isTrue();
  }

  @Test
  void matchesComparesHashesAndNeverMatchesNull() {
    String hash = TokenHashes.hash("abc");

    assertThat(TokenHashes.matches(hash, TokenHashes.hash("abc"))).isTrue();
    assertThat(TokenHashes.matches(hash, TokenHashes.hash("abd"))).isFalse();
    assertThat(TokenHashes.matches(null, hash)).isFalse();
  }
}
