package org.tripart.instrument;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three sectors whose collaboration the bundled study describes, and which a partner roster
 * names organisations from: each organisation of a register belongs to exactly one.
 */
public enum Sector {
  /** A hospital or other healthcare provider (the fieldwork register's default). */
  HOSPITAL("hospital"),
  /** A university, research institute or laboratory. */
  INSTITUTION("institution"),
  /** A company: AI developers, imaging device makers, other industry. */
  COMPANY("company");

  private final String fileName;

  Sector(String fileName) {
    this.fileName = fileName;
  }

  /** The name in instrument and register files, for example {@code institution}. */
  public String fileName() {
    return fileName;
  }

  public static Optional<Sector> fromFileName(String name) {
    return Arrays.stream(values()).filter(s -> s.fileName.equals(name)).findFirst();
  }
}
