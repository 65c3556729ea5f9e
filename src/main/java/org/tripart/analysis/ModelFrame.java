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
import org.tripart.stats.model.ModelMatrix;

/**
 * The design matrix and outcome of a {@link ModelSpec} over a data set, as R's {@code model.frame}
 * and {@code model.matrix} make them with treatment contrasts: a numeric item is one column as it
 * is; a single-choice item one 0/1 column per option but the reference (named item id then code, as
 * R's {@code stypeH}), leaving out options no row in the domain gave (as R's factor of the values
 * present); a multiple-choice item one 0/1 column per option ({@code item___code}); an interaction
 * {@code a:b} the products of their columns, its items in the order they first appear among the
 * terms, the first one's columns varying fastest (as R, which names the columns of {@code
 * stype:meals} after {@code meals} {@code meals:stypeH}); an unanswered or skipped item is NaN, so
 * the row is dropped and counted. Immutable.
 *
 * @param matrix the design matrix, with an {@code (Intercept)} column first unless ordinal
 * @param y the outcome per row (numbers, or 0/1 for a binomial coded outcome), NaN when missing;
 *     null for ordinal models
 * @param levels the outcome's option index per row for ordinal models (-1 missing), else null
 * @param levelCodes the outcome's levels (option codes in order) for ordinal models, else empty
 * @param factors per term, the indices of its columns in the matrix (for Wald tests)
 */
