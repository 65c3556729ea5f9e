package org.tripart.interop.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Type;
import org.tripart.instrument.ItemType;
import org.tripart.interop.ConversionNote;

/**
 * Translates an item's {@code enableWhen} list and {@code enableBehavior} into a Tripart skip-logic
 * expression over earlier items. A condition that cannot be said in Tripart (a comparison of a
 * text, date or time, a reference to a later or unknown item) is noted and dropped; under {@code
 * any} one dropped condition drops them all, so that the item is shown rather than wrongly hidden.
 * Not thread-safe; one instance per file.
 */
final class EnableWhens {
  private final String file;
  private final List<ConversionNote> notes;
  private final Map<String, Draft> earlier;
  private final java.util.Set<String> allLinkIds;

  EnableWhens(
      String file,
      List<ConversionNote> notes,
      Map<String, Draft> earlier,
      java.util.Set<String> allLinkIds) {
    this.file = file;
    this.notes = notes;
    this.earlier = earlier;
    this.allLinkIds = allLinkIds;
  }

  /** The item's condition, or null when it has none (or none that could be translated). */
  String translate(QuestionnaireItemComponent item, String where) {
    List<QuestionnaireItemEnableWhenComponent> list = item.getEnableWhen();
    if (list.isEmpty()) {
      return null;
    }
    boolean any = item.getEnableBehavior() == EnableWhenBehavior.ANY;
    List<String> parts = new ArrayList<>();
    boolean dropped = false;
    for (int i = 0; i < list.size(); i++) {
      String part = one(list.get(i), where + ".enableWhen[" + i + "]", item.getLinkId());
      if (part == null) {
        dropped = true;
      } else {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (dropped && any) {
      note(
          where,
          item.getLinkId(),
          "enableBehavior any with a condition that could not be translated: the item is always"
              + " shown");
      return null;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(any ? " or " : " and ", parts.stream().map(p -> "(" + p + ")").toList());
  }

  private String one(QuestionnaireItemEnableWhenComponent w, String where, String linkId) {
    String question = w.getQuestion();
    Draft target = earlier.get(question);
    if (target == null) {
      note(
          where,
          linkId,
          allLinkIds.contains(question)
              ? "enableWhen reads "
                  + question
                  + ", which comes later; Tripart skip logic reads"
                  + " only earlier items, so the condition is dropped"
              : "enableWhen reads " + question + ", which is no item; the condition is dropped");
      return null;
    }
    if (target.type == null || !target.type.hasData()) {
      note(where, linkId, "enableWhen reads " + question + ", which has no answer; dropped");
      return null;
    }
    QuestionnaireItemOperator op = w.getOperator();
    Type answer = w.getAnswer();
    String id = target.id;
    if (op == QuestionnaireItemOperator.EXISTS) {
      boolean exists = answer == null || "true".equals(answer.primitiveValue());
      return exists ? "answered(" + id + ")" : "not answered(" + id + ")";
    }
    String result = compare(target, op, answer);
    if (result == null) {
      note(
          where,
          linkId,
          "enableWhen "
              + question
              + " "
              + (op == null ? "?" : op.toCode())
              + " "
              + describe(answer)
              + " cannot be said in Tripart skip logic for a "
              + target.type.fileName()
              + " item; the condition is dropped");
    }
    return result;
  }

  private static String compare(Draft t, QuestionnaireItemOperator op, Type answer) {
    if (op == null || answer == null) {
      return null;
    }
    String sym = op.toCode();
    boolean eq = op == QuestionnaireItemOperator.EQUAL;
    boolean ne = op == QuestionnaireItemOperator.NOT_EQUAL;
    switch (t.type) {
      case YES_NO -> {
        if (!(eq || ne) || !answer.fhirType().equals("boolean")) {
          return null;
        }
        String code = "true".equals(answer.primitiveValue()) ? "yes" : "no";
        return t.id + " " + sym + " '" + code + "'";
      }
      case INTEGER, DECIMAL -> {
        Double n = number(answer);
        return n == null ? null : t.id + " " + sym + " " + plain(n);
      }
      case SINGLE, LIKERT, MULTIPLE -> {
        List<String> codes = matching(t, op, answer);
        if (codes == null || codes.isEmpty()) {
          return null;
        }
        if (t.type == ItemType.MULTIPLE) {
          if (codes.size() != 1 || !(eq || ne)) {
            return null;
          }
          String has = t.id + " has '" + codes.get(0) + "'";
          return eq ? has : "answered(" + t.id + ") and not " + has;
        }
        if (ne) {
          return codes.size() == 1 ? t.id + " != '" + codes.get(0) + "'" : null;
        }
        return codes.size() == 1
            ? t.id + " = '" + codes.get(0) + "'"
            : t.id
                + " in ("
                + String.join(", ", codes.stream().map(c -> "'" + c + "'").toList())
                + ")";
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * The Tripart codes of the options an answer names: by code (a Coding, or a string, matched by
   * code or display), or, for a number and any comparison, every option whose code is a number that
   * satisfies it ({@code < 2.1} over 1.1, 2.2, 3.3 is the option 1.1).
   */
  private static List<String> matching(Draft t, QuestionnaireItemOperator op, Type answer) {
    List<String> codes = new ArrayList<>();
    if (answer instanceof Coding c) {
      Draft.OptionDraft o = t.optionByFhirCode(c.getCode());
      return o == null ? null : List.of(o.code);
    }
    Double n = number(answer);
    if (n != null && op != QuestionnaireItemOperator.NOT_EQUAL) {
      DoublePredicate test = predicate(op, n);
      for (Draft.OptionDraft o : t.options) {
        Double v = parse(o.fhirCode);
        if (v != null && test.test(v)) {
          codes.add(o.code);
        }
      }
      return codes;
    }
    String s = answer.primitiveValue();
    for (Draft.OptionDraft o : t.options) {
      Double v = parse(o.fhirCode);
      if (o.fhirCode.equals(s)
          || s.equals(o.label.values().stream().findFirst().orElse(null))
          || (n != null && v != null && v.doubleValue() == n)) {
        codes.add(o.code);
      }
    }
    return codes;
  }

  private static DoublePredicate predicate(QuestionnaireItemOperator op, double n) {
    return switch (op) {
      case GREATER_THAN -> v -> v > n;
      case LESS_THAN -> v -> v < n;
      case GREATER_OR_EQUAL -> v -> v >= n;
      case LESS_OR_EQUAL -> v -> v <= n;
      default -> v -> v == n;
    };
  }

  private static Double number(Type answer) {
    if (answer instanceof Quantity q) {
      return q.hasValue() ? q.getValue().doubleValue() : null;
    }
    String type = answer.fhirType();
    return type.equals("integer") || type.equals("decimal") ? parse(answer.primitiveValue()) : null;
  }

  private static Double parse(String s) {
    try {
      return s == null ? null : Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String describe(Type answer) {
    if (answer == null) {
      return "(no answer)";
    }
    if (answer instanceof Coding c) {
      return "code " + c.getCode();
    }
    return answer.fhirType() + " " + answer.primitiveValue();
  }

  private void note(String where, String linkId, String message) {
    notes.add(new ConversionNote(file + " " + where, "linkId " + linkId, message));
  }
}
