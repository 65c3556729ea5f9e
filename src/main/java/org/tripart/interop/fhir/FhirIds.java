package org.tripart.interop.fhir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the linkIds and answer codes of a FHIR Questionnaire map to Tripart item ids and option
 * codes, so that answers in QuestionnaireResponses can be matched. Immutable.
 *
 * @param items Tripart item id by FHIR linkId
 * @param codes per Tripart item id: Tripart option code by FHIR answer code
 * @param other per FHIR linkId of an open-choice item: the id of the text item that takes its free
 *     text
 */
public record FhirIds(
    Map<String, String> items, Map<String, Map<String, String>> codes, Map<String, String> other) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_]*");
  private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "has", "answered");
  private static final Pattern MACHINE =
      Pattern.compile("(?i)[0-9a-z]{8}-[0-9a-z]{4,5}-[0-9a-z]{4,5}-[0-9a-z]{4,5}-[0-9a-z]{8,12}");

  /** No mapping: linkIds and codes are matched as Tripart would make them safe. */
  public static final FhirIds NONE = new FhirIds(Map.of(), Map.of(), Map.of());

  public FhirIds {
    items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
  }

  /** The Tripart item id of a linkId: the mapped one, else the linkId made safe. */
  public String itemId(String linkId) {
    String mapped = items.get(linkId);
    return mapped != null ? mapped : safeId(linkId);
  }

  /** The Tripart option code of an answer code of an item: the mapped one, else made safe. */
  public String code(String itemId, String fhirCode) {
    String mapped = codes.getOrDefault(itemId, Map.of()).get(fhirCode);
    return mapped != null ? mapped : safeCode(fhirCode);
  }

  /** True when the linkId is a machine id (a UUID), which gets a short id instead. */
  static boolean isMachineId(String linkId) {
    return MACHINE.matcher(linkId).find();
  }

  /**
   * The linkId as a Tripart id: lower case, every run of other characters an underscore, a leading
   * {@code q} when it would not start with a letter, a trailing underscore after a reserved word.
   */
  static String safeId(String linkId) {
    if (ID.matcher(linkId).matches() && !RESERVED.contains(linkId)) {
      return linkId;
    }
    String s = squash(linkId);
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s = "q" + s;
    }
    return RESERVED.contains(s) ? s + "_" : s;
  }

  /** The answer code as a Tripart option code; empty when nothing of it is usable. */
  static String safeCode(String code) {
    if (CODE.matcher(code).matches()) {
      return code;
    }
    return squash(code);
  }

  private static String squash(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return lower.replaceAll("^_+|_+$", "");
  }
}
