package org.tripart.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.instrument.Item;

/**
 * Frequency tables of coded items (single, multiple, yesno, likert, province) with Wilson
 * intervals. Denominators follow {@code statistics.md}: the respondents to whom the item applied
 * and who answered it; non-response and answers given where the item did not apply are counted
 * separately.
 *
 * <p>Stateless and thread-safe; no side effects. Arguments must not be null. Each call makes one
 * pass over the rows considered and allocates per item, never per row, so that a table over a
 * million respondents takes milliseconds.
 */
public final class Frequencies {
  private static final double DEFAULT_CONFIDENCE = 0.95;

  private Frequencies() {}

  /**
   * The item's frequencies over every respondent, with 95% intervals.
   *
   * @throws org.tripart.instrument.UnknownItemException when the instrument has no such item
   * @throws StatisticsInputException when the item is not coded
   */
  public static ItemFrequencies of(Dataset data, String itemId) {
    return of(data, itemId, allRows(data), DEFAULT_CONFIDENCE);
  }

  /**
   * The item's frequencies over a domain (a subset of respondents, for example one province).
   *
   * @param rows the rows of the domain; not changed
   * @param confidence the level of the intervals, strictly between 0 and 1
   * @throws org.tripart.instrument.UnknownItemException when the instrument has no such item
   * @throws StatisticsInputException when the item is not coded, the domain names rows the dataset
   *     does not have, or the confidence level is outside (0, 1)
   */
  public static ItemFrequencies of(Dataset data, String itemId, BitSet rows, double confidence) {
    double z = Wilson.z(confidence);
    Column column = codedColumn(data, itemId);
    checkDomain(data, rows);
    return tally(column, data.applicableRows(itemId), rows, z);
  }

  /** The frequencies of every coded item over every respondent, in instrument order, 95%. */
  public static List<ItemFrequencies> all(Dataset data) {
    double z = Wilson.z(DEFAULT_CONFIDENCE);
    BitSet rows = allRows(data);
    List<ItemFrequencies> result = new ArrayList<>();
    for (Column column : data.columns().values()) {
      if (column.item().type().isCoded()) {
        result.add(tally(column, data.applicableRows(column.item().id()), rows, z));
      }
    }
    return result;
  }

  static BitSet allRows(Dataset data) {
    BitSet rows = new BitSet(data.size());
    rows.set(0, data.size());
    return rows;
  }

  static Column codedColumn(Dataset data, String itemId) {
    Column column = data.column(itemId);
    Item item = column.item();
    if (!item.type().isCoded()) {
      throw new StatisticsInputException(
          where(item),
          "is a "
              + item.type().fileName()
              + " item; frequencies need a coded item"
              + " (single, multiple, yesno, likert or province)");
    }
    return column;
  }

  static void checkDomain(Dataset data, BitSet rows) {
    if (rows.length() > data.size()) {
      throw new StatisticsInputException(
          "domain",
          "names row "
              + (rows.length() - 1)
              + " but the dataset has only "
              + data.size()
              + " rows (0 to "
              + (data.size() - 1)
              + ")");
    }
  }

  static String where(Item item) {
    return item.location() + " item " + item.id();
  }

  /**
   * The frequencies of a coded column over {@code domain}, given the rows the item applied to.
   * Neither set is changed.
   */
  static ItemFrequencies tally(Column column, BitSet applicable, BitSet domain, double z) {
    if (column instanceof MultiColumn multi) {
      return tallyMultiple(multi, applicable, domain, z);
    }
    return tallySingle((CodedColumn) column, applicable, domain, z);
  }

  private static ItemFrequencies tallySingle(
      CodedColumn column, BitSet applicable, BitSet domain, double z) {
    long[] counts = new long[column.item().options().size() + 1];
    int answeredWhenSkipped = 0;
    long[] inDomain = domain.toLongArray();
    long[] applies = applicable.toLongArray();
    for (int w = 0; w < inDomain.length; w++) {
      int base = w << 6;
      long appliesWord = w < applies.length ? applies[w] : 0L;
      for (long bits = inDomain[w] & appliesWord; bits != 0; bits &= bits - 1) {
        counts[column.code(base + Long.numberOfTrailingZeros(bits)) + 1]++;
      }
      for (long bits = inDomain[w] & ~appliesWord; bits != 0; bits &= bits - 1) {
        if (column.code(base + Long.numberOfTrailingZeros(bits)) != CodedColumn.BLANK) {
          answeredWhenSkipped++;
        }
      }
    }
    long applicableCount = 0;
    for (long c : counts) {
      applicableCount += c;
    }
    long[] optionCounts = Arrays.copyOfRange(counts, 1, counts.length);
    return result(
        column.item(),
        domain.cardinality(),
        (int) applicableCount,
        (int) (applicableCount - counts[0]),
        answeredWhenSkipped,
        optionCounts,
        z);
  }

  private static ItemFrequencies tallyMultiple(
      MultiColumn column, BitSet applicable, BitSet domain, double z) {
    BitSet considered = (BitSet) domain.clone();
    considered.and(applicable);
    BitSet answered = column.answeredRows();
    BitSet skipped = (BitSet) answered.clone();
    skipped.and(domain);
    skipped.andNot(applicable);
    answered.and(considered);
    long[] optionCounts = new long[column.item().options().size()];
    for (int o = 0; o < optionCounts.length; o++) {
      BitSet ticked = column.selectedRows(o);
      ticked.and(answered);
      optionCounts[o] = ticked.cardinality();
    }
    return result(
        column.item(),
        domain.cardinality(),
        considered.cardinality(),
        answered.cardinality(),
        skipped.cardinality(),
        optionCounts,
        z);
  }

  /** The frequencies over the union of the disjoint domains {@code parts} were computed on. */
  static ItemFrequencies sum(Item item, List<ItemFrequencies> parts, double z) {
    int respondents = 0;
    int applicable = 0;
    int answered = 0;
    int answeredWhenSkipped = 0;
    long[] optionCounts = new long[item.options().size()];
    for (ItemFrequencies part : parts) {
      respondents += part.respondents();
      applicable += part.applicable();
      answered += part.answered();
      answeredWhenSkipped += part.answeredWhenSkipped();
      for (int o = 0; o < optionCounts.length; o++) {
        optionCounts[o] += part.options().get(o).count();
      }
    }
    return result(item, respondents, applicable, answered, answeredWhenSkipped, optionCounts, z);
  }

  private static ItemFrequencies result(
      Item item,
      int respondents,
      int applicable,
      int answered,
      int answeredWhenSkipped,
      long[] optionCounts,
      double z) {
    List<OptionFrequency> options = new ArrayList<>(optionCounts.length);
    for (int o = 0; o < optionCounts.length; o++) {
      long count = optionCounts[o];
      options.add(
          new OptionFrequency(
              item.options().get(o),
              count,
              answered,
              answered == 0 ? Double.NaN : (double) count / answered,
              answered == 0 ? Interval.UNDEFINED : Wilson.atZ(count, answered, z)));
    }
    return new ItemFrequencies(
        item,
        respondents,
        applicable,
        answered,
        applicable - answered,
        answeredWhenSkipped,
        options);
  }
}
