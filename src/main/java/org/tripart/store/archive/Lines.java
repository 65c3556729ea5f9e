package org.tripart.store.archive;

/**
 * A table's rows in canonical form ({@link RowCodec}), one at a time, in primary-key order. Not
 * thread-safe; close it when done.
 */
interface Lines extends AutoCloseable {
  /** The next row's canonical line, newline included; null after the last. */
  byte[] next();

  @Override
  void close();
}
