package org.tripart.stats;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;

/**
 * Cross-tabulations of a coded item by a single-choice stratifier, with Pearson chi-square tests.
 *
 * <p>A respondent belongs to a stratum when the stratifier applied to them and they chose that
 * option; within a stratum the item's denominators are those of {@link Frequencies}. The overall
 * column counts every respondent, stratum or not, so that it equals {@link Frequencies#of(Dataset,
 * String)}. For a single-choice item the test is of item by stratum over respondents who answered
 * both (each where it applied); for a multiple-choice item there is one test per option, ticked or
 * not by stratum, among those who answered the item.
 *
 * <p>{@link #acrossGroups} compares one item across several datasets, one per respondent group
 * (each with its own instrument), in the same shape: the groups are the strata.
 *
 * <p>Stateless and thread-safe; no side effects. Arguments must not be null.
 */
public final class CrossTabs {
  private CrossTabs() {}

  /**
   * The item's frequencies by each option of {@code byItemId}.
   *
   * @param confidence the level of the Wilson intervals, strictly between 0 and 1
   * @throws org.tripart.instrument.UnknownItemException when either item is not in the instrument
   * @throws StatisticsInputException when the item is not coded, the stratifier is not a
   *     single-choice item, both are the same item, or the confidence level is outside (0, 1)
   */
  public static CrossTab of(Dataset data, String itemId, String byItemId, double confidence) {
    double z = Wilson.z(confidence);
    Column column = Frequencies.codedColumn(data, itemId);
    Column byColumn = data.column(byItemId);
    Item by = byColumn.item();
    if (!by.type().isSingleChoice()) {
      throw new StatisticsInputException(
          Frequencies.where(by),
          "is a "
              + by.type().fileName()
              + " item; a stratifier must be single-choice (single, yesno, likert or province)");
    }
    if (itemId.equals(byItemId)) {
      throw new StatisticsInputException(
          Frequencies.where(by), "an item cannot be cross-tabulated by itself");
    }
    BitSet[] strata = strata((CodedColumn) byColumn, data.applicableRows(byItemId));
    BitSet applicable = data.applicableRows(itemId);
    BitSet outside = Frequencies.allRows(data);
    List<ItemFrequencies> perStratum = new ArrayList<>(strata.length);
    for (BitSet stratum : strata) {
      perStratum.add(Frequencies.tally(column, applicable, stratum, z));
      outside.andNot(stratum);
    }
    List<ItemFrequencies> parts = new ArrayList<>(perStratum);
    parts.add(Frequencies.tally(column, applicable, outside, z));
    ItemFrequencies overall = Frequencies.sum(column.item(), parts, z);
    List<ChiSquareTest> tests =
        column.item().type().isSingleChoice()
            ? List.of(ChiSquare.pearson(itemByStratum(perStratum)))
            : perOptionTests(perStratum);
    List<Option> options = by.options();
    return new CrossTab(column.item(), by, options, perStratum, overall, tests);
  }

  /** The id of the stratifier {@link #acrossGroups} reports: the respondent group. */
  public static final String GROUP = "group";

