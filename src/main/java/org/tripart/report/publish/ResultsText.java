package org.tripart.report.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tripart.disclosure.CellStatus;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.stats.ChiSquareTest;
import org.tripart.stats.CrossTab;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;

/**
 * Drafts a results section in English in which every sentence is built from the engine's numbers,
 * never from a template holding figures: per item the denominator and non-response, the largest
 * options with their 95% intervals, and, split by a stratifier, the chi-square test phrased without
 * causal language. Percentages follow {@link Numbers}. Counts that disclosure control withholds are
 * never mentioned. Immutable and thread-safe.
 */
public final class ResultsText {
  /** The significance level the wording "differed significantly" refers to. */
  public static final double ALPHA = 0.05;

  private static final int LARGEST = 3;
  private final PublicationSettings settings;

  public ResultsText(PublicationSettings settings) {
    this.settings = settings;
  }

  /** A Markdown section: a heading and one paragraph per item, over all respondents. */
  public String overallSection(String heading, List<ItemFrequencies> items) {
    StringBuilder md = start(heading);
    for (ItemFrequencies f : items) {
      md.append(String.join(" ", describe(f))).append("\n\n");
    }
    return md.toString();
  }

  /** A Markdown section: per item its overall description followed by its comparison. */
  public String stratifiedSection(String heading, List<CrossTab> items) {
    StringBuilder md = start(heading);
    for (CrossTab x : items) {
      List<String> sentences = new ArrayList<>(describe(x.overall()));
      sentences.addAll(compare(x));
      md.append(String.join(" ", sentences)).append("\n\n");
    }
    return md.toString();
  }

  private StringBuilder start(String heading) {
    StringBuilder md = new StringBuilder("## ").append(heading).append("\n\n");
    if (settings.isSynthetic()) {
      md.append("> ").append(settings.syntheticLabel()).append("\n\n");
    }
    return md;
  }

  /** The sentences describing one item over the respondents it was tabulated on. */
  public List<String> describe(ItemFrequencies f) {
    List<String> out = new ArrayList<>();
    Masks masks = Masks.of(f, List.of(), settings.threshold());
    String label = quote(f.item().label().en());
    String noun = settings.respondents();
    if (masks.denominatorHidden()) {
      out.add("Fewer than " + settings.threshold() + " " + noun + " answered " + label + ".");
      return out;
    }
    int skipped = f.respondents() - f.applicable();
    StringBuilder s =
        new StringBuilder()
            .append(Numbers.count(f.answered()))
            .append(' ')
            .append(noun)
            .append(" answered the question ")
            .append(label);
    if (f.nonResponse() > 0) {
      s.append("; ")
          .append(Numbers.count(f.nonResponse()))
          .append(" (")
          .append(Numbers.percent(f.nonResponse(), f.applicable()))
          .append("%) of the ")
          .append(Numbers.count(f.applicable()))
          .append(" asked did not");
    }
    if (skipped > 0) {
      s.append("; ")
          .append(Numbers.count(skipped))
          .append(" were not asked it after an earlier answer");
    }
    out.add(s.append('.').toString());
    List<Integer> shown = new ArrayList<>();
    for (int o = 0; o < f.options().size(); o++) {
      if (masks.cells()[o][0] == CellStatus.SHOWN && f.answered() > 0) {
        shown.add(o);
      }
    }
    shown.sort(
        Comparator.comparingLong((Integer o) -> -f.options().get(o).count())
            .thenComparingInt(o -> o));
    List<Integer> largest = shown.subList(0, Math.min(LARGEST, shown.size()));
    if (largest.isEmpty()) {
      return out;
    }
    boolean multiple = f.item().type() == ItemType.MULTIPLE;
    StringBuilder t = new StringBuilder();
    if (multiple) {
      t.append("Several answers were possible; the most often chosen ")
          .append(largest.size() == 1 ? "was " : "were ");
    } else {
      t.append("The most common answer was ");
    }
    for (int i = 0; i < largest.size(); i++) {
      OptionFrequency of = f.options().get(largest.get(i));
      if (i > 0) {
        if (!multiple && i == 1) {
          t.append(", followed by ");
        } else {
          t.append(i == largest.size() - 1 ? " and " : ", ");
        }
      }
      t.append(quote(of.option().label().en())).append(" (").append(estimate(of)).append(')');
    }
    out.add(t.append('.').toString());
    return out;
  }

