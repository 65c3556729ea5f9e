package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;

/**
 * Translates the FHIRPath of a {@code calculatedExpression} into a Tripart calculation when it is
 * one of the common "sum of the answers' scores" forms:
 *
 * <ul>
 *   <li>{@code %resource.answers().value.ordinal().sum()} (the HL7 SDC PHQ-9): the sum of every
 *       earlier scored item;
 *   <li>{@code %resource.repeat(item).where(linkId in ('a' | 'b')).answer.value.ordinal().sum()}
 *       (what {@link FhirExport} writes): the sum of the named items;
 *   <li>a sum of {@code %variable}s, each optionally wrapped in {@code iif(%v.exists(), %v, 0)} and
 *       the whole optionally in {@code iif(%anyAnswered, ..., {})}, where each variable is the
 *       score of the answer to one linkId (the LHC-Forms PHQ-9).
 * </ul>
 *
 * Anything else returns null. Stateless and thread-safe.
 */
final class Scores {
  static final List<String> CALCULATED =
      List.of(
          "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
          "http://hl7.org/fhir/StructureDefinition/questionnaire-calculatedExpression");
  static final String VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable";

  private static final Pattern ALL =
      Pattern.compile("%resource\\.answers\\(\\)\\.value\\.ordinal\\(\\)\\.sum\\(\\)");
  private static final Pattern NAMED =
      Pattern.compile(
          "%resource\\.repeat\\(item\\)\\.where\\(linkIdin\\(((?:'[^']*'\\|?)+)\\)\\)\\.answer\\.value\\.ordinal\\(\\)\\.sum\\(\\)");
  private static final Pattern ANY_WRAP = Pattern.compile("iif\\(%[A-Za-z0-9_]+,(.*),\\{\\}\\)");
  private static final Pattern EXISTS_WRAP =
      Pattern.compile("iif\\(%([A-Za-z0-9_]+)\\.exists\\(\\),%([A-Za-z0-9_]+),0\\)");
  private static final Pattern VAR = Pattern.compile("%([A-Za-z0-9_]+)");
  private static final Pattern LINK = Pattern.compile("linkId\\s*=\\s*'([^']+)'");

  private Scores() {}

  /** The calculatedExpression of an item, or null. */
  static Expression expression(QuestionnaireItemComponent item) {
    for (String url : CALCULATED) {
      Extension x = item.getExtensionByUrl(url);
      if (x != null && x.getValue() instanceof Expression e) {
        return e;
      }
    }
    return null;
  }

  /** The FHIRPath variables of an element's {@code variable} extensions, by name. */
  static Map<String, String> variables(List<Extension> extensions) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (Extension x : extensions) {
      if (x.getUrl().equals(VARIABLE) && x.getValue() instanceof Expression e && e.hasName()) {
        vars.put(e.getName(), e.getExpression());
      }
    }
    return vars;
  }

  /**
   * The Tripart calculation, or null when the expression is none of the known forms or names an
   * item that is not an earlier scored item.
   *
   * @param earlier the items before this one, by linkId, in order
   * @param variables the variables in scope
   */
  static String translate(
      String fhirPath, Map<String, Draft> earlier, Map<String, String> variables) {
    if (fhirPath == null) {
      return null;
    }
    String e = fhirPath.replaceAll("\\s+", "");
    if (ALL.matcher(e).matches()) {
      List<String> ids = earlier.values().stream().filter(Draft::scored).map(d -> d.id).toList();
      return ids.isEmpty() ? null : sum(ids);
    }
    Matcher named = NAMED.matcher(e);
    if (named.matches()) {
      List<String> links = new ArrayList<>();
      Matcher m = Pattern.compile("'([^']*)'").matcher(named.group(1));
      while (m.find()) {
        links.add(m.group(1));
      }
      return sumOf(links, earlier);
    }
    Matcher any = ANY_WRAP.matcher(e);
    String body = any.matches() ? any.group(1) : e;
    List<String> links = new ArrayList<>();
    for (String term : body.split("\\+")) {
      Matcher w = EXISTS_WRAP.matcher(term);
      String var;
      if (w.matches() && w.group(1).equals(w.group(2))) {
        var = w.group(1);
      } else if (term.matches("%[A-Za-z0-9_]+")) {
        var = term.substring(1);
      } else {
        return null;
      }
      String link = scoreOf(variables.get(var));
      if (link == null) {
        return null;
      }
      links.add(link);
    }
    return sumOf(links, earlier);
  }

  /** The linkId whose answer's score a variable is, or null. */
  private static String scoreOf(String expression) {
    if (expression == null) {
      return null;
    }
    boolean score =
        expression.contains("ordinal")
            || expression.contains("%scoreExt")
            || AnswerSets.SCORE_URLS.stream().anyMatch(expression::contains);
    Matcher m = LINK.matcher(expression);
    String link = null;
    while (m.find()) {
      if (link != null && !link.equals(m.group(1))) {
        return null;
      }
      link = m.group(1);
    }
    return score ? link : null;
  }

  private static String sumOf(List<String> links, Map<String, Draft> earlier) {
    List<String> ids = new ArrayList<>();
    for (String link : links) {
      Draft d = earlier.get(link);
      if (d == null || !d.scored()) {
        return null;
      }
      ids.add(d.id);
    }
    return ids.isEmpty() ? null : sum(ids);
  }

  private static String sum(List<String> ids) {
    return "sum(" + String.join(", ", ids) + ")";
  }
}
