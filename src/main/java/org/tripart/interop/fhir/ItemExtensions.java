package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.tripart.instrument.NumericRange;

/**
 * The standard item extensions the Questionnaire reader maps (minValue/maxValue, itemControl), and
 * the names of the others, which it reports as not carried over. Stateless and thread-safe.
 */
final class ItemExtensions {
  static final String ITEM_CONTROL =
      "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
  private static final String MIN = "http://hl7.org/fhir/StructureDefinition/minValue";
  private static final String MAX = "http://hl7.org/fhir/StructureDefinition/maxValue";

  private ItemExtensions() {}

  static void range(QuestionnaireItemComponent item, Draft d) {
    if (!d.type.isNumeric()) {
      return;
    }
    Double min = number(item.getExtensionByUrl(MIN));
    Double max = number(item.getExtensionByUrl(MAX));
    if (min != null || max != null) {
      d.range =
          new NumericRange(
              min == null ? Double.NEGATIVE_INFINITY : min,
              max == null ? Double.POSITIVE_INFINITY : max);
    }
  }

  private static final Set<String> HANDLED =
      Set.of(
          ITEM_CONTROL,
          MIN,
          MAX,
          Scores.VARIABLE,
          Scores.CALCULATED.get(0),
          Scores.CALCULATED.get(1));

  /** The short names of extensions this reader does not map, each once, in order. */
  static List<String> unhandled(List<Extension> extensions) {
    List<String> out = new ArrayList<>();
    for (Extension x : extensions) {
      String url = x.getUrl();
      if (url == null || HANDLED.contains(url) || TripartExtensions.isTripart(url)) {
        continue;
      }
      String name = url.substring(url.lastIndexOf('/') + 1);
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  static String control(QuestionnaireItemComponent item) {
    Extension x = item.getExtensionByUrl(ITEM_CONTROL);
    if (x != null && x.getValue() instanceof org.hl7.fhir.r4.model.CodeableConcept c) {
      return c.getCoding().stream()
          .map(cd -> cd.getCode())
          .filter(s -> s != null)
          .findFirst()
          .orElse("");
    }
    return "";
  }

  private static Double number(Extension x) {
    if (x == null || x.getValue() == null || !x.getValue().isPrimitive()) {
      return null;
    }
    try {
      return Double.valueOf(x.getValue().primitiveValue());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