  /**
   * The item's frequencies in each group's dataset, tabulated as a cross-tabulation whose strata
   * are the groups, in the map's iteration order. Each group's frequencies follow its own
   * instrument (its skip logic and so its denominators), as {@link Frequencies#of(Dataset,
   * String)}; the overall column pools the groups; the tests are those {@link #of} makes for a
   * stratifier. The item's labels, and its option labels, are the first group's; the stratifier is
   * a built-in single-choice item {@value #GROUP} whose options are the group names.
   *
   * @param byGroup each group's dataset, keyed by group name; at least two
   * @param confidence the level of the Wilson intervals, strictly between 0 and 1
   * @throws GroupMismatchException when a group's instrument has no such item, or the groups ask it
   *     with different types or option codes (labels may differ)
   * @throws StatisticsInputException when fewer than two groups are given, the item is not coded,
   *     or the confidence level is outside (0, 1)
   */
  public static CrossTab acrossGroups(
      Map<String, Dataset> byGroup, String itemId, double confidence) {
    double z = Wilson.z(confidence);
    if (byGroup.size() < 2) {
      throw new StatisticsInputException(
          "groups " + byGroup.keySet(), "a comparison across groups needs at least two groups");
    }
    List<String> names = List.copyOf(byGroup.keySet());
    Item first = null;
    String firstGroup = null;
    List<ItemFrequencies> perGroup = new ArrayList<>(names.size());
    List<Option> strata = new ArrayList<>(names.size());
    for (String name : names) {
      Dataset data = byGroup.get(name);
      if (!data.instrument().hasItem(itemId)) {
        throw new GroupMismatchException(
            "item " + itemId + " in groups " + String.join(", ", names),
            "group " + name + "'s instrument has no such item");
      }
      Column column = Frequencies.codedColumn(data, itemId);
      Item item = column.item();
      if (first == null) {
        first = item;
        firstGroup = name;
      } else {
        checkSame(first, firstGroup, item, name);
      }
      perGroup.add(
          Frequencies.tally(column, data.applicableRows(itemId), Frequencies.allRows(data), z));
      strata.add(new Option(name, new LocalizedText(Map.of("en", name))));
    }
    ItemFrequencies overall = Frequencies.sum(first, perGroup, z);
    List<ChiSquareTest> tests =
        first.type().isSingleChoice()
            ? List.of(ChiSquare.pearson(itemByStratum(perGroup)))
            : perOptionTests(perGroup);
    Item by =
        new Item(
            GROUP,
            ItemType.SINGLE,
            new LocalizedText(Map.of("en", "respondent group")),
            null,
            strata,
            false,
            null,
            null,
            null,
            null);
    return new CrossTab(first, by, strata, perGroup, overall, tests);
  }

  private static void checkSame(Item first, String firstGroup, Item other, String group) {
    String where = "item " + first.id() + " in groups " + firstGroup + ", " + group;
    if (first.type() != other.type()) {
      throw new GroupMismatchException(
          where,
          "is a "
              + first.type().fileName()
              + " item in "
              + firstGroup
              + " but a "
              + other.type().fileName()
              + " item in "
              + group);
    }
    List<String> codes = first.options().stream().map(Option::code).toList();
    List<String> otherCodes = other.options().stream().map(Option::code).toList();
    if (!codes.equals(otherCodes)) {
      throw new GroupMismatchException(
          where,
          "has option codes "
              + codes
              + " in "
              + firstGroup
              + " but "
              + otherCodes
              + " in "
              + group);
    }
  }

  /** The rows of each stratum: the stratifier applied and the row chose that option. */
  private static BitSet[] strata(CodedColumn by, BitSet applicable) {
    long[] applies = applicable.toLongArray();
    long[][] words = new long[by.item().options().size()][applies.length];
    for (int w = 0; w < applies.length; w++) {
      int base = w << 6;
      for (long bits = applies[w]; bits != 0; bits &= bits - 1) {
        int bit = Long.numberOfTrailingZeros(bits);
        int code = by.code(base + bit);
        if (code != CodedColumn.BLANK) {
          words[code][w] |= 1L << bit;
        }
      }
    }
    BitSet[] strata = new BitSet[words.length];
    for (int s = 0; s < words.length; s++) {
      strata[s] = BitSet.valueOf(words[s]);
    }
    return strata;
  }

  private static long[][] itemByStratum(List<ItemFrequencies> perStratum) {
    long[][] table = new long[perStratum.size()][];
    for (int s = 0; s < table.length; s++) {
      List<OptionFrequency> options = perStratum.get(s).options();
      table[s] = new long[options.size()];
      for (int o = 0; o < options.size(); o++) {
        table[s][o] = options.get(o).count();
      }
    }
    return table;
  }

  private static List<ChiSquareTest> perOptionTests(List<ItemFrequencies> perStratum) {
    int optionCount = perStratum.isEmpty() ? 0 : perStratum.get(0).options().size();
    List<ChiSquareTest> tests = new ArrayList<>(optionCount);
    for (int o = 0; o < optionCount; o++) {
      long[][] table = new long[2][perStratum.size()];
      for (int s = 0; s < perStratum.size(); s++) {
        ItemFrequencies f = perStratum.get(s);
        long ticked = f.options().get(o).count();
        table[0][s] = ticked;
        table[1][s] = f.answered() - ticked;
      }
      tests.add(ChiSquare.pearson(table));
    }
    return tests;
  }
}
