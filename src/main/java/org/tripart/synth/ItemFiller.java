package org.tripart.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Fills the answers of one item after another, in instrument order, for the respondents to whom
 * each applies given the answers before it. Not thread-safe: one instance per synthesis.
 */
final class ItemFiller {
  private static final String TEXT = "synthetic";

  private final SynthesisSpec spec;
  private final Responses responses;
  private final Map<String, List<Target>> targets;
  private final List<String> warnings;
  private Item institutionItem;
  private Item tierItem;
  private Item provinceItem;

  ItemFiller(
      SynthesisSpec spec,
      Responses responses,
      Map<String, List<Target>> targets,
      List<String> warnings) {
    this.spec = spec;
    this.responses = responses;
    this.targets = targets;
    this.warnings = warnings;
  }

  /** The register and every respondent's institution, or null when none is asked for. */
  InstitutionPlan planInstitutions(SplittableRandom rng) {
    if (spec.institutions() == 0) {
      return null;
    }
    Item item =
        spec.instrument().items().stream()
            .filter(i -> i.type() == ItemType.INSTITUTION)
            .findFirst()
            .orElse(null);
    if (item == null) {
      warnings.add(
          spec.institutions()
              + " institutions were asked for, but the instrument has no institution item");
      return null;
    }
    institutionItem = item;
    Map<String, String> fills = new TreeMap<>(item.fills());
    tierItem = filledItem(fills.remove("tier"));
    provinceItem = filledItem(fills.remove("province"));
    fills
        .keySet()
        .forEach(k -> warnings.add("institution attribute '" + k + "' is not synthesized"));
    int n = spec.respondents();
    int[] tiers = tierItem == null ? new int[] {n} : marginalCounts(tierItem, n, rng);
    int[] provinces = provinceItem == null ? new int[] {n} : marginalCounts(provinceItem, n, rng);
    return InstitutionPlan.build(
        spec.institutions(), tierItem, tiers, provinceItem, provinces, rng, warnings);
  }

  private Item filledItem(String id) {
    if (id == null) {
      return null;
    }
    Item item = spec.instrument().hasItem(id) ? spec.instrument().item(id) : null;
    if (item == null || !item.type().isSingleChoice() || item.options().isEmpty()) {
      warnings.add("institution fills '" + id + "', which is not a coded single-choice item");
      return null;
    }
    return item;
  }

  private int[] marginalCounts(Item item, int n, SplittableRandom rng) {
    ChoiceGenerator.Strata one = new ChoiceGenerator.Strata(new int[][] {new int[n]}, -1);
    ChoiceGenerator.OptionTargets[] ot =
        optionTargets(item, targets.getOrDefault(item.id(), List.of()), one);
    int k = ot.length;
    CountInterval[] columns = new CountInterval[k];
    boolean[] pooled = new boolean[k];
    for (int o = 0; o < k; o++) {
      columns[o] = ot[o].column();
      pooled[o] = columns[o] == null;
    }
    return CountAllocator.allocate(
        new int[] {n}, new CountInterval[1][k], columns, pooled, excludedOptions(item, rng))[0];
  }

  /**
   * False for the items the synthesizer leaves blank and so draws no random stream for: partner
   * rosters (their partners come from a network generator, see {@link SynthesisResult#withNetwork})
   * and institution items that no register fills. Adding such an item to an instrument therefore
   * leaves every other answer as it was.
   */
  boolean draws(Item item, InstitutionPlan plan) {
    return switch (item.type()) {
      case ROSTER -> false;
      case INSTITUTION -> plan != null && item == institutionItem;
      default -> true;
    };
  }

  void fill(Item item, InstitutionPlan plan, SplittableRandom rng) {
    if (item.type() == ItemType.NOTE) {
      return;
    }
    int pos = responses.position(item.id());
    BitSet applicable = responses.applicable(item);
    if (item.calculation() != null) {
      applicable.stream()
          .forEach(
              r ->
                  item.calculation()
                      .evaluate(id -> responses.answer(r, id))
                      .ifPresent(v -> responses.setNumber(pos, r, v)));
      return;
    }
    if (plan != null && (item == institutionItem || item == tierItem || item == provinceItem)) {
      applicable.stream()
          .forEach(
              r -> {
                if (item == institutionItem) {
                  responses.setText(pos, r, plan.register.get(plan.institutionOfRow[r]).id());
                } else {
                  responses.setCode(
                      pos, r, item == tierItem ? plan.tierOfRow[r] : plan.provinceOfRow[r]);
                }
              });
      return;
    }
    List<Target> ts = targets.getOrDefault(item.id(), List.of());
    BitSet answering = withoutMissing(item, applicable, ts, rng);
    ItemType type = item.type();
    if (type.isCoded() && type != ItemType.INSTITUTION) {
      if (item.options().isEmpty()) {
        warnings.add("item '" + item.id() + "' has no options and is left blank");
        return;
      }
      String byId =
          ts.stream().filter(Target::isCross).map(Target::byItem).findFirst().orElse(null);
      Item by = byId == null ? null : spec.instrument().item(byId);
      ChoiceGenerator.Strata strata =
          ChoiceGenerator.Strata.of(
              responses, answering, by, by == null ? -1 : responses.position(byId));
      ChoiceGenerator.OptionTargets[] ot = optionTargets(item, ts, strata);
      boolean[] excluded = excludedOptions(item, rng);
      if (type == ItemType.MULTIPLE) {
        int bare = ChoiceGenerator.multiple(responses, pos, item, strata, ot, excluded, rng);
        if (bare > 0 && item.required()) {
          warnings.add(
              "item '"
                  + item.id()
                  + "' is required, but its targets leave "
                  + bare
                  + " answering respondents with no option ticked");
        }
      } else {
        ChoiceGenerator.single(responses, pos, strata, ot, excluded, rng);
      }
      if (item.options().stream().anyMatch(o -> o.when() != null)) {
        OptionConditions.enforce(responses, pos, item, answering, rng);
      }
      return;
    }
    if (spec.distinct().containsKey(item.id())) {
      warnings.add("distinct is ignored for item '" + item.id() + "', which is not coded");
    }
    int[] rows = answering.stream().toArray();
    switch (type) {
      case INTEGER, DECIMAL ->
          NumberGenerator.fill(
              responses, pos, item, rows, find(ts, Target.MEAN), find(ts, Target.SD), rng);
      case TEXT, DATE -> {
        if (item.required()) {
          for (int r : rows) {
            responses.setText(
                pos,
                r,
                type == ItemType.TEXT
                    ? TEXT
                    : LocalDate.of(2023, 1, 1).plusDays(rng.nextInt(365)).toString());
          }
        }
      }
      default -> {}
    }
  }

