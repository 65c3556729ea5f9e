package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * What each column of a REDCap record export holds: the record id, the event, a repeat marker, an
 * item's value, one checkbox option of an item, a form status, or something the instrument does not
 * know. Immutable once built.
 */
final class RecordColumns {
  /** The role of one column. */
  enum Role {
    RECORD_ID,
    EVENT,
    REPEAT_INSTRUMENT,
    REPEAT_INSTANCE,
    VALUE,
    CHECKBOX,
    FORM_STATUS,
    REDCAP_META,
    UNKNOWN
  }

  /** One column: its header, role, the item it fills (or null) and, for a checkbox, the option. */
  record Col(String header, Role role, Item item, int option) {}

  private static final Set<String> META =
      Set.of("redcap_data_access_group", "redcap_survey_identifier", "redcap_repeat_instrument");

  final List<Col> columns;
  final int idColumn;
  final int eventColumn;
  final int repeatColumn;
  final int instanceColumn;

  RecordColumns(Instrument instrument, List<String> header) {
    Map<String, Item> items = new LinkedHashMap<>();
    for (Item i : instrument.items()) {
      items.put(i.id(), i);
    }
    Set<String> sections = new java.util.HashSet<>();
    instrument.sections().forEach(s -> sections.add(s.id()));
    int id = header.indexOf("record_id");
    if (id < 0) {
      id = 0;
    }
    List<Col> cols = new ArrayList<>();
    int event = -1;
    int repeat = -1;
    int instance = -1;
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).strip();
      String lower = h.toLowerCase(Locale.ROOT);
      Col col;
      if (c == id) {
        col = new Col(h, Role.RECORD_ID, items.get(RedcapDictionary.itemId(lower)), -1);
      } else if (lower.equals("redcap_event_name")) {
        event = c;
        col = new Col(h, Role.EVENT, null, -1);
      } else if (lower.equals("redcap_repeat_instrument")) {
        repeat = c;
        col = new Col(h, Role.REPEAT_INSTRUMENT, null, -1);
      } else if (lower.equals("redcap_repeat_instance")) {
        instance = c;
        col = new Col(h, Role.REPEAT_INSTANCE, null, -1);
      } else if (META.contains(lower) || lower.endsWith("_timestamp")) {
        col = new Col(h, Role.REDCAP_META, null, -1);
      } else {
        col = valueColumn(h, lower, items, sections);
      }
      cols.add(col);
    }
    this.columns = List.copyOf(cols);
    this.idColumn = id;
    this.eventColumn = event;
    this.repeatColumn = repeat;
    this.instanceColumn = instance;
  }

  private static Col valueColumn(
      String h, String lower, Map<String, Item> items, Set<String> sections) {
    int sep = lower.indexOf("___");
    if (sep > 0) {
      Item item = items.get(RedcapDictionary.itemId(lower.substring(0, sep)));
      String suffix = lower.substring(sep + 3);
      if (item != null && item.type() == ItemType.MULTIPLE) {
        int o = optionOf(item, suffix);
        return new Col(h, o < 0 ? Role.UNKNOWN : Role.CHECKBOX, item, o);
      }
      if (item != null && item.type() == ItemType.YES_NO) {
        return new Col(h, Role.CHECKBOX, item, 0);
      }
    }
    Item item = items.get(RedcapDictionary.itemId(lower));
    if (item != null && item.type().hasData() && item.type() != ItemType.MULTIPLE) {
      return new Col(h, Role.VALUE, item, -1);
    }
    if (lower.endsWith("_complete")
        && sections.contains(lower.substring(0, lower.length() - "_complete".length()))) {
      return new Col(h, Role.FORM_STATUS, null, -1);
    }
    return new Col(h, Role.UNKNOWN, null, -1);
  }

  /** The option a checkbox column suffix names ({@code 1}, {@code a}, {@code _1} for -1), or -1. */
  private static int optionOf(Item item, String suffix) {
    List<String> candidates = new ArrayList<>();
    candidates.add(Codes.safe(suffix));
    if (suffix.matches("_\\d+(_\\d+)?")) {
      candidates.add(Codes.safe("-" + suffix.substring(1).replace('_', '.')));
    }
    for (String c : candidates) {
      int o = item.optionIndex(c);
      if (o >= 0) {
        return o;
      }
    }
    return -1;
  }

  boolean looksLikeRecords() {
    return columns.stream().anyMatch(c -> c.role() == Role.VALUE || c.role() == Role.CHECKBOX);
  }
}
