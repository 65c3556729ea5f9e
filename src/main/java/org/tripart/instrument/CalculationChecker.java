package org.tripart.instrument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.ItemDraft;

/**
 * Checks that a parsed calculation reads, as numbers, only items that come before its own item and
 * whose answers are numbers: integer, decimal and calculated items, and single, likert and yes/no
 * items whose every option (but missing-data codes) has a score or a number as its code. Works out
 * how each coded item's answers become numbers. One instance checks one calculation; not
 * thread-safe.
 */
final class CalculationChecker {
  private final List<ItemDraft> items;
  private final Map<String, Integer> indexById;
  private final int ownIndex;
  private final Set<String> reported = new HashSet<>();

  CalculationChecker(List<ItemDraft> items, Map<String, Integer> indexById, int ownIndex) {
    this.items = items;
    this.indexById = indexById;
    this.ownIndex = ownIndex;
  }

  /** Reports every faulty reference; returns the option values of the coded items read. */
  CalcValues check(Calc.Expr root, SkipLogicChecker.Sink sink) {
    Map<String, Map<String, Double>> values = new HashMap<>();
    root.refs(
        ref -> {
          String problem = problem(ref.itemId(), values);
          if (problem != null && reported.add(ref.itemId() + "@" + ref.column())) {
            sink.report(ErrorCode.CALCULATION_REFERENCE, ref.column(), problem);
          }
        });
    return new CalcValues(values);
  }

  private String problem(String id, Map<String, Map<String, Double>> values) {
    Integer index = indexById.get(id);
    if (index == null) {
      return "no item '" + id + "' is defined";
    }
    if (index == ownIndex) {
      return "a calculation cannot read its own item";
    }
    ItemDraft target = items.get(index);
    if (index > ownIndex) {
      return "item '"
          + id
          + "' comes later (line "
          + target.location().line()
          + "); a calculation may only read earlier items";
    }
    ItemType type = target.type();
    if (type == null || type.isNumeric()) {
      return null;
    }
    String is = "item '" + id + "' is " + type.fileName();
    if (type == ItemType.SINGLE || type == ItemType.LIKERT || type == ItemType.YES_NO) {
      Map<String, Double> byCode = new LinkedHashMap<>();
      for (Option o : target.offeredOptions()) {
        if (o.missing()) {
          continue;
        }
        OptionalDouble v = Calculations.optionValue(o);
        if (v.isEmpty()) {
          return is
              + " and its option '"
              + o.code()
              + "' has no score and no number as its code; give its options a score";
        }
        byCode.put(o.code(), v.getAsDouble());
      }
      values.put(id, byCode);
      return null;
    }
    if (type == ItemType.MULTIPLE) {
      return is + "; count its options with if, like if(" + id + " has 'code', 1, 0)";
    }
    return is
        + "; a calculation reads only integer, decimal, calculated, single, likert and yesno"
        + " items";
  }
}
