package org.tripart.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.RRandom;
import org.tripart.stats.design.RakeResult;
import org.tripart.stats.design.ReplicateConversion;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateDesignBuilder;
import org.tripart.stats.design.ReplicateRakeResult;
import org.tripart.stats.design.ReplicateType;
import org.tripart.stats.design.ReplicateWeighting;
import org.tripart.stats.design.SurveyDesign;
import org.tripart.stats.design.Weighting;

/**
 * Sets up the replicate-weight design a plan's {@link ReplicatePlan} declares: R's {@code
 * svrepdesign(data, repweights = "pattern", weights = ~w, type, scale, rscales, rho,
 * combined.weights, mse)} from the matching columns, or {@code as.svrepdesign(design, type, ...)}
 * of the plan's design; then {@code postStratify} and {@code rake} applied to the full-sample
 * weights and every replicate, as on R's {@code svyrep.design}. Stateless and thread-safe.
 */
final class ReplicateSetup {
  private ReplicateSetup() {}

  /**
   * @throws DesignPlanException for a pattern matching no column, a replicate column that is not
   *     numeric or has a blank (naming column and row), design columns beside replicate columns
   * @throws TripartException with TRP-1721 for what the plan asks that replicate designs here do
   *     not offer (calibrate, trim, intervals other than logit, xlogit, mean)
   * @throws org.tripart.stats.design.ReplicateInputException from the engine, naming the column,
   *     for negative or non-finite replicate weights and scales that do not suit the type
   */
  static DesignSetup.Prepared prepare(Dataset data, DesignPlan plan, UnaryOperator<String> where) {
    ReplicatePlan rp = plan.replicates();
    refuseUnsupported(plan, where);
    DesignPlan base =
        plan.toBuilder().replicates(null).postStratify(List.of()).rake(List.of()).build();
    List<SetupNote> notes = new ArrayList<>();
    ReplicateDesign d;
    SurveyDesign survey;
    if (rp.fromColumns()) {
      if (plan.strata() != null || !plan.clusters().isEmpty() || !plan.fpc().isEmpty()) {
        throw new DesignPlanException(
            where.apply("repweights"),
            "replicate weight columns carry the design; give no strata, clusters or FPC beside"
                + " them (R's svrepdesign takes none)");
      }
      survey = DesignSetup.prepare(data, base, where).design();
      d = fromColumns(data, plan, rp, survey.weights(), where, notes);
    } else {
      survey = DesignSetup.prepare(data, base, where).design();
      d = convert(data, plan, rp, survey, notes);
    }
    boolean calibrated = false;
    for (DesignPlan.Margin m : plan.postStratify()) {
      int[] g = DesignSetup.groups(data, m, where);
      double[] t = DesignSetup.totals(m);
      d = ReplicateWeighting.postStratify(d, g, t);
      survey = Weighting.postStratify(survey, g, t);
      calibrated = true;
      notes.add(
          new SetupNote(
              "Weights and every replicate post-stratified to the population counts of "
                  + m.column()
                  + " ("
                  + m.totals().size()
                  + " categories), as R's postStratify of a replicate design.",
              "权重及每组重复权重已按 "
                  + m.column()
                  + " 的总体计数事后分层（"
                  + m.totals().size()
                  + " 个类别），同 R 对重复权重设计的 postStratify。"));
    }
    if (!plan.rake().isEmpty()) {
      List<int[]> margins = new ArrayList<>();
      List<double[]> totals = new ArrayList<>();
      for (DesignPlan.Margin m : plan.rake()) {
        margins.add(DesignSetup.groups(data, m, where));
        totals.add(DesignSetup.totals(m));
      }
      ReplicateRakeResult r =
          ReplicateWeighting.rake(d, margins, totals, plan.rakeMaxIterations(), plan.rakeEpsilon());
      RakeResult full =
          Weighting.rake(survey, margins, totals, plan.rakeMaxIterations(), plan.rakeEpsilon());
      d = r.design();
      survey = full.design();
      calibrated = true;
      String columns =
          String.join(", ", plan.rake().stream().map(DesignPlan.Margin::column).toList());
      notes.add(
          new SetupNote(
              String.format(
                  Locale.ROOT,
                  "Weights and every replicate raked to the margins of %s: %s after %d passes"
                      + " (largest change of a weighted cell in the last pass %.6g).",
                  columns,
                  r.converged() ? "converged" : "NOT converged",
                  r.passes(),
                  r.delta()),
              String.format(
                  Locale.ROOT,
                  "权重及每组重复权重已按 %s 的边际分布迭代调整（raking）：%d 轮后%s（最后一轮加权单元格的最大变化 %.6g）。",
                  columns,
                  r.passes(),
                  r.converged() ? "已收敛" : "未收敛",
                  r.delta())));
    }
    notes.add(
        new SetupNote(
            String.format(
                Locale.ROOT,
                "Variances from the %d replicates (R's svrVar: scale %s, %s), not from strata and"
                    + " clusters; degrees of freedom %d (the rank of the replicate weights minus"
                    + " 1).",
                d.replicates(),
                PlainNumbers.plain(d.scale()),
                d.mse() ? "around the full-sample estimate (mse)" : "around the replicates' mean",
                d.degreesOfFreedom()),
            String.format(
                Locale.ROOT,
                "方差由 %d 组重复权重计算（R 的 svrVar：scale %s，%s），不使用分层和整群；自由度 %d（重复权重矩阵的秩减 1）。",
                d.replicates(),
                PlainNumbers.plain(d.scale()),
                d.mse() ? "以全样本估计为中心（mse）" : "以各重复估计的均值为中心",
                d.degreesOfFreedom())));
    return new DesignSetup.Prepared(survey, plan.weighted() || calibrated, notes, d);
  }

