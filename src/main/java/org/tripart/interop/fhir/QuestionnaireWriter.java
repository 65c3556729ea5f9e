package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Conditions;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Section;
import org.tripart.interop.ConversionNote;

/**
 * Writes an instrument as a FHIR R4 Questionnaire: sections as groups, native FHIR wherever FHIR
 * can say it (types, answerOption with ordinalValue, translations, required, repeats, min/max,
 * enableWhen, a calculatedExpression for sums of scores) and the rest in Tripart's extensions.
 * Stateless; one call per instrument.
 */
final class QuestionnaireWriter {
  private static final Pattern SUM = Pattern.compile("sum\\(([a-z0-9_, ]+)\\)");
  private static final Pattern ATOM =
      Pattern.compile(
          "(not )?answered\\(([a-z][a-z0-9_]*)\\)"
              + "|([a-z][a-z0-9_]*) (=|!=|<|<=|>|>=|has) ('([a-z0-9_]+)'|(-?[0-9.]+))");

  private final Instrument in;
  private final List<ConversionNote> notes = new ArrayList<>();

  QuestionnaireWriter(Instrument in) {
    this.in = in;
  }

  List<ConversionNote> notes() {
    return notes;
  }

  Questionnaire write() {
    Questionnaire q = new Questionnaire();
    q.setId(in.id().replace('_', '-'));
    q.setName(in.id());
    q.setVersion(Integer.toString(in.version()));
    q.setStatus(PublicationStatus.ACTIVE);
    q.setLanguage(in.languages().get(0));
    Texts.write(q.getTitleElement(), in.title().texts());
    q.addExtension(TripartExtensions.GROUP, new StringType(in.group()));
    q.addExtension(TripartExtensions.LANGUAGES, new StringType(String.join(",", in.languages())));
    for (Section s : in.sections()) {
      QuestionnaireItemComponent g =
          q.addItem().setLinkId(s.id()).setType(QuestionnaireItemType.GROUP);
      Texts.write(g.getTextElement(), s.title().texts());
      for (Item item : s.items()) {
        g.addItem(item(item));
      }
    }
    return q;
  }

  private QuestionnaireItemComponent item(Item item) {
    QuestionnaireItemComponent f = new QuestionnaireItemComponent().setLinkId(item.id());
    Texts.write(f.getTextElement(), item.label().texts());
    f.setType(type(item));
    if (item.required()) {
      f.setRequired(true);
    }
    if (item.type() == ItemType.MULTIPLE) {
      f.setRepeats(true);
    }
    if (item.type() == ItemType.LIKERT
        || item.type() == ItemType.PROVINCE
        || item.type() == ItemType.INSTITUTION) {
      f.addExtension(
          TripartExtensions.TYPE, new org.hl7.fhir.r4.model.CodeType(item.type().fileName()));
      notes.add(
          note(
              item,
              "written as FHIR "
                  + f.getType().toCode()
                  + "; other tools do not know Tripart's "
                  + item.type().fileName()
                  + " type"));
    }
    List<Option> options = item.type() == ItemType.PROVINCE ? Provinces.options() : item.options();
    if (item.type() != ItemType.YES_NO) {
      for (Option o : options) {
        option(f, o);
      }
    }
    range(f, item);
    if (!item.help().isEmpty()) {
      StringType help = new StringType();
      Texts.write(help, item.help().texts());
      f.addExtension(TripartExtensions.HELP, help);
    }
    item.fills()
        .forEach((k, v) -> f.addExtension(TripartExtensions.FILLS, new StringType(k + "=" + v)));
    if (item.when() != null) {
      String when = Conditions.canonical(item.when());
      f.addExtension(TripartExtensions.WHEN, new StringType(when));
      if (!enableWhen(f, when)) {
        notes.add(
            note(
                item,
                "skip logic \""
                    + when
                    + "\" has no enableWhen form; other tools always show the item"));
      }
    }
    if (item.calculation() != null) {
      String calc = Calculations.canonical(item.calculation());
      f.addExtension(TripartExtensions.CALCULATE, new StringType(calc));
      f.setReadOnly(true);
      String path = fhirPath(calc);
      if (path != null) {
        Expression e = new Expression().setLanguage("text/fhirpath").setExpression(path);
        f.addExtension(Scores.CALCULATED.get(0), e);
      } else {
        notes.add(
            note(
                item,
                "calculation \"" + calc + "\" has no FHIRPath form; only Tripart computes it"));
      }
    }
    return f;
  }

  private static QuestionnaireItemType type(Item item) {
    return switch (item.type()) {
      case SINGLE, MULTIPLE, LIKERT, PROVINCE -> QuestionnaireItemType.CHOICE;
      case YES_NO -> QuestionnaireItemType.BOOLEAN;
      case INTEGER, ROSTER -> QuestionnaireItemType.INTEGER;
      case DECIMAL, CALCULATED -> QuestionnaireItemType.DECIMAL;
      case DATE -> QuestionnaireItemType.DATE;
      case NOTE -> QuestionnaireItemType.DISPLAY;

      case INSTITUTION -> QuestionnaireItemType.STRING;
      case TEXT -> QuestionnaireItemType.TEXT;
    };
  }

