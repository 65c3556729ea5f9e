package org.tripart.interop.xlsform;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tripart.instrument.Conditions;
import org.tripart.instrument.Item;
import org.tripart.instrument.Option;
import org.tripart.interop.ConversionNote;

/**
 * Writes an item's options as rows of the choices sheet: labels per language, Tripart's option
 * flags, scores and conditions in {@code tripart::} columns, and a single-valued cascade ({@code
 * state = 'texas'} on every option) also as ODK's {@code choice_filter} with a {@code filter}
 * column. Stateless.
 */
final class ChoiceExport {
  private static final Pattern CASCADE = Pattern.compile("([a-z][a-z0-9_]*) = '([^']*)'");

  private ChoiceExport() {}

  static void options(
      Item item,
      List<String> languages,
      Map<String, String> r,
      List<Map<String, String>> choiceRows,
      String where,
      String subject,
      List<ConversionNote> notes) {
    String cascadeItem = null;
    boolean cascade = !item.options().isEmpty();
    for (Option o : item.options()) {
      Matcher m = o.when() == null ? null : CASCADE.matcher(Conditions.canonical(o.when()));
      if (m == null || !m.matches() || (cascadeItem != null && !cascadeItem.equals(m.group(1)))) {
        cascade = false;
      } else {
        cascadeItem = m.group(1);
      }
    }
    boolean conditional = item.options().stream().anyMatch(o -> o.when() != null);
    if (cascade) {
      r.put("choice_filter", "${" + cascadeItem + "} = filter");
    } else if (conditional) {
      notes.add(
          new ConversionNote(
              where,
              subject,
              "option conditions are not a simple cascade; other tools offer every option"));
    }
    for (Option o : item.options()) {
      Map<String, String> c = XlsFormExport.row("list_name", item.id(), "name", o.code());
      languages.forEach(l -> c.put("label::" + Columns.languageHeader(l), o.label().in(l)));
      if (o.exclusive()) {
        c.put("tripart::exclusive", "yes");
      }
      if (o.score() != null) {
        c.put("tripart::score", XPathTranslator.number(Double.toString(o.score())));
      }
      if (o.missing()) {
        c.put("tripart::missing", "yes");
      }
      if (o.when() != null) {
        String canonical = Conditions.canonical(o.when());
        c.put("tripart::when", canonical);
        if (cascade) {
          Matcher m = CASCADE.matcher(canonical);
          m.matches();
          c.put("filter", m.group(2));
        }
      }
      choiceRows.add(c);
    }
    if (item.options().stream().anyMatch(Option::exclusive)) {
      notes.add(
          new ConversionNote(
              where,
              subject,
              "exclusive options (\"none of these\") are not enforced by other tools"));
    }
    if (item.options().stream().anyMatch(o -> o.score() != null)) {
      notes.add(
          new ConversionNote(
              where, subject, "option scores are in tripart::score, which other tools ignore"));
    }
  }
}
