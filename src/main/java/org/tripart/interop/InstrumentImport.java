package org.tripart.interop;

import java.util.List;
import java.util.Objects;
import org.tripart.instrument.Instrument;

/**
 * A questionnaire read from another tool's file: the instrument, valid as {@code tripart validate}
 * checks it, and what could not be carried over. Immutable.
 *
 * @param instrument the imported instrument
 * @param notes one per construct that was not carried over or was changed, in source order
 */
public record InstrumentImport(Instrument instrument, List<ConversionNote> notes) {
  public InstrumentImport {
    Objects.requireNonNull(instrument, "instrument");
    notes = List.copyOf(notes);
  }
}
