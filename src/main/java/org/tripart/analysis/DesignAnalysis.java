package org.tripart.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.DesignEstimates;
import org.tripart.stats.design.DesignInputException;
import org.tripart.stats.design.ItemProportions;
import org.tripart.stats.design.MeanEstimate;
import org.tripart.stats.design.ProportionInterval;
import org.tripart.stats.design.ProportionIntervals;
import org.tripart.stats.design.RaoScott;
import org.tripart.stats.design.RaoScottTest;
import org.tripart.stats.design.SurveyDesign;

/**
 * Design-based estimates for the items of a data set, as R's {@code svymean} / {@code svyciprop} /
 * {@code svychisq} give them: every option of a coded item is a proportion among the domain's
 * respondents who answered the item (item non-response and rows the item did not apply to are
 * outside the domain, as {@code subset}); multiple-choice options are proportions like any other;
 * numeric items get a mean. Stateless and thread-safe.
 */
public final class DesignAnalysis {
  private DesignAnalysis() {}

  /**
   * Estimates every item of the plan (every coded and numeric item when it names none), other than
   * the design columns and the {@code by} item.
   *
   * @throws DesignPlanException for an unknown item, {@code by} or domain column or value
   */
  public static List<DesignItemResult> run(
      Dataset data, DesignSetup.Prepared prepared, DesignPlan plan) {
    BitSet domain = domain(data, plan);
    Item by = null;
    if (plan.by() != null) {
      DesignSetup.check(data, "by", plan.by(), k -> k);
      by = data.instrument().item(plan.by());
      if (!by.type().isCoded() || by.type() == org.tripart.instrument.ItemType.MULTIPLE) {
        throw new DesignPlanException(
            "by " + plan.by(), "a stratifier must be a single-choice item");
      }
    }
    List<Item> items = new ArrayList<>();
    if (plan.items().isEmpty()) {
      for (Item i : data.instrument().items()) {
        if ((i.type().isCoded() || i.type().isNumeric())
            && !plan.designColumns().contains(i.id())
            && !ReplicateSetup.isReplicateColumn(plan, i.id())
            && !i.id().equals(plan.by())) {
          items.add(i);
        }
      }
    } else {
      for (String id : plan.items()) {
        DesignSetup.check(data, "items", id, k -> k);
        items.add(data.instrument().item(id));
      }
    }
    List<Item> estimated =
        items.stream().filter(i -> i.type().isCoded() || i.type().isNumeric()).toList();
    // Items are independent: estimated on every core, then returned (or the first failure in item
    // order thrown) as one at a time would. On a replicate design every item's proportions come
    // from one pass over the rows x replicates for all items, between the two parallel steps.
    Object[] done = new Object[estimated.size()];
    Item stratifier = by;
    ReplicateAnalysis replicates =
        prepared.replicates() == null ? null : new ReplicateAnalysis(prepared);
    java.util.stream.IntStream.range(0, done.length)
        .parallel()
        .forEach(
            k -> {
              try {
                done[k] = ItemParts.of(data, estimated.get(k), stratifier, domain);
              } catch (RuntimeException e) {
                done[k] = e;
              }
            });
    if (replicates != null) {
      ItemParts.intervals(plan, replicates, done);
    }
    java.util.stream.IntStream.range(0, done.length)
        .parallel()
        .forEach(
            k -> {
              if (done[k] instanceof ItemParts parts) {
                try {
                  done[k] = item(data, prepared, plan, parts, stratifier, replicates);
                } catch (RuntimeException e) {
                  done[k] = e;
                }
              }
            });
    List<DesignItemResult> out = new ArrayList<>(done.length);
    for (Object o : done) {
      if (o instanceof RuntimeException e) {
        throw e;
      }
      out.add((DesignItemResult) o);
    }
    return out;
  }

