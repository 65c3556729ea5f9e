package org.tripart.web.pages;

import static org.tripart.web.pages.Html.attr;
import static org.tripart.web.pages.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;
import org.tripart.instrument.Roster;
import org.tripart.instrument.Sector;

/**
 * Renders a partner roster item: a {@code <fieldset data-type="roster">} holding one slot per
 * partner named and one empty slot (up to the roster's {@code max}), each with a province filter, a
 * "show organisations" submit button ({@code _action=show}) and the list of that province's
 * organisations of the roster's sectors as a {@code <select name="ROSTER.K.id">}, a field for a
 * partner not listed ({@code ROSTER.K.other}) when the roster allows one, and the tie questions
 * rendered as items ({@code ROSTER.K.TIE}, see {@link ItemRenderer#renderTie}). This works without
 * JavaScript; survey.js turns each slot's list into a search-as-you-type combobox over {@code
 * data-search}, hidden and disabled until then, and adds slots from the {@code <template>}, whose
 * slot number is {@code __slot__}. The validator's messages ({@code partners[2].since: ...}) are
 * shown beside their slot and tie without that prefix. Stateless.
 */
final class RosterRenderer {
  /** The slot number in the template survey.js copies. */
  static final String TEMPLATE_SLOT = "__slot__";

  private static final Pattern POSITIONED =
      Pattern.compile("(.+?)\\[([0-9]{1,9})\\](?:\\.([a-z][a-z0-9_]*))?: (.*)", Pattern.DOTALL);

  private RosterRenderer() {}

  /**
   * Appends the roster's fieldset.
   *
   * @param messages the violation messages of this item in the page language
   */
  static void render(
      StringBuilder out,
      Item item,
      String lang,
      Answer answer,
      boolean applies,
      List<String> messages,
      RosterContext rosters) {
    List<RosterSlot> slots = slots(item, answer, rosters);
    Placed placed = place(item, messages, slots);
    String base = "item-" + item.id();
    out.append("<fieldset")
        .append(attr("id", base))
        .append(" class=\"item roster")
        .append(messages.isEmpty() ? "" : " has-error")
        .append("\"")
        .append(attr("data-item", item.id()))
        .append(" data-type=\"roster\"")
        .append(attr("data-max", Integer.toString(item.roster().max())))
        .append(attr("data-lang", lang))
        .append(
            attr(
                "data-sectors",
                item.roster().sectors().stream()
                    .map(Sector::fileName)
                    .collect(Collectors.joining(","))));
    if (!rosters.searchAction().isEmpty()) {
      out.append(attr("data-search", rosters.searchAction()));
    }
    out.append(attr("data-text-none", Texts.get("noMatch", lang)))
        .append(attr("data-text-matches", Texts.get("matches", lang)))
        .append(attr("data-text-failed", Texts.get("searchFailed", lang)));
    ItemRenderer.state(
        out, item, base, applies || !messages.isEmpty(), !placed.itemLevel.isEmpty());
    ItemRenderer.legend(out, item, base, lang);
    Html.errors(out, base + "-error", placed.itemLevel);
    out.append("<ol class=\"partners\">\n");
    for (RosterSlot slot : slots) {
      slot(out, item, Integer.toString(slot.position()), slot, lang, placed, rosters);
    }
    out.append("</ol>\n<template class=\"partner-template\">\n");
    RosterSlot empty = new RosterSlot(0, null, null, null, Map.of());
    slot(out, item, TEMPLATE_SLOT, empty, lang, placed, rosters);
    out.append("</template>\n<button type=\"button\" class=\"secondary add-partner\" hidden>");
    out.append(esc(Texts.get("addPartner", lang))).append("</button>\n</fieldset>\n");
  }

  /**
   * The slots to show: the posted ones, else those of the stored answer; then one empty slot when
   * none is empty and fewer than {@code max} are shown.
   */
  static List<RosterSlot> slots(Item item, Answer answer, RosterContext rosters) {
    List<RosterSlot> slots = new ArrayList<>();
    List<RosterSlot> posted = rosters.posted().get(item.id());
    if (posted != null) {
      slots.addAll(posted);
    } else if (answer instanceof Answer.Partners p) {
      slots.addAll(RosterSlots.fromAnswer(p, rosters.organisations()));
    }
    boolean anyEmpty = slots.stream().anyMatch(RosterSlot::isEmpty);
    if (!anyEmpty && slots.size() < item.roster().max()) {
      int next = slots.isEmpty() ? 1 : slots.get(slots.size() - 1).position() + 1;
      slots.add(new RosterSlot(next, null, null, null, Map.of()));
    }
    return slots;
  }

