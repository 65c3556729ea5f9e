package org.tripart.capture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;

/**
 * Checks one submission against its instrument before anything is stored: each value on its own
 * ({@link SubmissionParser}), then skip logic and required items in instrument order. The rules,
 * their order and the difference between {@link Mode#DRAFT} and {@link Mode#FINAL} are in {@code
 * validation.md} beside this class.
 *
 * <p>Stateless and thread-safe; reads its arguments only. The server refuses a submission (4xx)
 * whose result has violations, and stores {@link ValidationResult#answers()} otherwise.
 */
public final class Validator {
  private Validator() {}

  /**
   * Validates one submission.
   *
   * @param instrument the instrument the submission answers, never null
   * @param raw the answers by item id as a JSON library produces them (see {@link
   *     SubmissionParser}); null values mean unanswered; no null keys
   * @param mode whether unanswered required items and answers to skipped items are refused
   */
  public static ValidationResult validate(Instrument instrument, Map<String, ?> raw, Mode mode) {
    ParsedSubmission parsed = new SubmissionParser(instrument).parse(raw);
    Map<String, List<Violation>> valueProblems = new LinkedHashMap<>();
    List<Violation> unknownItems = new ArrayList<>();
    for (Violation v : parsed.violations()) {
      if (v.kind() == ViolationKind.UNKNOWN_ITEM) {
        unknownItems.add(v);
      } else {
        valueProblems.computeIfAbsent(v.itemId(), k -> new ArrayList<>()).add(v);
      }
    }

    Map<String, Answer> accepted = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    Set<String> uncertain = new HashSet<>(valueProblems.keySet());
    for (Item item : InstrumentIndex.of(instrument).items) {
      String id = item.id();
      List<Violation> problems = valueProblems.get(id);
      if (problems != null) {
        violations.addAll(problems);
        continue;
      }
      Answer answer = parsed.answers().get(id);
      if (item.when() != null
          && item.when().referencedItems().stream().anyMatch(uncertain::contains)) {
        uncertain.add(id);
        if (answer != null) {
          accepted.put(id, answer);
        }
        continue;
      }
      boolean applies = item.when() == null || item.when().test(accepted::get);
      if (!applies && answer != null) {
        if (mode == Mode.DRAFT) {
          dropped.add(id);
        } else {
          violations.add(
              new Violation(
                  id, ViolationKind.ANSWERED_WHEN_SKIPPED, Messages.answeredWhenSkipped()));
        }
      } else if (applies && answer == null && item.required() && mode == Mode.FINAL) {
        violations.add(new Violation(id, ViolationKind.REQUIRED, Messages.required()));
      } else if (answer != null) {
        accepted.put(id, answer);
      }
    }
    violations.addAll(unknownItems);
    return new ValidationResult(accepted, violations, dropped);
  }
}