  /** True when {@code item} is one of the plan's replicate weight columns. */
  static boolean isReplicateColumn(DesignPlan plan, String item) {
    ReplicatePlan rp = plan.replicates();
    return rp != null && rp.fromColumns() && rp.compiledPattern().matcher(item).find();
  }

  private static void refuseUnsupported(DesignPlan plan, UnaryOperator<String> where) {
    String key = null;
    String what = null;
    if (plan.calibration() != null) {
      key = "calibrate";
      what = "calibrate is not offered on replicate designs here; poststratify and rake are";
    } else if (plan.trim() != null) {
      key = "trim";
      what = "trimWeights is not offered on replicate designs here";
    } else if (plan.ciMethod() != CiMethod.LOGIT
        && plan.ciMethod() != CiMethod.XLOGIT
        && plan.ciMethod() != CiMethod.MEAN) {
      key = "ci";
      what =
          plan.ciMethod().name().toLowerCase(Locale.ROOT)
              + " intervals are not offered on replicate designs here; use logit, xlogit or mean";
    }
    if (key != null) {
      throw new TripartException(ErrorCode.REPLICATE_UNSUPPORTED, where.apply(key), what);
    }
  }

  private static ReplicateDesign fromColumns(
      Dataset data,
      DesignPlan plan,
      ReplicatePlan rp,
      double[] weights,
      UnaryOperator<String> where,
      List<SetupNote> notes) {
    Pattern p = rp.compiledPattern();
    List<String> names = new ArrayList<>();
    for (Item i : data.instrument().items()) {
      if (p.matcher(i.id()).find()) {
        names.add(i.id());
      }
    }
    String key = where.apply("repweights") + " " + rp.pattern();
    if (names.isEmpty()) {
      throw new DesignPlanException(
          key,
          "no column's name matches; a "
              + rp.type().r()
              + " design needs its replicate weight columns (R's svrepdesign: grep on the"
              + " names)");
    }
    for (String name : names) {
      if (!(data.column(name) instanceof NumericColumn)) {
        numbers(data, name, key);
      } else {
        numbers(data, name, key, null);
      }
    }
    ReplicateDesignBuilder b =
        ReplicateDesign.builder(
                weights,
                names.size(),
                (into, j) -> numbers(data, names.get(j), key, into),
                names.toArray(String[]::new))
            .type(type(rp.type()))
            .combinedWeights(rp.combinedWeights())
            .mse(rp.mse());
    if (rp.scale() != null) {
      b.scale(rp.scale());
    }
    if (rp.rscales() != null) {
      b.rscales(rp.rscales());
    }
    if (!Double.isNaN(rp.rho())) {
      b.rho(rp.rho());
    }
    ReplicateDesign d = b.build();
    if (plan.weights() == null) {
      notes.add(
          new SetupNote(
              "No sampling weights given: every row weighs 1 (R warns \"No sampling weights"
                  + " provided: equal probability assumed\").",
              "未给出抽样权重：每行权重为 1（R 警告 \"No sampling weights provided: equal probability"
                  + " assumed\"）。"));
    }
    String range = names.get(0) + (names.size() > 1 ? " ... " + names.get(names.size() - 1) : "");
    notes.add(
        new SetupNote(
            "Replicate weights: "
                + names.size()
                + " columns matching '"
                + rp.pattern()
                + "' ("
                + range
                + "), type "
                + rp.type().r()
                + (rp.combinedWeights() ? "" : ", multipliers of the sampling weights")
                + ", as R's svrepdesign.",
            "重复权重：匹配 '"
                + rp.pattern()
                + "' 的 "
                + names.size()
                + " 列（"
                + range
                + "），类型 "
                + rp.type().r()
                + (rp.combinedWeights() ? "" : "，为抽样权重的乘数")
                + "，同 R 的 svrepdesign。"));
    return d;
  }

