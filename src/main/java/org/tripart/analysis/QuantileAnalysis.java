package org.tripart.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;
import org.tripart.stats.design.QuantileEstimate;
import org.tripart.stats.design.Quantiles;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateQuantiles;
import org.tripart.stats.design.SurveyDesign;

/**
 * The plan's {@link QuantilePlan}: for each numeric item, R's {@code svyquantile(~item,
 * subset(design, domain), quantiles, qrule, interval.type, alpha = 1 - level, ci = TRUE, na.rm =
 * TRUE)} by {@link Quantiles} (on a replicate-weight design {@code svyquantile.svyrep.design} by
 * {@link ReplicateQuantiles}, where the replicates give the interval), among the rows the item
 * applies to and that answered it, within the plan's domain. Rows are {@link EstimandRow}s of kind
 * QUANTILE: the option is the probability (as written, such as {@code 0.25}), the detail {@code
 * qrule=math, interval=mean}; t, p and the design effect are NaN. With the plan's {@code by}, each
 * item's rows are followed by one row set per level of {@code by} that has rows in the domain, as
 * R's {@code svyby(~item, ~by, design, svyquantile, quantiles, ci = TRUE, keep.var = TRUE)}: each
 * is {@code svyquantile} on {@code subset(design, by == level)}, its detail ending {@code ,
 * by=level} (such as {@code qrule=math, interval=mean, stype=E}); a level none of whose rows
 * answered gives empty rows (n = 0). Stateless and thread-safe.
 */
public final class QuantileAnalysis {
  private QuantileAnalysis() {}

  /**
   * One row per item and probability, items in the plan's order (named quantile items, else the
   * numeric items analysed), probabilities in the plan's order.
   *
   * @throws DesignPlanException for a quantile item the data do not have
   * @throws org.tripart.stats.design.DesignInputException {@code QUANTILE_NOT_NUMERIC_ITEM} for a
   *     named quantile item that is not numeric, {@code QUANTILE_EMPTY_DOMAIN} for a domain with no
   *     rows, {@code QUANTILE_NO_VALUES} for a named item no row of the domain answers
   */
  public static List<EstimandRow> run(
      Dataset data, DesignSetup.Prepared prepared, DesignPlan plan) {
    QuantilePlan q = plan.quantiles();
    List<EstimandRow> out = new ArrayList<>();
    if (q.isEmpty()) {
      return out;
    }
    SurveyDesign design = prepared.design();
    ReplicateDesign replicates = prepared.replicates();
    BitSet domain = DesignAnalysis.domain(data, plan);
    boolean named = !q.items().isEmpty();
    String detail = "qrule=" + q.rule().rName() + ", interval=" + q.interval().rName();
    List<Item> items = items(data, plan, q);
    // Items are independent: estimated on every core, then returned (or the first failure in item
    // order thrown) as one at a time would, as DesignAnalysis does.
    Object[] done = new Object[items.size()];
    java.util.stream.IntStream.range(0, done.length)
        .parallel()
        .forEach(
            k -> {
              try {
                done[k] = item(data, design, replicates, plan, items.get(k), domain, named, detail);
              } catch (RuntimeException e) {
                done[k] = e;
              }
            });
    for (Object o : done) {
      if (o instanceof RuntimeException e) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      List<EstimandRow> rows = (List<EstimandRow>) o;
      out.addAll(rows);
    }
    return out;
  }

  private static List<EstimandRow> item(
      Dataset data,
      SurveyDesign design,
      ReplicateDesign replicates,
      DesignPlan plan,
      Item item,
      BitSet domain,
      boolean named,
      String detail) {
    QuantilePlan q = plan.quantiles();
    List<EstimandRow> out = new ArrayList<>();
    BitSet rows = data.applicableRows(item.id());
    rows.and(data.answeredRows(item.id()));
    if (domain != null) {
      rows.and(domain);
    }
    if (!named && rows.isEmpty() && (domain == null || !domain.isEmpty())) {
      empty(item, q, detail, out);
    } else {
      out.addAll(estimate(data, design, replicates, plan, item, rows, domain, detail));
    }
    Item by = by(data, plan);
    if (by == null) {
      return out;
    }
    CodedColumn b = (CodedColumn) data.column(by.id());
    for (int o = 0; o < by.options().size(); o++) {
      BitSet level = new BitSet(data.size());
      for (int r = 0; r < data.size(); r++) {
        if ((domain == null || domain.get(r)) && b.code(r) == o) {
          level.set(r);
        }
      }
      if (level.isEmpty()) {
        continue;
      }
      String at = detail + ", " + by.id() + "=" + by.options().get(o).code();
      BitSet answered = (BitSet) rows.clone();
      answered.and(level);
      if (answered.isEmpty()) {
        empty(item, q, at, out);
      } else {
        out.addAll(estimate(data, design, replicates, plan, item, answered, level, at));
      }
    }
    return out;
  }