  private static void option(QuestionnaireItemComponent f, Option o) {
    Coding c = new Coding().setCode(o.code());
    Texts.write(c.getDisplayElement(), o.label().texts());
    var a = f.addAnswerOption().setValue(c);
    if (o.score() != null) {
      a.addExtension(AnswerSets.ORDINAL, new DecimalType(o.score()));
    }
    if (o.exclusive()) {
      a.addExtension(TripartExtensions.EXCLUSIVE, new BooleanType(true));
    }
    if (o.missing()) {
      a.addExtension(TripartExtensions.MISSING, new BooleanType(true));
    }
    if (o.when() != null) {
      a.addExtension(TripartExtensions.WHEN, new StringType(Conditions.canonical(o.when())));
    }
  }

  private static void range(QuestionnaireItemComponent f, Item item) {
    NumericRange r = item.range();
    boolean integer = item.type() == ItemType.INTEGER;
    if (!Double.isInfinite(r.min())) {
      f.addExtension(
          "http://hl7.org/fhir/StructureDefinition/minValue",
          integer ? new IntegerType((int) r.min()) : new DecimalType(r.min()));
    }
    if (!Double.isInfinite(r.max())) {
      f.addExtension(
          "http://hl7.org/fhir/StructureDefinition/maxValue",
          integer ? new IntegerType((int) r.max()) : new DecimalType(r.max()));
    }
  }

  /**
   * Adds the enableWhen form of a canonical condition that is one atom or atoms joined by only
   * {@code and} or only {@code or}; false when it has none.
   */
  private boolean enableWhen(QuestionnaireItemComponent f, String when) {
    boolean ors = when.contains(" or ");
    boolean ands = when.contains(" and ");
    if (ors && ands) {
      return false;
    }
    String[] atoms = when.split(ors ? " or " : " and ");
    List<Questionnaire.QuestionnaireItemEnableWhenComponent> out = new ArrayList<>();
    for (String atom : atoms) {
      var w = atom(atom);
      if (w == null) {
        return false;
      }
      out.add(w);
    }
    out.forEach(f::addEnableWhen);
    if (out.size() > 1) {
      f.setEnableBehavior(
          ors ? Questionnaire.EnableWhenBehavior.ANY : Questionnaire.EnableWhenBehavior.ALL);
    }
    return true;
  }

  private Questionnaire.QuestionnaireItemEnableWhenComponent atom(String atom) {
    Matcher m = ATOM.matcher(atom);
    if (!m.matches()) {
      return null;
    }
    var w = new Questionnaire.QuestionnaireItemEnableWhenComponent();
    if (m.group(2) != null) {
      return w.setQuestion(m.group(2))
          .setOperator(Questionnaire.QuestionnaireItemOperator.EXISTS)
          .setAnswer(new BooleanType(m.group(1) == null));
    }
    String id = m.group(3);
    if (!in.hasItem(id)) {
      return null;
    }
    Item target = in.item(id);
    String op = m.group(4).equals("has") ? "=" : m.group(4);
    w.setQuestion(id).setOperator(Questionnaire.QuestionnaireItemOperator.fromCode(op));
    if (m.group(6) != null) {
      if (target.type() == ItemType.YES_NO) {
        w.setAnswer(new BooleanType(m.group(6).equals("yes")));
      } else {
        w.setAnswer(new Coding().setCode(m.group(6)));
      }
    } else if (target.type() == ItemType.INTEGER && !m.group(7).contains(".")) {
      w.setAnswer(new IntegerType(Integer.parseInt(m.group(7))));
    } else {
      w.setAnswer(new DecimalType(m.group(7)));
    }
    return w;
  }

  /** The FHIRPath of a sum of scored items, or null for any other calculation. */
  private String fhirPath(String calc) {
    Matcher m = SUM.matcher(calc);
    if (!m.matches()) {
      return null;
    }
    List<String> links = new ArrayList<>();
    for (String id : m.group(1).split(",\\s*")) {
      if (!in.hasItem(id)
          || !in.item(id).type().isSingleChoice()
          || in.item(id).type() == ItemType.YES_NO
          || in.item(id).options().stream().anyMatch(o -> o.score() == null && !o.missing())) {
        return null;
      }
      links.add("'" + id + "'");
    }
    return "%resource.repeat(item).where(linkId in ("
        + String.join(" | ", links)
        + ")).answer.value.ordinal().sum()";
  }

  private static ConversionNote note(Item item, String message) {
    return new ConversionNote(item.location().toString(), "item " + item.id(), message);
  }
}
