package org.tripart.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.dataset.Dataset;

/**
 * Answers read from another tool's export, checked against the imported instrument. Immutable.
 *
 * @param datasets one data set per responses file to write, by file stem (the event name of a
 *     longitudinal REDCap export, else {@code responses}), in the order to write them
 * @param notes one per answer or record that was not imported or was changed (record id and field
 *     in {@link ConversionNote#subject()}), and per stored total that disagrees with the recomputed
 *     one
 */
public record RecordsImport(Map<String, Dataset> datasets, List<ConversionNote> notes) {
  public RecordsImport {
    Objects.requireNonNull(datasets, "datasets");
    datasets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
    notes = List.copyOf(notes);
  }
}
