package org.tripart.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.stats.design.ProportionInterval;

/**
 * An item's rows: its base domain (applicable, in the plan's domain, answered when coded), its
 * options' indicators (null for a numeric item), the base and its split by the {@code by} item's
 * levels, their labels; on a replicate design, each part's intervals once worked out. Filled by one
 * thread, then read by another after a parallel step's end (which orders the two).
 */
final class ItemParts {
  final Item item;
  final BitSet base;
  final Column column;
  final List<BitSet> indicators;
  final List<BitSet> parts = new ArrayList<>();
  final List<String> labels = new ArrayList<>();
  List<List<ProportionInterval>> intervals;

  ItemParts(Item item, BitSet base, Column column, List<BitSet> indicators) {
    this.item = item;
    this.base = base;
    this.column = column;
    this.indicators = indicators;
  }

  static ItemParts of(Dataset data, Item item, Item by, BitSet domain) {
    BitSet base = data.applicableRows(item.id());
    if (domain != null) {
      base.and(domain);
    }
    Column c = data.column(item.id());
    List<BitSet> indicators = null;
    if (item.type().isCoded()) {
      base.and(data.answeredRows(item.id()));
      indicators = DesignAnalysis.indicators(c, data.size());
    }
    ItemParts out = new ItemParts(item, base, c, indicators);
    out.parts.add(base);
    out.labels.add("");
    if (by != null) {
      CodedColumn b = (CodedColumn) data.column(by.id());
      for (int o = 0; o < by.options().size(); o++) {
        BitSet s = new BitSet(data.size());
        for (int r = base.nextSetBit(0); r >= 0; r = base.nextSetBit(r + 1)) {
          if (b.code(r) == o) {
            s.set(r);
          }
        }
        out.parts.add(s);
        out.labels.add(by.options().get(o).code());
      }
    }
    return out;
  }

  /**
   * Every coded item's parts' intervals on the replicate design in one pass; a failure is every
   * such item's, as each item alone would have failed.
   */
  static void intervals(DesignPlan plan, ReplicateAnalysis replicates, Object[] done) {
    List<BitSet> domains = new ArrayList<>();
    List<List<BitSet>> indicators = new ArrayList<>();
    for (Object o : done) {
      if (o instanceof ItemParts p && p.indicators != null) {
        for (BitSet part : p.parts) {
          domains.add(part);
          indicators.add(p.indicators);
        }
      }
    }
    if (domains.isEmpty()) {
      return;
    }
    List<List<ProportionInterval>> found;
    try {
      found = replicates.intervals(plan, domains, indicators);
    } catch (RuntimeException e) {
      for (int k = 0; k < done.length; k++) {
        if (done[k] instanceof ItemParts p && p.indicators != null) {
          done[k] = e;
        }
      }
      return;
    }
    int next = 0;
    for (Object o : done) {
      if (o instanceof ItemParts p && p.indicators != null) {
        p.intervals = new ArrayList<>(found.subList(next, next + p.parts.size()));
        next += p.parts.size();
      }
    }
  }
}
