package org.tripart.interop;

import org.tripart.instrument.Instrument;

/**
 * Reads answers exported by another tool into data sets of an instrument imported from the same
 * tool.
 *
 * <p>Contract: every answer is checked against {@code instrument}; answers to unknown items and
 * impossible values are left out and each gets a note naming record id and field, and the rest is
 * imported. Calculated items are recomputed, and a stored value that disagrees is noted. Throws
 * {@link org.tripart.TripartException} with {@link org.tripart.ErrorCode#IMPORT_UNREADABLE} and the
 * place when the content cannot be read at all. Stateless, thread-safe, no side effects.
 */
@FunctionalInterface
public interface RecordsImporter {
  RecordsImport read(Instrument instrument, byte[] content, String fileName);
}
