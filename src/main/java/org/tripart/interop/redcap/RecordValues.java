package org.tripart.interop.redcap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;

/**
 * Reads one cell of a REDCap record export as the answer to an item: raw codes or labels, numbers
 * with a decimal point or comma, ISO dates. Stateless.
 */
final class RecordValues {
  private RecordValues() {}

  /** Thrown for a value the item cannot take; the message says why. */
  static final class Impossible extends Exception {
    private static final long serialVersionUID = 1L;

    Impossible(String message) {
      super(message);
    }
  }

  /** The option index of a coded answer, given as its REDCap code or its label. */
  static int option(Item item, String value) throws Impossible {
    String v = value.strip();
    if (item.type() == ItemType.YES_NO) {
      switch (v.toLowerCase(Locale.ROOT)) {
        case "1", "yes" -> {
          return item.optionIndex("yes");
        }
        case "0", "no" -> {
          return item.optionIndex("no");
        }
        default -> throw new Impossible("'" + v + "' is not a yes/no code (1, 0)");
      }
    }
    int o = item.optionIndex(Codes.safe(v));
    if (o >= 0) {
      return o;
    }
    for (int i = 0; i < item.options().size(); i++) {
      Option option = item.options().get(i);
      if (option.label().texts().values().stream().anyMatch(l -> l.strip().equalsIgnoreCase(v))) {
        return i;
      }
    }
    if (Codes.PROJECT_MISSING.contains(v.toUpperCase(Locale.ROOT))) {
      throw new Impossible("'" + v + "' is a REDCap missing data code the item does not list");
    }
    throw new Impossible("'" + v + "' is not a code or label of the item's choices");
  }

  /** Whether a checkbox cell is ticked: 1/0 or Checked/Unchecked. */
  static boolean ticked(String value) throws Impossible {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "1", "checked" -> true;
      case "0", "unchecked" -> false;
      default -> throw new Impossible("'" + value.strip() + "' is not a checkbox value (1, 0)");
    };
  }

  static double number(Item item, String value) throws Impossible {
    String v = value.strip();
    if (v.indexOf(',') >= 0 && v.indexOf('.') < 0) {
      v = v.replace(',', '.');
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new Impossible("'" + value.strip() + "' is not a number");
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new Impossible("'" + value.strip() + "' is not a finite number");
    }
    if (item.type() == ItemType.INTEGER && d != Math.rint(d)) {
      throw new Impossible("'" + value.strip() + "' is not a whole number");
    }
    NumericRange r = item.range();
    if (!r.contains(d)) {
      throw new Impossible(
          "'"
              + value.strip()
              + "' is outside the range "
              + bound(r.min())
              + " .. "
              + bound(r.max()));
    }
    return d;
  }

  static String date(String value) throws Impossible {
    String v = value.strip();
    try {
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw new Impossible("'" + v + "' is not a date in Y-M-D form");
    }
  }

  private static String bound(double d) {
    return Double.isInfinite(d) ? (d < 0 ? "-inf" : "inf") : RedcapLogic.format(d);
  }
}
