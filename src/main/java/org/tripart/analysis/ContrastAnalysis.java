package org.tripart.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;
import org.tripart.instrument.Option;
import org.tripart.stats.design.ContrastEstimate;
import org.tripart.stats.design.ContrastTerm;
import org.tripart.stats.design.Contrasts;
import org.tripart.stats.design.DomainStatistic;
import org.tripart.stats.design.DomainTable;

/**
 * The plan's contrasts between domains: {@code svycontrast(svyby(~y, ~by, design, svymean |
 * svytotal, covmat = TRUE), coefficients)} for every option of each target item (or the item's mean
 * when numeric), among the rows of the plan's domain that answered; with no target items given,
 * every coded or numeric item that is not a design column or the {@code by} item. Stateless.
 */
final class ContrastAnalysis {
  private ContrastAnalysis() {}

  /**
   * Adds one row per target item's option (or numeric item) to {@code out}: the contrast of its
   * domain means or totals, with SE, interval and t test on the domain's design df.
   *
   * @param key the plan key of this contrast, for messages
   * @throws DesignPlanException for a by item that is not single-choice, a coefficient level that
   *     is not one of its options, a target item or option the data do not have
   */
  static void add(
      Dataset data,
      EstimandEngine design,
      DesignPlan plan,
      EstimandPlan.Contrast contrast,
      String key,
      BitSet domain,
      double p,
      List<EstimandRow> out) {
    DesignSetup.check(data, "by", contrast.by(), k -> key + ".by");
    Item by = data.instrument().item(contrast.by());
    if (!by.type().isSingleChoice()) {
      throw new DesignPlanException(
          key + ".by " + by.id(),
          "the domains of a contrast must be a single-choice item's options");
    }
    for (String level : contrast.coefficients().keySet()) {
      if (by.optionIndex(level) < 0) {
        throw new DesignPlanException(
            key + ".coefficients " + level,
            "'"
                + level
                + "' is not an option of "
                + by.id()
                + "; options: "
                + String.join(", ", by.options().stream().map(Option::code).toList()));
      }
    }
    List<String> targets =
        contrast.items().isEmpty() ? defaultTargets(data, plan, by) : contrast.items();
    CodedColumn byColumn = (CodedColumn) data.column(by.id());
    int df = design.degreesOfFreedom(domain);
    List<String> levels = by.options().stream().map(Option::code).toList();
    for (String target : targets) {
      int eq = target.indexOf('=');
      String id = eq < 0 ? target : target.substring(0, eq);
      String code = eq < 0 ? null : target.substring(eq + 1);
      Item item = EstimandAnalysis.item(data, key + ".items", id);
      BitSet rows = EstimandAnalysis.rows(data, item, domain);
      int[] group = new int[data.size()];
      for (int r = 0; r < group.length; r++) {
        group[r] = rows.get(r) ? byColumn.code(r) : -1;
      }
      List<String> names = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      Column c = data.column(id);
      if (c instanceof NumericColumn numeric) {
        if (code != null) {
          throw new DesignPlanException(
              key + ".items " + target,
              id + " is numeric; contrast its mean without '=" + code + "'");
        }
        names.add(id);
        values.add(EstimandAnalysis.values(numeric, rows));
      } else if (item.type().isCoded()) {
        for (int o = 0; o < item.options().size(); o++) {
          String oc = item.options().get(o).code();
          if (code == null || code.equals(oc)) {
            names.add(oc);
            values.add(EstimandAnalysis.indicator(c, o, rows));
          }
        }
        if (names.isEmpty()) {
          throw new DesignPlanException(
              key + ".items " + target,
              "'"
                  + code
                  + "' is not an option of "
                  + id
                  + "; options: "
                  + String.join(", ", item.options().stream().map(Option::code).toList()));
        }
      } else {
        throw new DesignPlanException(
            key + ".items " + id,
            "a contrast needs a numeric or coded item; " + id + " is " + item.type().fileName());
      }
      DomainTable table = design.by(names, values, group, levels, contrast.statistic());
      for (String name : names) {
        List<ContrastTerm> terms = new ArrayList<>();
        for (Map.Entry<String, Double> t : contrast.coefficients().entrySet()) {
          if (t.getValue() != 0) {
            terms.add(new ContrastTerm(t.getKey(), name, t.getValue()));
          }
        }
        ContrastEstimate ce = Contrasts.of(table, terms);
        double t = ce.estimate() / ce.standardError();
        double q = DesignAnalysis.tQuantile(p, df);
        out.add(
            new EstimandRow(
                EstimandRow.Kind.CONTRAST,
                id,
                c instanceof NumericColumn ? null : name,
                (contrast.statistic() == DomainStatistic.TOTAL ? "total: " : "")
                    + by.id()
                    + " "
                    + contrast.label(),
                ce.estimate(),
                ce.standardError(),
                ce.estimate() - q * ce.standardError(),
                ce.estimate() + q * ce.standardError(),
                df,
                Double.NaN,
                rows.cardinality(),
                t,
                df <= 0 || Double.isNaN(t)
                    ? Double.NaN
                    : 2 * new TDistribution(null, df, 1e-15).cumulativeProbability(-Math.abs(t))));
      }
    }
  }

  private static List<String> defaultTargets(Dataset data, DesignPlan plan, Item by) {
    List<String> out = new ArrayList<>();
    List<String> ids =
        plan.items().isEmpty()
            ? data.instrument().items().stream().map(Item::id).toList()
            : plan.items();
    for (String id : ids) {
      Item i = data.instrument().item(id);
      if ((i.type().isCoded() || i.type().isNumeric())
          && !plan.designColumns().contains(id)
          && !id.equals(by.id())
          && !id.equals(plan.by())) {
        out.add(id);
      }
    }
    return out;
  }
}
