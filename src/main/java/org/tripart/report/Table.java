package org.tripart.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rectangular table of already formatted cells, with a title, column headers and notes printed
 * under it. Immutable; build one with {@link #builder(String)}.
 *
 * @param title the caption, may be empty
 * @param headers the column headers
 * @param aligns one alignment per column
 * @param rows the cells, each row as long as {@code headers}
 * @param notes footnotes, in order
 */
public record Table(
    String title,
    List<String> headers,
    List<Align> aligns,
    List<List<String>> rows,
    List<String> notes) {

  public Table {
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    aligns = List.copyOf(aligns);
    if (aligns.size() != headers.size()) {
      throw new IllegalArgumentException("one alignment per column expected");
    }
    List<List<String>> copy = new ArrayList<>();
    for (List<String> r : rows) {
      if (r.size() != headers.size()) {
        throw new IllegalArgumentException(
            "row of " + r.size() + " cells in a table of " + headers.size() + " columns");
      }
      copy.add(List.copyOf(r.stream().map(c -> c == null ? "" : c).toList()));
    }
    rows = List.copyOf(copy);
    notes = List.copyOf(notes);
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** Collects columns, rows and notes. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder column(String header, Align align) {
      headers.add(header);
      aligns.add(align);
      return this;
    }

    public Builder row(List<String> cells) {
      rows.add(new ArrayList<>(cells));
      return this;
    }

    public Builder row(String... cells) {
      return row(List.of(cells));
    }

    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    public Table build() {
      return new Table(title, headers, aligns, rows, notes);
    }
  }
}