  private static void slot(
      StringBuilder out,
      Item item,
      String number,
      RosterSlot slot,
      String lang,
      Placed placed,
      RosterContext rosters) {
    Roster roster = item.roster();
    String name = item.id() + "." + number;
    String key = item.id() + "-" + number;
    List<String> own = placed.slots.getOrDefault(slot.position(), List.of());
    out.append("<li class=\"partner\"").append(attr("data-slot", number)).append(">\n");
    out.append("<fieldset class=\"partner-slot").append(own.isEmpty() ? "" : " has-error");
    out.append("\"").append(attr("id", "item-" + key));
    if (!own.isEmpty()) {
      out.append(attr("aria-describedby", "item-" + key + "-error"));
    }
    out.append(">\n<legend>");
    out.append(
        esc(Texts.get("partner", lang))
            .replace("{n}", "<span class=\"slot-number\">" + esc(number) + "</span>"));
    out.append("</legend>\n");
    Html.errors(out, "item-" + key + "-error", own);
    out.append("<div class=\"picker\">\n");
    RosterPicker.provinceFilter(out, name, key, slot.province(), lang);
    RosterPicker.listed(out, roster, name, key, slot, lang, rosters.organisations());
    RosterPicker.search(out, name, key, slot, lang, rosters.organisations());
    out.append("</div>\n");
    if (roster.other()) {
      out.append("<div class=\"other\"><label").append(attr("for", "input-" + key + "-other"));
      out.append(">").append(esc(Texts.get("otherPartner", lang))).append("</label>\n");
      out.append("<input type=\"text\" maxlength=\"200\" autocomplete=\"organization\"");
      out.append(attr("name", name + ".other")).append(attr("id", "input-" + key + "-other"));
      out.append(attr("value", slot.other() == null ? "" : slot.other())).append("></div>\n");
    }
    out.append("<div class=\"ties\">\n");
    Map<String, List<String>> tieMessages = placed.ties.getOrDefault(slot.position(), Map.of());
    for (Item tie : roster.ties()) {
      ItemRenderer.renderTie(
          out,
          tie,
          name + "." + tie.id(),
          lang,
          slot.ties().get(tie.id()),
          tieMessages.getOrDefault(tie.id(), List.of()));
    }
    out.append("</div>\n<button type=\"button\" class=\"secondary remove-partner\" hidden>");
    out.append(esc(Texts.get("removePartner", lang))).append("</button>\n");
    out.append("</fieldset>\n</li>\n");
  }

  /**
   * A roster message as the summary at the top of the page lists it: its {@code ROSTER[K].TIE}
   * prefix said as "Partner K, TIE LABEL"; other messages as they are.
   */
  static String readable(Item item, String message, String lang) {
    Matcher m = POSITIONED.matcher(message);
    if (!m.matches() || !m.group(1).equals(item.id())) {
      return message;
    }
    String place = Texts.get("partner", lang).replace("{n}", m.group(2));
    if (m.group(3) != null) {
      place +=
          ("zh".equals(lang) ? "，" : ", ")
              + item.roster().tie(m.group(3)).map(t -> t.label().in(lang)).orElse(m.group(3));
    }
    return place + ("zh".equals(lang) ? "：" : ": ") + m.group(4);
  }

  /** A roster's messages by where they are shown. */
  private static final class Placed {
    final List<String> itemLevel = new ArrayList<>();
    final Map<Integer, List<String>> slots = new LinkedHashMap<>();
    final Map<Integer, Map<String, List<String>>> ties = new LinkedHashMap<>();
  }

  /**
   * Places each message: beside the tie or slot its {@code ROSTER[K].TIE: } prefix names, without
   * the prefix, when that slot is shown; else above the slots as it is.
   */
  private static Placed place(Item item, List<String> messages, List<RosterSlot> slots) {
    Placed placed = new Placed();
    for (String message : messages) {
      Matcher m = POSITIONED.matcher(message);
      int position = m.matches() && m.group(1).equals(item.id()) ? Integer.parseInt(m.group(2)) : 0;
      if (position == 0 || slots.stream().noneMatch(s -> s.position() == position)) {
        placed.itemLevel.add(message);
      } else if (m.group(3) != null && item.roster().tie(m.group(3)).isPresent()) {
        placed
            .ties
            .computeIfAbsent(position, k -> new LinkedHashMap<>())
            .computeIfAbsent(m.group(3), k -> new ArrayList<>())
            .add(m.group(4));
      } else {
        placed.slots.computeIfAbsent(position, k -> new ArrayList<>()).add(m.group(4));
      }
    }
    return placed;
  }
}
