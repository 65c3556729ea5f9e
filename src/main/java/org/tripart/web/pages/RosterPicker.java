package org.tripart.web.pages;

import static org.tripart.web.pages.Html.attr;
import static org.tripart.web.pages.Html.esc;

import java.util.List;
import org.tripart.fieldwork.Institution;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Roster;
import org.tripart.instrument.Sector;

/**
 * The organisation picker of one roster slot for {@link RosterRenderer}: the province filter with
 * its "show organisations" submit button, the list of that province's organisations (a {@code
 * <select name="ROSTER.K.id">}, grouped by sector) and the search box survey.js enables, with its
 * own hidden {@code ROSTER.K.id}. Ids are built from the slot's key ({@code partners-2}).
 * Stateless.
 */
final class RosterPicker {
  private RosterPicker() {}

  /** The province select ({@code ROSTER.K.province}) and the "show organisations" button. */
  static void provinceFilter(
      StringBuilder out, String name, String key, String province, String lang) {
    String id = "input-" + key + "-province";
    out.append("<div class=\"province-filter\"><label").append(attr("for", id)).append(">");
    out.append(esc(Texts.get("province", lang))).append("</label>\n<select");
    out.append(attr("name", name + "." + FormAnswers.PROVINCE)).append(attr("id", id));
    out.append(" class=\"province\">\n<option value=\"\">");
    out.append(esc(Texts.get("choose", lang))).append("</option>\n");
    for (Province p : Provinces.all()) {
      Html.option(
          out,
          p.code(),
          RosterOrganisations.provinceName(p.code(), lang),
          p.code().equals(province));
    }
    out.append("</select>\n<button type=\"submit\" name=\"_action\" value=\"show\"");
    out.append(" class=\"secondary show-organisations\">");
    out.append(esc(Texts.get("showOrganisations", lang))).append("</button></div>\n");
  }

  /** The list of the slot's province, shown without JavaScript; a hint until one is chosen. */
  static void listed(
      StringBuilder out,
      Roster roster,
      String name,
      String key,
      RosterSlot slot,
      String lang,
      RosterOrganisations organisations) {
    String id = "input-" + key + "-id";
    out.append("<div class=\"listed\">");
    if (slot.province() == null && slot.id() == null) {
      out.append("<p class=\"hint\">").append(esc(Texts.get("pickProvince", lang)));
      out.append("</p></div>\n");
      return;
    }
    out.append("<label").append(attr("for", id)).append(">");
    out.append(esc(Texts.get("organisation", lang))).append("</label>\n<select");
    out.append(attr("name", name + ".id")).append(attr("id", id)).append(">\n<option value=\"\">");
    out.append(esc(Texts.get("choose", lang))).append("</option>\n");
    boolean found = false;
    for (Sector sector : roster.sectors()) {
      List<Institution> list =
          slot.province() == null
              ? List.of()
              : organisations.inProvince(List.of(sector), slot.province(), lang);
      if (list.isEmpty()) {
        continue;
      }
      out.append("<optgroup")
          .append(attr("label", RosterOrganisations.sectorName(sector, lang)))
          .append(">\n");
      for (Institution o : list) {
        boolean chosen = o.id().equals(slot.id());
        found |= chosen;
        Html.option(out, o.id(), o.name(lang), chosen);
      }
      out.append("</optgroup>\n");
    }
    if (slot.id() != null && !found) {
      Html.option(out, slot.id(), displayName(slot.id(), lang, organisations), true);
    }
    out.append("</select></div>\n");
  }

  /** The combobox survey.js enables: hidden and disabled as sent. */
  static void search(
      StringBuilder out,
      String name,
      String key,
      RosterSlot slot,
      String lang,
      RosterOrganisations organisations) {
    String id = "input-" + key + "-search";
    String listbox = key + "-options";
    out.append("<div class=\"search\" hidden><label").append(attr("for", id)).append(">");
    out.append(esc(Texts.get("organisation", lang))).append("</label>\n");
    out.append("<p class=\"hint\"").append(attr("id", key + "-search-hint")).append(">");
    out.append(esc(Texts.get("searchHint", lang))).append("</p>\n<div class=\"combo\">");
    out.append("<input type=\"text\" role=\"combobox\" aria-autocomplete=\"list\"");
    out.append(" aria-expanded=\"false\" autocomplete=\"off\" spellcheck=\"false\" disabled");
    out.append(attr("id", id)).append(attr("aria-controls", listbox));
    out.append(attr("aria-describedby", key + "-search-hint"));
    out.append(attr("value", slot.id() == null ? "" : displayName(slot.id(), lang, organisations)));
    out.append(">\n<input type=\"hidden\" disabled class=\"partner-id\"");
    out.append(attr("name", name + ".id"))
        .append(attr("value", slot.id() == null ? "" : slot.id()));
    out.append(">\n<ul role=\"listbox\" class=\"suggestions\" hidden").append(attr("id", listbox));
    out.append(attr("aria-label", Texts.get("organisation", lang))).append("></ul></div>\n");
    out.append("<p class=\"search-status\" role=\"status\" aria-live=\"polite\"></p></div>\n");
  }

  private static String displayName(String id, String lang, RosterOrganisations organisations) {
    return organisations.find(id).map(o -> o.name(lang)).orElse(id);
  }
}
