package org.tripart.instrument;

import java.util.List;

/** A titled run of items shown together. Immutable. */
public record Section(String id, LocalizedText title, List<Item> items) {
  public Section {
    items = List.copyOf(items);
  }
}
