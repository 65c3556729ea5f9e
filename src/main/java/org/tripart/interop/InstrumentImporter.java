package org.tripart.interop;

/**
 * Reads a questionnaire written by another tool.
 *
 * <p>Contract: returns an instrument that Tripart's validator accepts, with a note for every
 * construct of the source that was not carried over or was changed; never drops one silently.
 * Throws {@link org.tripart.TripartException} with {@link org.tripart.ErrorCode#IMPORT_UNREADABLE}
 * and the place ({@code FILE:LINE[:COL]}) when the content cannot be read as the format at all.
 * Implementations are stateless and thread-safe and have no side effects.
 */
@FunctionalInterface
public interface InstrumentImporter {
  /**
   * @param content the file's bytes
   * @param fileName the name messages and notes give the file, for example {@code dictionary.csv}
   */
  InstrumentImport read(byte[] content, String fileName);
}
