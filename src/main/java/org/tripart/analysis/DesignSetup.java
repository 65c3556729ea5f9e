package org.tripart.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.TextColumn;
import org.tripart.stats.design.DatasetDesigns;
import org.tripart.stats.design.DesignBuilder;
import org.tripart.stats.design.FpcKind;
import org.tripart.stats.design.LonelyPsu;
import org.tripart.stats.design.RakeResult;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.SurveyDesign;
import org.tripart.stats.design.Weighting;

/**
 * Turns a {@link DesignPlan} and a data set into a {@link SurveyDesign}: reads the design columns,
 * computes weights from the FPC when none are given, refuses a lonely stratum under FAIL by name,
 * post-stratifies, rakes and trims. Stateless and thread-safe.
 */
public final class DesignSetup {
  private DesignSetup() {}

  /**
   * A design ready to estimate with.
   *
   * @param design the design after calibration and trimming
   * @param weighted false when every row weighs 1 (the design effect is then R's {@code deff =
   *     "replace"}, since no population size is known)
   * @param notes what was done to the weights, in sentences (raking convergence, trimming)
   * @param replicates the replicate-weight design when the plan declares one, whose replicates then
   *     give every variance ({@code design} holds its full-sample weights only); else null
   */
  public record Prepared(
      SurveyDesign design, boolean weighted, List<SetupNote> notes, ReplicateDesign replicates) {
    public Prepared {
      notes = List.copyOf(notes);
    }

    /** A design without replicate weights. */
    public Prepared(SurveyDesign design, boolean weighted, List<SetupNote> notes) {
      this(design, weighted, notes, null);
    }
  }

  /**
   * Builds the design.
   *
   * @param where names a plan key in messages, for example {@code k -> "--" + k}
   * @throws DesignPlanException for an unknown column, a margin value missing from the data or the
   *     margins, or a stratum with one cluster under {@link LonelyPsu#FAIL}
   * @throws org.tripart.stats.design.DesignInputException for blank design values or a bad FPC
   */
  public static Prepared prepare(Dataset data, DesignPlan plan, UnaryOperator<String> where) {
    if (plan.replicates() != null) {
      return ReplicateSetup.prepare(data, plan, where);
    }
    check(data, "weights", plan.weights(), where);
    check(data, "strata", plan.strata(), where);
    plan.clusters().forEach(c -> check(data, "cluster", c, where));
    plan.fpc().forEach(c -> check(data, "fpc", c, where));
    if (plan.clusters().size() > 2 || plan.fpc().size() > 2) {
      throw new DesignPlanException(
          where.apply("cluster"), "at most two stages of clusters (and of FPCs) are supported");
    }
    int n = data.size();
    int[] strata = plan.strata() == null ? new int[n] : DatasetDesigns.codes(data, plan.strata());
    int[] psu =
        plan.clusters().isEmpty() ? null : DatasetDesigns.codes(data, plan.clusters().get(0));
    int[] ssu =
        plan.clusters().size() < 2 ? null : DatasetDesigns.codes(data, plan.clusters().get(1));
    double[] weights =
        plan.weights() != null
            ? DatasetDesigns.numbers(data, plan.weights())
            : plan.fpc().isEmpty() ? ones(n) : fpcWeights(data, plan, strata, psu, ssu);
    DesignBuilder b = SurveyDesign.builder(weights).lonelyPsu(plan.lonelyPsu());
    if (plan.strata() != null) {
      b.strata(strata);
    }
    if (psu != null) {
      b.clusters(psu);
    }
    if (ssu != null) {
      b.secondStageClusters(ssu);
    }
    if (!plan.fpc().isEmpty()) {
      double[] f1 = DatasetDesigns.numbers(data, plan.fpc().get(0));
      b.fpc(f1, kind(f1));
      if (plan.fpc().size() > 1) {
        double[] f2 = DatasetDesigns.numbers(data, plan.fpc().get(1));
        b.secondStageFpc(f2, kind(f2));
      }
    }
    if (plan.lonelyPsu() == LonelyPsu.FAIL && plan.fpc().isEmpty()) {
      lonely(data, plan, strata, psu, where);
    }
    SurveyDesign design = b.build();
    List<SetupNote> notes = new ArrayList<>();
    for (DesignPlan.Margin m : plan.postStratify()) {
      design = Weighting.postStratify(design, groups(data, m, where), totals(m));
      notes.add(
          new SetupNote(
              "Weights post-stratified to the population counts of "
                  + m.column()
                  + " ("
                  + m.totals().size()
                  + " categories).",
              "权重已按 " + m.column() + " 的总体计数事后分层（" + m.totals().size() + " 个类别）。"));
    }
    if (!plan.rake().isEmpty()) {
      List<int[]> margins = new ArrayList<>();
      List<double[]> totals = new ArrayList<>();
      for (DesignPlan.Margin m : plan.rake()) {
        margins.add(groups(data, m, where));
        totals.add(totals(m));
      }
      RakeResult r =
          Weighting.rake(design, margins, totals, plan.rakeMaxIterations(), plan.rakeEpsilon());
      design = r.design();
      String columns =
          String.join(", ", plan.rake().stream().map(DesignPlan.Margin::column).toList());
      notes.add(
          new SetupNote(
              String.format(
                  Locale.ROOT,
                  "Weights raked to the margins of %s: %s after %d passes (largest change of a"
                      + " weighted cell in the last pass %.6g).",
                  columns,
                  r.converged() ? "converged" : "NOT converged",
                  r.iterations(),
                  r.maxChange()),
              String.format(
                  Locale.ROOT,
                  "权重已按 %s 的边际分布迭代调整（raking）：%d 轮后%s（最后一轮加权单元格的最大变化 %.6g）。",
                  columns,
                  r.iterations(),
                  r.converged() ? "已收敛" : "未收敛",
                  r.maxChange())));
    }
    if (plan.calibration() != null) {
      CalibrationSetup.Result c = CalibrationSetup.apply(data, design, plan.calibration(), where);
      design = c.design();
      notes.add(c.note());
    }
    if (plan.trim() != null) {
      SurveyDesign trimmed = Weighting.trimWeights(design, plan.trim()[0], plan.trim()[1], false);
      int changed = 0;
      for (int r = 0; r < n; r++) {
        if (trimmed.weight(r) != design.weight(r)) {
          changed++;
        }
      }
      design = trimmed;
      String low = PlainNumbers.plain(plan.trim()[0]);
      String high = PlainNumbers.plain(plan.trim()[1]);
      notes.add(
          new SetupNote(
              String.format(
                  Locale.ROOT,
                  "Weights trimmed to [%s, %s] with the excess shared among the others (%d"
                      + " weights changed).",
                  low,
                  high,
                  changed),
              String.format(
                  Locale.ROOT, "权重已截尾至 [%s, %s]，超出部分分摊给其余权重（%d 个权重被修改）。", low, high, changed)));
    }
    return new Prepared(design, plan.weighted() || design.isCalibrated(), notes);
  }

