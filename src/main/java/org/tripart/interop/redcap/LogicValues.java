package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/** The values REDCap logic compares with: codes, numbers, operators. Stateless. */
final class LogicValues {
  private LogicValues() {}

  /** Thrown when an expression, or a part of it, has no Tripart translation; says why. */
  static final class Untranslatable extends Exception {
    private static final long serialVersionUID = 1L;

    Untranslatable(String message) {
      super(message);
    }
  }

  static String coded(Target t, String field, String op, String value, boolean eq, boolean ne)
      throws Untranslatable {
    if (eq || ne) {
      return (ne ? "not " : "") + t.id() + " = '" + code(t, value, field) + "'";
    }
    double bound = Double.parseDouble(number(value, field));
    DoublePredicate test =
        switch (op) {
          case "<" -> v -> v < bound;
          case ">" -> v -> v > bound;
          case "<=" -> v -> v <= bound;
          default -> v -> v >= bound;
        };
    List<String> codes = new ArrayList<>();
    for (Map.Entry<String, String> e : t.codes().entrySet()) {
      if (!Codes.isNumber(e.getKey())) {
        throw new Untranslatable(
            "[" + field + "] has a choice code that is not a number: " + e.getKey());
      }
      if (test.test(Double.parseDouble(e.getKey()))) {
        codes.add(e.getValue());
      }
    }
    if (codes.isEmpty()) {
      throw new Untranslatable("no choice of [" + field + "] is " + op + " " + value);
    }
    codes.sort(null);
    return t.id()
        + " in ("
        + String.join(", ", codes.stream().map(c -> "'" + c + "'").toList())
        + ")";
  }

  static String code(Target t, String raw, String field) throws Untranslatable {
    String c = t.codes().get(raw.strip().toLowerCase(Locale.ROOT));
    if (c == null) {
      throw new Untranslatable("'" + raw + "' is not a choice code of [" + field + "]");
    }
    return c;
  }

  static String number(String value, String field) throws Untranslatable {
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return format(d);
    } catch (NumberFormatException e) {
      throw new Untranslatable("'" + value + "' is not a number to compare [" + field + "] with");
    }
  }

  static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : java.math.BigDecimal.valueOf(d).toPlainString();
  }

  static String mirror(String op) {
    return switch (op) {
      case "<" -> ">";
      case ">" -> "<";
      case "<=" -> ">=";
      case ">=" -> "<=";
      default -> op;
    };
  }
}
