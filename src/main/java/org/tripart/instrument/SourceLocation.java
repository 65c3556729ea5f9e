package org.tripart.instrument;

/**
 * Where something was defined: a file name (as the user gave it) and a 1-based line, or line 0 when
 * the thing was built in code rather than read from a file.
 */
public record SourceLocation(String file, int line) {
  public static final SourceLocation BUILT_IN = new SourceLocation("<built-in>", 0);

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
