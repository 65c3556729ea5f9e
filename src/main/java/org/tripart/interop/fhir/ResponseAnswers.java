package org.tripart.interop.fhir;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * The answers of one QuestionnaireResponse as Tripart answers by item id, each checked against the
 * instrument: linkIds matched through {@link FhirIds}, {@code valueCoding} matched by code (the
 * system is not needed), nested items and answers' items followed. Every answer left out is
 * reported to the {@link Problems} with its linkId. Stored values of calculated items are kept
 * apart, to be compared with the recomputed ones. One instance per response; not thread-safe.
 */
final class ResponseAnswers {
  /** Receives one problem with one answer. */
  @FunctionalInterface
  interface Problems {
    void report(String linkId, String message);
  }

  private final Instrument instrument;
  private final FhirIds ids;
  private final Problems problems;
  final Map<String, Answer> answers = new LinkedHashMap<>();
  final Map<String, Double> stored = new LinkedHashMap<>();

  ResponseAnswers(Instrument instrument, FhirIds ids, Problems problems) {
    this.instrument = instrument;
    this.ids = ids;
    this.problems = problems;
  }

  ResponseAnswers read(QuestionnaireResponse response) {
    items(response.getItem());
    return this;
  }

  private void items(List<QuestionnaireResponseItemComponent> items) {
    for (QuestionnaireResponseItemComponent i : items) {
      item(i);
      items(i.getItem());
      for (QuestionnaireResponseItemAnswerComponent a : i.getAnswer()) {
        items(a.getItem());
      }
    }
  }

  private void item(QuestionnaireResponseItemComponent ri) {
    List<QuestionnaireResponseItemAnswerComponent> given = ri.getAnswer();
    if (given.isEmpty()) {
      return;
    }
    String linkId = ri.getLinkId();
    String itemId = ids.itemId(linkId);
    if (!instrument.hasItem(itemId)) {
      problems.report(
          linkId, "no item of the questionnaire has this linkId; the answer is left out");
      return;
    }
    Item item = instrument.item(itemId);
    if (item.type() == ItemType.NOTE) {
      problems.report(linkId, "the item is display-only; its answer is left out");
      return;
    }
    if (item.type() == ItemType.MULTIPLE) {
      Set<String> codes = new LinkedHashSet<>();
      for (QuestionnaireResponseItemAnswerComponent a : given) {
        String code = code(item, linkId, a.getValue());
        if (code != null) {
          codes.add(code);
        }
      }
      if (!codes.isEmpty()) {
        answers.put(itemId, new Answer.Choices(codes));
      }
      return;
    }
    if (given.size() > 1) {
      problems.report(
          linkId, given.size() + " answers to an item that takes one; the first is kept");
    }
    Type value = given.get(0).getValue();
    String other = ids.other().get(linkId);
    if (other != null && value != null && value.fhirType().equals("string")) {
      answers.put(other, new Answer.Text(value.primitiveValue()));
      return;
    }
    Answer a = single(item, linkId, value);
    if (a == null) {
      return;
    }
    if (item.type() == ItemType.CALCULATED) {
      stored.put(itemId, ((Answer.Number) a).value());
    } else {
      answers.put(itemId, a);
    }
  }

  private Answer single(Item item, String linkId, Type value) {
    if (value == null) {
      return null;
    }
    switch (item.type()) {
      case YES_NO -> {
        String v = value.fhirType().equals("boolean") ? value.primitiveValue() : code(value);
        if ("true".equals(v) || "yes".equalsIgnoreCase(v) || "Y".equals(v)) {
          return new Answer.Choice("yes");
        }
        if ("false".equals(v) || "no".equalsIgnoreCase(v) || "N".equals(v)) {
          return new Answer.Choice("no");
        }
        problems.report(linkId, describe(value) + " is not a yes/no answer; left out");
        return null;
      }
      case SINGLE, LIKERT, PROVINCE -> {
        String code = code(item, linkId, value);
        return code == null ? null : new Answer.Choice(code);
      }
      case INTEGER, DECIMAL, CALCULATED -> {
        Double n = number(value);
        if (n == null) {
          problems.report(linkId, describe(value) + " is not a number; left out");
          return null;
        }
        if (item.type() == ItemType.INTEGER && n != Math.rint(n)) {
          problems.report(linkId, plain(n) + " is not a whole number; left out");
          return null;
        }
        if (!item.range().contains(n)) {
          problems.report(linkId, plain(n) + " is outside the item's range; left out");
          return null;
        }
        return new Answer.Number(n);
      }
      case DATE -> {
        if (value instanceof DateType d && d.getValueAsString().matches("\\d{4}-\\d{2}-\\d{2}")) {
          return new Answer.Text(d.getValueAsString());
        }
        String s = value.primitiveValue();
        if (s != null && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return new Answer.Text(s);
        }
        problems.report(linkId, describe(value) + " is not a full date (YYYY-MM-DD); left out");
        return null;
      }
      default -> {
        String s = value instanceof Coding c ? c.getCode() : value.primitiveValue();
        if (s == null || s.isBlank()) {
          problems.report(linkId, describe(value) + " is not a text answer; left out");
          return null;
        }
        return new Answer.Text(s);
      }
    }
  }

  /** The Tripart option code a coded answer names, or null (reported) when it names none. */
  private String code(Item item, String linkId, Type value) {
    String fhir = code(value);
    if (fhir == null) {
      problems.report(linkId, describe(value) + " is not a coded answer; left out");
      return null;
    }
    String code = ids.code(item.id(), fhir);
    if (item.optionIndex(code) >= 0) {
      return code;
    }
    problems.report(
        linkId,
        "code " + fhir + " is not one of the item's answer options; the answer is left out");
    return null;
  }

  private static String code(Type value) {
    if (value instanceof Coding c) {
      return c.hasCode() ? c.getCode() : c.getDisplay();
    }
    return value.isPrimitive() ? value.primitiveValue() : null;
  }

  private static Double number(Type value) {
    try {
      if (value instanceof Quantity q) {
        return q.hasValue() ? q.getValue().doubleValue() : null;
      }
      String t = value.fhirType();
      return t.equals("integer") || t.equals("decimal")
          ? Double.valueOf(value.primitiveValue())
          : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String describe(Type value) {
    if (value instanceof Coding c) {
      return "code " + c.getCode();
    }
    return value.fhirType() + " " + (value.isPrimitive() ? value.primitiveValue() : "");
  }
}
