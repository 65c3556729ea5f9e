package org.tripart.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading the scalars, lists and mappings of a plan given as nested maps (as YAML and JSON parsers
 * give them), with messages that name the plan's source and key. Shared by the readers of the
 * plan's sections ({@link AnalysisPlanReader} and the section readers beside it) so that every key
 * is refused in the same words. Stateless.
 */
final class PlanValues {
  private PlanValues() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(String file, String key, Object v, Set<String> allowed) {
    if (!(v instanceof Map<?, ?> m)) {
      throw new DesignPlanException(
          file, key.isEmpty() ? "the plan" : key, "expected a mapping of keys to values");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : m.entrySet()) {
      String k = str(e.getKey());
      if (k == null) {
        throw new DesignPlanException(
            file, key.isEmpty() ? "the plan" : key, "a key is empty (null)");
      }
      if (allowed != null && !allowed.contains(k)) {
        throw new DesignPlanException(
            file,
            key.isEmpty() ? k : key + "." + k,
            "unknown key '"
                + k
                + "'; expected one of "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
      out.put(k, e.getValue());
    }
    return out;
  }

  static String str(Object v) {
    return v == null ? null : v.toString();
  }

  static String string(String file, String key, Object v) {
    if (v != null && (v instanceof Map || v instanceof List)) {
      throw new DesignPlanException(file, key, "expected a single column name");
    }
    return str(v);
  }

  static List<String> strings(String file, String key, Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      List<String> out = new ArrayList<>();
      for (Object x : l) {
        String s = string(file, key, x);
        if (s == null) {
          throw new DesignPlanException(file, key, "an entry of the list is empty (null)");
        }
        out.add(s);
      }
      return out;
    }
    return List.of(string(file, key, v));
  }

  static double number(String file, String key, String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException | NullPointerException e) {
      throw new DesignPlanException(file, key, "'" + v + "' is not a number");
    }
  }

  static <E extends Enum<E>> E enumValue(String file, String key, Object v, Class<E> type) {
    try {
      return Enum.valueOf(type, str(v).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      List<String> names = new ArrayList<>();
      for (E x : type.getEnumConstants()) {
        names.add(x.name().toLowerCase(Locale.ROOT));
      }
      throw new DesignPlanException(
          file, key, "'" + v + "' is not one of " + String.join(", ", names));
    }
  }
}
