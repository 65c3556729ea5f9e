package org.tripart.web.pages;

import static org.tripart.web.pages.Html.attr;
import static org.tripart.web.pages.Html.esc;

import org.tripart.instrument.Answer;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Renders the items respondents do not answer. A note is its text in a {@code <div class="item
 * note-item">}; a calculated item shows its label and its current value, read-only, in an {@code
 * <output>} (empty while it has none) and carries its calculation in {@code data-calculate} for
 * survey.js to recompute as answers change. Neither has a form control, so neither is ever posted.
 * Both carry {@code data-item} and {@code data-when} like answered items and are hidden when they
 * do not apply. Stateless.
 */
final class DisplayItems {
  private DisplayItems() {}

  /**
   * Appends the block of a note or calculated item.
   *
   * @param value the calculated item's current value, null when it has none (always null for notes)
   * @param applies whether the item applies given the answers so far
   */
  static void render(StringBuilder out, Item item, String language, Answer value, boolean applies) {
    String base = "item-" + item.id();
    boolean note = item.type() == ItemType.NOTE;
    out.append("<div")
        .append(attr("id", base))
        .append(note ? " class=\"item note-item\"" : " class=\"item calculated-item\"")
        .append(attr("data-item", item.id()))
        .append(attr("data-type", item.type().fileName()));
    if (item.when() != null) {
      out.append(attr("data-when", item.when().source()));
    }
    if (item.calculation() != null) {
      out.append(attr("data-calculate", Calculations.canonical(item.calculation())));
    }
    if (!applies) {
      out.append(" hidden");
    }
    out.append(">\n");
    if (note) {
      out.append("<p class=\"note-text\">").append(esc(item.label().in(language))).append("</p>\n");
    } else {
      out.append("<p class=\"calculated\"><span").append(attr("id", base + "-label")).append(">");
      out.append(esc(item.label().in(language))).append("</span> <output");
      out.append(attr("id", "value-" + item.id())).append(attr("aria-labelledby", base + "-label"));
      out.append(">");
      if (value instanceof Answer.Number n) {
        out.append(esc(ItemRenderer.number(n.value())));
      }
      out.append("</output></p>\n");
      if (!item.help().isEmpty()) {
        out.append("<p class=\"help\">").append(esc(item.help().in(language))).append("</p>\n");
      }
    }
    out.append("</div>\n");
  }
}