  /** The value of a row's answer as a string: option code, text, or number as written. */
  static String value(Column c, int row) {
    if (!c.answered(row)) {
      return null;
    }
    if (c instanceof CodedColumn coded) {
      return c.item().options().get(coded.code(row)).code();
    }
    if (c instanceof TextColumn text) {
      return text.value(row);
    }
    if (c instanceof NumericColumn numeric) {
      return PlainNumbers.plain(numeric.value(row));
    }
    return null;
  }

  static void check(Dataset data, String key, String column, UnaryOperator<String> where) {
    if (column == null) {
      return;
    }
    if (!data.instrument().hasItem(column)) {
      List<String> names = data.instrument().items().stream().map(i -> i.id()).limit(40).toList();
      throw new DesignPlanException(
          where.apply(key) + " " + column,
          "no column '"
              + column
              + "' in "
              + data.provenance()
              + "; columns: "
              + String.join(", ", names)
              + (data.instrument().items().size() > 40 ? ", ..." : ""));
    }
    if (key.equals("items") || key.equals("domain")) {
      return;
    }
    if (data.column(column) instanceof MultiColumn) {
      throw new DesignPlanException(
          where.apply(key) + " " + column,
          "'" + column + "' is a multiple-choice item; a design column needs one value per row");
    }
  }

  private static FpcKind kind(double[] fpc) {
    for (double v : fpc) {
      if (v > 1) {
        return FpcKind.POPULATION_SIZE;
      }
    }
    return FpcKind.SAMPLING_FRACTION;
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }

  /** R's {@code svydesign} without weights: 1 / prod of sampling fractions over the stages. */
  private static double[] fpcWeights(
      Dataset data, DesignPlan plan, int[] strata, int[] psu, int[] ssu) {
    int n = data.size();
    double[] w = ones(n);
    int[] units = psu == null ? rowIds(n) : psu;
    multiplyByInverseFraction(w, DatasetDesigns.numbers(data, plan.fpc().get(0)), strata, units);
    if (plan.fpc().size() > 1 && ssu != null) {
      multiplyByInverseFraction(w, DatasetDesigns.numbers(data, plan.fpc().get(1)), units, ssu);
    }
    return w;
  }

