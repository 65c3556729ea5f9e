package org.tripart.web.pages;

import static org.tripart.web.pages.Html.attr;
import static org.tripart.web.pages.Html.esc;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.tripart.instrument.AnswerLookup;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Provinces;

/**
 * The inputs of single, multiple, yes/no and Likert questions for {@link ItemRenderer}: one
 * labelled radio button or checkbox per option, valued by its code, with {@code data-value} (the
 * number it counts for in calculations, not on tie questions), {@code data-exclusive} and the
 * option's own {@code data-when}. Stateless.
 */
final class ChoiceInputs {
  private static final List<Option> YES_NO =
      List.of(
          new Option("yes", LocalizedText.of("Yes", "是")),
          new Option("no", LocalizedText.of("No", "否")));

  private ChoiceInputs() {}

  /** The options of the item, or the implied ones of yes/no and province items built in code. */
  static List<Option> options(Item item) {
    if (!item.options().isEmpty()) {
      return item.options();
    }
    if (item.type() == ItemType.YES_NO) {
      return YES_NO;
    }
    if (item.type() == ItemType.PROVINCE) {
      return Provinces.options();
    }
    return List.of();
  }

  /** The radio buttons or checkboxes of a choice question, in a {@code div.choices}. */
  static void render(
      StringBuilder out,
      Item item,
      ItemRenderer.Field field,
      List<Option> options,
      String language,
      String inputType,
      Set<String> chosen,
      AnswerLookup earlier) {
    out.append("<div class=\"choices")
        .append(item.type() == ItemType.LIKERT ? " likert" : "")
        .append("\">\n");
    for (int i = 0; i < options.size(); i++) {
      Option o = options.get(i);
      String inputId = "input-" + field.key() + "-" + i;
      boolean offered = o.when() == null || o.when().test(earlier);
      out.append("<label class=\"choice\"").append(attr("for", inputId));
      if (o.when() != null) {
        out.append(attr("data-when", o.when().source()));
      }
      out.append(offered ? ">" : " hidden>");
      out.append("<input").append(attr("type", inputType)).append(attr("id", inputId));
      out.append(attr("name", field.name())).append(attr("value", o.code()));
      OptionalDouble value = Calculations.optionValue(o);
      if (value.isPresent() && !field.tie()) {
        out.append(attr("data-value", ItemRenderer.number(value.getAsDouble())));
      }
      if (!offered) {
        out.append(" disabled");
      }
      if (o.exclusive() && item.type() == ItemType.MULTIPLE) {
        out.append(" data-exclusive");
      }
      if (chosen.contains(o.code())) {
        out.append(" checked");
      }
      out.append("><span>").append(esc(o.label().in(language))).append("</span></label>\n");
    }
    out.append("</div>\n");
  }
}
