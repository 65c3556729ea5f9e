package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.fieldwork.Rate;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.instrument.Provinces;
import org.tripart.json.StrictJson;
import org.tripart.stats.ChiSquareTest;
import org.tripart.stats.CrossTab;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;

/**
 * The data of each dashboard chart as JSON, read by {@code dashboard.js} from the page's {@code
 * data-chart} attributes and served by the dashboard's JSON endpoints. A chart is {@code {title,
 * unit: "percent"|"count", orient: "h"|"v", categories: [...], series: [{name, p, lo, hi, n, d}],
 * note}}: {@code p} holds proportions (0 to 1) or counts as the engine gave them, unrounded, {@code
 * lo}/{@code hi} the interval bounds or null, {@code n}/{@code d} counts and denominators.
 * Stateless and thread-safe.
 */
final class ChartModels {
  static final ObjectMapper JSON = StrictJson.newMapper();

  private ChartModels() {}

  /** One item's bars over all respondents, with Wilson whiskers. */
  static ObjectNode item(ItemFrequencies f, String lang) {
    ObjectNode chart = base(f.item().label().in(lang), "percent", "h");
    ArrayNode categories = chart.putArray("categories");
    f.options().forEach(o -> categories.add(o.option().label().in(lang)));
    series(chart.putArray("series"), DashboardTexts.get("all", lang), f);
    chart.put("item", f.item().id());
    chart.put("multiple", f.item().type() == ItemType.MULTIPLE);
    chart.put("answered", f.answered());
    chart.put("note", note(f, lang));
    return chart;
  }

  /** One item's bars per stratum of the stratifier, with the test sentence. */
  static ObjectNode split(CrossTab t, String lang) {
    ObjectNode chart = item(t.overall(), lang);
    ArrayNode series = chart.putArray("series");
    for (int s = 0; s < t.strata().size(); s++) {
      series(series, label(t.strata().get(s), t.by().type(), lang), t.perStratum().get(s));
    }
    chart.put("by", t.by().id());
    chart.put("test", testSentence(t, lang));
    return chart;
  }

  /**
   * Withholds in {@code chart} (made by {@link #item} or {@link #split}) what {@code masks} hides:
   * the proportion, interval and count of each hidden cell, the denominator of a series whose cells
   * are all hidden or whose size is hidden, the answered count and its note when the item's total
   * is hidden, and the test when any cell is hidden (its statistic could give a count away).
   *
   * @param firstGroup the mask column of the first series: 0 for {@link #item}, 1 for {@link
   *     #split} (whose series are the strata)
   */
  static void withhold(ObjectNode chart, ViewerMasks masks, int firstGroup, String lang) {
    ArrayNode series = (ArrayNode) chart.get("series");
    for (int s = 0; s < series.size(); s++) {
      int g = s + firstGroup;
      ObjectNode one = (ObjectNode) series.get(s);
      for (int o = 0; o < masks.cells().length; o++) {
        if (masks.hidden(o, g)) {
          for (String key : new String[] {"p", "lo", "hi", "n"}) {
            ((ArrayNode) one.get(key)).set(o, NullNode.getInstance());
          }
        }
      }
      if (masks.sizeHidden()[g]) {
        ArrayNode d = (ArrayNode) one.get("d");
        for (int o = 0; o < d.size(); o++) {
          d.set(o, NullNode.getInstance());
        }
      }
    }
    if (masks.sizeHidden()[0]) {
      chart.putNull("answered");
      chart.put("note", DashboardTexts.get("percentNote", lang));
    }
    if (masks.any() && chart.has("test")) {
      chart.put("test", DashboardTexts.get("testWithheld", lang));
    }
  }

  /**
   * RR1 per row of a fieldwork summary, as percent bars with counts in the tooltip.
   *
   * @param hidden per row, whether its rate and counts are withheld (null values)
   */
  static ObjectNode completion(
      String title, FieldworkSummary s, Map<String, String> names, boolean[] hidden) {
    ObjectNode chart = base(title, "percent", "h");
    ArrayNode categories = chart.putArray("categories");
    ObjectNode one = chart.putArray("series").addObject().put("name", "RR1");
    ArrayNode p = one.putArray("p");
    ArrayNode lo = one.putArray("lo");
    ArrayNode hi = one.putArray("hi");
    ArrayNode n = one.putArray("n");
    ArrayNode d = one.putArray("d");
    for (int i = 0; i < s.rows().size(); i++) {
      FieldworkSummary.Row r = s.rows().get(i);
      categories.add(names.getOrDefault(r.key(), r.key()));
      if (hidden[i]) {
        p.addNull();
        lo.addNull();
        hi.addNull();
        n.addNull();
        d.addNull();
        continue;
      }
      Rate rate = r.rr1();
      number(p, rate.denominator() == 0 ? Double.NaN : rate.value());
      lo.addNull();
      hi.addNull();
      n.add(r.completed());
      d.add(r.invited());
    }
    return chart;
  }

