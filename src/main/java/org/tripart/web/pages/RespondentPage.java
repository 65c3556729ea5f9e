package org.tripart.web.pages;

import static org.tripart.web.pages.Html.attr;
import static org.tripart.web.pages.Html.esc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.tripart.capture.Violation;
import org.tripart.fieldwork.Institution;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Section;
import org.tripart.instrument.Sector;

/**
 * The respondent's questionnaire as one HTML5 document: a single form posting to {@link
 * PageModel#formAction()} with a hidden {@code _csrf} field and two submit buttons named {@code
 * _action} ({@code save}, {@code submit}); every answered item in a {@code <fieldset data-item
 * data-when>} that survey.js reads, notes and calculated items in a {@code <div>} of their own
 * ({@link DisplayItems}); calculated values are computed as {@code capture.Validator} does and
 * shown read-only. Items that do not apply given the answers (skip logic, evaluated in display
 * order on applicable answers only, as {@code capture.Validator} does) are rendered hidden and
 * disabled, so the page works without JavaScript: saving shows the questions that now apply.
 * Violations appear beside their items and, linked, in a summary at the top.
 *
 * <p>Every instrument text, answer and model string is HTML-escaped; the page has no inline script
 * or style, so it runs under {@code script-src 'self'; style-src 'self'}. Stateless and
 * thread-safe.
 */
