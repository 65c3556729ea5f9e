package org.tripart.capture;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.Answer;

/**
 * What {@link Validator} made of one submission. Immutable.
 *
 * @param answers the accepted answers by item id, in instrument order: well-formed, and to items
 *     that apply (or whose applicability hangs on a rejected answer); what would be stored
 * @param violations every problem found, in instrument order, unknown items last; empty when the
 *     submission can be stored
 * @param dropped in {@link Mode#DRAFT}, the ids of items whose well-formed answers were left out of
 *     {@code answers} because the items no longer apply, in instrument order; always empty in
 *     {@link Mode#FINAL}, where such answers are violations instead
 */
public record ValidationResult(
    Map<String, Answer> answers, List<Violation> violations, List<String> dropped) {
  public ValidationResult {
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    violations = List.copyOf(violations);
    dropped = List.copyOf(dropped);
  }

  /** True when nothing is wrong and the answers may be stored. */
  public boolean isValid() {
    return violations.isEmpty();
  }
}
