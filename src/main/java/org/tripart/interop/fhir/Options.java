package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.tripart.interop.ConversionNote;

/**
 * Fills a choice item's options from its answerOption list or contained ValueSet, making the codes
 * safe Tripart codes (noted once per answer list). Not thread-safe; one instance per file.
 */
final class Options {
  private final String file;
  private final List<ConversionNote> notes;
  private final AnswerSets answerSets;
  private final Set<String> noted = new HashSet<>();

  Options(String file, List<ConversionNote> notes, AnswerSets answerSets) {
    this.file = file;
    this.notes = notes;
    this.answerSets = answerSets;
  }

  /**
   * Adds the options to {@code d}; false (with a note) when the item has none that can be known
   * offline, so that it must be kept as a text item.
   */
  boolean fill(QuestionnaireItemComponent item, Draft d, String where) {
    List<AnswerSets.Answer> answers;
    String source;
    if (item.hasAnswerOption()) {
      answers = answerSets.options(item.getAnswerOption());
      source = where;
    } else if (item.hasAnswerValueSet()) {
      source = item.getAnswerValueSet();
      answers = answerSets.valueSet(source);
      if (answers == null) {
        note(
            where,
            item.getLinkId(),
            "the answers come from the external ValueSet "
                + source
                + ", which cannot be resolved offline; the item is kept as a text item (answer"
                + " codes are stored as text)");
        return false;
      }
    } else {
      note(where, item.getLinkId(), "a choice item without answers is kept as a text item");
      return false;
    }
    if (answers.isEmpty()) {
      note(where, item.getLinkId(), "the answer list is empty; the item is kept as a text item");
      return false;
    }
    Set<String> used = new HashSet<>();
    List<String> changed = new ArrayList<>();
    for (AnswerSets.Answer a : answers) {
      String base = FhirIds.safeCode(a.code() == null ? "" : a.code());
      if (base.isEmpty()) {
        base = "option" + (d.options.size() + 1);
      }
      String code = base;
      for (int n = 2; used.contains(code); n++) {
        code = base + "_" + n;
      }
      used.add(code);
      if (!code.equals(a.code())) {
        changed.add(a.code() + " -> " + code);
      }
      Draft.OptionDraft o = new Draft.OptionDraft(a.code() == null ? code : a.code(), code);
      o.label = answerSets.label(a);
      o.score = a.score();
      Element at = a.at();
      o.exclusive = TripartExtensions.flag(at, TripartExtensions.EXCLUSIVE);
      o.missing = TripartExtensions.flag(at, TripartExtensions.MISSING);
      o.when = TripartExtensions.string(at, TripartExtensions.WHEN);
      d.options.add(o);
    }
    if (!changed.isEmpty() && noted.add(changed.toString())) {
      note(where, item.getLinkId(), "answer codes made safe: " + String.join(", ", changed));
    }
    return true;
  }

  private void note(String where, String linkId, String message) {
    notes.add(new ConversionNote(file + " " + where, "linkId " + linkId, message));
  }
}
