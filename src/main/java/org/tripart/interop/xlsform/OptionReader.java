package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tripart.instrument.ItemType;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.xlsform.XPath.Node;
import org.tripart.interop.xlsform.XPath.Untranslatable;
import org.tripart.interop.xlsform.XPathTranslator.Cond;

/**
 * Gives a select question its options from the choices sheet: safe codes unique within the item (a
 * name repeated under {@code allow_choice_duplicates} becomes {@code king_2}), labels in every
 * language, Tripart's {@code tripart::} option columns, and a {@code choice_filter} turned into a
 * condition per option. Not thread-safe; used by one {@link ItemRow}.
 */
final class OptionReader {
  private final Texts texts;
  private final ChoiceLists choices;
  private final XPathTranslator translator;
  private final List<ConversionNote> notes;

  OptionReader(
      Texts texts, ChoiceLists choices, XPathTranslator translator, List<ConversionNote> notes) {
    this.texts = texts;
    this.choices = choices;
    this.translator = translator;
    this.notes = notes;
  }

  /** Adds the options of {@code listName}; false (noted) when the question cannot keep them. */
  boolean fill(ItemSpec spec, String listName, String choiceFilter, String filterWhere) {
    List<ChoiceLists.Choice> list = choices.list(listName);
    if (list == null) {
      notes.add(
          new ConversionNote(
              spec.where,
              spec.xlsName,
              "choice list '"
                  + listName
                  + "' is not in the choices sheet; the question is not carried over"));
      return false;
    }
    Ids codes = new Ids(true);
    Set<String> names = new HashSet<>();
    for (ChoiceLists.Choice c : list) {
      String code = codes.unique(c.name());
      if (!names.add(c.name())) {
        notes.add(
            new ConversionNote(
                c.where(),
                spec.xlsName,
                "choice name '"
                    + c.name()
                    + "' appears more than once in list "
                    + listName
                    + "; Tripart option codes are unique per question, so this one is "
                    + code));
      } else if (!code.equals(c.name())) {
        notes.add(
            new ConversionNote(
                c.where(),
                spec.xlsName,
                "choice name '" + c.name() + "' becomes the option code " + code));
      }
      ItemSpec.OptionSpec o =
          new ItemSpec.OptionSpec(
              code, c.name(), ChoiceLists.label(c, texts, listName + " " + c.name()), c.where());
      o.exclusive = flag(c.columns().get("tripart::exclusive"));
      o.missing = flag(c.columns().get("tripart::missing"));
      String score = c.columns().getOrDefault("tripart::score", "");
      if (!score.isEmpty()) {
        try {
          o.score = Double.valueOf(score);
        } catch (NumberFormatException e) {
          notes.add(
              new ConversionNote(
                  c.where(),
                  spec.xlsName,
                  "tripart::score '" + score + "' is not a number; ignored"));
        }
      }
      String when = c.columns().getOrDefault("tripart::when", "");
      o.when = when.isEmpty() ? null : when;
      spec.options.add(o);
    }
    if (!choiceFilter.isEmpty() && spec.options.stream().noneMatch(o -> o.when != null)) {
      filter(spec, list, choiceFilter, filterWhere);
    }
    boolean needsTwo =
        spec.type == ItemType.SINGLE
            || spec.type == ItemType.MULTIPLE
            || spec.type == ItemType.LIKERT;
    if (needsTwo && spec.options.size() < 2) {
      notes.add(
          new ConversionNote(
              spec.where,
              spec.xlsName,
              "list '"
                  + listName
                  + "' has fewer than 2 choices; Tripart needs 2, so the question is not carried over"));
      return false;
    }
    return true;
  }

  private void filter(ItemSpec spec, List<ChoiceLists.Choice> list, String xpath, String where) {
    List<String> conditions = new ArrayList<>();
    try {
      Node tree = XPath.parse(xpath);
      for (ChoiceLists.Choice c : list) {
        Cond cond = translator.condition(substitute(tree, c));
        conditions.add(cond.constant() == null ? cond.text() : cond.constant() ? null : "false");
      }
      if (conditions.contains("false")) {
        throw new Untranslatable("it excludes some choices for every answer");
      }
    } catch (Untranslatable e) {
      notes.add(
          new ConversionNote(
              where,
              spec.xlsName,
              "choice_filter \""
                  + xpath
                  + "\" not carried over, so every choice is offered: "
                  + e.getMessage()));
      return;
    }
    for (int i = 0; i < conditions.size(); i++) {
      spec.options.get(i).when = conditions.get(i);
    }
  }

  private static Node substitute(Node n, ChoiceLists.Choice c) throws Untranslatable {
    if (n instanceof XPath.Name name) {
      String column = name.name().toLowerCase(Locale.ROOT);
      String value = c.columns().get(column);
      if (value == null) {
        throw new Untranslatable("the choices sheet has no column " + name.name());
      }
      return new XPath.Str(value);
    }
    if (n instanceof XPath.Binary b) {
      return new XPath.Binary(b.op(), substitute(b.left(), c), substitute(b.right(), c));
    }
    if (n instanceof XPath.Call call) {
      List<Node> args = new ArrayList<>();
      for (Node a : call.args()) {
        args.add(substitute(a, c));
      }
      return new XPath.Call(call.function(), args);
    }
    if (n instanceof XPath.Negate neg) {
      return new XPath.Negate(substitute(neg.operand(), c));
    }
    return n;
  }

  private static boolean flag(String value) {
    return value != null
        && Set.of("yes", "true", "1").contains(value.trim().toLowerCase(Locale.ROOT));
  }
}
