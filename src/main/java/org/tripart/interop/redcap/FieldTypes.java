package org.tripart.interop.redcap;

import java.util.Set;
import java.util.regex.Pattern;
import org.tripart.instrument.ItemType;

/** Which Tripart type a REDCap field type and text validation become. Stateless. */
final class FieldTypes {
  private static final Pattern DECIMAL = Pattern.compile("number(_\\d+dp)?(_comma_decimal)?");
  private static final Set<String> DATES = Set.of("date_ymd", "date_mdy", "date_dmy");
  private static final Set<String> TRIPART_ONLY = Set.of("likert", "province", "institution");

  private FieldTypes() {}

  /**
   * The Tripart type of a field, before its choices and calculation are looked at; null for fields
   * not carried over (file, signature, sql, unknown types).
   *
   * @param hint the {@code @TRIPART-TYPE} tag, or null
   */
  static ItemType of(Field f, String hint) {
    if (hint != null && TRIPART_ONLY.contains(hint)) {
      return ItemType.fromFileName(hint).orElseThrow();
    }
    return switch (f.type()) {
      case "radio", "dropdown", "truefalse" -> ItemType.SINGLE;
      case "checkbox" -> ItemType.MULTIPLE;
      case "yesno" -> ItemType.YES_NO;
      case "notes" -> ItemType.TEXT;
      case "slider" -> ItemType.INTEGER;
      case "descriptive" -> ItemType.NOTE;
      case "calc" -> ItemType.CALCULATED;
      case "text" -> text(f.validation());
      default -> null;
    };
  }

  static ItemType text(String validation) {
    if (validation.equals("integer")) {
      return ItemType.INTEGER;
    }
    if (DECIMAL.matcher(validation).matches()) {
      return ItemType.DECIMAL;
    }
    return DATES.contains(validation) ? ItemType.DATE : ItemType.TEXT;
  }

  /** True for number validations that write a decimal comma ({@code 1,5}). */
  static boolean commaDecimal(String validation) {
    return validation.endsWith("_comma_decimal");
  }
}
