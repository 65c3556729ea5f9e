package org.tripart.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.instrument.Item;

/**
 * Which coefficients of a fitted model belong to which covariate term, and which option each stands
 * for: what a publication table needs to group a factor's levels under its item and to show its
 * reference level, as gtsummary's {@code tbl_regression} does from R's {@code model.frame}. Found
 * from the coefficient names {@link ModelFrame} gives (R's {@code stypeH}, {@code item___code},
 * {@code stypeH:meals}), matched against every name each term can make from its items' options, and
 * the reference level of a single-choice covariate as {@link ModelFrame} chooses it (the option of
 * {@code reference}, else the first option answered in the domain). Immutable.
 *
 * @param terms per covariate term in the model's order, its coefficients
 */
public record ModelLayout(List<Term> terms) {
  public ModelLayout {
    terms = List.copyOf(terms);
  }

  /** What a term is made of. */
  public enum Kind {
    /** A numeric item: one coefficient, the item itself. */
    NUMERIC,
    /** A single-choice item: one coefficient per option but the reference. */
    FACTOR,
    /** A multiple-choice item: one 0/1 coefficient per option. */
    MULTIPLE,
    /** A product of two or more items. */
    INTERACTION
  }

  /**
   * One covariate term.
   *
   * @param term the term as the model names it ({@code stype}, {@code stype:meals})
   * @param items the items of the term, in the order its coefficient names join them
   * @param kind what the term is
   * @param reference the reference option of a {@link Kind#FACTOR}, null otherwise
   * @param columns the term's coefficients in the model's order
   */
  public record Term(
      String term, List<Item> items, Kind kind, String reference, List<TermColumn> columns) {
    public Term {
      items = List.copyOf(items);
      columns = List.copyOf(columns);
    }
  }

  /**
   * One coefficient of a term.
   *
   * @param index the coefficient's position among the model's coefficients (after the intercept of
   *     a GLM, which is index 0)
   * @param name the coefficient's name
   * @param codes per item of the term, the option the coefficient stands for, null for a number
   */
  public record TermColumn(int index, String name, List<String> codes) {
    public TermColumn {
      codes = java.util.Collections.unmodifiableList(new ArrayList<>(codes));
    }
  }

  /**
   * @param coefficients the fitted model's coefficient names in order (without cut points)
   * @throws TripartException (TRP-1750) when a coefficient matches no term, which would mean the
   *     names no longer follow {@link ModelFrame}'s
   */
  public static ModelLayout of(
      Dataset data, DesignPlan plan, ModelSpec spec, List<String> coefficients) {
    Map<String, Integer> order = new HashMap<>();
    for (String term : spec.terms()) {
      for (String id : term.split(":", -1)) {
        order.putIfAbsent(id.strip(), order.size());
      }
    }
    BitSet domain = null;
    List<Term> out = new ArrayList<>();
    int next = coefficients.isEmpty() || !coefficients.get(0).equals(ModelFrame.INTERCEPT) ? 0 : 1;
    for (String term : spec.terms()) {
      List<String> ids = new ArrayList<>();
      for (String id : term.split(":", -1)) {
        ids.add(id.strip());
      }
      ids.sort(Comparator.comparing(order::get));
      List<Item> items = new ArrayList<>();
      Map<String, List<String>> names = new LinkedHashMap<>();
      names.put("", new ArrayList<>());
      for (String id : ids) {
        Column c = data.column(id);
        items.add(c.item());
        Map<String, List<String>> grown = new LinkedHashMap<>();
        names.forEach(
            (prefix, codes) -> {
              for (Map.Entry<String, String> piece : pieces(c).entrySet()) {
                List<String> with = new ArrayList<>(codes);
                with.add(piece.getValue());
                grown.put(prefix.isEmpty() ? piece.getKey() : prefix + ":" + piece.getKey(), with);
              }
            });
        names = grown;
      }
      List<TermColumn> columns = new ArrayList<>();
      while (next < coefficients.size() && names.containsKey(coefficients.get(next))) {
        String name = coefficients.get(next);
        columns.add(new TermColumn(next, name, names.get(name)));
        next++;
      }
      Kind kind = kind(data, ids);
      String reference = null;
      if (kind == Kind.FACTOR) {
        if (domain == null) {
          domain = DesignAnalysis.domain(data, plan);
          if (domain == null) {
            domain = new BitSet();
            domain.set(0, data.size());
          }
        }
        reference = reference(spec, (CodedColumn) data.column(ids.get(0)), domain);
      }
      out.add(new Term(term, items, kind, reference, columns));
    }
    if (next != coefficients.size()) {
      throw new TripartException(
          ErrorCode.MODEL_LAYOUT,
          "model coefficient " + coefficients.get(next),
          "matches no covariate term of " + String.join(", ", spec.terms()));
    }
    return new ModelLayout(out);
  }

  private static Kind kind(Dataset data, List<String> ids) {
    if (ids.size() > 1) {
      return Kind.INTERACTION;
    }
    Column c = data.column(ids.get(0));
    return c instanceof MultiColumn
        ? Kind.MULTIPLE
        : c instanceof CodedColumn ? Kind.FACTOR : Kind.NUMERIC;
  }

  /** The coefficient-name pieces a column can give, with the option each stands for. */
  private static Map<String, String> pieces(Column c) {
    Item item = c.item();
    Map<String, String> out = new LinkedHashMap<>();
    if (c instanceof MultiColumn) {
      item.options().forEach(o -> out.put(item.id() + "___" + o.code(), o.code()));
    } else if (c instanceof CodedColumn) {
      item.options().forEach(o -> out.put(item.id() + o.code(), o.code()));
    } else {
      out.put(item.id(), null);
    }
    return out;
  }

  private static String reference(ModelSpec spec, CodedColumn c, BitSet domain) {
    Item item = c.item();
    String given = spec.references().get(item.id());
    if (given != null) {
      return given;
    }
    boolean[] present = new boolean[item.options().size()];
    for (int r = domain.nextSetBit(0); r >= 0 && r < c.size(); r = domain.nextSetBit(r + 1)) {
      if (c.answered(r)) {
        present[c.code(r)] = true;
      }
    }
    for (int o = 0; o < present.length; o++) {
      if (present[o]) {
        return item.options().get(o).code();
      }
    }
    return item.options().isEmpty() ? null : item.options().get(0).code();
  }
}