  private static Target find(List<Target> ts, String option) {
    return ts.stream().filter(t -> t.option().equals(option)).findFirst().orElse(null);
  }

  private BitSet withoutMissing(
      Item item, BitSet applicable, List<Target> ts, SplittableRandom rng) {
    BitSet answering = (BitSet) applicable.clone();
    Target missing = find(ts, Target.MISSING);
    if (missing == null || missing.pct() == 0) {
      return answering;
    }
    if (item.required()) {
      warnings.add(
          "item '"
              + item.id()
              + "' is required; its .missing target of "
              + TargetRules.trim(missing.pct())
              + "% is ignored");
      return answering;
    }
    int[] rows = ChoiceGenerator.shuffled(applicable.stream().toArray(), rng);
    long blank = CountInterval.of(missing.pct(), missing.decimals(), rows.length).best();
    for (int i = 0; i < blank; i++) {
      answering.clear(rows[i]);
    }
    return answering;
  }

  private ChoiceGenerator.OptionTargets[] optionTargets(
      Item item, List<Target> ts, ChoiceGenerator.Strata strata) {
    int k = item.options().size();
    int[] sizes = strata.sizes();
    int total = strata.total();
    CountInterval[][] cells = new CountInterval[k][sizes.length];
    CountInterval[] columns = new CountInterval[k];
    boolean anyShare = false;
    for (Target t : ts) {
      if (!t.isOptionShare() || (t.isCross() && strata.byPosition() < 0)) {
        continue;
      }
      anyShare = true;
      int o = item.optionIndex(t.option());
      if (t.isCross()) {
        int s = spec.instrument().item(t.byItem()).optionIndex(t.byOption());
        if (s < sizes.length) {
          cells[o][s] = CountInterval.of(t.pct(), t.decimals(), sizes[s]);
        }
      } else {
        columns[o] = CountInterval.of(t.pct(), t.decimals(), total);
      }
    }
    ChoiceGenerator.OptionTargets[] out = new ChoiceGenerator.OptionTargets[k];
    for (int o = 0; o < k; o++) {
      out[o] = new ChoiceGenerator.OptionTargets(cells[o], columns[o], false);
      if (item.type() == ItemType.MULTIPLE && !out[o].any()) {
        boolean none = anyShare && item.options().get(o).exclusive();
        out[o] =
            new ChoiceGenerator.OptionTargets(
                cells[o], CountInterval.soft(none ? 0 : (double) total / k, total), true);
      }
    }
    return out;
  }

  private boolean[] excludedOptions(Item item, SplittableRandom rng) {
    int k = item.options().size();
    boolean[] excluded = new boolean[k];
    Integer d = spec.distinct().get(item.id());
    if (d == null || d >= k) {
      return excluded;
    }
    boolean[] must = new boolean[k];
    int kept = 0;
    for (Target t : targets.getOrDefault(item.id(), List.of())) {
      int o = t.isOptionShare() ? item.optionIndex(t.option()) : -1;
      if (o >= 0 && t.pct() > 0 && !must[o]) {
        must[o] = true;
        kept++;
      }
    }
    if (kept > d) {
      warnings.add(
          "item '"
              + item.id()
              + "' has targets above 0% for "
              + kept
              + " options, more than its "
              + d
              + " distinct values");
    }
    List<Integer> others = new ArrayList<>();
    for (int o = 0; o < k; o++) {
      if (!must[o]) {
        others.add(o);
      }
    }
    int[] order =
        ChoiceGenerator.shuffled(others.stream().mapToInt(Integer::intValue).toArray(), rng);
    for (int o = 0; o < k; o++) {
      excluded[o] = !must[o];
    }
    for (int i = 0; i < order.length && kept < d; i++, kept++) {
      excluded[order[i]] = false;
    }
    return excluded;
  }
}