public record ModelFrame(
    ModelMatrix matrix, double[] y, int[] levels, List<String> levelCodes, List<int[]> factors) {

  static final String INTERCEPT = "(Intercept)";

  /**
   * @throws DesignPlanException naming {@code model.outcome} or {@code model.covariates} for an
   *     unknown item, an outcome that does not suit the family, an unknown reference level
   */
  static ModelFrame of(Dataset data, ModelSpec spec, BitSet domain) {
    int n = data.size();
    boolean ordinal = spec.family() == ModelSpec.ModelFamily.ORDINAL;
    List<String> names = new ArrayList<>();
    List<ModelTerm[]> terms = new ArrayList<>();
    List<int[]> factors = new ArrayList<>();
    if (!ordinal) {
      names.add(INTERCEPT);
    }
    java.util.Map<String, Integer> order = new java.util.HashMap<>();
    for (String term : spec.terms()) {
      for (String id : term.split(":", -1)) {
        order.putIfAbsent(id.strip(), order.size());
      }
    }
    java.util.Map<String, Block> blocks = new java.util.HashMap<>();
    for (String term : spec.terms()) {
      List<String> termNames = List.of("");
      List<String> parts = new ArrayList<>();
      for (String id : term.split(":", -1)) {
        parts.add(id.strip());
      }
      parts.sort(java.util.Comparator.comparing(order::get));
      ModelTerm[] items = new ModelTerm[parts.size()];
      for (int k = 0; k < parts.size(); k++) {
        String id = parts.get(k);
        Block b = blocks.computeIfAbsent(id, key -> block(data, spec, key, domain));
        items[k] = b.columns;
        List<String> nextNames = new ArrayList<>();
        for (int j = 0; j < b.names.size(); j++) {
          for (int i = 0; i < termNames.size(); i++) {
            nextNames.add(
                termNames.get(i).isEmpty()
                    ? b.names.get(j)
                    : termNames.get(i) + ":" + b.names.get(j));
          }
        }
        termNames = nextNames;
      }
      int[] index = new int[termNames.size()];
      for (int j = 0; j < index.length; j++) {
        index[j] = names.size();
        names.add(termNames.get(j));
      }
      terms.add(items);
      factors.add(index);
    }
    int p = names.size();
    if (p == 0) {
      throw new DesignPlanException(
          "model", "model.covariates", "an ordinal model needs at least one covariate");
    }
    ModelMatrix matrix = ModelRows.of(n, !ordinal, terms, names);
    if (ordinal) {
      Item item = outcomeItem(data, spec);
      if (!item.type().isSingleChoice()) {
        throw new DesignPlanException(
            "model",
            "model.outcome",
            spec.outcome()
                + " is "
                + item.type().fileName()
                + "; an ordinal model needs a single-choice or Likert item");
      }
      CodedColumn c = (CodedColumn) data.column(spec.outcome());
      int[] levels = new int[n];
      for (int r = 0; r < n; r++) {
        levels[r] = c.answered(r) ? c.code(r) : -1;
      }
      List<String> codes = item.options().stream().map(o -> o.code()).toList();
      return new ModelFrame(matrix, null, levels, codes, factors);
    }
    return new ModelFrame(matrix, outcome(data, spec), null, List.of(), factors);
  }

  private record Block(List<String> names, ModelTerm columns) {}

  private static Block block(Dataset data, ModelSpec spec, String id, BitSet domain) {
    if (!data.columns().containsKey(id)) {
      throw new DesignPlanException(
          "model", "model.covariates", "'" + id + "' is no item of the data set");
    }
    Column column = data.column(id);
    Item item = column.item();
    int n = data.size();
    List<String> names = new ArrayList<>();
    ModelTerm cols;
    if (column instanceof NumericColumn numeric) {
      names.add(id);
      cols = ModelTerm.number(numeric);
    } else if (column instanceof MultiColumn multi) {
      for (int o = 0; o < item.options().size(); o++) {
        names.add(id + "___" + item.options().get(o).code());
      }
      cols = ModelTerm.ticks(multi, item.options().size());
    } else if (column instanceof CodedColumn coded) {
      boolean[] present = present(coded, domain, n, item.options().size());
      int reference = reference(spec, item, present);
      int[] columnOfOption = new int[item.options().size()];
      for (int o = 0; o < item.options().size(); o++) {
        columnOfOption[o] = -1;
        if (o == reference || !present[o]) {
          continue;
        }
        columnOfOption[o] = names.size();
        names.add(id + item.options().get(o).code());
      }
      if (names.isEmpty()) {
        throw new DesignPlanException(
            "model",
            "model.covariates",
            id
                + " has one level among the rows used ('"
                + item.options().get(reference).code()
                + "'); a factor needs two or more");
      }
      cols = ModelTerm.choice(coded, columnOfOption, names.size());
    } else {
      throw new DesignPlanException(
          "model",
          "model.covariates",
          id + " is a text item; covariates are coded or numeric items");
    }
    return new Block(names, cols);
  }

  private static boolean[] present(CodedColumn c, BitSet domain, int n, int options) {
    boolean[] present = new boolean[options];
    for (int r = 0; r < n; r++) {
      if ((domain == null || domain.get(r)) && c.answered(r)) {
        present[c.code(r)] = true;
      }
    }
    return present;
  }

  private static int reference(ModelSpec spec, Item item, boolean[] present) {
    String code = spec.references().get(item.id());
    if (code != null) {
      int o = item.optionIndex(code);
      if (o < 0) {
        throw new DesignPlanException(
            "model",
            "model.reference." + item.id(),
            "'" + code + "' is not an option of " + item.id() + "; options: " + codes(item));
      }
      return o;
    }
    for (int o = 0; o < present.length; o++) {
      if (present[o]) {
        return o;
      }
    }
    return 0;
  }

  private static String codes(Item item) {
    return String.join(", ", item.options().stream().map(o -> o.code()).toList());
  }

  private static Item outcomeItem(Dataset data, ModelSpec spec) {
    if (!data.columns().containsKey(spec.outcome())) {
      throw new DesignPlanException(
          "model", "model.outcome", "'" + spec.outcome() + "' is no item of the data set");
    }
    return data.column(spec.outcome()).item();
  }

  private static double[] outcome(Dataset data, ModelSpec spec) {
    Item item = outcomeItem(data, spec);
    Column column = data.column(spec.outcome());
    int n = data.size();
    double[] y = new double[n];
    if (spec.outcomeCode() != null) {
      if (spec.family() != ModelSpec.ModelFamily.BINOMIAL
          || !(column instanceof CodedColumn coded)) {
        throw new DesignPlanException(
            "model",
            "model.outcome",
            spec.outcome()
                + "="
                + spec.outcomeCode()
                + ": an option as outcome goes with a binomial model of a single-choice item");
      }
      int o = item.optionIndex(spec.outcomeCode());
      if (o < 0) {
        throw new DesignPlanException(
            "model",
            "model.outcome",
            "'"
                + spec.outcomeCode()
                + "' is not an option of "
                + item.id()
                + "; options: "
                + codes(item));
      }
      for (int r = 0; r < n; r++) {
        y[r] = coded.answered(r) ? (coded.code(r) == o ? 1 : 0) : Double.NaN;
      }
      return y;
    }
    if (!(column instanceof NumericColumn numeric)) {
      throw new DesignPlanException(
          "model",
          "model.outcome",
          spec.outcome()
              + " is "
              + (item.type() == ItemType.MULTIPLE ? "multiple-choice" : item.type().fileName())
              + (item.options().isEmpty()
                  ? "; the outcome of a linear or Poisson model is a numeric item"
                  : "; give the option that counts, as "
                      + spec.outcome()
                      + "="
                      + item.options().get(item.options().size() - 1).code()
                      + " with a binomial model, or an ordinal model of a single-choice item"));
    }
    for (int r = 0; r < n; r++) {
      y[r] = numeric.answered(r) ? numeric.value(r) : Double.NaN;
    }
    return y;
  }
}
