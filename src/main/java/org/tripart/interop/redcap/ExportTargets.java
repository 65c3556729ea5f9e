package org.tripart.interop.redcap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/** The targets the importer would see for an exported instrument, to check translations. */
final class ExportTargets {
  private ExportTargets() {}

  static Map<String, Target> of(Instrument instrument) {
    Map<String, Target> out = new LinkedHashMap<>();
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Map<String, String> codes = new LinkedHashMap<>();
      if (item.type() == ItemType.YES_NO) {
        codes.put("1", "yes");
        codes.put("0", "no");
      } else {
        item.options().forEach(o -> codes.put(o.code(), o.code()));
      }
      out.put(item.id(), new Target(item.id(), item.type(), i, codes));
    }
    return out;
  }

  static int index(Instrument instrument, String itemId) {
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(itemId)) {
        return i;
      }
    }
    return items.size();
  }
}
