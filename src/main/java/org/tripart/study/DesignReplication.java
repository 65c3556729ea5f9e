package org.tripart.study;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tripart.audit.PublishedRow;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.DatasetDesigns;
import org.tripart.stats.design.DesignBuilder;
import org.tripart.stats.design.DesignEstimates;
import org.tripart.stats.design.MeanEstimate;
import org.tripart.stats.design.ProportionInterval;
import org.tripart.stats.design.ProportionIntervals;
import org.tripart.stats.design.SurveyDesign;

/**
 * Design-based intervals for the replicated figures: clinicians clustered by the hospital they work
 * in (an institution item), optionally with hospitals stratified by tier; the other groups as
 * simple random samples. Every respondent weighs 1, so design effects are R's {@code deff =
 * "replace"}. Stateless.
 */
public final class DesignReplication {
  /** The institution item that clusters clinicians, and the stratum item. */
  static final String CLUSTER = "hospital";

  static final String STRATA = "hospital_tier";

  private DesignReplication() {}

  /**
   * One designed figure per replicated figure, in the same order.
   *
   * @param figures what {@link Replication#run} returned for {@code data}
   * @param stratified whether clinicians' hospitals are stratified by {@code hospital_tier}
   * @param method the interval method for the design-based intervals
   */
  public static List<DesignedFigure> run(
      StudyData data, List<ReplicatedFigure> figures, boolean stratified, CiMethod method) {
    Study study = data.study();
    List<String[]> sources = new ArrayList<>();
    for (PublishedRow r : Replication.tables(study)) {
      sources.add(new String[] {r.group(), r.item(), r.option(), "", ""});
    }
    for (TextFact f : Replication.textFacts(study)) {
      sources.add(
          new String[] {f.group(), f.sourceItem(), f.sourceOption(), f.byItem(), f.byOption()});
    }
    Map<String, SurveyDesign> designs = new HashMap<>();
    List<DesignedFigure> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      ReplicatedFigure f = figures.get(i);
      String[] s = sources.get(i);
      Dataset d = data.dataset(s[0]);
      boolean clustered = d.instrument().hasItem(CLUSTER);
      String description =
          clustered
              ? "clustered by " + CLUSTER + (stratified ? ", strata " + STRATA : "")
              : "simple random sample";
      if (f.isCount()) {
        out.add(new DesignedFigure(f, description, clustered, NaN, NaN, NaN, NaN));
        continue;
      }
      SurveyDesign design = designs.computeIfAbsent(s[0], g -> design(d, clustered, stratified));
      out.add(figure(f, description, clustered, design, d, s, method));
    }
    return out;
  }

  private static final double NaN = Double.NaN;

  private static SurveyDesign design(Dataset d, boolean clustered, boolean stratified) {
    if (!clustered) {
      return SurveyDesign.builder(ones(d.size())).build();
    }
    DesignBuilder b =
        SurveyDesign.builder(ones(d.size())).clusters(DatasetDesigns.codes(d, CLUSTER));
    if (stratified) {
      b.strata(DatasetDesigns.codes(d, STRATA));
    }
    return b.build();
  }

  private static DesignedFigure figure(
      ReplicatedFigure f,
      String description,
      boolean clustered,
      SurveyDesign design,
      Dataset d,
      String[] s,
      CiMethod method) {
    BitSet domain = d.applicableRows(s[1]);
    domain.and(d.answeredRows(s[1]));
    if (!s[3].isEmpty()) {
      domain.and(rowsChoosing(d, s[3], s[4]));
    }
    BitSet indicator = rowsChoosing(d, s[1], s[2]);
    MeanEstimate m = DesignEstimates.proportion(design, indicator, domain);
    double p = m.estimate();
    double deff = m.variance() * (m.rows() - 1) / (p * (1 - p));
    double low = NaN;
    double high = NaN;
    if (p > 0 && p < 1) {
      ProportionInterval ci = ProportionIntervals.of(design, indicator, domain, method, 0.95);
      low = 100 * ci.lower();
      high = 100 * ci.upper();
    }
    return new DesignedFigure(f, description, clustered, 100 * m.standardError(), deff, low, high);
  }

  private static BitSet rowsChoosing(Dataset d, String item, String option) {
    Column c = d.column(item);
    int o = c.item().optionIndex(option);
    if (c instanceof MultiColumn m) {
      return m.selectedRows(o);
    }
    BitSet rows = new BitSet(d.size());
    CodedColumn coded = (CodedColumn) c;
    for (int r = 0; r < d.size(); r++) {
      if (coded.code(r) == o) {
        rows.set(r);
      }
    }
    return rows;
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }

  /**
   * A sentence a reader understands on why the design-based intervals of {@code rows} differ from
   * the Wilson ones, computed from the mean width ratio and the mean design effect; empty when no
   * row has both intervals.
   */
  public static String sentence(List<DesignedFigure> rows, String group) {
    double ratio = 0;
    double deff = 0;
    int k = 0;
    for (DesignedFigure f : rows) {
      double r = f.widthRatio();
      if (!Double.isNaN(r) && !Double.isInfinite(r) && !Double.isNaN(f.designEffect())) {
        ratio += r;
        deff += f.designEffect();
        k++;
      }
    }
    if (k == 0) {
      return "";
    }
    ratio /= k;
    deff /= k;
    boolean clustered = rows.stream().anyMatch(DesignedFigure::clustered);
    String people = people(group);
    String numbers =
        String.format(
            Locale.ROOT,
            "%.1f times as wide as the Wilson intervals (design effect %.1f)",
            ratio,
            deff);
    String close =
        String.format(
            Locale.ROOT, "(on average %.2f times as wide; design effect %.2f)", ratio, deff);
    if (!clustered) {
      return "The "
          + people
          + " are taken as a simple random sample, so the design-based intervals differ from"
          + " the Wilson intervals only in how they are computed "
          + close
          + ".";
    }
    if (ratio > 1.05) {
      return "Because "
          + people
          + " in the same hospital answer alike, the intervals that account for clustering are"
          + " on average "
          + numbers
          + ".";
    }
    if (ratio < 0.95) {
      return "The "
          + people
          + " of a hospital answer less alike than chance would make them, so the intervals"
          + " that account for clustering are narrower: on average "
          + numbers
          + ".";
    }
    return "The "
        + people
        + " of the same hospital answer hardly more alike than "
        + people
        + " of different hospitals, so the intervals that account for clustering are about as"
        + " wide as the Wilson intervals "
        + close
        + ".";
  }

  private static String people(String group) {
    return switch (group) {
      case "clinician" -> "radiologists";
      case "research" -> "researchers";
      case "industry" -> "companies";
      default -> group + " respondents";
    };
  }
}
