package org.tripart.instrument;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of an instrument. Immutable.
 *
 * @param id stable id, used as the column name in data files
 * @param type what kind of answer the item takes
 * @param label the question as shown, per language
 * @param help an optional hint shown under the question, {@link LocalizedText#EMPTY} when none
 * @param options the answer options in display order; empty for types without options
 * @param required true when a respondent to whom the item applies must answer it
 * @param when the skip-logic condition under which the item applies; null when it always applies
 * @param range allowed values of a numeric item; {@link NumericRange#ANY} for other types
 * @param fills for an institution item: which item each register attribute fills in ({@code tier ->
 *     hospital_tier}); empty for other types
 * @param location where the item was defined
 * @param calculation for a calculated item: how its value is worked out from earlier answers; null
 *     for every other type
 * @param roster for a partner roster: the registers partners come from, how many may be named and
 *     the questions asked of each; null for every other type
 * @param sector for an institution item: the register the respondent's own organisation is picked
 *     from, {@link Sector#HOSPITAL} when none is given; null for every other type
 */
public record Item(
    String id,
    ItemType type,
    LocalizedText label,
    LocalizedText help,
    List<Option> options,
    boolean required,
    Condition when,
    NumericRange range,
    Map<String, String> fills,
    SourceLocation location,
    Calculation calculation,
    Roster roster,
    Sector sector) {

  /**
   * @throws IllegalArgumentException when a type other than institution is given a sector
   */
  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    label = label == null ? LocalizedText.EMPTY : label;
    help = help == null ? LocalizedText.EMPTY : help;
    options = List.copyOf(options == null ? List.of() : options);
    range = range == null ? NumericRange.ANY : range;
    fills = Map.copyOf(fills == null ? Map.of() : fills);
    location = location == null ? SourceLocation.BUILT_IN : location;
    if (type == ItemType.INSTITUTION) {
      sector = sector == null ? Sector.HOSPITAL : sector;
    } else if (sector != null) {
      throw new IllegalArgumentException(
          "only institution items have a sector, not " + type.fileName() + " item " + id);
    }
  }

  /** An item whose sector, for an institution item, is the default, {@link Sector#HOSPITAL}. */
  public Item(
      String id,
      ItemType type,
      LocalizedText label,
      LocalizedText help,
      List<Option> options,
      boolean required,
      Condition when,
      NumericRange range,
      Map<String, String> fills,
      SourceLocation location,
      Calculation calculation,
      Roster roster) {
    this(
        id,
        type,
        label,
        help,
        options,
        required,
        when,
        range,
        fills,
        location,
        calculation,
        roster,
        null);
  }

  /** An item that is not a partner roster. */
  public Item(
      String id,
      ItemType type,
      LocalizedText label,
      LocalizedText help,
      List<Option> options,
      boolean required,
      Condition when,
      NumericRange range,
      Map<String, String> fills,
      SourceLocation location,
      Calculation calculation) {
    this(
        id,
        type,
        label,
        help,
        options,
        required,
        when,
        range,
        fills,
        location,
        calculation,
        null,
        null);
  }

  /** An item that is neither calculated nor a partner roster. */
  public Item(
      String id,
      ItemType type,
      LocalizedText label,
      LocalizedText help,
      List<Option> options,
      boolean required,
      Condition when,
      NumericRange range,
      Map<String, String> fills,
      SourceLocation location) {
    this(id, type, label, help, options, required, when, range, fills, location, null, null, null);
  }

  /** The skip-logic condition, empty when the item always applies. */
  public Optional<Condition> condition() {
    return Optional.ofNullable(when);
  }

  /** The index of the option with this code in {@link #options()}, or -1. */
  public int optionIndex(String code) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The option with this code.
   *
   * @throws UnknownOptionException when the item has no such option
   */
  public Option option(String code) {
    int i = optionIndex(code);
    if (i < 0) {
      throw new UnknownOptionException(this, code);
    }
    return options.get(i);
  }
}