  /**
   * The plan's {@code by} item, null without one.
   *
   * @throws DesignPlanException when it is unknown or not single-choice
   */
  private static Item by(Dataset data, DesignPlan plan) {
    if (plan.by() == null) {
      return null;
    }
    DesignSetup.check(data, "by", plan.by(), k -> k);
    Item by = data.instrument().item(plan.by());
    if (!by.type().isSingleChoice() || !(data.column(by.id()) instanceof CodedColumn)) {
      throw new DesignPlanException("by " + plan.by(), "a stratifier must be a single-choice item");
    }
    return by;
  }

  private static List<EstimandRow> estimate(
      Dataset data,
      SurveyDesign design,
      ReplicateDesign replicates,
      DesignPlan plan,
      Item item,
      BitSet rows,
      BitSet domain,
      String detail) {
    QuantilePlan q = plan.quantiles();
    NumericColumn c = (NumericColumn) data.column(item.id());
    double[] y = new double[data.size()];
    for (int r = 0; r < y.length; r++) {
      y[r] = rows.get(r) ? c.value(r) : Double.NaN;
    }
    List<QuantileEstimate> est =
        replicates != null
            ? ReplicateQuantiles.of(
                replicates,
                item.id(),
                y,
                domain,
                q.probabilityArray(),
                q.rule(),
                q.interval(),
                plan.level())
            : Quantiles.of(
                design,
                item.id(),
                y,
                domain,
                q.probabilityArray(),
                q.rule(),
                q.interval(),
                plan.level());
    List<EstimandRow> out = new ArrayList<>();
    for (QuantileEstimate e : est) {
      out.add(
          new EstimandRow(
              EstimandRow.Kind.QUANTILE,
              item.id(),
              PlainNumbers.plain(e.probability()),
              detail,
              e.estimate(),
              e.standardError(),
              e.lower(),
              e.upper(),
              e.degreesOfFreedom(),
              Double.NaN,
              e.rows(),
              Double.NaN,
              Double.NaN));
    }
    return out;
  }

  private static void empty(Item item, QuantilePlan q, String detail, List<EstimandRow> out) {
    double nan = Double.NaN;
    for (double p : q.probabilities()) {
      out.add(
          new EstimandRow(
              EstimandRow.Kind.QUANTILE,
              item.id(),
              PlainNumbers.plain(p),
              detail,
              nan,
              nan,
              nan,
              nan,
              0,
              nan,
              0,
              nan,
              nan));
    }
  }

  private static List<Item> items(Dataset data, DesignPlan plan, QuantilePlan q) {
    List<Item> out = new ArrayList<>();
    if (!q.items().isEmpty()) {
      for (String id : q.items()) {
        DesignSetup.check(data, "quantile_items", id, k -> k);
        Item item = data.instrument().item(id);
        if (!(data.column(id) instanceof NumericColumn)) {
          throw Quantiles.notNumeric(id, item.type().fileName());
        }
        out.add(item);
      }
      return out;
    }
    List<String> ids =
        plan.items().isEmpty()
            ? data.instrument().items().stream().map(Item::id).toList()
            : plan.items();
    for (String id : ids) {
      DesignSetup.check(data, "items", id, k -> k);
      if (data.column(id) instanceof NumericColumn
          && !plan.designColumns().contains(id)
          && !id.equals(plan.by())) {
        out.add(data.instrument().item(id));
      }
    }
    return out;
  }
}
