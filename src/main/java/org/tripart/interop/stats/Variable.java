package org.tripart.interop.stats;

import java.util.List;
import org.tripart.instrument.Item;

/**
 * One column of the data written for a statistics package. Immutable.
 *
 * @param name the safe variable name (letters, digits and {@code _}, starting with a letter, at
 *     most 32 characters, no reserved word)
 * @param column the column's name in Tripart's CSV layout (item id, {@code item___code}, {@code
 *     record_id})
 * @param label the variable label in the chosen language
 * @param kind what the values are
 * @param item the item the column belongs to; null for the record id
 * @param option for a {@link Kind#DUMMY}: the index of its option in the item; else -1
 * @param codes for a {@link Kind#CODED}: the numeric code of each option, by option index; else
 *     empty
 * @param valueLabels the value labels, in option order; empty for numbers, text and dates
 * @param missing the numeric codes of the options flagged as missing-data codes, in option order
 */
record Variable(
    String name,
    String column,
    String label,
    Kind kind,
    Item item,
    int option,
    List<Long> codes,
    List<ValueLabel> valueLabels,
    List<Long> missing) {
  Variable {
    codes = List.copyOf(codes);
    valueLabels = List.copyOf(valueLabels);
    missing = List.copyOf(missing);
  }

  /** What a variable holds. */
  enum Kind {
    /** The record id, a string. */
    ID,
    /** The numeric code of a single-choice, yes/no, Likert or province answer. */
    CODED,
    /** One option of a multiple-choice item: 1 ticked, 0 not ticked. */
    DUMMY,
    /** An integer, decimal or calculated value. */
    NUMBER,
    /** Free text or an institution id. */
    TEXT,
    /** A calendar date, ISO 8601 in Tripart's data. */
    DATE
  }

  /** One value label: a numeric code and its text. */
  record ValueLabel(long value, String label) {}
}
