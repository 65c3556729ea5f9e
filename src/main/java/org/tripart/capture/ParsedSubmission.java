package org.tripart.capture;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.Answer;

/**
 * The typed answers of a submission and the problems of its individual values, before skip logic
 * and required items are considered. Immutable.
 *
 * @param answers the well-formed answers by item id, in instrument order; an item whose value has a
 *     problem, or was null, blank or an empty list, has no entry
 * @param violations the problems of individual values, in instrument order, unknown items last
 */
public record ParsedSubmission(Map<String, Answer> answers, List<Violation> violations) {
  public ParsedSubmission {
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    violations = List.copyOf(violations);
  }
}
