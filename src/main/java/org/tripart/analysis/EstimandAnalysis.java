package org.tripart.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.stats.design.MeanEstimate;
import org.tripart.stats.design.RatioEstimate;
import org.tripart.stats.design.TotalEstimate;

/**
 * The plan's {@link EstimandPlan}: totals ({@code svytotal}), ratios ({@code svyratio}), score
 * means of ordered items ({@code svymean(~as.numeric(item))}) and contrasts between domains ({@code
 * svycontrast(svyby(~y, ~by, design, svymean | svytotal, covmat = TRUE), coefficients)}), each
 * within the plan's domain and among the rows that answered, with {@code na.rm = TRUE} as R's.
 * Intervals are {@code confint(estimate, df = degf(subset(design, ...)))}: estimate plus or minus t
 * on the domain's design degrees of freedom, as this package's means. On a replicate-weight design
 * the same R functions of the {@code svyrep.design} give the estimates, their SEs from the
 * replicates ({@link EstimandEngine}). Stateless and thread-safe.
 */
public final class EstimandAnalysis {
  private EstimandAnalysis() {}

  /**
   * Estimates every estimand of the plan, in the plan's order: totals, score means, ratios,
   * contrasts.
   *
   * @throws DesignPlanException for an item the data do not have or of the wrong type, a contrast
   *     level that is not an option of its column
   */
  public static List<EstimandRow> run(
      Dataset data, DesignSetup.Prepared prepared, DesignPlan plan) {
    EstimandPlan e = plan.estimands();
    List<EstimandRow> out = new ArrayList<>();
    if (e.isEmpty()) {
      return out;
    }
    EstimandEngine design = EstimandEngine.of(prepared);
    BitSet domain = DesignAnalysis.domain(data, plan);
    double p = 1 - (1 - plan.level()) / 2;
    for (String id : e.totals()) {
      Item item = item(data, "estimands.totals", id);
      totals(data, design, item, domain, p, out);
    }
    for (String id : e.means()) {
      Item item = item(data, "estimands.means", id);
      out.add(scoreMean(data, design, item, domain, p));
    }
    for (int i = 0; i < e.ratios().size(); i++) {
      out.add(ratio(data, design, e.ratios().get(i), "estimands.ratios[" + i + "]", domain, p));
    }
    for (int i = 0; i < e.contrasts().size(); i++) {
      ContrastAnalysis.add(
          data,
          design,
          plan,
          e.contrasts().get(i),
          "estimands.contrasts[" + i + "]",
          domain,
          p,
          out);
    }
    return out;
  }

  /**
   * The score of every option of an ordered item, as {@code as.numeric} would give it: the options'
   * scores when every option has one, else their codes when every code is a number, else their
   * positions 1, 2, ... in the instrument's order.
   */
  static double[] scores(Item item) {
    List<Option> options = item.options();
    double[] s = new double[options.size()];
    if (options.stream().allMatch(o -> o.scoreValue().isPresent())) {
      for (int o = 0; o < s.length; o++) {
        s[o] = options.get(o).scoreValue().getAsDouble();
      }
      return s;
    }
    try {
      for (int o = 0; o < s.length; o++) {
        s[o] = Double.parseDouble(options.get(o).code());
        if (!Double.isFinite(s[o])) {
          throw new NumberFormatException();
        }
      }
      return s;
    } catch (NumberFormatException notNumbers) {
      for (int o = 0; o < s.length; o++) {
        s[o] = o + 1;
      }
      return s;
    }
  }

  static String scoring(Item item) {
    List<Option> options = item.options();
    if (options.stream().allMatch(o -> o.scoreValue().isPresent())) {
      return "scored by the options' scores";
    }
    double[] s = scores(item);
    boolean positions = true;
    for (int o = 0; o < s.length; o++) {
      positions &= s[o] == o + 1 && !options.get(o).code().equals(String.valueOf(o + 1));
    }
    return positions
        ? "scored 1-" + s.length + " in the options' order"
        : "scored by the option codes";
  }

  static Item item(Dataset data, String key, String id) {
    DesignSetup.check(data, "items", id, k -> key);
    return data.instrument().item(id);
  }

  static BitSet rows(Dataset data, Item item, BitSet domain) {
    BitSet rows = data.applicableRows(item.id());
    rows.and(data.answeredRows(item.id()));
    if (domain != null) {
      rows.and(domain);
    }
    return rows;
  }

  private static void totals(
      Dataset data,
      EstimandEngine design,
      Item item,
      BitSet domain,
      double p,
      List<EstimandRow> out) {
    BitSet rows = rows(data, item, domain);
    Column c = data.column(item.id());
    if (c instanceof NumericColumn numeric) {
      out.add(total(design, item.id(), null, values(numeric, rows), rows, p));
      return;
    }
    if (!item.type().isCoded()) {
      throw new DesignPlanException(
          "estimands.totals " + item.id(),
          "a total needs a numeric or coded item; " + item.id() + " is " + item.type().fileName());
    }
    for (int o = 0; o < item.options().size(); o++) {
      double[] y = indicator(c, o, rows);
      out.add(total(design, item.id(), item.options().get(o).code(), y, rows, p));
    }
  }

