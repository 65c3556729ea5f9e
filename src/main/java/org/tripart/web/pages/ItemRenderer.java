package org.tripart.web.pages;

import static org.tripart.web.pages.Html.attr;
import static org.tripart.web.pages.Html.esc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.AnswerLookup;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;
import org.tripart.instrument.Provinces;

/**
 * Renders one item as a {@code <fieldset>} with the inputs its type takes, following the form
 * conventions the server reads (see {@link FormAnswers}): the input names are the item id, the
 * values option codes; a choice input carries {@code data-value}, the number it counts for in
 * calculations, and an option with a condition carries it in {@code data-when} on its label. An
 * item that does not apply is rendered hidden and disabled, so its inputs are not submitted;
 * survey.js shows it when the respondent's answers make it apply. Stateless.
 */
final class ItemRenderer {
  private static final List<Option> YES_NO =
      List.of(
          new Option("yes", LocalizedText.of("Yes", "是")),
          new Option("no", LocalizedText.of("No", "否")));

  private ItemRenderer() {}

  /**
   * Appends the fieldset of {@code item}.
   *
   * @param applies whether the item applies given the answers so far
   * @param messages the violation messages of this item, already in the page language
   * @param earlier the applicable answers to earlier items, for the options' own conditions: an
   *     option whose condition does not hold is rendered hidden and disabled
   */
  static void render(
      StringBuilder out,
      Item item,
      String language,
      Answer answer,
      boolean applies,
      List<String> messages,
      Map<String, String> institutions,
      AnswerLookup earlier) {
    Field field = new Field(item.id(), item.id(), false);
    fieldset(out, item, field, language, answer, applies, messages, institutions, earlier);
  }

  /**
   * Appends the fieldset of a roster's tie question for one partner slot: as an item of its type,
   * its inputs named {@code name} ({@code partners.2.since}), marked {@code data-tie} (not {@code
   * data-item}: skip logic and autosave read ties through their roster), without option values.
   *
   * @param messages the violation messages of this tie in this slot, in the page language
   */
  static void renderTie(
      StringBuilder out,
      Item tie,
      String name,
      String language,
      Answer answer,
      List<String> messages) {
    Field field = new Field(name, name.replace('.', '-'), true);
    fieldset(out, tie, field, language, answer, true, messages, Map.of(), id -> null);
  }

  /**
   * The names of one question's inputs.
   *
   * @param name the form field name
   * @param key what element ids are built from ({@code item-KEY}, {@code input-KEY})
   * @param tie true for a roster's tie question
   */
  private record Field(String name, String key, boolean tie) {}

  private static void fieldset(
      StringBuilder out,
      Item item,
      Field field,
      String language,
      Answer answer,
      boolean applies,
      List<String> messages,
      Map<String, String> institutions,
      AnswerLookup earlier) {
    String base = "item-" + field.key();
    boolean shown = applies || !messages.isEmpty();
    StringBuilder describedBy = new StringBuilder();
    if (!item.help().isEmpty()) {
      describedBy.append(base).append("-help");
    }
    if (!messages.isEmpty()) {
      describedBy.append(describedBy.length() > 0 ? " " : "").append(base).append("-error");
    }
    out.append("<fieldset")
        .append(attr("id", base))
        .append(" class=\"item")
        .append(field.tie() ? " tie" : "")
        .append(messages.isEmpty() ? "" : " has-error")
        .append("\"")
        .append(attr(field.tie() ? "data-tie" : "data-item", item.id()))
        .append(attr("data-type", item.type().fileName()));
    if (item.when() != null) {
      out.append(attr("data-when", item.when().source()));
    }
    if (item.required()) {
      out.append(" data-required aria-required=\"true\"");
    }
    if (describedBy.length() > 0) {
      out.append(attr("aria-describedby", describedBy.toString()));
    }
    if (!shown) {
      out.append(" hidden disabled");
    }
    out.append(">\n<legend").append(attr("id", base + "-label")).append(">");
    out.append(esc(item.label().in(language)));
    if (item.required()) {
      out.append(" <abbr class=\"req\"")
          .append(attr("title", Texts.get("required", language)))
          .append(">*</abbr>");
    }
    out.append("</legend>\n");
    if (!item.help().isEmpty()) {
      out.append("<p class=\"help\"")
          .append(attr("id", base + "-help"))
          .append(">")
          .append(esc(item.help().in(language)))
          .append("</p>\n");
    }
    errors(out, base + "-error", messages);
    inputs(out, item, field, language, answer, institutions, earlier);
    out.append("</fieldset>\n");
  }

