package org.tripart.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Request bodies decoded as UTF-8: exactly the strict decoder's text, or the 400. */
class Utf8BodyTest {
  @Test
  void validTextIsTheStrictDecodersTextAlsoWithAReplacementCharacterSent() {
    for (String text :
        new String[] {
          "", "{\"a\":1}", "Ærø «ok» 人工智能 🙂", "sent as such: \uFFFD", "\u0000\u007f"
        }) {
      assertThat(Limits.utf8(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }
  }

  @Test
  void malformedBytesAreRefusedNotReplaced() {
    byte[][] malformed = {
      {(byte) 0xFF},
      {'a', (byte) 0xE2, (byte) 0x82},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
    };
    for (byte[] bytes : malformed) {
      assertThatThrownBy(() -> Limits.utf8(bytes))
          .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(400));
    }
  }

  @Test
  void randomBytesDecodeAsTheStrictDecoderDecodesThem() {
    Random random = new Random(16L);
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = new byte[random.nextInt(12)];
      random.nextBytes(bytes);
      String strict = strict(bytes);
      if (strict == null) {
        assertThatThrownBy(() -> Limits.utf8(bytes)).isInstanceOf(HttpProblem.class);
      } else {
        assertThat(Limits.utf8(bytes)).isEqualTo(strict);
      }
    }
  }

  private static String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