  /**
   * Submitted questionnaires per day, oldest first.
   *
   * @param threshold counts from 1 to {@code threshold - 1} are withheld (null) with their
   *     complement ({@link OverviewMasks#counts}); 0 for exact counts
   */
  static ObjectNode perDay(
      String title, Map<String, Long> counts, String seriesName, int threshold) {
    ObjectNode chart = base(title, "count", "v");
    ArrayNode categories = chart.putArray("categories");
    ObjectNode one = chart.putArray("series").addObject().put("name", seriesName);
    ArrayNode p = one.putArray("p");
    long[] values = counts.values().stream().mapToLong(Long::longValue).toArray();
    boolean[] hidden = OverviewMasks.counts(values, threshold);
    int i = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      categories.add(e.getKey());
      if (hidden[i++]) {
        p.addNull();
      } else {
        p.add(e.getValue());
      }
    }
    return chart;
  }

  /** The label of a stratum: province names from {@link Provinces}, else the option label. */
  static String label(Option o, ItemType type, String lang) {
    if (type == ItemType.PROVINCE) {
      return Provinces.byCode(o.code())
          .map(pr -> "zh".equals(lang) ? pr.nameZh() : pr.nameEn())
          .orElse(o.label().in(lang));
    }
    return o.label().in(lang);
  }

  /**
   * The test result in one sentence: for a single-choice item the Pearson chi-square of item by
   * stratum, for a multiple-choice item one per option.
   */
  static String testSentence(CrossTab t, String lang) {
    StringBuilder b = new StringBuilder(DashboardTexts.get("test", lang)).append(": ");
    List<ChiSquareTest> tests = t.tests();
    for (int i = 0; i < tests.size(); i++) {
      if (i > 0) {
        b.append("; ");
      }
      if (t.item().type() == ItemType.MULTIPLE) {
        b.append(t.item().options().get(i).label().in(lang)).append(' ');
      }
      b.append(test(tests.get(i), lang));
    }
    return b.append('.').toString();
  }

  private static String test(ChiSquareTest c, String lang) {
    if (!c.isDefined()) {
      return DashboardTexts.get("testUndefined", lang);
    }
    String p =
        c.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", c.pValue());
    String s =
        String.format(
            Locale.ROOT,
            "χ²(%d) = %.2f, %s, n = %d",
            c.degreesOfFreedom(),
            c.statistic(),
            p,
            c.n());
    return c.minExpected() < 1 ? s + " (" + DashboardTexts.get("doubtful", lang) + ")" : s;
  }

  private static String note(ItemFrequencies f, String lang) {
    String base =
        "n = "
            + f.answered()
            + " "
            + DashboardTexts.get("answered", lang)
            + ". "
            + DashboardTexts.get("percentNote", lang);
    return f.item().type() == ItemType.MULTIPLE
        ? base + " " + DashboardTexts.get("multiNote", lang)
        : base;
  }

  private static ObjectNode base(String title, String unit, String orient) {
    ObjectNode chart = JSON.createObjectNode();
    chart.put("title", title).put("unit", unit).put("orient", orient);
    return chart;
  }

  private static void series(ArrayNode out, String name, ItemFrequencies f) {
    ObjectNode s = out.addObject().put("name", name);
    ArrayNode p = s.putArray("p");
    ArrayNode lo = s.putArray("lo");
    ArrayNode hi = s.putArray("hi");
    ArrayNode n = s.putArray("n");
    ArrayNode d = s.putArray("d");
    for (OptionFrequency o : f.options()) {
      number(p, o.proportion());
      number(lo, o.ci().low());
      number(hi, o.ci().high());
      n.add(o.count());
      d.add(o.denominator());
    }
  }

  private static void number(ArrayNode a, double v) {
    if (Double.isNaN(v)) {
      a.addNull();
    } else {
      a.add(v);
    }
  }
}
