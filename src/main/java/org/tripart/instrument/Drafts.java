package org.tripart.instrument;

import java.util.List;
import java.util.Map;

/**
 * An instrument as read from its file, before validation: each part keeps where it was written, and
 * a part the reader could not make sense of is null (its problem already reported). Records here
 * are immutable holders; lists and maps are not copied.
 */
final class Drafts {
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
   * @param options null when the item gives no {@code options}
   * @param range null when the item gives no {@code range}
   * @param fills null when the item gives no {@code fills}
   */
  record ItemDraft(
      String id,
      ItemType type,
      LocalizedText label,
      LocalizedText help,
      boolean required,
      List<OptionDraft> options,
      SourceLocation optionsAt,
      Located<String> when,
      Located<NumericRange> range,
      Map<String, Located<String>> fills,
      SourceLocation fillsAt,
      SourceLocation location) {}

  /**
   * @param exclusiveAt where {@code exclusive} was written, null when it was not
   */
  record OptionDraft(
      String code,
      LocalizedText label,
      boolean exclusive,
      SourceLocation exclusiveAt,
      SourceLocation location) {}

  /** A value with the place it was written. */
  record Located<T>(T value, SourceLocation at) {}
}