  private static ReplicateDesign convert(
      Dataset data, DesignPlan plan, ReplicatePlan rp, SurveyDesign survey, List<SetupNote> notes) {
    boolean mse = rp.mse();
    ReplicateDesign d =
        switch (rp.conversion()) {
          case JK1 -> ReplicateConversion.jackknife1(survey, mse);
          case JKN -> ReplicateConversion.jackknifeN(survey, mse);
          case BRR -> ReplicateConversion.brr(survey, strataLabels(data, plan), mse);
          case FAY -> ReplicateConversion.fay(survey, strataLabels(data, plan), rp.rho(), mse);
          case BOOTSTRAP ->
              ReplicateConversion.bootstrap(
                  survey,
                  rp.replicates(),
                  ReplicateConversion.bootstrapDraws(
                      survey, rp.replicates(), RRandom.seed(rp.seed())),
                  mse);
          case SUBBOOTSTRAP ->
              ReplicateConversion.subbootstrap(
                  survey,
                  rp.replicates(),
                  ReplicateConversion.subbootstrapDraws(
                      survey, rp.replicates(), RRandom.seed(rp.seed())),
                  mse);
        };
    boolean random =
        rp.conversion() == ReplicatePlan.Conversion.BOOTSTRAP
            || rp.conversion() == ReplicatePlan.Conversion.SUBBOOTSTRAP;
    notes.add(
        new SetupNote(
            "Replicate weights made from the design: "
                + d.replicates()
                + " "
                + rp.conversion().r()
                + " replicates"
                + (random
                    ? ", drawn with R's random numbers after set.seed(" + rp.seed() + ")"
                    : "")
                + ", as R's as.svrepdesign.",
            "由抽样设计生成的重复权重："
                + d.replicates()
                + " 组 "
                + rp.conversion().r()
                + " 重复"
                + (random ? "，使用 R 在 set.seed(" + rp.seed() + ") 之后的随机数抽取" : "")
                + "，同 R 的 as.svrepdesign。"));
    if (survey.hasFpc()
        && (rp.conversion() == ReplicatePlan.Conversion.BRR
            || rp.conversion() == ReplicatePlan.Conversion.FAY)) {
      notes.add(
          new SetupNote(
              "The finite population correction is dropped, as R drops it (\"Finite population"
                  + " correction dropped in conversion\").",
              "有限总体校正已去掉，与 R 相同（\"Finite population correction dropped in" + " conversion\"）。"));
    }
    return d;
  }

  /** The stratum label of every row, as R's {@code as.character(strata)}; null without strata. */
  private static String[] strataLabels(Dataset data, DesignPlan plan) {
    if (plan.strata() == null) {
      return null;
    }
    Column c = data.column(plan.strata());
    String[] out = new String[data.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = DesignSetup.value(c, r);
    }
    return out;
  }

  private static double[] numbers(Dataset data, String item, String key) {
    return numbers(data, item, key, new double[data.size()]);
  }

  /**
   * The column's numbers into {@code out}; null {@code out} only checks them (all columns are
   * checked before the design reads any, so the first fault in column order is the one reported).
   */
  private static double[] numbers(Dataset data, String item, String key, double[] out) {
    Column c = data.column(item);
    int size = data.size();
    if (c instanceof MultiColumn || !(c instanceof NumericColumn || c instanceof CodedColumn)) {
      throw new DesignPlanException(
          key + " " + item,
          "'" + item + "' is not a numeric column; replicate weights are numbers");
    }
    if (c instanceof NumericColumn n) {
      for (int r = 0; r < size; r++) {
        double v = n.value(r);
        if (Double.isNaN(v)) {
          throw new DesignPlanException(
              key + " " + item + " row " + (r + 1),
              "missing values are not allowed in replicate weights (as R's svrepdesign)");
        }
        if (out != null) {
          out[r] = v;
        }
      }
      return out;
    }
    for (int r = 0; r < size; r++) {
      String v = DesignSetup.value(c, r);
      if (v == null) {
        throw new DesignPlanException(
            key + " " + item + " row " + (r + 1),
            "missing values are not allowed in replicate weights (as R's svrepdesign)");
      }
      try {
        out[r] = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new DesignPlanException(
            key + " " + item + " row " + (r + 1),
            "'" + v + "' is not a number; replicate weights are numbers");
      }
    }
    return out;
  }

  private static ReplicateType type(ReplicatePlan.ColumnType t) {
    return switch (t) {
      case JK1 -> ReplicateType.JK1;
      case JKN -> ReplicateType.JKN;
      case BRR -> ReplicateType.BRR;
      case FAY -> ReplicateType.FAY;
      case BOOTSTRAP, SUBBOOTSTRAP -> ReplicateType.BOOTSTRAP;
      case ACS -> ReplicateType.ACS;
      case SUCCESSIVE_DIFFERENCE -> ReplicateType.SUCCESSIVE_DIFFERENCE;
      case OTHER -> ReplicateType.OTHER;
    };
  }
}
