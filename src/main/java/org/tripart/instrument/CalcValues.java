package org.tripart.instrument;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * How an item's answer becomes a number: for each coded item read by a calculation, the value of
 * each of its options (its score, else its code when that is a number); items not in the map use
 * {@link #fallback}. Immutable.
 */
record CalcValues(Map<String, Map<String, Double>> byItem) {
  static final CalcValues UNBOUND = new CalcValues(Map.of());

  CalcValues {
    byItem = Map.copyOf(byItem);
  }

  OptionalDouble of(String itemId, AnswerLookup answers) {
    Answer answer = answers.answer(itemId);
    if (answer == null) {
      return OptionalDouble.empty();
    }
    Map<String, Double> options = byItem.get(itemId);
    if (options != null && answer instanceof Answer.Choice c) {
      Double v = options.get(c.code());
      return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
    return fallback(answer);
  }

  /** A number's value; a choice's code when it is a number, yes = 1 and no = 0; else empty. */
  static OptionalDouble fallback(Answer answer) {
    if (answer instanceof Answer.Number n) {
      return finite(n.value());
    }
    if (answer instanceof Answer.Choice c) {
      return switch (c.code()) {
        case "yes" -> OptionalDouble.of(1);
        case "no" -> OptionalDouble.of(0);
        default -> numericCode(c.code());
      };
    }
    return OptionalDouble.empty();
  }

  /** The number an option code stands for, empty when the code is not a plain number. */
  static OptionalDouble numericCode(String code) {
    if (!code.matches("-?[0-9]{1,15}(\\.[0-9]{1,15})?")) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(code));
  }

  static OptionalDouble finite(double value) {
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }
}
