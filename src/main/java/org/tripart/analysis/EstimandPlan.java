package org.tripart.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.stats.design.DomainStatistic;

/**
 * The estimands a plan asks for beyond the per-option proportions and numeric means: totals,
 * ratios, means of ordered (Likert) items as scores, and contrasts between domains. Immutable; the
 * lists are copied. See {@code analysis-plan.md} ("Totals, ratios, scores and contrasts").
 *
 * @param totals items whose population total to estimate (R's {@code svytotal}): a numeric item's
 *     sum, a coded item's count per option
 * @param means coded items (Likert, single choice) whose mean score to estimate (R's {@code
 *     svymean(~as.numeric(item))}), see {@link EstimandAnalysis#scores}
 * @param ratios ratios of two numeric items' totals (R's {@code svyratio})
 * @param contrasts linear combinations of domain estimates (R's {@code svycontrast} of {@code
 *     svyby})
 */
public record EstimandPlan(
    List<String> totals, List<String> means, List<Ratio> ratios, List<Contrast> contrasts) {

  public EstimandPlan {
    totals = List.copyOf(totals == null ? List.of() : totals);
    means = List.copyOf(means == null ? List.of() : means);
    ratios = List.copyOf(ratios == null ? List.of() : ratios);
    contrasts = List.copyOf(contrasts == null ? List.of() : contrasts);
  }

  /** No estimands. */
  public static EstimandPlan none() {
    return new EstimandPlan(List.of(), List.of(), List.of(), List.of());
  }

  /** True when the plan asks for none of them. */
  public boolean isEmpty() {
    return totals.isEmpty() && means.isEmpty() && ratios.isEmpty() && contrasts.isEmpty();
  }

  /**
   * The ratio of two totals, {@code sum w y / sum w x}.
   *
   * @param numerator a numeric item
   * @param denominator a numeric item
   */
  public record Ratio(String numerator, String denominator) {
    public Ratio {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
    }
  }

  /**
   * A linear combination of the estimates of one item in the levels of a domain column, such as
   * tertiary minus secondary.
   *
   * @param by the single-choice column whose levels are the domains
   * @param coefficients the coefficient of each level (levels not named count 0), in the order
   *     given
   * @param items the items to contrast, empty for the plan's items; {@code item=code} contrasts the
   *     proportion choosing one option
   * @param statistic mean (proportions and means) or total
   * @param name a label for the contrast, null to make one from the coefficients
   */
  public record Contrast(
      String by,
      Map<String, Double> coefficients,
      List<String> items,
      DomainStatistic statistic,
      String name) {
    public Contrast {
      Objects.requireNonNull(by, "by");
      coefficients =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coefficients));
      items = List.copyOf(items == null ? List.of() : items);
      Objects.requireNonNull(statistic, "statistic");
    }

    /** The label: the name, else the coefficients as {@code tertiary - secondary}. */
    public String label() {
      if (name != null) {
        return name;
      }
      StringBuilder s = new StringBuilder();
      for (var e : coefficients.entrySet()) {
        double c = e.getValue();
        if (c == 0) {
          continue;
        }
        String abs = PlainNumbers.plain(Math.abs(c));
        s.append(s.length() == 0 ? (c < 0 ? "-" : "") : (c < 0 ? " - " : " + "));
        s.append(Math.abs(c) == 1 ? "" : abs + " ").append(e.getKey());
      }
      return s.toString();
    }
  }
}
