package org.tripart.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.ItemDraft;
import org.tripart.instrument.Drafts.Located;
import org.tripart.instrument.Drafts.OptionDraft;

/**
 * Parses and checks the expressions of one drafted instrument: each item's skip logic, each
 * option's condition (which, like its item's, may read only items before the item) and each
 * calculated item's calculation. Problems go to the file's {@link YamlNodes}, with the line of the
 * expression and the column inside it. One instance serves one draft; not thread-safe.
 */
final class ExpressionChecks {
  /** An item's parsed expressions: null where absent or faulty. */
  record Parsed(Condition when, Calculation calculation, List<Option> options) {}

  private final YamlNodes nodes;
  private final List<ItemDraft> items;
  private final Map<String, Integer> indexById;

  ExpressionChecks(YamlNodes nodes, List<ItemDraft> items, Map<String, Integer> indexById) {
    this.nodes = nodes;
    this.items = items;
    this.indexById = indexById;
  }

  Parsed check(int index) {
    ItemDraft item = items.get(index);
    Condition when = condition(item, index, item.when(), "skip logic");
    List<Option> options = new ArrayList<>(item.offeredOptions());
    if (item.options() != null) {
      for (int i = 0; i < item.options().size() && i < options.size(); i++) {
        OptionDraft o = item.options().get(i);
        Condition c = condition(item, index, o.when(), "option " + o.code() + " condition");
        Option plain = options.get(i);
        options.set(
            i,
            new Option(
                plain.code(), plain.label(), plain.exclusive(), plain.score(), c, o.missing()));
      }
    }
    Calculation calculation = null;
    if (item.type() == ItemType.CALCULATED && item.calculate() != null) {
      calculation = calculation(item, index, item.calculate());
    }
    return new Parsed(when, calculation, options);
  }

  private Condition condition(ItemDraft item, int index, Located<String> when, String what) {
    if (when == null) {
      return null;
    }
    String prefix = what + " \"" + when.value() + "\" column ";
    SkipLogic.Parsed parsed;
    try {
      parsed = SkipLogicParser.parse(when.value());
    } catch (SkipLogicParser.SyntaxError e) {
      nodes.report(
          ErrorCode.SKIP_LOGIC_SYNTAX,
          when.at(),
          item.id(),
          prefix + e.column + ": " + e.getMessage());
      return null;
    }
    new SkipLogicChecker(items, indexById, index)
        .check(
            parsed.root(),
            (code, column, message) ->
                nodes.report(code, when.at(), item.id(), prefix + column + ": " + message));
    return parsed;
  }

  private Calculation calculation(ItemDraft item, int index, Located<String> calculate) {
    String prefix = "calculation \"" + calculate.value() + "\" column ";
    Calc.Parsed parsed;
    try {
      parsed = CalculationParser.parse(calculate.value());
    } catch (SkipLogicParser.SyntaxError e) {
      nodes.report(
          ErrorCode.CALCULATION_SYNTAX,
          calculate.at(),
          item.id(),
          prefix + e.column + ": " + e.getMessage());
      return null;
    }
    SkipLogicChecker.Sink sink =
        (code, column, message) ->
            nodes.report(code, calculate.at(), item.id(), prefix + column + ": " + message);
    CalculationChecker checker = new CalculationChecker(items, indexById, index);
    CalcValues values = checker.check(parsed.root(), sink);
    SkipLogicChecker conditions = new SkipLogicChecker(items, indexById, index);
    parsed.root().conditions(c -> conditions.check(c.condition().root(), sink));
    return parsed.bind(values);
  }
}
