package org.tripart.interop;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link Exporter} wrote: the files, in the order to write them, and what the target format
 * could not carry or what a tool other than Tripart will see differently. Immutable.
 *
 * @param files the files, with distinct names
 * @param notes one per construct changed or not carried over (lines of {@code convert-report.txt})
 */
public record Export(List<ExportFile> files, List<ConversionNote> notes) {
  public Export {
    Objects.requireNonNull(files, "files");
    files = List.copyOf(files);
    notes = List.copyOf(notes);
    if (files.stream().map(ExportFile::name).distinct().count() != files.size()) {
      throw new IllegalArgumentException("two export files have the same name");
    }
  }
}
