package org.tripart.stats;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;

/**
 * A small language for test datasets: each {@code respondent()} or {@code respondents(n)} starts a
 * batch of identical rows, and the calls that follow fill that batch.
 *
 * <pre>
 * Responses.to(instrument)
 *     .respondents(3).answer("q1", "yes").tick("q2", "x", "y")
 *     .respondents(7).answer("q1", "no").tag("north")
 *     .build();
 * </pre>
 */
final class Responses {
  private final DatasetBuilder builder;
  private final Map<String, BitSet> tags = new HashMap<>();
  private int first;
  private int end;

  private Responses(Instrument instrument) {
    this.builder = new DatasetBuilder(instrument, 16);
  }

  static Responses to(Instrument instrument) {
    return new Responses(instrument);
  }

  Responses respondent() {
    return respondents(1);
  }

  Responses respondents(int count) {
    first = builder.size();
    for (int i = 0; i < count; i++) {
      builder.addRow(null);
    }
    end = builder.size();
    return this;
  }

  /** Chooses the option with this code of a single-choice item. */
  Responses answer(String itemId, String code) {
    int item = builder.itemIndex(itemId);
    int option = optionIndex(item, code);
    for (int r = first; r < end; r++) {
      builder.setChoice(r, item, option);
    }
    return this;
  }

  /** Answers a multiple-choice item with these options ticked; none ticked when no codes. */
  Responses tick(String itemId, String... codes) {
    int item = builder.itemIndex(itemId);
    for (int r = first; r < end; r++) {
      builder.setAnswered(r, item);
      for (String code : codes) {
        builder.setSelected(r, item, optionIndex(item, code), true);
      }
    }
    return this;
  }

  Responses number(String itemId, double value) {
    int item = builder.itemIndex(itemId);
    for (int r = first; r < end; r++) {
      builder.setNumber(r, item, value);
    }
    return this;
  }

  /** Adds the batch to the named domain. */
  Responses tag(String domain) {
    tags.computeIfAbsent(domain, d -> new BitSet()).set(first, end);
    return this;
  }

  /** The rows tagged with this name so far. */
  BitSet domain(String name) {
    return (BitSet) tags.getOrDefault(name, new BitSet()).clone();
  }

  Dataset build() {
    return builder.build();
  }

  private int optionIndex(int item, String code) {
    int option = builder.item(item).optionIndex(code);
    if (option < 0) {
      throw new IllegalArgumentException("test data: item " + item + " has no option " + code);
    }
    return option;
  }
}