  /** The sentences comparing the strata of a cross-tabulation. */
  public List<String> compare(CrossTab x) {
    List<String> out = new ArrayList<>();
    String by = lowerFirst(x.by().label().en());
    Masks masks = Masks.of(x.overall(), x.perStratum(), settings.threshold());
    if (x.item().type() != ItemType.MULTIPLE) {
      ChiSquareTest test = x.tests().get(0);
      if (!test.isDefined()) {
        out.add(
            "A test by "
                + by
                + " was not possible: fewer than two groups or answers had"
                + " respondents.");
        return out;
      }
      if (test.pValue() >= ALPHA) {
        out.add("Answers did not differ significantly by " + by + " (" + Numbers.test(test) + ").");
      } else {
        int o = widest(x, masks);
        out.add(
            "Answers differed significantly by "
                + by
                + " ("
                + Numbers.test(test)
                + ")"
                + (o < 0 ? "." : ": " + spread(x, o) + "."));
      }
      approximate(out, test);
      return out;
    }
    List<Integer> significant = new ArrayList<>();
    double smallest = Double.NaN;
    for (int o = 0; o < x.tests().size(); o++) {
      ChiSquareTest t = x.tests().get(o);
      if (t.isDefined() && t.pValue() < ALPHA) {
        significant.add(o);
      } else if (t.isDefined() && !(t.pValue() >= smallest)) {
        smallest = t.pValue();
      }
    }
    for (int o : significant) {
      if (shownInEveryStratum(masks, o)) {
        ChiSquareTest t = x.tests().get(o);
        out.add(
            "The share choosing "
                + quote(x.item().options().get(o).label().en())
                + " differed significantly by "
                + by
                + " ("
                + Numbers.test(t)
                + "): "
                + spread(x, o)
                + ".");
        approximate(out, t);
      }
    }
    int rest = x.tests().size() - significant.size();
    if (significant.isEmpty()) {
      out.add(
          "No option's share differed significantly by "
              + by
              + (Double.isNaN(smallest) ? "." : " (smallest p " + pText(smallest) + ")."));
    } else if (rest > 0) {
      out.add(
          "The other "
              + rest
              + (rest == 1 ? " option did" : " options did")
              + " not differ significantly by "
              + by
              + ".");
    }
    return out;
  }

  /** The option whose share varies most across the strata, all its cells printable; -1 if none. */
  private static int widest(CrossTab x, Masks masks) {
    int best = -1;
    double bestRange = -1;
    for (int o = 0; o < x.item().options().size(); o++) {
      if (!shownInEveryStratum(masks, o)) {
        continue;
      }
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (ItemFrequencies s : x.perStratum()) {
        if (s.answered() > 0) {
          lo = Math.min(lo, s.options().get(o).proportion());
          hi = Math.max(hi, s.options().get(o).proportion());
        }
      }
      if (hi - lo > bestRange) {
        bestRange = hi - lo;
        best = o;
      }
    }
    return best;
  }

  private static boolean shownInEveryStratum(Masks masks, int o) {
    for (CellStatus s : masks.cells()[o]) {
      if (s != CellStatus.SHOWN) {
        return false;
      }
    }
    return true;
  }

  /** {@code “Yes” was chosen by 50% (95% CI ...) in “Tertiary” and 40% (...) in “Secondary”}. */
  private String spread(CrossTab x, int o) {
    List<String> parts = new ArrayList<>();
    for (int s = 0; s < x.strata().size(); s++) {
      ItemFrequencies f = x.perStratum().get(s);
      if (f.answered() == 0) {
        continue;
      }
      Option stratum = x.strata().get(s);
      parts.add(percentWithCi(f.options().get(o)) + " in " + quote(stratum.label().en()));
    }
    String list =
        parts.size() <= 1
            ? String.join("", parts)
            : String.join(", ", parts.subList(0, parts.size() - 1))
                + " and "
                + parts.get(parts.size() - 1);
    return quote(x.item().options().get(o).label().en()) + " was chosen by " + list;
  }

  private static void approximate(List<String> out, ChiSquareTest t) {
    if (t.isDefined() && t.cellsBelowFiveExpected() > 0) {
      out.add(
          "The test is approximate: "
              + t.cellsBelowFiveExpected()
              + (t.cellsBelowFiveExpected() == 1 ? " cell had" : " cells had")
              + " an expected count below 5.");
    }
  }

  /** {@code 74%, 95% CI 73–75%}. */
  static String estimate(OptionFrequency f) {
    return Numbers.percent(f.count(), f.denominator())
        + "%, 95% CI "
        + Numbers.interval(f.ci(), f.count(), f.denominator())
        + "%";
  }

  /** {@code 74% (95% CI 73–75%)}. */
  static String percentWithCi(OptionFrequency f) {
    return Numbers.percent(f.count(), f.denominator())
        + "% (95% CI "
        + Numbers.interval(f.ci(), f.count(), f.denominator())
        + "%)";
  }

  private static String pText(double p) {
    String s = Numbers.p(p);
    return s.startsWith("<") ? "< " + s.substring(1) : "= " + s;
  }

  private static String quote(String label) {
    return "“" + label + "”";
  }

  /** Lower-cases the first letter unless the word is an acronym ("AI use" stays). */
  static String lowerFirst(String s) {
    if (s.length() < 2
        || !Character.isUpperCase(s.charAt(0))
        || Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
