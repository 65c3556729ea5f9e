package org.tripart.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.instrument.Answer;
import org.tripart.instrument.AnswerLookup;
import org.tripart.instrument.Condition;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

/** Instruments built in code and counting done by hand on the rows of a dataset. */
final class Fixtures {
  private Fixtures() {}

  /** Skip logic "item has chosen code" (single choice or ticked in a multiple choice). */
  record Chose(String itemId, String code) implements Condition {
    @Override
    public boolean test(AnswerLookup answers) {
      Answer a = answers.answer(itemId);
      if (a instanceof Answer.Choice c) {
        return c.code().equals(code);
      }
      return a instanceof Answer.Choices cs && cs.codes().contains(code);
    }

    @Override
    public String source() {
      return itemId + " = '" + code + "'";
    }

    @Override
    public Set<String> referencedItems() {
      return Set.of(itemId);
    }
  }

  static Option opt(String code) {
    return new Option(code, LocalizedText.of(code, code));
  }

  static Option exclusive(String code) {
    return new Option(code, LocalizedText.of(code, code), true);
  }

  static Item coded(String id, ItemType type, boolean required, Condition when, String... codes) {
    return new Item(
        id,
        type,
        LocalizedText.of(id, id),
        null,
        Arrays.stream(codes).map(Fixtures::opt).toList(),
        required,
        when,
        null,
        null,
        null);
  }

  static Item single(String id, String... codes) {
    return coded(id, ItemType.SINGLE, true, null, codes);
  }

  static Item multi(String id, boolean required, Option... options) {
    return new Item(
        id,
        ItemType.MULTIPLE,
        LocalizedText.of(id, id),
        null,
        List.of(options),
        required,
        null,
        null,
        null,
        null);
  }

  static Item number(String id, ItemType type, double min, double max) {
    return new Item(
        id,
        type,
        LocalizedText.of(id, id),
        null,
        null,
        true,
        null,
        new NumericRange(min, max),
        null,
        null);
  }

  static Item institution(String id, Map<String, String> fills) {
    return new Item(
        id,
        ItemType.INSTITUTION,
        LocalizedText.of(id, id),
        null,
        null,
        true,
        null,
        null,
        fills,
        null);
  }

  static Instrument instrument(Item... items) {
    return new Instrument(
        "test",
        "clinician",
        1,
        LocalizedText.of("Test", "Test"),
        List.of("en", "zh"),
        List.of(new Section("s1", LocalizedText.of("S", "S"), List.of(items))),
        "<test>");
  }

  static SynthesisSpec spec(Instrument instrument, List<Target> targets, int n, long seed) {
    return new SynthesisSpec(instrument, targets, n, seed, 0, Map.of(), 0, "SYNTHETIC-T-");
  }

  /** Codes of the provinces 1..k as "p01".."pk". */
  static String[] provinces(int k) {
    String[] p = new String[k];
    for (int i = 0; i < k; i++) {
      p[i] = String.format("p%02d", i + 1);
    }
    return p;
  }

  /** The code chosen in a row of a coded column, or null when blank. */
  static String chosen(Dataset d, String itemId, int row) {
    CodedColumn c = (CodedColumn) d.column(itemId);
    return c.code(row) < 0 ? null : c.item().options().get(c.code(row)).code();
  }

  /** Rows whose answer to a coded item is {@code code}, limited to {@code base}. */
  static BitSet rowsChoosing(Dataset d, String itemId, String code, BitSet base) {
    BitSet out = new BitSet();
    Column col = d.column(itemId);
    int o = col.item().optionIndex(code);
    for (int r = base.nextSetBit(0); r >= 0; r = base.nextSetBit(r + 1)) {
      boolean hit =
          col instanceof MultiColumn m ? m.selected(r, o) : ((CodedColumn) col).code(r) == o;
      if (hit) {
        out.set(r);
      }
    }
    return out;
  }

  /** Rows to which the item applied and that answered it. */
  static BitSet base(Dataset d, String itemId) {
    BitSet b = d.applicableRows(itemId);
    b.and(d.answeredRows(itemId));
    return b;
  }

  /** 100 * count / n rounded half up at {@code decimals}, as a table would print it. */
  static BigDecimal printed(long count, long n, int decimals) {
    return BigDecimal.valueOf(100 * count)
        .divide(BigDecimal.valueOf(n), decimals, RoundingMode.HALF_UP);
  }

  static BigDecimal asPrinted(double pct, int decimals) {
    return BigDecimal.valueOf(pct).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** Every target measured on the rows, as "item option [by] printed-target printed-achieved". */
  static List<String> misses(Dataset d, List<Target> targets) {
    List<String> out = new ArrayList<>();
    for (Target t : targets) {
      if (t.isSpecial()) {
        continue;
      }
      BitSet base = base(d, t.item());
      if (t.isCross()) {
        base = rowsChoosing(d, t.byItem(), t.byOption(), base);
      }
      long count = rowsChoosing(d, t.item(), t.option(), base).cardinality();
      BigDecimal got = printed(count, base.cardinality(), t.decimals());
      if (got.compareTo(asPrinted(t.pct(), t.decimals())) != 0) {
        out.add(t.item() + " " + t.option() + " " + t.byOption() + " " + t.pct() + " " + got);
      }
    }
    return out;
  }
}
