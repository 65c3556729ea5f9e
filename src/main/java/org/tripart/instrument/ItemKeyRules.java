package org.tripart.instrument;

import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.ItemDraft;

/**
 * The keys that notes and calculated items take and refuse: a note is its label (and perhaps a
 * {@code when}), with no {@code help} and never {@code required}; a calculated item needs {@code
 * calculate}, which no other type takes, and is never {@code required} (its value is worked out,
 * not asked). Only institution items take a {@code sector} (hospital, institution or company).
 * Options and ranges of these types are checked with those of every type. Stateless apart from the
 * {@link YamlNodes} it reports to; not thread-safe.
 */
final class ItemKeyRules {
  private final YamlNodes nodes;

  ItemKeyRules(YamlNodes nodes) {
    this.nodes = nodes;
  }

  void check(ItemDraft item) {
    ItemType type = item.type();
    if (type == null) {
      return;
    }
    if (type == ItemType.NOTE) {
      if (item.required()) {
        notFor(item, item.requiredAt(), "a note is only shown, never answered; remove required");
      }
      if (item.helpAt() != null) {
        notFor(item, item.helpAt(), "a note's text is its label; help is not for note items");
      }
    }
    if (item.sector() != null && type != ItemType.INSTITUTION) {
      notFor(
          item,
          item.sector().at(),
          "sector is only for institution items, not " + type.fileName() + " items");
    } else if (item.sector() != null && Sector.fromFileName(item.sector().value()).isEmpty()) {
      nodes.report(
          ErrorCode.INVALID_SECTOR,
          item.sector().at(),
          item.id(),
          "sector '" + item.sector().value() + "' is not one of hospital, institution, company");
    }
    if (type == ItemType.CALCULATED) {
      if (item.calculate() == null) {
        nodes.report(
            ErrorCode.INSTRUMENT_STRUCTURE,
            item.location(),
            item.id(),
            "calculated items need 'calculate', the expression that works out the value");
      }
      if (item.required()) {
        notFor(
            item,
            item.requiredAt(),
            "a calculated item's value is worked out, never asked; remove required");
      }
    } else if (item.calculate() != null) {
      notFor(
          item,
          item.calculate().at(),
          "calculate is only for calculated items, not " + type.fileName() + " items");
    }
  }

  private void notFor(ItemDraft item, SourceLocation at, String message) {
    nodes.report(ErrorCode.NOT_FOR_ITEM_TYPE, at, item.id(), message);
  }
}
