package org.tripart.interop.stats;

import java.nio.charset.StandardCharsets;

/** Label texts made fit for syntax files: one line, and cut to a byte limit. Stateless. */
final class Labels {
  private Labels() {}

  /** The text on one line: line breaks and tabs become spaces, runs of spaces one, trimmed. */
  static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").strip();
  }

  /** The text cut to at most {@code maxBytes} bytes of UTF-8, never inside a character. */
  static String cut(String s, int maxBytes) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return s;
    }
    int bytes = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > maxBytes) {
        break;
      }
      bytes += n;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }

  /** The number of UTF-8 bytes of the text. */
  static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
