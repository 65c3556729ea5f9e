package org.tripart.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tripart.dataset.Dataset;
import org.tripart.stats.model.Family;
import org.tripart.stats.model.GlmResult;
import org.tripart.stats.model.OrdinalFit;
import org.tripart.stats.model.OrdinalRegression;
import org.tripart.stats.model.ReplicateGlm;
import org.tripart.stats.model.ReplicateOrdinal;
import org.tripart.stats.model.SurveyGlm;
import org.tripart.stats.model.WaldTest;

/**
 * Fits a {@link ModelSpec} under the design a {@link DesignPlan} declares, over its domain: R's
 * {@code svyglm(formula, design = subset(design, ...), family)} or {@code svyolr}, then {@code
 * regTermTest} of every term with more than one column; on a replicate-weight design R's {@code
 * svyglm.svyrep.design} ({@link ReplicateGlm}) and {@code svyolr.svyrep.design} ({@link
 * ReplicateOrdinal}). Stateless.
 */
public final class ModelRun {
  private ModelRun() {}

  /** A fitted model and what went into it. */
  public sealed interface Result permits Glm, Ordinal {
    ModelSpec spec();

    DesignSetup.Prepared prepared();
  }

  /**
   * @param tests per term of more than one column (factors, their interactions), its Wald test
   */
  public record Glm(
      ModelSpec spec, DesignSetup.Prepared prepared, GlmResult fit, List<TermTest> tests)
      implements Result {}

  /** An ordinal model's fit. */
  public record Ordinal(ModelSpec spec, DesignSetup.Prepared prepared, OrdinalFit fit)
      implements Result {}

  /** {@code regTermTest(model, ~term)}: the Wald test of all the term's columns at once. */
  public record TermTest(String term, WaldTest test) {}

  /**
   * The item ids {@link #run} reads from the data set for this plan and model: the outcome, every
   * item of a covariate term, the design columns, the domain's items and the columns of
   * post-stratification, raking and calibration. A reader may leave every other column out.
   * Estimands, items and the split-by item of an analysis plan are not read by a model.
   */
  public static Set<String> columns(DesignPlan plan, ModelSpec spec) {
    Set<String> out = new LinkedHashSet<>();
    out.add(spec.outcome());
    for (String term : spec.terms()) {
      for (String id : term.split(":", -1)) {
        out.add(id.strip());
      }
    }
    out.addAll(plan.designColumns());
    out.addAll(plan.domain().keySet());
    plan.postStratify().forEach(m -> out.add(m.column()));
    plan.rake().forEach(m -> out.add(m.column()));
    if (plan.calibration() != null) {
      plan.calibration().margins().forEach(m -> out.add(m.column()));
      out.addAll(plan.calibration().numericTotals().keySet());
    }
    return out;
  }

  /**
   * @param where turns a plan key into the name the user gave it (an option, a field)
   * @throws DesignPlanException for a design or model that does not fit the data
   * @throws org.tripart.TripartException from the engines: separation, no convergence, aliasing
   */
  public static Result run(
      Dataset data, DesignPlan plan, ModelSpec spec, UnaryOperator<String> where) {
    DesignSetup.Prepared prepared = DesignSetup.prepare(data, plan, where);
    BitSet domain = DesignAnalysis.domain(data, plan);
    ModelFrame frame = ModelFrame.of(data, spec, domain);
    if (spec.family() == ModelSpec.ModelFamily.ORDINAL && prepared.replicates() != null) {
      OrdinalFit fit =
          ReplicateOrdinal.fit(
              prepared.replicates(),
              frame.levels(),
              frame.levelCodes(),
              frame.matrix(),
              domain,
              plan.level());
      return new Ordinal(spec, prepared, fit);
    }
    if (spec.family() == ModelSpec.ModelFamily.ORDINAL) {
      OrdinalFit fit =
          OrdinalRegression.fit(
              prepared.design(),
              frame.levels(),
              frame.levelCodes(),
              frame.matrix(),
              domain,
              plan.level());
      return new Ordinal(spec, prepared, fit);
    }
    Family family =
        switch (spec.family()) {
          case GAUSSIAN -> Family.GAUSSIAN;
          case BINOMIAL -> Family.QUASIBINOMIAL;
          case POISSON -> Family.QUASIPOISSON;
          case ORDINAL -> throw new IllegalStateException("ordinal is fitted above");
        };
    GlmResult fit =
        prepared.replicates() != null
            ? ReplicateGlm.fit(prepared.replicates(), frame.matrix(), frame.y(), family, domain)
            : SurveyGlm.fit(prepared.design(), frame.matrix(), frame.y(), family, domain);
    List<TermTest> tests = new ArrayList<>();
    for (int t = 0; t < spec.terms().size(); t++) {
      int[] columns = frame.factors().get(t);
      if (columns.length > 1) {
        tests.add(new TermTest(spec.terms().get(t), WaldTest.of(fit, columns)));
      }
    }
    return new Glm(spec, prepared, fit, tests);
  }
}
