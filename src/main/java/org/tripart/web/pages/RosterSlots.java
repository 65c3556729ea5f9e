package org.tripart.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tripart.fieldwork.Institution;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Partner;

/**
 * The partner slots of rosters, from stored answers (a resumed draft) or from a posted form (shown
 * again as sent). Stateless and thread-safe; reads its arguments only.
 */
public final class RosterSlots {
  private RosterSlots() {}

  /**
   * The slots of every roster of {@code instrument} the form posts, by roster id: each slot with a
   * non-blank field, in slot order, with its tie answers taken as the page shows them (codes as
   * chosen, numbers that read as numbers, text as typed); the validator decides what is right.
   */
  public static Map<String, List<RosterSlot>> fromForm(
      Instrument instrument, Map<String, List<String>> formParams) {
    Map<String, List<RosterSlot>> out = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      if (item.type() != ItemType.ROSTER) {
        continue;
      }
      TreeMap<Integer, Map<String, List<String>>> slots = FormAnswers.slotFields(item, formParams);
      if (slots.isEmpty()) {
        continue;
      }
      List<RosterSlot> list = new ArrayList<>();
      slots.forEach((position, fields) -> list.add(slot(item, position, fields)));
      out.put(item.id(), List.copyOf(list));
    }
    return out;
  }

  /** The slots of stored partners, numbered from 1; a listed partner's list shows its province. */
  public static List<RosterSlot> fromAnswer(
      Answer.Partners partners, RosterOrganisations organisations) {
    List<RosterSlot> out = new ArrayList<>();
    int position = 0;
    for (Partner p : partners.partners()) {
      String province = organisations.find(p.id()).map(Institution::provinceCode).orElse(null);
      out.add(new RosterSlot(++position, p.id(), p.other(), province, p.ties()));
    }
    return List.copyOf(out);
  }

  private static RosterSlot slot(Item roster, int position, Map<String, List<String>> fields) {
    Map<String, Answer> ties = new LinkedHashMap<>();
    for (Item tie : roster.roster().ties()) {
      List<String> values = fields.get(tie.id());
      Answer answer = values == null ? null : asShown(tie, values);
      if (answer != null) {
        ties.put(tie.id(), answer);
      }
    }
    return new RosterSlot(
        position,
        first(fields.get("id")),
        first(fields.get("other")),
        first(fields.get(FormAnswers.PROVINCE)),
        ties);
  }

  private static Answer asShown(Item tie, List<String> values) {
    switch (tie.type()) {
      case MULTIPLE:
        return new Answer.Choices(new LinkedHashSet<>(values));
      case SINGLE:
      case LIKERT:
      case YES_NO:
        return new Answer.Choice(values.get(0));
      case INTEGER:
      case DECIMAL:
        try {
          double v = Double.parseDouble(values.get(0).strip());
          return Double.isFinite(v) ? new Answer.Number(v) : null;
        } catch (NumberFormatException e) {
          return null;
        }
      default:
        return new Answer.Text(values.get(0));
    }
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0).strip();
  }
}