  private static void multiplyByInverseFraction(double[] w, double[] fpc, int[] group, int[] unit) {
    Map<Integer, Set<Integer>> sampled = new HashMap<>();
    for (int r = 0; r < w.length; r++) {
      sampled.computeIfAbsent(group[r], k -> new HashSet<>()).add(unit[r]);
    }
    boolean fraction = kind(fpc) == FpcKind.SAMPLING_FRACTION;
    for (int r = 0; r < w.length; r++) {
      w[r] *= fraction ? 1 / fpc[r] : fpc[r] / sampled.get(group[r]).size();
    }
  }

  private static int[] rowIds(int n) {
    int[] ids = new int[n];
    for (int r = 0; r < n; r++) {
      ids[r] = r;
    }
    return ids;
  }

  private static void lonely(
      Dataset data, DesignPlan plan, int[] strata, int[] psu, UnaryOperator<String> where) {
    if (!anyLonely(strata, psu)) {
      return;
    }
    int n = strata.length;
    Map<Integer, Set<Integer>> clusters = new HashMap<>();
    Map<Integer, Integer> firstRow = new HashMap<>();
    for (int r = 0; r < n; r++) {
      clusters.computeIfAbsent(strata[r], k -> new HashSet<>()).add(psu == null ? r : psu[r]);
      firstRow.putIfAbsent(strata[r], r);
    }
    for (var e : clusters.entrySet()) {
      if (e.getValue().size() == 1) {
        int row = firstRow.get(e.getKey());
        String stratum =
            plan.strata() == null
                ? "(the whole sample)"
                : plan.strata() + " = " + value(data.column(plan.strata()), row);
        String unit =
            psu == null
                ? "one respondent"
                : "one cluster ("
                    + plan.clusters().get(0)
                    + " = "
                    + value(data.column(plan.clusters().get(0)), row)
                    + ")";
        throw new DesignPlanException(
            where.apply("lonely-psu") + " fail",
            "stratum "
                + stratum
                + " has only "
                + unit
                + ", so its variance cannot be estimated; choose a lonely-PSU rule: remove,"
                + " adjust, certainty or average");
      }
    }
  }

  /** Whether some stratum (codes 0 and up) has rows of one PSU only (every row its own: null). */
  private static boolean anyLonely(int[] strata, int[] psu) {
    int count = 0;
    for (int s : strata) {
      count = Math.max(count, s + 1);
    }
    int[] first = new int[count];
    java.util.Arrays.fill(first, -1);
    boolean[] more = new boolean[count];
    for (int r = 0; r < strata.length; r++) {
      int unit = psu == null ? r : psu[r];
      int s = strata[r];
      if (first[s] < 0) {
        first[s] = unit;
      } else if (first[s] != unit) {
        more[s] = true;
      }
    }
    for (int s = 0; s < count; s++) {
      if (first[s] >= 0 && !more[s]) {
        return true;
      }
    }
    return false;
  }

  static int[] groups(Dataset data, DesignPlan.Margin m, UnaryOperator<String> where) {
    String key = where.apply("margins") + " " + (m.source() == null ? "" : m.source());
    check(data, "margins", m.column(), where);
    Column c = data.column(m.column());
    List<String> codes = new ArrayList<>(m.totals().keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      index.put(codes.get(i), i);
    }
    int[] g = new int[data.size()];
    boolean[] seen = new boolean[codes.size()];
    for (int r = 0; r < g.length; r++) {
      String v = value(c, r);
      Integer i = v == null ? null : index.get(v);
      if (i == null) {
        throw new DesignPlanException(
            key.strip(),
            v == null
                ? "row " + (r + 1) + " has no value of " + m.column() + "; every row needs one"
                : m.column()
                    + " = '"
                    + v
                    + "' (row "
                    + (r + 1)
                    + ") has no population count;"
                    + " the margin gives "
                    + String.join(", ", codes));
      }
      g[r] = i;
      seen[i] = true;
    }
    for (int i = 0; i < codes.size(); i++) {
      if (!seen[i]) {
        throw new DesignPlanException(
            key.strip(),
            m.column() + " = '" + codes.get(i) + "' has a population count but no respondents");
      }
    }
    return g;
  }

  static double[] totals(DesignPlan.Margin m) {
    return m.totals().values().stream().mapToDouble(Double::doubleValue).toArray();
  }
}
