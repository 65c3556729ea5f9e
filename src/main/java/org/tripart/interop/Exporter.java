package org.tripart.interop;

import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;

/**
 * Writes an instrument, and optionally its answers, in another tool's format.
 *
 * <p>Contract: returns the complete set of files (nothing is written to disk here) and a note for
 * every construct the format cannot carry. Throws {@link org.tripart.TripartException} with {@link
 * org.tripart.ErrorCode#CONVERT_INPUT} when the input cannot be written in the format at all (for
 * example a statistics format without data, or an unknown language). Implementations are stateless,
 * thread-safe and without side effects.
 */
@FunctionalInterface
public interface Exporter {
  /**
   * @param instrument the instrument to write, never null
   * @param data its answers, or null to write the instrument alone
   * @param options how to write, never null
   */
  Export write(Instrument instrument, Dataset data, ExportOptions options);
}
