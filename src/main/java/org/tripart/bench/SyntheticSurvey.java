package org.tripart.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Answer;
import org.tripart.instrument.AnswerLookup;
import org.tripart.instrument.Condition;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

/**
 * A made-up instrument of single- and multiple-choice items and random responses to it, for
 * benchmarks. The first item is the stratifier {@code stratum} (3 options); every tenth single item
 * applies only when the single item before it was answered {@code o1} or {@code o2}. Stateless and
 * thread-safe.
 */
final class SyntheticSurvey {
  static final String STRATIFIER = "stratum";
  static final int OPTIONS = 5;
  private static final double NON_RESPONSE = 0.05;

  private SyntheticSurvey() {}

  /** Applies when an earlier single-choice item was answered with one of the codes. */
  record AnsweredOneOf(String itemId, Set<String> codes) implements Condition {
    @Override
    public boolean test(AnswerLookup answers) {
      return answers.answer(itemId) instanceof Answer.Choice c && codes.contains(c.code());
    }

    @Override
    public String source() {
      return itemId + " in (" + String.join(", ", codes) + ")";
    }

    @Override
    public Set<String> referencedItems() {
      return Set.of(itemId);
    }
  }

  /** Two thirds single-choice (the first being the stratifier), one third multiple-choice. */
  static Instrument instrument(int items) {
    int singles = Math.max(1, Math.round(items * 2f / 3f));
    List<Item> list = new ArrayList<>();
    list.add(item(STRATIFIER, ItemType.SINGLE, 3, null));
    for (int s = 1; s < singles; s++) {
      Condition when =
          s % 10 == 0
              ? new AnsweredOneOf(list.get(list.size() - 1).id(), Set.of("o1", "o2"))
              : null;
      list.add(item(String.format("s%02d", s), ItemType.SINGLE, OPTIONS, when));
    }
    for (int m = 1; m <= items - singles; m++) {
      list.add(item(String.format("m%02d", m), ItemType.MULTIPLE, OPTIONS, null));
    }
    return new Instrument(
        "bench",
        "synthetic",
        1,
        LocalizedText.of("Benchmark", "基准"),
        List.of("en", "zh"),
        List.of(new Section("all", LocalizedText.of("All", "全部"), list)),
        "<built-in>");
  }

  private static Item item(String id, ItemType type, int options, Condition when) {
    List<Option> list = new ArrayList<>();
    for (int o = 1; o <= options; o++) {
      list.add(new Option("o" + o, LocalizedText.of("Option " + o, "选项 " + o)));
    }
    return new Item(id, type, LocalizedText.of(id, id), null, list, false, when, null, null, null);
  }

  /**
   * Random responses with ids {@code SYNTHETIC-1...}: skewed option shares per item, 5% item
   * non-response, skip logic respected (items that do not apply are blank).
   */
  static Dataset responses(Instrument instrument, int respondents, long seed) {
    Random random = new Random(seed);
    List<Item> items = instrument.items();
    double[][] shares = new double[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      int n = items.get(i).options().size();
      shares[i] = new double[n];
      for (int o = 0; o < n; o++) {
        shares[i][o] = 0.1 + random.nextDouble();
      }
    }
    DatasetBuilder b = new DatasetBuilder(instrument, respondents);
    b.provenance("SYNTHETIC benchmark data, seed " + seed);
    int[] chosen = new int[items.size()];
    for (int r = 0; r < respondents; r++) {
      int row = b.addRow("SYNTHETIC-" + (r + 1));
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        chosen[i] = -1;
        if (item.when() instanceof AnsweredOneOf a) {
          int earlier = chosen[i - 1];
          if (earlier < 0 || !a.codes().contains(items.get(i - 1).options().get(earlier).code())) {
            continue;
          }
        }
        if (random.nextDouble() < NON_RESPONSE) {
          continue;
        }
        if (item.type() == ItemType.MULTIPLE) {
          b.setAnswered(row, i);
          for (int o = 0; o < shares[i].length; o++) {
            if (random.nextDouble() < shares[i][o] / 2.2) {
              b.setSelected(row, i, o, true);
            }
          }
        } else {
          chosen[i] = pick(shares[i], random);
          b.setChoice(row, i, chosen[i]);
        }
      }
    }
    return b.build();
  }

  private static int pick(double[] weights, Random random) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int o = 0; o < weights.length - 1; o++) {
      u -= weights[o];
      if (u < 0) {
        return o;
      }
    }
    return weights.length - 1;
  }
}
