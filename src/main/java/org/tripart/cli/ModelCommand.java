package org.tripart.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelPlanReader;
import org.tripart.analysis.ModelRun;
import org.tripart.analysis.ModelSpec;
import org.tripart.dataset.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Design-based regression of one item on others, as R's svyglm and svyolr. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fit a design-based regression, as R's survey package does: linear (svyglm gaussian),"
          + " logistic (quasibinomial, odds ratios), Poisson (quasipoisson, rate ratios) or"
          + " ordinal logistic (svyolr, proportional odds). Coefficients with design-based SE,"
          + " t (z for ordinal), p, 95%% Wald interval and the exponentiated forms, and the Wald"
          + " test of every factor (regTermTest). Respondents missing the outcome or a covariate"
          + " are left out and counted.",
      "",
      "Covariates are items: single-choice items become 0/1 columns against a reference level"
          + " (the first option, or --reference), multiple-choice options 0/1 columns, numbers as"
          + " they are; a:b is their interaction. The design options are those of analyze."
    },
    footer = {
      "",
      "CSV output columns: term,estimate,se,statistic,p_value,ci_low,ci_high,exp_estimate,"
          + "exp_ci_low,exp_ci_high,kind (link scale, full precision; kind is coefficient or cut"
          + " point)."
    })
public final class ModelCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ResponsesInput input;

  @Option(
      names = "--outcome",
      paramLabel = "ITEM[=CODE]",
      description =
          "The outcome: a numeric item, or for --family binomial a single-choice item and the"
              + " option that counts as 1 (ai_department=yes); for ordinal a single-choice or"
              + " Likert item, its options in order. Without it, the model of --plan's model:"
              + " section.")
  String outcome;

  @Option(
      names = "--covariates",
      split = ",",
      paramLabel = "TERM",
      description =
          "Covariate items, comma-separated; a:b for an interaction, a*b for a + b + a:b.")
  List<String> covariates;

  @Option(
      names = "--family",
      paramLabel = "FAMILY",
      description = "gaussian (default), binomial, poisson or ordinal.")
  String family;

  @Option(
      names = "--reference",
      paramLabel = "ITEM=CODE",
      description = "Reference level of a single-choice covariate (repeatable).")
  List<String> references;

  @Mixin DesignOptions design;

  @Mixin ModelOutput output;

  @Override
  public Integer call() {
    output.kind(spec.commandLine());
    DesignPlan plan = design.plan(spec.commandLine(), null, null);
    ModelSpec model = spec(plan);
    requireItems(model);
    ResponsesInput.Read in =
        input.read(
            spec.commandLine(), plan, ResponsesInput.Columns.only(ModelRun.columns(plan, model)));
    Dataset data = in.data();
    String source = in.source();
    ModelRun.Result result = ModelRun.run(data, plan, model, k -> "--" + k);
    output.write(result, data, plan, source, spec.commandLine());
    return 0;
  }

  /**
   * Refuses an outcome or covariate the CSV's header does not have, with the message the model
   * frame gives, before every row is read.
   */
  private void requireItems(ModelSpec model) {
    java.util.Set<String> items = input.headerItems();
    if (items == null) {
      return;
    }
    if (!items.contains(model.outcome())) {
      throw new org.tripart.analysis.DesignPlanException(
          "model", "model.outcome", "'" + model.outcome() + "' is no item of the data set");
    }
    for (String term : model.terms()) {
      for (String id : term.split(":", -1)) {
        if (!items.contains(id.strip())) {
          throw new org.tripart.analysis.DesignPlanException(
              "model", "model.covariates", "'" + id.strip() + "' is no item of the data set");
        }
      }
    }
  }

  private ModelSpec spec(DesignPlan plan) {
    if (outcome == null) {
      if (plan.model() == null) {
        throw new ParameterException(
            spec.commandLine(), "give --outcome ITEM[=CODE], or --plan with a model: section");
      }
      if (covariates != null || references != null || family != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--covariates, --family and --reference go with --outcome; without it the plan's"
                + " model: section is used as it is");
      }
      return plan.model();
    }
    String item = outcome;
    String code = null;
    int eq = outcome.indexOf('=');
    if (eq >= 0) {
      item = outcome.substring(0, eq).strip();
      code = outcome.substring(eq + 1).strip();
      if (item.isEmpty() || code.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "--outcome " + outcome + ": expected ITEM or ITEM=CODE");
      }
    }
    ModelSpec.ModelFamily f =
        family == null
            ? ModelSpec.ModelFamily.GAUSSIAN
            : DesignOptions.choice(
                spec.commandLine(), "--family", family, ModelSpec.ModelFamily.class);
    Map<String, String> refs = new LinkedHashMap<>();
    for (String r : references == null ? List.<String>of() : references) {
      int at = r.indexOf('=');
      if (at <= 0 || at == r.length() - 1) {
        throw new ParameterException(
            spec.commandLine(), "--reference " + r + ": expected ITEM=CODE, for example stype=H");
      }
      refs.put(r.substring(0, at).strip(), r.substring(at + 1).strip());
    }
    List<String> terms =
        covariates == null ? List.of() : covariates.stream().map(String::strip).toList();
    for (String t : terms) {
      if (t.isEmpty() || t.startsWith(":") || t.endsWith(":") || t.contains("::")) {
        throw new ParameterException(
            spec.commandLine(), "--covariates: '" + t + "' is not an item or a:b interaction");
      }
    }
    return new ModelSpec(item, code, ModelPlanReader.expand("--covariates", "", terms), f, refs);
  }
}