  private static DesignItemResult item(
      Dataset data,
      DesignSetup.Prepared prepared,
      DesignPlan plan,
      ItemParts found,
      Item by,
      ReplicateAnalysis replicates) {
    Item item = found.item;
    BitSet base = found.base;
    Column c = found.column;
    List<BitSet> indicators = found.indicators;
    List<BitSet> parts = found.parts;
    List<String> labels = found.labels;
    List<DesignEstimate> estimates = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      if (indicators != null && replicates != null) {
        replicates.proportions(
            item, labels.get(p), parts.get(p), indicators, found.intervals.get(p), estimates);
      } else if (replicates != null) {
        estimates.add(replicates.mean(plan, (NumericColumn) c, labels.get(p), parts.get(p)));
      } else if (indicators != null) {
        proportions(prepared, plan, item, labels.get(p), parts.get(p), indicators, estimates);
      } else {
        estimates.add(mean(prepared, plan, (NumericColumn) c, labels.get(p), parts.get(p)));
      }
    }
    List<RaoScottTest> tests = new ArrayList<>();
    if (by != null && indicators != null) {
      int[] columns = codes((CodedColumn) data.column(by.id()), null);
      if (c instanceof MultiColumn) {
        for (BitSet ind : indicators) {
          int[] rows = new int[data.size()];
          for (int r = 0; r < rows.length; r++) {
            rows[r] = base.get(r) ? (ind.get(r) ? 1 : 0) : -1;
          }
          tests.add(
              replicates != null
                  ? replicates.test(rows, columns, base)
                  : test(prepared.design(), rows, columns));
        }
      } else {
        int[] rows = codes((CodedColumn) c, base);
        tests.add(
            replicates != null
                ? replicates.test(rows, columns, base)
                : test(prepared.design(), rows, columns));
      }
    }
    return new DesignItemResult(item, by, estimates, tests);
  }

  private static void proportions(
      DesignSetup.Prepared prepared,
      DesignPlan plan,
      Item item,
      String stratum,
      BitSet domain,
      List<BitSet> indicators,
      List<DesignEstimate> out) {
    SurveyDesign design = prepared.design();
    int rows = domain.cardinality();
    ItemProportions found = null;
    if (rows > 0) {
      try {
        found = ProportionIntervals.item(design, domain, indicators, plan.ciMethod(), plan.level());
      } catch (DesignInputException e) {
        if (!e.getMessage().contains("no rows with a positive weight")) {
          throw e;
        }
      }
    }
    List<MeanEstimate> ms = found == null ? null : found.estimates();
    int df = found == null ? 0 : found.degreesOfFreedom();
    double t = tQuantile(1 - (1 - plan.level()) / 2, df);
    List<ProportionInterval> logits = null;
    for (int o = 0; o < indicators.size(); o++) {
      BitSet chosen = (BitSet) indicators.get(o).clone();
      chosen.and(domain);
      String code = item.options().get(o).code();
      if (ms == null) {
        out.add(new DesignEstimate(item.id(), stratum, code, 0, rows, NaN, NaN, NaN, NaN, NaN, 0));
        continue;
      }
      MeanEstimate m = ms.get(o);
      double p = m.estimate();
      double se = m.standardError();
      double deff =
          prepared.weighted() ? m.designEffect() : m.variance() * (m.rows() - 1) / (p * (1 - p));
      double lower;
      double upper;
      if (plan.ciMethod() == CiMethod.MEAN) {
        lower = p - t * se;
        upper = p + t * se;
      } else if (p <= 0 || p >= 1 || se == 0) {
        lower = NaN;
        upper = NaN;
      } else if (plan.ciMethod() == CiMethod.LOGIT) {
        if (logits == null) {
          logits =
              found.logitIntervals() != null
                  ? found.logitIntervals()
                  : ProportionIntervals.of(
                      design, indicators, domain, CiMethod.LOGIT, plan.level(), ms, df);
        }
        lower = logits.get(o).lower();
        upper = logits.get(o).upper();
      } else {
        ProportionInterval ci =
            ProportionIntervals.of(
                design, indicators.get(o), domain, plan.ciMethod(), plan.level());
        lower = ci.lower();
        upper = ci.upper();
      }
      out.add(
          new DesignEstimate(
              item.id(), stratum, code, chosen.cardinality(), rows, p, se, deff, lower, upper, df));
    }
  }

  private static DesignEstimate mean(
      DesignSetup.Prepared prepared,
      DesignPlan plan,
      NumericColumn c,
      String stratum,
      BitSet domain) {
    SurveyDesign design = prepared.design();
    double[] y = new double[c.size()];
    BitSet answered = new BitSet(y.length);
    for (int r = 0; r < y.length; r++) {
      y[r] = c.value(r);
      if (domain.get(r) && !Double.isNaN(y[r])) {
        answered.set(r);
      }
    }
    int rows = answered.cardinality();
    if (rows == 0) {
      return new DesignEstimate(c.item().id(), stratum, null, 0, 0, NaN, NaN, NaN, NaN, NaN, 0);
    }
    MeanEstimate m = DesignEstimates.mean(design, y, answered);
    int df = DesignEstimates.degreesOfFreedom(design, answered);
    double t = tQuantile(1 - (1 - plan.level()) / 2, df);
    double deff = m.designEffect();
    if (!prepared.weighted()) {
      double sw = 0;
      double ss = 0;
      for (int r = answered.nextSetBit(0); r >= 0; r = answered.nextSetBit(r + 1)) {
        double d = y[r] - m.estimate();
        sw += design.weight(r);
        ss += design.weight(r) * d * d;
      }
      double svyvar = ss / sw * m.rows() / (m.rows() - 1.0);
      deff = m.variance() * m.rows() / svyvar;
    }
    return new DesignEstimate(
        c.item().id(),
        stratum,
        null,
        rows,
        rows,
        m.estimate(),
        m.standardError(),
        deff,
        m.estimate() - t * m.standardError(),
        m.estimate() + t * m.standardError(),
        df);
  }

  private static final double NaN = Double.NaN;

  private static RaoScottTest test(SurveyDesign design, int[] rows, int[] columns) {
    try {
      return RaoScott.test(design, rows, columns);
    } catch (DesignInputException e) {
      return null;
    }
  }

  static List<BitSet> indicators(Column c, int n) {
    List<BitSet> out = new ArrayList<>();
    Item item = c.item();
    if (c instanceof MultiColumn m) {
      for (int o = 0; o < item.options().size(); o++) {
        out.add(m.selectedRows(o));
      }
      return out;
    }
    CodedColumn coded = (CodedColumn) c;
    long[][] words = new long[item.options().size()][(n + 63) >>> 6];
    for (int r = 0; r < n; r++) {
      int code = coded.code(r);
      if (code >= 0) {
        words[code][r >>> 6] |= 1L << r;
      }
    }
    for (long[] w : words) {
      out.add(BitSet.valueOf(w));
    }
    return out;
  }

  private static int[] codes(CodedColumn c, BitSet only) {
    int[] out = new int[c.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = only == null || only.get(r) ? c.code(r) : -1;
    }
    return out;
  }

  static BitSet domain(Dataset data, DesignPlan plan) {
    if (plan.domain().isEmpty()) {
      return null;
    }
    BitSet rows = new BitSet(data.size());
    rows.set(0, data.size());
    for (Map.Entry<String, String> e : plan.domain().entrySet()) {
      DesignSetup.check(data, "domain", e.getKey(), k -> k);
      Column c = data.column(e.getKey());
      Item item = c.item();
      if (item.type().isCoded() && item.optionIndex(e.getValue()) < 0) {
        throw new DesignPlanException(
            "domain " + e.getKey() + "=" + e.getValue(),
            "'"
                + e.getValue()
                + "' is not an option of "
                + e.getKey()
                + "; options: "
                + String.join(", ", item.options().stream().map(o -> o.code()).toList()));
      }
      for (int r = 0; r < data.size(); r++) {
        if (!e.getValue().equals(DesignSetup.value(c, r))) {
          rows.clear(r);
        }
      }
    }
    return rows;
  }

  static double tQuantile(double probability, int df) {
    if (df <= 0) {
      return NaN;
    }
    return new TDistribution(null, df, 1e-15).inverseCumulativeProbability(probability);
  }
}
