package org.tripart.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelRun;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.ModelTables;

/**
 * The model table of {@code export --plan}: the plan's {@code model:} section fitted under its
 * design on the exported responses ({@link ModelRun}), laid out as gtsummary's {@code
 * tbl_regression} ({@link ModelTables}) with the next table number. Stateless.
 */
final class ExportModel {
  private ExportModel() {}

  /**
   * The plan of {@code --plan}, null when none is given.
   *
   * @throws TripartException (TRP-0901) for a plan without a {@code model:} section
   */
  static DesignPlan plan(Path file) {
    if (file == null) {
      return null;
    }
    DesignPlan plan = AnalysisPlanReader.read(file);
    if (plan.model() == null) {
      throw new TripartException(
          ErrorCode.EXPORT_INPUT,
          "--plan " + file,
          "has no model: section; export --plan adds the table of the plan's model");
    }
    return plan;
  }

  /**
   * How a CSV is read when the plan's model is fitted on it: its weight and FPC columns as numbers,
   * its cluster columns as text, as {@code tripart model} reads them.
   */
  static InferenceOptions inference(DesignPlan plan) {
    if (plan == null) {
      return InferenceOptions.defaults();
    }
    Set<String> numbers = new HashSet<>(plan.fpc());
    if (plan.weights() != null) {
      numbers.add(plan.weights());
    }
    Set<String> text = new HashSet<>(plan.clusters());
    text.removeAll(numbers);
    return new InferenceOptions(
        numbers, text, Set.of(), Set.of(), InferenceOptions.DEFAULT_MAX_CODES);
  }

  /**
   * The plan's model table, numbered {@code number}; empty without a plan.
   *
   * @throws org.tripart.analysis.DesignPlanException for a model or design that does not fit the
   *     data, naming the plan file and key
   */
  static List<ModelTable> tables(
      Path file, DesignPlan plan, Dataset data, int number, String language) {
    if (plan == null) {
      return List.of();
    }
    ModelRun.Result fit = ModelRun.run(data, plan, plan.model(), k -> file + " design." + k);
    String caption =
        org.tripart.report.publish.Captions.table(number, language)
            + ModelTables.title(plan.model(), data, language);
    return List.of(ModelTables.of(fit, data, plan, caption, language));
  }
}
