package org.tripart.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Turns the fields of a posted respondent form into the raw answer map {@code capture.Validator}
 * takes, so that a form post and a JSON draft are checked by the same rules. Stateless and
 * thread-safe; reads its arguments only.
 */
public final class FormAnswers {
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
    for (Item item : instrument.items()) {
      List<String> values = rest.remove(item.id());
      if (values != null) {
        put(raw, item.id(), nonBlank(values), item.type() == ItemType.MULTIPLE);
      }
    }
    for (Map.Entry<String, List<String>> e : rest.entrySet()) {
      put(raw, e.getKey(), nonBlank(e.getValue()), false);
    }
    return raw;
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
