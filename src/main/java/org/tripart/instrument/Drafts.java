package org.tripart.instrument;

import java.util.List;
import java.util.Map;

/**
 * An instrument as read from its file, before validation: each part keeps where it was written, and
 * a part the reader could not make sense of is null (its problem already reported). Records here
 * hold what they are given without copying it, and live only while one file is read.
 */
final class Drafts {
  private static final List<Option> YES_NO =
      List.of(
          new Option("yes", LocalizedText.of("Yes", "是")),
          new Option("no", LocalizedText.of("No", "否")));

  private Drafts() {}

  record InstrumentDraft(
      String id,
      String group,
      int version,
      LocalizedText title,
      List<String> languages,
      List<SectionDraft> sections,
      SourceLocation location) {}

  record SectionDraft(
      String id, LocalizedText title, List<ItemDraft> items, SourceLocation location) {}

  /**
   * @param type null when missing or unknown
   * @param helpAt where {@code help} was written, null when it was not
   * @param requiredAt where {@code required} was written, null when it was not
   * @param calculate the calculation as written, null when the item gives none
   * @param options null when the item gives no {@code options}
   * @param range null when the item gives no {@code range}
   * @param fills null when the item gives no {@code fills}
   * @param roster null when the item gives no {@code roster} block
   * @param sector the sector as written, null when the item gives none
   */
  record ItemDraft(
      String id,
      ItemType type,
      LocalizedText label,
      LocalizedText help,
      SourceLocation helpAt,
      boolean required,
      SourceLocation requiredAt,
      List<OptionDraft> options,
      SourceLocation optionsAt,
      Located<String> when,
      Located<String> calculate,
      Located<NumericRange> range,
      Map<String, Located<String>> fills,
      SourceLocation fillsAt,
      RosterDraft roster,
      Located<String> sector,
      SourceLocation location) {

    /**
     * The options the item offers: its own (with their scores, without their conditions), or the
     * implied ones of its type.
     */
    List<Option> offeredOptions() {
      if (type == ItemType.YES_NO) {
        return YES_NO;
      }
      if (type == ItemType.PROVINCE) {
        return Provinces.options();
      }
      if (options == null) {
        return List.of();
      }
      return options.stream()
          .map(o -> new Option(o.code(), o.label(), o.exclusive(), o.score(), null, o.missing()))
          .toList();
    }
  }

  /**
   * @param exclusiveAt where {@code exclusive} was written, null when it was not
   * @param score null when the option gives none
   * @param when the option's condition as written, null when it gives none
   */
  record OptionDraft(
      String code,
      LocalizedText label,
      boolean exclusive,
      SourceLocation exclusiveAt,
      Double score,
      Located<String> when,
      boolean missing,
      SourceLocation location) {}

  /**
   * The {@code roster} block of an item.
   *
   * @param sectors the sectors that were understood, in the order written; duplicates kept
   * @param max null when missing or malformed
   * @param ties the tie questions, read like items; their ids are qualified by the roster's id
   *     ({@code partners.kind}) so that their problems name both, and {@link #tieId} gives the
   *     tie's own id
   */
  record RosterDraft(
      List<Located<Sector>> sectors,
      Located<Integer> max,
      boolean other,
      List<ItemDraft> ties,
      SourceLocation location) {

    /** The tie's own id ({@code kind}) of a qualified tie draft id ({@code partners.kind}). */
    static String tieId(String qualified) {
      return qualified == null ? null : qualified.substring(qualified.indexOf('.') + 1);
    }
  }

  /** A value with the place it was written. */
  record Located<T>(T value, SourceLocation at) {}
}