  /** The messages in a {@code div.error} with this id; nothing when there are none. */
  static void errors(StringBuilder out, String id, List<String> messages) {
    if (messages.isEmpty()) {
      return;
    }
    out.append("<div class=\"error\"").append(attr("id", id)).append(" role=\"alert\">");
    for (String m : messages) {
      out.append("<p>").append(esc(m)).append("</p>");
    }
    out.append("</div>\n");
  }

  private static void inputs(
      StringBuilder out,
      Item item,
      Field field,
      String language,
      Answer answer,
      Map<String, String> institutions,
      AnswerLookup earlier) {
    String id = field.name();
    String inputId = "input-" + field.key();
    String labelledBy = attr("aria-labelledby", "item-" + field.key() + "-label");
    switch (item.type()) {
      case SINGLE:
      case LIKERT:
      case YES_NO:
        choices(out, item, field, options(item), language, "radio", selected(answer), earlier);
        break;
      case MULTIPLE:
        choices(out, item, field, options(item), language, "checkbox", selected(answer), earlier);
        break;
      case PROVINCE:
        {
          Set<String> chosen = selected(answer);
          out.append("<select").append(attr("name", id)).append(attr("id", inputId));
          out.append(labelledBy).append(">\n<option value=\"\">");
          out.append(esc(Texts.get("choose", language))).append("</option>\n");
          for (Option o : options(item)) {
            option(out, o.code(), o.label().in(language), chosen.contains(o.code()));
          }
          out.append("</select>\n");
          break;
        }
      case INTEGER:
      case DECIMAL:
        number(out, item, field, answer, labelledBy);
        break;
      case TEXT:
        out.append("<textarea rows=\"4\"").append(attr("name", id));
        out.append(attr("id", inputId)).append(labelledBy).append(">");
        out.append(esc(text(answer))).append("</textarea>\n");
        break;
      case DATE:
        out.append("<input type=\"date\"").append(attr("name", id));
        out.append(attr("id", inputId)).append(labelledBy);
        out.append(attr("value", text(answer))).append(">\n");
        break;
      case INSTITUTION:
        institution(out, id, language, text(answer), institutions, labelledBy);
        break;
      default:
        throw new IllegalStateException("no input for item type " + item.type());
    }
  }

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

  private static void choices(
      StringBuilder out,
      Item item,
      Field field,
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
        out.append(attr("data-value", number(value.getAsDouble())));
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

  private static void number(
      StringBuilder out, Item item, Field field, Answer answer, String labelledBy) {
    NumericRange range = item.range();
    boolean integer = item.type() == ItemType.INTEGER;
    out.append("<input type=\"number\"").append(attr("name", field.name()));
    out.append(attr("id", "input-" + field.key())).append(labelledBy);
    out.append(attr("inputmode", integer ? "numeric" : "decimal"));
    if (Double.isFinite(range.min())) {
      out.append(attr("min", number(range.min())));
    }
    if (Double.isFinite(range.max())) {
      out.append(attr("max", number(range.max())));
    }
    out.append(attr("step", integer ? "1" : "any"));
    if (answer instanceof Answer.Number n && Double.isFinite(n.value())) {
      out.append(attr("value", number(n.value())));
    }
    out.append(">\n");
  }

  private static void institution(
      StringBuilder out,
      String id,
      String language,
      String current,
      Map<String, String> institutions,
      String labelledBy) {
    if (institutions.isEmpty()) {
      out.append("<input type=\"text\" autocomplete=\"organization\"").append(attr("name", id));
      out.append(attr("id", "input-" + id)).append(labelledBy);
      out.append(attr("value", current)).append(">\n");
      return;
    }
    out.append("<select").append(attr("name", id)).append(attr("id", "input-" + id));
    out.append(labelledBy).append(">\n<option value=\"\">");
    out.append(esc(Texts.get("choose", language))).append("</option>\n");
    if (!current.isEmpty() && !institutions.containsKey(current)) {
      option(out, current, current, true);
    }
    for (Map.Entry<String, String> e : institutions.entrySet()) {
      option(out, e.getKey(), e.getValue(), e.getKey().equals(current));
    }
    out.append("</select>\n");
  }

  static void option(StringBuilder out, String value, String label, boolean selected) {
    out.append("<option").append(attr("value", value)).append(selected ? " selected>" : ">");
    out.append(esc(label)).append("</option>\n");
  }

  private static Set<String> selected(Answer answer) {
    if (answer instanceof Answer.Choice c) {
      return Set.of(c.code());
    }
    if (answer instanceof Answer.Choices c) {
      return c.codes();
    }
    return Set.of();
  }

  private static String text(Answer answer) {
    if (answer instanceof Answer.Text t) {
      return t.value();
    }
    if (answer instanceof Answer.Number n) {
      return number(n.value());
    }
    return "";
  }

  /** A number as a respondent would type it: no trailing {@code .0}, no exponent. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
