package org.tripart.interop.redcap;

import java.util.Map;
import org.tripart.instrument.ItemType;

/**
 * What branching logic and calculations need to know of a REDCap field once mapped: its Tripart id
 * and type, its position, and the Tripart code of each REDCap code (keys lower-case).
 *
 * @param id the Tripart item id
 * @param type the Tripart type, or null when the field is not carried over (file, sql)
 * @param index the field's position in the dictionary
 * @param codes REDCap code (lower-case) to Tripart option code; empty for uncoded fields
 */
record Target(String id, ItemType type, int index, Map<String, String> codes) {
  Target {
    codes = Map.copyOf(codes);
  }
}
