package org.tripart.capture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Condition;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.Option;

/**
 * Checks one submission against its instrument before anything is stored: each value on its own
 * ({@link SubmissionParser}), then skip logic, option conditions and required items in instrument
 * order, computing calculated items on the way (their values join the answers). The rules, their
 * order and the difference between {@link Mode#DRAFT} and {@link Mode#FINAL} are in {@code
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
    return validate(instrument, raw, mode, PartnerDirectory.NONE);
  }

  /**
   * Validates one submission whose partner rosters name organisations of {@code directory}.
   *
   * @param instrument the instrument the submission answers, never null
   * @param raw the answers by item id as a JSON library produces them (see {@link
   *     SubmissionParser}); a roster item's value is a list of maps; null values mean unanswered;
   *     no null keys
   * @param mode whether unanswered required items and answers to skipped items are refused; in
   *     {@link Mode#DRAFT} a roster entry with tie answers but no partner yet is left out
   * @param directory the study's registers, never null; the respondent's own organisation is the
   *     answer of the instrument's (first) institution item in {@code raw}
   */
  public static ValidationResult validate(
      Instrument instrument, Map<String, ?> raw, Mode mode, PartnerDirectory directory) {
    ParsedSubmission parsed = new SubmissionParser(instrument, directory, mode).parse(raw);
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
      if (readsAny(item.when(), uncertain)
          || (item.calculation() != null
              && item.calculation().referencedItems().stream().anyMatch(uncertain::contains))) {
        uncertain.add(id);
        if (answer != null) {
          accepted.put(id, answer);
        }
        continue;
      }
      boolean applies = item.when() == null || item.when().test(accepted::get);
      if (item.calculation() != null) {
        if (applies) {
          item.calculation()
              .evaluate(accepted::get)
              .ifPresent(v -> accepted.put(id, new Answer.Number(v)));
        }
      } else if (!applies && answer != null) {
        if (mode == Mode.DRAFT) {
          dropped.add(id);
        } else {
          violations.add(
              new Violation(
                  id, ViolationKind.ANSWERED_WHEN_SKIPPED, Messages.answeredWhenSkipped()));
        }
      } else if (applies && answer == null && item.required() && mode == Mode.FINAL) {
        violations.add(new Violation(id, ViolationKind.REQUIRED, Messages.required(item)));
      } else if (answer != null) {
        String refused = notOffered(item, answer, accepted, uncertain);
        if (refused == null) {
          accepted.put(id, answer);
        } else if (mode == Mode.DRAFT) {
          dropped.add(id);
        } else {
          violations.add(
              new Violation(
                  id, ViolationKind.OPTION_NOT_OFFERED, Messages.optionNotOffered(item, refused)));
        }
      }
    }
    violations.addAll(unknownItems);
    return new ValidationResult(accepted, violations, dropped);
  }

  private static boolean readsAny(Condition condition, Set<String> ids) {
    return condition != null && condition.referencedItems().stream().anyMatch(ids::contains);
  }

  /**
   * The first chosen option whose condition does not hold for the answers accepted so far, or null
   * when every chosen option is offered (an option whose condition reads an item with a rejected
   * answer counts as offered: that is not known, and the root problem is reported anyway).
   */
  private static String notOffered(
      Item item, Answer answer, Map<String, Answer> accepted, Set<String> uncertain) {
    Collection<String> codes =
        answer instanceof Answer.Choice c
            ? List.of(c.code())
            : answer instanceof Answer.Choices c ? c.codes() : List.of();
    for (Option option : item.options()) {
      Condition when = option.when();
      if (when != null
          && codes.contains(option.code())
          && !readsAny(when, uncertain)
          && !when.test(accepted::get)) {
        return option.code();
      }
    }
    return null;
  }
}
