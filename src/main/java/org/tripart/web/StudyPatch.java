package org.tripart.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.store.StoredStudy;
import org.tripart.store.StudyChange;
import org.tripart.web.http.HttpProblem;

/**
 * Reads a JSON merge patch (RFC 7396) of a study's settings: {@code title} (an object of texts per
 * language, {@code en} and {@code zh}; a language set to null is removed, but the English title
 * must stay) and {@code suppressionThreshold} (a whole number from {@link
 * StoredStudy#MIN_THRESHOLD} to {@link StoredStudy#MAX_THRESHOLD}). Every field is checked; all
 * problems are answered together as one 422 whose errors point at the fields (JSON Pointer).
 * Stateless.
 */
final class StudyPatch {
  static final Set<String> LANGUAGES = Set.of("en", "zh");
  static final int MAX_TITLE = 300;
  private static final Set<String> READ_ONLY = Set.of("id", "created", "groups");

  private StudyPatch() {}

  /**
   * The change {@code patch} makes to {@code before}; a field that would stay as it is comes back
   * null.
   *
   * @throws HttpProblem 422 naming every field in error
   */
  static StudyChange read(JsonNode patch, StoredStudy before) {
    List<HttpProblem.FieldError> errors = new ArrayList<>();
    String title = null;
    Integer threshold = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      JsonNode value = f.getValue();
      if (name.equals("title")) {
        title = title(value, before, errors);
      } else if (name.equals("suppressionThreshold")) {
        threshold = threshold(value, errors);
      } else if (READ_ONLY.contains(name)) {
        errors.add(error("/" + name, "READ_ONLY", "the " + name + " of a study cannot be changed"));
      } else {
        errors.add(
            error(
                "/" + pointerPart(name),
                "UNKNOWN_FIELD",
                "a study has no setting '" + name + "'; give title or suppressionThreshold"));
      }
    }
    if (!errors.isEmpty()) {
      throw new HttpProblem(
          422,
          ErrorCode.INVALID_CHANGE,
          "Invalid study change",
          errors.size() + " field(s) of the change need attention; nothing was changed",
          errors,
          0);
    }
    return new StudyChange(title, threshold);
  }

  private static String title(
      JsonNode value, StoredStudy before, List<HttpProblem.FieldError> errors) {
    if (!value.isObject()) {
      errors.add(
          error(
              "/title",
              value.isNull() ? "REQUIRED" : "TYPE",
              "give the title as an object of texts per language, for example {\"en\": \"...\"}"));
      return null;
    }
    ObjectNode merged = (ObjectNode) ResearcherApi.readTree(before.titleJson()).deepCopy();
    int problems = errors.size();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String lang = f.getKey();
      String pointer = "/title/" + pointerPart(lang);
      JsonNode text = f.getValue();
      if (!LANGUAGES.contains(lang)) {
        errors.add(error(pointer, "UNKNOWN_FIELD", "the title is given in en and zh only"));
      } else if (text.isNull()) {
        if (lang.equals("en")) {
          errors.add(error(pointer, "REQUIRED", "the English title cannot be removed"));
        } else {
          merged.remove(lang);
        }
      } else if (!text.isTextual() || text.asText().isBlank()) {
        errors.add(error(pointer, "TYPE", "give the title as a non-empty string, or null"));
      } else if (text.asText().strip().length() > MAX_TITLE) {
        errors.add(
            error(pointer, "TOO_LONG", "the title must be at most " + MAX_TITLE + " characters"));
      } else if (text.asText().chars().anyMatch(Character::isISOControl)) {
        errors.add(error(pointer, "TYPE", "the title must not hold control characters"));
      } else {
        merged.put(lang, text.asText().strip());
      }
    }
    if (errors.size() > problems || merged.equals(ResearcherApi.readTree(before.titleJson()))) {
      return null;
    }
    return merged.toString();
  }

  private static Integer threshold(JsonNode value, List<HttpProblem.FieldError> errors) {
    String range = "from " + StoredStudy.MIN_THRESHOLD + " to " + StoredStudy.MAX_THRESHOLD;
    if (value.isNull()) {
      errors.add(
          error(
              "/suppressionThreshold",
              "REQUIRED",
              "the threshold cannot be removed; give a whole number " + range));
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      errors.add(
          error("/suppressionThreshold", "TYPE", "give the threshold as a whole number " + range));
      return null;
    }
    if (!StoredStudy.isThreshold(value.intValue())) {
      errors.add(
          error(
              "/suppressionThreshold",
              "RANGE",
              "the threshold must be "
                  + range
                  + " (1 withholds nothing), not "
                  + value.intValue()));
      return null;
    }
    return value.intValue();
  }

  private static HttpProblem.FieldError error(String pointer, String code, String message) {
    return new HttpProblem.FieldError(pointer, code, message);
  }

  /** A name escaped as one JSON Pointer reference token (RFC 6901). */
  private static String pointerPart(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
