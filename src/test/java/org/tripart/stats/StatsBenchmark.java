package org.tripart.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;

/**
 * Prints how long frequencies and cross-tabulations take on a synthetic dataset: 1,000,000 rows, 60
 * coded items (single, multiple, yes/no, some behind skip logic), split by a two-level stratifier.
 * Run by hand, not by the test suite:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.tripart.stats.StatsBenchmark [rows]
 * </pre>
 */
public final class StatsBenchmark {
  private StatsBenchmark() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    List<Item> items = new ArrayList<>();
    items.add(TestInstruments.single("tier", "secondary", "tertiary"));
    items.add(TestInstruments.yesNo("uses_ai"));
    for (int i = 0; i < 58; i++) {
      Item item =
          switch (i % 3) {
            case 0 -> TestInstruments.single("s" + i, "a", "b", "c", "d", "e");
            case 1 -> TestInstruments.multiple("m" + i, "a", "b", "c", "d", "e", "f");
            default -> TestInstruments.yesNo("y" + i);
          };
      items.add(i % 4 == 0 ? TestInstruments.when(item, "uses_ai", "yes") : item);
    }
    Instrument instrument = TestInstruments.instrument(items.toArray(Item[]::new));
    long t0 = System.nanoTime();
    Dataset data = generate(instrument, rows);
    System.out.printf("built %,d rows x %d items in %d ms%n", rows, items.size(), ms(t0));
    for (Item item : items) {
      data.applicableRows(item.id());
    }
    System.out.printf("skip logic evaluated in %d ms%n", ms(t0));
    for (int round = 1; round <= 5; round++) {
      long start = System.nanoTime();
      List<ItemFrequencies> all = Frequencies.all(data);
      long frequencies = ms(start);
      start = System.nanoTime();
      int tests = 0;
      for (Item item : items) {
        if (!item.id().equals("tier")) {
          tests += CrossTabs.of(data, item.id(), "tier", 0.95).tests().size();
        }
      }
      System.out.printf(
          "round %d: Frequencies.all (%d items) %d ms; CrossTabs by tier (%d items, %d tests) %d ms%n",
          round, all.size(), frequencies, items.size() - 1, tests, ms(start));
    }
  }

  private static Dataset generate(Instrument instrument, int rows) {
    DatasetBuilder b = new DatasetBuilder(instrument, rows);
    SplittableRandom random = new SplittableRandom(42);
    int n = instrument.items().size();
    for (int r = 0; r < rows; r++) {
      b.addRow(null);
      for (int i = 0; i < n; i++) {
        if (random.nextInt(20) == 0) {
          continue;
        }
        int options = b.item(i).options().size();
        switch (b.type(i)) {
          case MULTIPLE -> {
            b.setAnswered(r, i);
            for (int o = 0; o < options; o++) {
              if (random.nextInt(3) == 0) {
                b.setSelected(r, i, o, true);
              }
            }
          }
          default -> b.setChoice(r, i, random.nextInt(options));
        }
      }
    }
    return b.build();
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
