package org.tripart.interop.fhir;

import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;

/**
 * The extensions under {@code https://tripart.org/fhir/StructureDefinition/} that carry what FHIR
 * cannot say natively, so that Tripart -> FHIR -> Tripart is exact. Other tools ignore them.
 */
final class TripartExtensions {
  static final String BASE = "https://tripart.org/fhir/StructureDefinition/";

  /** On an item: the Tripart type when FHIR's is only the nearest (likert, province, ...). */
  static final String TYPE = BASE + "item-type";

  /** On an item or option: the Tripart skip-logic expression, exactly. */
  static final String WHEN = BASE + "when";

  /** On an item: the Tripart calculation, exactly. */
  static final String CALCULATE = BASE + "calculate";

  /** On an item: the help text (valueString with translations). */
  static final String HELP = BASE + "help";

  /** On an item: one register attribute an institution item fills, as {@code tier=item_id}. */
  static final String FILLS = BASE + "fills";

  /** On an answerOption: choosing it excludes every other ("none of these"). */
  static final String EXCLUSIVE = BASE + "exclusive";

  /** On an answerOption: a missing-data code. */
  static final String MISSING = BASE + "missing";

  /** On the Questionnaire: the stakeholder group that answers it. */
  static final String GROUP = BASE + "group";

  /** On the Questionnaire: the languages in order, as {@code en,zh}. */
  static final String LANGUAGES = BASE + "languages";

  private TripartExtensions() {}

  /** The value of an extension as a string, or null when the element does not have it. */
  static String string(Element e, String url) {
    Extension x = e.getExtensionByUrl(url);
    return x == null || x.getValue() == null ? null : x.getValue().primitiveValue();
  }

  /** The value of an extension of a resource as a string, or null. */
  static String string(org.hl7.fhir.r4.model.DomainResource r, String url) {
    Extension x = r.getExtensionByUrl(url);
    return x == null || x.getValue() == null ? null : x.getValue().primitiveValue();
  }

  static boolean flag(Element e, String url) {
    return "true".equals(string(e, url));
  }

  static boolean isTripart(String url) {
    return url != null && url.startsWith(BASE);
  }
}
