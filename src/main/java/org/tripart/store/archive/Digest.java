package org.tripart.store.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A running SHA-256 and line count over a table's canonical lines. Not thread-safe. */
final class Digest {
  private final MessageDigest sha256;
  private long lines;

  Digest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  void add(byte[] line) {
    sha256.update(line);
    lines++;
  }

  long lines() {
    return lines;
  }

  /** The hash so far in lower-case hex; ends this digest. */
  String hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
