package org.tripart.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Turns the fields of a posted respondent form into the raw answer map {@code capture.Validator}
 * takes, so that a form post and a JSON draft are checked by the same rules. Stateless and
 * thread-safe; reads its arguments only.
 */
public final class FormAnswers {
  /** The field of a roster's partner slot: {@code partners.2.since}, slot 1 to 99. */
  private static final Pattern SLOT_FIELD = Pattern.compile("([^.]+)\\.([1-9][0-9]?)\\.([^.]+)");

  /** The slot field that only filters the list shown without JavaScript; never an answer. */
  static final String PROVINCE = "province";

  private FormAnswers() {}

  /**
   * The raw answers of a form post, item id to value, in instrument order and then other fields in
   * alphabetical order.
   *
   * <ul>
   *   <li>Fields whose name starts with {@code _} ({@code _csrf}, {@code _action}) are left out.
   *   <li>Blank values (empty or whitespace only) are left out; a field with no other value is left
   *       out entirely, so the item counts as unanswered.
   *   <li>A multiple-choice item gives a {@code List<String>} of its codes.
   *   <li>Any other field gives its one value as a {@code String}, exactly as typed (numbers too);
   *       given several values it gives them all as a list, which the validator refuses as the
   *       wrong shape rather than silently keeping one.
   *   <li>A roster item gives a {@code List} of one {@code Map} per partner slot, from the fields
   *       {@code ROSTER.K.id}, {@code ROSTER.K.other} and {@code ROSTER.K.TIE} (slot {@code K} from
   *       1 to 99; a multiple-choice tie's codes as a list): element {@code K - 1} is slot {@code
   *       K}, so the validator's positions are the slot numbers; a slot with no answer is null. The
   *       slot's {@code province} field (the list filter of the page without JavaScript) is left
   *       out; a roster with no slot answered is left out.
   *   <li>Fields that are no item of the instrument are kept, so the validator reports them.
   * </ul>
   *
   * @param formParams field name to its values as the HTTP layer decoded them; null lists and
   *     values are treated as absent
   */
  public static Map<String, Object> parse(
      Instrument instrument, Map<String, List<String>> formParams) {
    Map<String, Object> raw = new LinkedHashMap<>();
    Map<String, List<String>> rest = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : formParams.entrySet()) {
      if (e.getKey() != null && !e.getKey().startsWith("_")) {
        rest.put(e.getKey(), e.getValue());
      }
    }
    Map<String, List<Map<String, Object>>> rosters = rosters(instrument, rest);
    for (Item item : instrument.items()) {
      List<String> values = rest.remove(item.id());
      List<Map<String, Object>> slots = rosters.get(item.id());
      if (slots != null) {
        raw.put(item.id(), slots);
      } else if (values != null) {
        put(raw, item.id(), nonBlank(values), item.type() == ItemType.MULTIPLE);
      }
    }
    for (Map.Entry<String, List<String>> e : rest.entrySet()) {
      put(raw, e.getKey(), nonBlank(e.getValue()), false);
    }
    return raw;
  }

  /**
   * The partner slots of every roster with an answered slot, removing their fields from {@code
   * rest}.
   */
  private static Map<String, List<Map<String, Object>>> rosters(
      Instrument instrument, Map<String, List<String>> rest) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      if (item.type() != ItemType.ROSTER) {
        continue;
      }
      TreeMap<Integer, Map<String, List<String>>> slots = slotFields(item, rest);
      rest.keySet().removeIf(name -> slotOf(item, name) > 0);
      List<Map<String, Object>> entries = new ArrayList<>();
      boolean any = false;
      for (Map.Entry<Integer, Map<String, List<String>>> slot : slots.entrySet()) {
        while (entries.size() < slot.getKey() - 1) {
          entries.add(null);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        slot.getValue()
            .forEach(
                (field, values) -> {
                  if (!field.equals(PROVINCE)) {
                    boolean multi =
                        item.roster()
                            .tie(field)
                            .map(t -> t.type() == ItemType.MULTIPLE)
                            .orElse(false);
                    put(entry, field, values, multi);
                  }
                });
        any |= !entry.isEmpty();
        entries.add(entry.isEmpty() ? null : entry);
      }
      if (any) {
        out.put(item.id(), entries);
      }
    }
    return out;
  }

  /**
   * The non-blank values of the slot fields of one roster, by slot number and then field ({@code
   * id}, {@code other}, {@code province}, tie ids) in the order the form gives them; slots with no
   * non-blank value are left out.
   */
  static TreeMap<Integer, Map<String, List<String>>> slotFields(
      Item roster, Map<String, List<String>> formParams) {
    TreeMap<Integer, Map<String, List<String>>> slots = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : formParams.entrySet()) {
      int slot = slotOf(roster, e.getKey());
      List<String> values = nonBlank(e.getValue());
      if (slot > 0 && !values.isEmpty()) {
        String field = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
        slots.computeIfAbsent(slot, k -> new LinkedHashMap<>()).put(field, values);
      }
    }
    return slots;
  }

  /** The slot number of a field of this roster's slots, 0 when it is none. */
  private static int slotOf(Item roster, String name) {
    if (name == null) {
      return 0;
    }
    Matcher m = SLOT_FIELD.matcher(name);
    return m.matches() && m.group(1).equals(roster.id()) ? Integer.parseInt(m.group(2)) : 0;
  }

  private static void put(Map<String, Object> raw, String key, List<String> values, boolean multi) {
    if (values.isEmpty()) {
      return;
    }
    raw.put(key, multi || values.size() > 1 ? List.copyOf(values) : values.get(0));
  }

  private static List<String> nonBlank(List<String> values) {
    List<String> kept = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          kept.add(v);
        }
      }
    }
    return kept;
  }
}
