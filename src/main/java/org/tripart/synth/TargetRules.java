package org.tripart.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Checks targets against an instrument. Stateless and thread-safe.
 *
 * <p>A single-choice block whose targets sum past 100% by more than rounding is reported rather
 * than thrown, because published tables contain such blocks and synthesis must still be able to
 * approximate them: {@link TargetTable#validate} throws it, {@link Synthesizer} warns.
 */
final class TargetRules {
  private TargetRules() {}

  /**
   * Throws for every malformed target; returns one exception per overfull single-choice block.
   *
   * @throws TripartException the first target that names something the instrument lacks
   */
  static List<TripartException> check(Instrument instrument, List<Target> targets) {
    Map<String, Integer> position = new HashMap<>();
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      position.put(items.get(i).id(), i);
    }
    Set<String> seen = new HashSet<>();
    Map<String, String> strataItem = new HashMap<>();
    Map<String, List<Target>> blocks = new LinkedHashMap<>();
    for (Target t : targets) {
      Integer at = position.get(t.item());
      if (at == null) {
        throw TargetTable.invalid(t.where(), "unknown item '" + t.item() + "'");
      }
      Item item = items.get(at);
      if (!item.type().isAnsweredByRespondent()) {
        throw TargetTable.invalid(
            t.where(),
            "item '"
                + t.item()
                + "' is "
                + item.type().fileName()
                + (item.type() == ItemType.NOTE
                    ? " and holds no data; it takes no target"
                    : "; its values follow from the items it reads and take no target"));
      }
      checkOption(item, t);
      if (t.isCross()) {
        checkStratum(t, item, at, position, items);
        String earlier = strataItem.putIfAbsent(t.item(), t.byItem());
        if (earlier != null && !earlier.equals(t.byItem())) {
          throw TargetTable.invalid(
              t.where(),
              "item '"
                  + t.item()
                  + "' already has targets by '"
                  + earlier
                  + "'; one by_item per item");
        }
      }
      String key =
          t.item() + "\u0000" + t.option() + "\u0000" + t.byItem() + "\u0000" + t.byOption();
      if (!seen.add(key)) {
        throw TargetTable.invalid(t.where(), "duplicate target for " + describe(t));
      }
      if (item.type().isSingleChoice() && t.isOptionShare()) {
        blocks
            .computeIfAbsent(
                t.item() + "\u0000" + t.byItem() + "\u0000" + t.byOption(), k -> new ArrayList<>())
            .add(t);
      }
    }
    List<TripartException> overfull = new ArrayList<>();
    for (List<Target> block : blocks.values()) {
      double sum = 0;
      double rounding = 0;
      for (Target t : block) {
        sum += t.pct();
        rounding += 0.5 * Math.pow(10, -t.decimals());
      }
      if (sum - rounding > 100 + 1e-9) {
        Target first = block.get(0);
        overfull.add(
            TargetTable.invalid(
                first.where(),
                String.format(
                    java.util.Locale.ROOT,
                    "the targets of item '%s'%s sum to %s%%, more than 100%% plus rounding (%s)",
                    first.item(),
                    first.isCross() ? " among " + first.byItem() + "=" + first.byOption() : "",
                    trim(sum),
                    trim(rounding))));
      }
    }
    return overfull;
  }

  private static void checkOption(Item item, Target t) {
    String o = t.option();
    if (o.equals(Target.MISSING)) {
      return;
    }
    if (o.equals(Target.MEAN) || o.equals(Target.SD)) {
      if (!item.type().isNumeric()) {
        throw TargetTable.invalid(
            t.where(), o + " applies to integer and decimal items; '" + item.id() + "' is not one");
      }
      if (o.equals(Target.MEAN) && !item.range().contains(t.pct())) {
        throw TargetTable.invalid(
            t.where(),
            "mean " + trim(t.pct()) + " is outside the range of item '" + item.id() + "'");
      }
      if (t.isCross()) {
        throw TargetTable.invalid(t.where(), o + " targets cannot be given within a stratum");
      }
      return;
    }
    if (!item.type().isCoded() || item.optionIndex(o) < 0) {
      throw TargetTable.invalid(t.where(), "item '" + item.id() + "' has no option '" + o + "'");
    }
  }

  private static void checkStratum(
      Target t, Item item, int at, Map<String, Integer> position, List<Item> items) {
    if (t.option().equals(Target.MISSING)) {
      throw TargetTable.invalid(t.where(), ".missing targets cannot be given within a stratum");
    }
    Integer by = position.get(t.byItem());
    if (by == null) {
      throw TargetTable.invalid(t.where(), "unknown by_item '" + t.byItem() + "'");
    }
    Item byItem = items.get(by);
    if (!byItem.type().isSingleChoice() || byItem.type() == ItemType.MULTIPLE) {
      throw TargetTable.invalid(
          t.where(), "by_item '" + t.byItem() + "' is not a coded single-choice item");
    }
    if (by >= at) {
      throw TargetTable.invalid(
          t.where(), "by_item '" + t.byItem() + "' must come before '" + item.id() + "'");
    }
    if (byItem.optionIndex(t.byOption()) < 0) {
      throw TargetTable.invalid(
          t.where(), "by_item '" + t.byItem() + "' has no option '" + t.byOption() + "'");
    }
  }

  static String describe(Target t) {
    return "item '"
        + t.item()
        + "' option '"
        + t.option()
        + "'"
        + (t.isCross() ? " among " + t.byItem() + "=" + t.byOption() : "");
  }

  static String trim(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