  private static EstimandRow total(
      EstimandEngine design, String item, String option, double[] y, BitSet rows, double p) {
    if (rows.isEmpty()) {
      return empty(EstimandRow.Kind.TOTAL, item, option, null);
    }
    TotalEstimate t = design.total(item, y, rows);
    int df = design.degreesOfFreedom(rows);
    double q = DesignAnalysis.tQuantile(p, df);
    return new EstimandRow(
        EstimandRow.Kind.TOTAL,
        item,
        option,
        null,
        t.estimate(),
        t.standardError(),
        t.estimate() - q * t.standardError(),
        t.estimate() + q * t.standardError(),
        df,
        t.designEffect(),
        t.rows(),
        Double.NaN,
        Double.NaN);
  }

  private static EstimandRow scoreMean(
      Dataset data, EstimandEngine design, Item item, BitSet domain, double p) {
    if (!item.type().isCoded() || item.type() == ItemType.MULTIPLE) {
      throw new DesignPlanException(
          "estimands.means " + item.id(),
          "a score mean needs an ordered single-choice (Likert) item; "
              + item.id()
              + " is "
              + item.type().fileName()
              + (item.type().isNumeric() ? " (its mean is among the items' estimates)" : ""));
    }
    BitSet rows = rows(data, item, domain);
    String scoring = scoring(item);
    if (rows.isEmpty()) {
      return empty(EstimandRow.Kind.SCORE_MEAN, item.id(), null, scoring);
    }
    double[] s = scores(item);
    CodedColumn c = (CodedColumn) data.column(item.id());
    double[] y = new double[data.size()];
    for (int r = 0; r < y.length; r++) {
      y[r] = rows.get(r) ? s[c.code(r)] : Double.NaN;
    }
    MeanEstimate m = design.mean(item.id(), y, rows);
    int df = design.degreesOfFreedom(rows);
    double q = DesignAnalysis.tQuantile(p, df);
    return new EstimandRow(
        EstimandRow.Kind.SCORE_MEAN,
        item.id(),
        null,
        scoring,
        m.estimate(),
        m.standardError(),
        m.estimate() - q * m.standardError(),
        m.estimate() + q * m.standardError(),
        df,
        m.designEffect(),
        m.rows(),
        Double.NaN,
        Double.NaN);
  }

  private static EstimandRow ratio(
      Dataset data,
      EstimandEngine design,
      EstimandPlan.Ratio ratio,
      String key,
      BitSet domain,
      double p) {
    Item y = numericItem(data, key + ".numerator", ratio.numerator());
    Item x = numericItem(data, key + ".denominator", ratio.denominator());
    BitSet rows = rows(data, y, domain);
    rows.and(rows(data, x, domain));
    if (rows.isEmpty()) {
      return empty(EstimandRow.Kind.RATIO, y.id(), null, x.id());
    }
    RatioEstimate r =
        design.ratio(
            y.id(),
            values((NumericColumn) data.column(y.id()), rows),
            x.id(),
            values((NumericColumn) data.column(x.id()), rows),
            rows);
    int df = design.degreesOfFreedom(rows);
    double q = DesignAnalysis.tQuantile(p, df);
    return new EstimandRow(
        EstimandRow.Kind.RATIO,
        y.id(),
        null,
        x.id(),
        r.estimate(),
        r.standardError(),
        r.estimate() - q * r.standardError(),
        r.estimate() + q * r.standardError(),
        df,
        Double.NaN,
        r.rows(),
        Double.NaN,
        Double.NaN);
  }

  private static Item numericItem(Dataset data, String key, String id) {
    Item item = item(data, key, id);
    if (!(data.column(id) instanceof NumericColumn)) {
      throw new DesignPlanException(
          key + " " + id, "a ratio needs numeric items; " + id + " is " + item.type().fileName());
    }
    return item;
  }

  static double[] values(NumericColumn c, BitSet rows) {
    double[] y = new double[c.size()];
    for (int r = 0; r < y.length; r++) {
      y[r] = rows.get(r) ? c.value(r) : Double.NaN;
    }
    return y;
  }

  static double[] indicator(Column c, int option, BitSet rows) {
    double[] y = new double[c.size()];
    for (int r = 0; r < y.length; r++) {
      if (!rows.get(r)) {
        y[r] = Double.NaN;
      } else if (c instanceof MultiColumn m) {
        y[r] = m.selected(r, option) ? 1 : 0;
      } else {
        y[r] = ((CodedColumn) c).code(r) == option ? 1 : 0;
      }
    }
    return y;
  }

  private static EstimandRow empty(
      EstimandRow.Kind kind, String item, String option, String detail) {
    double nan = Double.NaN;
    return new EstimandRow(kind, item, option, detail, nan, nan, nan, nan, 0, nan, 0, nan, nan);
  }
}
