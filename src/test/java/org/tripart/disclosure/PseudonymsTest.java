package org.tripart.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymsTest {
  static final byte[] SECRET = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void pseudonymIsTheBase32OfTheFirstTenBytesOfTheHmac() {
    // Python: base64.b32encode(hmac.new(b'0123456789abcdef', b'respondent:R1',
    //   hashlib.sha256).digest()[:10])
    Pseudonyms p = new Pseudonyms(SECRET);
    assertThat(p.respondent("R1")).isEqualTo("OGITYZXNGEOPLPDZ");
    assertThat(p.respondent("R2")).isEqualTo("4PYQDNASB3LM4EWQ");
    assertThat(p.institution("H1")).isEqualTo("PS4IHH2HRDJCZA4K");
  }

  @Test
  void sameIdIsStableAndKindsAndSecretsSeparateIt() {
    Pseudonyms p = new Pseudonyms(SECRET);
    Pseudonyms other = new Pseudonyms("fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    assertThat(p.respondent("X")).isEqualTo(new Pseudonyms(SECRET.clone()).respondent("X"));
    assertThat(p.respondent("X")).isNotEqualTo(p.institution("X"));
    assertThat(p.respondent("X")).isNotEqualTo(other.respondent("X"));
  }

  @Test
  void shortSecretIsRefused() {
    assertThatThrownBy(() -> new Pseudonyms(new byte[15]))
        .isInstanceOf(DisclosureInputException.class)
        .hasMessageContaining("at least 16");
  }
}
