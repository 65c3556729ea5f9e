package org.tripart.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Measures every target on the generated answers, the way a reader of the data would (among the
 * respondents to whom the item applied and who answered it, within the stratum for cross targets),
 * and words a warning for each one that does not round to its printed value. Stateless.
 */
final class TargetCheck {
  private static final double SD_TOLERANCE = 0.05;

  private TargetCheck() {}

  static List<String> warnings(Instrument instrument, Responses responses, List<Target> targets) {
    List<String> out = new ArrayList<>();
    for (Target t : targets) {
      Item item = instrument.item(t.item());
      int pos = responses.position(item.id());
      BitSet applicable = responses.applicable(item);
      BitSet answered = new BitSet();
      applicable.stream().filter(r -> responses.filled(pos, r)).forEach(answered::set);
      if (t.option().equals(Target.MISSING)) {
        share(out, t, applicable.cardinality() - answered.cardinality(), applicable.cardinality());
      } else if (t.option().equals(Target.MEAN) || t.option().equals(Target.SD)) {
        moment(out, t, answered.stream().mapToDouble(r -> responses.number(pos, r)).toArray());
      } else {
        BitSet base = answered;
        if (t.isCross()) {
          int by = responses.position(t.byItem());
          int code = instrument.item(t.byItem()).optionIndex(t.byOption());
          base = new BitSet();
          answered.stream().filter(r -> responses.code(by, r) == code).forEach(base::set);
        }
        int o = item.optionIndex(t.option());
        boolean multiple = item.type() == ItemType.MULTIPLE;
        long count =
            base.stream()
                .filter(r -> multiple ? responses.ticked(pos, r, o) : responses.code(pos, r) == o)
                .count();
        share(out, t, count, base.cardinality());
      }
    }
    return out;
  }

  private static void share(List<String> out, Target t, long count, long n) {
    CountInterval admissible = CountInterval.of(t.pct(), t.decimals(), n);
    if (n == 0 || admissible.admits(count)) {
      return;
    }
    out.add(
        String.format(
            Locale.ROOT,
            "%s: target %s%%, generated %d of %d = %s%% (%s)",
            TargetRules.describe(t),
            TargetRules.trim(t.pct()),
            count,
            n,
            percent(100.0 * count / n, t.decimals() + 2),
            admissible.isEmpty()
                ? "no whole count out of " + n + " rounds to the target"
                : "nearest achievable together with the other targets"));
  }

  private static void moment(List<String> out, Target t, double[] v) {
    if (v.length == 0) {
      return;
    }
    double mean = 0;
    for (double x : v) {
      mean += x / v.length;
    }
    double value = mean;
    if (t.option().equals(Target.SD)) {
      double ss = 0;
      for (double x : v) {
        ss += (x - mean) * (x - mean);
      }
      value = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
      if (Math.abs(value - t.pct()) <= SD_TOLERANCE * t.pct()) {
        return;
      }
    } else if (percent(value, t.decimals()).equals(percent(t.pct(), t.decimals()))) {
      return;
    }
    out.add(
        String.format(
            Locale.ROOT,
            "%s: target %s, generated %s (values are kept within the item's range)",
            TargetRules.describe(t),
            TargetRules.trim(t.pct()),
            percent(value, t.decimals() + 2)));
  }

  private static String percent(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
