package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The answer options of a choice item, from its {@code answerOption} list or from a ValueSet
 * contained in the questionnaire ({@code answerValueSet: "#VSPHQ9"}), with the option scores of the
 * {@code ordinalValue} extension (and the older {@code itemWeight} and {@code iso21090-CO-value}).
 * A ValueSet outside the file cannot be resolved offline. Stateless apart from the questionnaire it
 * reads; not thread-safe.
 */
final class AnswerSets {
  static final String ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
  static final List<String> SCORE_URLS =
      List.of(
          ORDINAL,
          "http://hl7.org/fhir/StructureDefinition/itemWeight",
          "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value");

  /** One answer as the questionnaire gives it. */
  record Answer(String code, String display, Element displayElement, Double score, Element at) {}

  private final Questionnaire questionnaire;
  private final Texts texts;

  AnswerSets(Questionnaire questionnaire, Texts texts) {
    this.questionnaire = questionnaire;
    this.texts = texts;
  }

  /** The answers of an {@code answerOption} list. */
  List<Answer> options(List<QuestionnaireItemAnswerOptionComponent> options) {
    List<Answer> out = new ArrayList<>();
    for (QuestionnaireItemAnswerOptionComponent o : options) {
      Type v = o.getValue();
      Double score = score(o);
      if (v instanceof Coding c) {
        String code = c.hasCode() ? c.getCode() : c.getDisplay();
        out.add(new Answer(code, c.getDisplay(), c.getDisplayElement(), score, o));
      } else if (v != null && v.isPrimitive()) {
        String s = v.primitiveValue();
        out.add(new Answer(s, s, v, score, o));
      }
    }
    return out;
  }

  /**
   * The answers of a ValueSet the questionnaire contains, or null when {@code reference} names one
   * it does not contain (an external ValueSet).
   */
  List<Answer> valueSet(String reference) {
    ValueSet vs = find(reference);
    if (vs == null) {
      return null;
    }
    List<Answer> out = new ArrayList<>();
    for (ValueSet.ConceptSetComponent include : vs.getCompose().getInclude()) {
      for (ValueSet.ConceptReferenceComponent c : include.getConcept()) {
        out.add(
            new Answer(
                c.getCode(),
                c.hasDisplay() ? c.getDisplay() : c.getCode(),
                designated(c),
                score(c),
                c));
      }
    }
    if (out.isEmpty()) {
      for (ValueSet.ValueSetExpansionContainsComponent c : vs.getExpansion().getContains()) {
        out.add(
            new Answer(
                c.getCode(),
                c.hasDisplay() ? c.getDisplay() : c.getCode(),
                c.getDisplayElement(),
                score(c),
                c));
      }
    }
    return out;
  }

  /** The display of a concept with its translations; designations in other languages count. */
  private Element designated(ValueSet.ConceptReferenceComponent c) {
    org.hl7.fhir.r4.model.StringType display = new org.hl7.fhir.r4.model.StringType(c.getDisplay());
    display.getExtension().addAll(c.getDisplayElement().getExtension());
    for (ValueSet.ConceptReferenceDesignationComponent d : c.getDesignation()) {
      if (d.hasLanguage() && d.hasValue()) {
        Extension t = display.addExtension().setUrl(Texts.TRANSLATION);
        t.addExtension("lang", new org.hl7.fhir.r4.model.CodeType(d.getLanguage()));
        t.addExtension("content", new org.hl7.fhir.r4.model.StringType(d.getValue()));
      }
    }
    return display;
  }

  private ValueSet find(String reference) {
    for (Resource r : questionnaire.getContained()) {
      if (r instanceof ValueSet vs) {
        String id = vs.getIdElement().getIdPart();
        if (reference.equals("#" + id)
            || reference.equals(id)
            || (vs.hasUrl() && reference.equals(vs.getUrl()))) {
          return vs;
        }
      }
    }
    return null;
  }

  /** The score extension's value of an element, or null. */
  static Double score(Element e) {
    for (String url : SCORE_URLS) {
      Extension x = e.getExtensionByUrl(url);
      if (x != null && x.getValue() != null && x.getValue().isPrimitive()) {
        try {
          return Double.valueOf(x.getValue().primitiveValue());
        } catch (NumberFormatException ignored) {
          return null;
        }
      }
    }
    return null;
  }

  Map<String, String> label(Answer a) {
    Map<String, String> label =
        a.displayElement() instanceof org.hl7.fhir.r4.model.PrimitiveType<?> p
            ? texts.of(p)
            : new java.util.LinkedHashMap<>();
    if (label.isEmpty()) {
      label.put(texts.language(), a.display() != null ? a.display() : a.code());
    }
    return label;
  }
}
