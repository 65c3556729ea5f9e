package org.tripart.interop.xlsform;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;
import org.tripart.interop.ConversionNote;

/**
 * XLSForm constraints as Tripart ranges: {@code . >= 0}, {@code . <= 120} and their conjunction on
 * integer and decimal questions; any other constraint is noted with its message. Stateless.
 */
final class Constraints {
  private Constraints() {}

  private static final Pattern BOUND =
      Pattern.compile("\\s*\\.\\s*(<=|>=|<|>)\\s*(-?[0-9]+(\\.[0-9]+)?)\\s*");

  static void apply(
      ItemSpec spec, String text, String message, String where, List<ConversionNote> notes) {
    String why = message.isEmpty() ? "" : " (message: " + message + ")";
    if (spec.type == ItemType.INTEGER || spec.type == ItemType.DECIMAL) {
      double min = Double.NEGATIVE_INFINITY;
      double max = Double.POSITIVE_INFINITY;
      boolean ok = true;
      boolean strict = false;
      for (String part : text.split("\\band\\b")) {
        Matcher m = BOUND.matcher(part);
        if (!m.matches()) {
          ok = false;
          break;
        }
        double v = Double.parseDouble(m.group(2));
        boolean integer = spec.type == ItemType.INTEGER;
        switch (m.group(1)) {
          case ">=" -> min = Math.max(min, v);
          case "<=" -> max = Math.min(max, v);
          case ">" -> {
            min = Math.max(min, integer ? Math.floor(v) + 1 : v);
            strict |= !integer;
          }
          default -> {
            max = Math.min(max, integer ? Math.ceil(v) - 1 : v);
            strict |= !integer;
          }
        }
      }
      if (ok && min <= max) {
        spec.range = new NumericRange(min, max);
        if (strict) {
          notes.add(
              new ConversionNote(
                  where,
                  spec.xlsName,
                  "constraint \""
                      + text
                      + "\" has a strict bound on a decimal; Tripart ranges include their bounds"));
        }
        return;
      }
    }
    notes.add(
        new ConversionNote(
            where,
            spec.xlsName,
            "constraint \""
                + text
                + "\" is not carried over; Tripart checks only numeric ranges"
                + why));
  }
}
