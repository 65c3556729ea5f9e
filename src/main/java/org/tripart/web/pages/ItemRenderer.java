package org.tripart.web.pages;

import static org.tripart.web.pages.Html.attr;
import static org.tripart.web.pages.Html.esc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.AnswerLookup;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;

/**
 * Renders one item as a {@code <fieldset>} with the inputs its type takes, following the form
 * conventions the server reads (see {@link FormAnswers}): the input names are the item id, the
 * values option codes; a choice input carries {@code data-value}, the number it counts for in
 * calculations, and an option with a condition carries it in {@code data-when} on its label. An
 * item that does not apply is rendered hidden and disabled, so its inputs are not submitted;
 * survey.js shows it when the respondent's answers make it apply. Stateless.
 */
final class ItemRenderer {
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
  record Field(String name, String key, boolean tie) {}

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
    out.append("<fieldset")
        .append(attr("id", base))
        .append(" class=\"item")
        .append(field.tie() ? " tie" : "")
        .append(messages.isEmpty() ? "" : " has-error")
        .append("\"")
        .append(attr(field.tie() ? "data-tie" : "data-item", item.id()))
        .append(attr("data-type", item.type().fileName()));
    state(out, item, base, applies || !messages.isEmpty(), !messages.isEmpty());
    legend(out, item, base, language);
    Html.errors(out, base + "-error", messages);
    inputs(out, item, field, language, answer, institutions, earlier);
    out.append("</fieldset>\n");
  }

  /**
   * The rest of a question's fieldset start tag: its condition, required mark, descriptions ({@code
   * BASE-help}, {@code BASE-error}) and, when not {@code shown}, hidden and disabled.
   */
  static void state(StringBuilder out, Item item, String base, boolean shown, boolean hasErrors) {
    String describedBy =
        ((item.help().isEmpty() ? "" : base + "-help ") + (hasErrors ? base + "-error" : ""))
            .strip();
    if (item.when() != null) {
      out.append(attr("data-when", item.when().source()));
    }
    if (item.required()) {
      out.append(" data-required aria-required=\"true\"");
    }
    if (!describedBy.isEmpty()) {
      out.append(attr("aria-describedby", describedBy));
    }
    if (!shown) {
      out.append(" hidden disabled");
    }
    out.append(">\n");
  }

  /** A question's legend ({@code BASE-label}) with its required mark, and its help. */
  static void legend(StringBuilder out, Item item, String base, String language) {
    out.append("<legend").append(attr("id", base + "-label")).append(">");
    out.append(esc(item.label().in(language)));
    if (item.required()) {
      out.append(" <abbr class=\"req\"")
          .append(attr("title", Texts.get("required", language)))
          .append(">*</abbr>");
    }
    out.append("</legend>\n");
    if (!item.help().isEmpty()) {
      out.append("<p class=\"help\"").append(attr("id", base + "-help")).append(">");
      out.append(esc(item.help().in(language))).append("</p>\n");
    }
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
        ChoiceInputs.render(
            out,
            item,
            field,
            ChoiceInputs.options(item),
            language,
            "radio",
            selected(answer),
            earlier);
        break;
      case MULTIPLE:
        ChoiceInputs.render(
            out,
            item,
            field,
            ChoiceInputs.options(item),
            language,
            "checkbox",
            selected(answer),
            earlier);
        break;
      case PROVINCE:
        {
          Set<String> chosen = selected(answer);
          out.append("<select").append(attr("name", id)).append(attr("id", inputId));
          out.append(labelledBy).append(">\n<option value=\"\">");
          out.append(esc(Texts.get("choose", language))).append("</option>\n");
          for (Option o : ChoiceInputs.options(item)) {
            Html.option(out, o.code(), o.label().in(language), chosen.contains(o.code()));
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
      Html.option(out, current, current, true);
    }
    for (Map.Entry<String, String> e : institutions.entrySet()) {
      Html.option(out, e.getKey(), e.getValue(), e.getKey().equals(current));
    }
    out.append("</select>\n");
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