public final class RespondentPage {
  private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "zh", "中文");

  private RespondentPage() {}

  /** The full HTML document for this model. */
  public static String render(PageModel m) {
    String lang = m.language();
    Instrument instrument = m.instrument();
    Map<String, List<String>> messages = messagesByItem(m.violations(), lang);
    StringBuilder out = new StringBuilder(32_768);
    String title = instrument.title().in(lang);
    Html.head(out, lang, title.isEmpty() ? m.studyTitle() : title, true, "");
    header(out, m, lang);
    out.append("<main>\n<h1>").append(esc(title)).append("</h1>\n");
    out.append("<p class=\"note\">").append(esc(Texts.get("requiredNote", lang))).append(" ");
    out.append(esc(Texts.get("resume", lang))).append("</p>\n");
    out.append("<noscript><p class=\"note\">").append(esc(Texts.get("noscript", lang)));
    out.append("</p></noscript>\n");
    summary(out, m, messages);
    out.append("<form method=\"post\" novalidate class=\"survey\"")
        .append(attr("action", m.formAction()))
        .append(attr("data-draft-action", m.draftAction()))
        .append(">\n<input type=\"hidden\" name=\"_csrf\"")
        .append(attr("value", m.csrfToken()))
        .append(">\n");
    Map<String, Answer> applicable = new HashMap<>();
    for (Section section : instrument.sections()) {
      out.append("<section class=\"section\"").append(attr("id", "section-" + section.id()));
      out.append(">\n");
      String sectionTitle = section.title().in(lang);
      if (!sectionTitle.isEmpty()) {
        out.append("<h2>").append(esc(sectionTitle)).append("</h2>\n");
      }
      for (Item item : section.items()) {
        Answer answer = m.answers().get(item.id());
        boolean applies = item.when() == null || item.when().test(applicable::get);
        if (item.calculation() != null) {
          answer = applies ? computed(item, applicable) : null;
        }
        if (applies && answer != null) {
          applicable.put(item.id(), answer);
        }
        if (!item.type().isAnsweredByRespondent()) {
          DisplayItems.render(out, item, lang, answer, applies);
          continue;
        }
        List<String> own = messages.getOrDefault(item.id(), List.of());
        if (item.type() == ItemType.ROSTER) {
          RosterRenderer.render(out, item, lang, answer, applies, own, m.rosters());
          continue;
        }
        ItemRenderer.render(
            out, item, lang, answer, applies, own, institutions(m, item), applicable::get);
      }
      out.append("</section>\n");
    }
    out.append("<div class=\"outage\" role=\"alert\" hidden")
        .append(attr("data-kept", Texts.get("keptOnDevice", lang)))
        .append(attr("data-resent", Texts.get("resent", lang)))
        .append("></div>\n");
    out.append("<div class=\"actions\">\n<p class=\"save-status\" role=\"status\"")
        .append(" aria-live=\"polite\"")
        .append(attr("data-saving", Texts.get("saving", lang)))
        .append(attr("data-saved", Texts.get("saved", lang)))
        .append(attr("data-failed", Texts.get("notSaved", lang)))
        .append("></p>\n");
    out.append("<button type=\"submit\" name=\"_action\" value=\"save\" class=\"secondary\">");
    out.append(esc(Texts.get("save", lang))).append("</button>\n");
    out.append("<button type=\"submit\" name=\"_action\" value=\"submit\" class=\"primary\">");
    out.append(esc(Texts.get("submit", lang))).append("</button>\n</div>\n</form>\n</main>\n");
    Html.tail(out);
    return out.toString();
  }

  private static Answer computed(Item item, Map<String, Answer> applicable) {
    OptionalDouble value = item.calculation().evaluate(applicable::get);
    return value.isPresent() ? new Answer.Number(value.getAsDouble()) : null;
  }

  private static void header(StringBuilder out, PageModel m, String lang) {
    out.append("<header class=\"top\">\n<p class=\"study\">").append(esc(m.studyTitle()));
    out.append("</p>\n");
    List<String> languages = m.instrument().languages();
    if (languages.size() > 1) {
      out.append("<nav class=\"languages\"")
          .append(attr("aria-label", Texts.get("language", lang)));
      out.append(">\n");
      for (String l : languages) {
        String name = LANGUAGE_NAMES.getOrDefault(l, l);
        if (l.equals(lang)) {
          out.append("<span class=\"current\" aria-current=\"true\"").append(attr("lang", l));
          out.append(">").append(esc(name)).append("</span>\n");
        } else {
          out.append("<a").append(attr("href", m.languageSwitchBase() + l));
          out.append(attr("lang", l)).append(attr("hreflang", l)).append(">");
          out.append(esc(name)).append("</a>\n");
        }
      }
      out.append("</nav>\n");
    }
    out.append("</header>\n");
    if (m.synthetic()) {
      out.append("<p class=\"banner synthetic\" role=\"note\">");
      out.append(esc(Texts.get("synthetic", lang))).append("</p>\n");
    }
  }

  private static void summary(StringBuilder out, PageModel m, Map<String, List<String>> messages) {
    if (m.violations().isEmpty()) {
      return;
    }
    String lang = m.language();
    Map<String, Item> items = m.instrument().itemsById();
    out.append(
        "<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\">\n");
    out.append("<h2>").append(esc(Texts.get("summary", lang))).append("</h2>\n<ul>\n");
    for (Map.Entry<String, List<String>> e : messages.entrySet()) {
      Item item = items.get(e.getKey());
      String text =
          String.join(
              " ",
              item == null || item.type() != ItemType.ROSTER
                  ? e.getValue()
                  : e.getValue().stream()
                      .map(t -> RosterRenderer.readable(item, t, lang))
                      .toList());
      if (item == null) {
        out.append("<li>").append(esc(text)).append("</li>\n");
      } else {
        out.append("<li><a").append(attr("href", "#item-" + item.id())).append(">");
        out.append("<span class=\"question\">").append(esc(item.label().in(lang)));
        out.append("</span> ").append(esc(text)).append("</a></li>\n");
      }
    }
    out.append("</ul>\n</div>\n");
  }

  /**
   * The choices of an institution item: the hospitals of the model, or for an item of another
   * sector the registers' organisations of that sector by name, when the model has them.
   */
  private static Map<String, String> institutions(PageModel m, Item item) {
    if (item.type() != ItemType.INSTITUTION || item.sector() == Sector.HOSPITAL) {
      return m.institutionChoices();
    }
    List<Institution> sector = m.rosters().organisations().inSector(item.sector(), m.language());
    if (sector.isEmpty()) {
      return m.institutionChoices();
    }
    Map<String, String> choices = new LinkedHashMap<>();
    sector.forEach(o -> choices.put(o.id(), o.name(m.language())));
    return choices;
  }

  private static Map<String, List<String>> messagesByItem(List<Violation> violations, String lang) {
    Map<String, List<String>> byItem = new LinkedHashMap<>();
    for (Violation v : violations) {
      byItem.computeIfAbsent(v.itemId(), k -> new ArrayList<>()).add(v.message(lang));
    }
    return byItem;
  }
}
