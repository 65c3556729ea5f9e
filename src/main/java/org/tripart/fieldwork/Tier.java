package org.tripart.fieldwork;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The grade of a hospital in China's three-tier system, as written in the register. */
public enum Tier {
  PRIMARY("primary"),
  SECONDARY("secondary"),
  TERTIARY("tertiary"),
  /** Not graded, or not a hospital (a university, a company). */
  OTHER("other");

  private final String fileName;

  Tier(String fileName) {
    this.fileName = fileName;
  }

  /** The name in register files, for example {@code tertiary}. */
  public String fileName() {
    return fileName;
  }

  /** The tier with this name, ignoring case and surrounding blanks. */
  public static Optional<Tier> fromFileName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.fileName.equals(n)).findFirst();
  }
}
