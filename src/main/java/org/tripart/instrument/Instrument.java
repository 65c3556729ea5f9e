package org.tripart.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable model of one questionnaire: its sections and items in display order. Built by
 * {@code InstrumentReader} (or in code); a valid instance has unique item ids and option codes and
 * skip logic that only reads earlier items. Thread-safe.
 *
 * @param id stable id of the instrument, for example {@code clinician}
 * @param group the stakeholder group that answers it, for example {@code clinician}
 * @param version the instrument's version, raised whenever items change
 * @param title the title per language
 * @param languages the languages every label is given in, the first being the default
 * @param sections the sections in display order
 * @param source the file the instrument was read from, or {@code <built-in>}
 */
public record Instrument(
    String id,
    String group,
    int version,
    LocalizedText title,
    List<String> languages,
    List<Section> sections,
    String source) {

  public Instrument {
    Objects.requireNonNull(id, "id");
    languages = List.copyOf(languages);
    sections = List.copyOf(sections);
  }

  /** Every item, in display order. */
  public List<Item> items() {
    List<Item> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.items());
    }
    return Collections.unmodifiableList(all);
  }

  /** Items by id, in display order. */
  public Map<String, Item> itemsById() {
    Map<String, Item> m = new LinkedHashMap<>();
    for (Item i : items()) {
      m.put(i.id(), i);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The item with this id.
   *
   * @throws UnknownItemException when the instrument does not define it
   */
  public Item item(String itemId) {
    for (Section s : sections) {
      for (Item i : s.items()) {
        if (i.id().equals(itemId)) {
          return i;
        }
      }
    }
    throw new UnknownItemException(id, itemId);
  }

  public boolean hasItem(String itemId) {
    return sections.stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.id().equals(itemId));
  }
}
