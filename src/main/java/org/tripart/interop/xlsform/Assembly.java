package org.tripart.interop.xlsform;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Condition;
import org.tripart.instrument.Conditions;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.instrument.InvalidInstrumentException;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Problem;
import org.tripart.instrument.Section;
import org.tripart.interop.ConversionNote;

/**
 * Turns the read sections into an instrument that Tripart's reader accepts: the instrument is
 * written as YAML and read back; a problem the reader still finds (a condition on a later item, a
 * calculation over a text question) removes the offending condition or item, with a note, and the
 * instrument is read again. Not thread-safe; one per import.
 */
final class Assembly {
  private static final int MAX_ROUNDS = 50;
  private final String id;
  private final String group;
  private final int version;
  private final LocalizedText title;
  private final List<String> languages;
  private final String fileName;
  private final List<ConversionNote> notes;

  Assembly(
      String id,
      String group,
      int version,
      LocalizedText title,
      List<String> languages,
      String fileName,
      List<ConversionNote> notes) {
    this.id = id;
    this.group = group;
    this.version = version;
    this.title = title;
    this.languages = languages;
    this.fileName = fileName;
    this.notes = notes;
  }

  Instrument validated(List<FormReader.SectionSpec> sections) {
    for (FormReader.SectionSpec s : sections) {
      s.items().removeIf(this::calculationFails);
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Instrument built = build(sections);
      try {
        return InstrumentReader.read(new StringReader(InstrumentWriter.write(built)), fileName);
      } catch (InvalidInstrumentException e) {
        for (Problem p : e.problems()) {
          repair(sections, p);
        }
      }
    }
    throw new TripartException(
        ErrorCode.IMPORT_UNREADABLE,
        fileName,
        "the form cannot be made into a valid Tripart instrument");
  }

  private void repair(List<FormReader.SectionSpec> sections, Problem p) {
    ItemSpec spec = null;
    for (FormReader.SectionSpec s : sections) {
      for (ItemSpec i : s.items()) {
        if (i.id.equals(p.itemId())) {
          spec = i;
        }
      }
    }
    if (spec == null) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName,
          "the form cannot be made into a valid Tripart instrument: " + p.message());
    }
    String code = p.code().name();
    if (code.startsWith("SKIP_LOGIC") && spec.when != null && p.message().contains(spec.when)) {
      notes.add(
          new ConversionNote(
              spec.where, spec.xlsName, "condition \"" + spec.when + "\" dropped: " + p.message()));
      spec.when = null;
    } else if (code.startsWith("SKIP_LOGIC")
        && spec.options.stream().anyMatch(o -> o.when != null)) {
      notes.add(
          new ConversionNote(
              spec.where, spec.xlsName, "choice conditions dropped: " + p.message()));
      spec.options.forEach(o -> o.when = null);
    } else if (code.startsWith("SKIP_LOGIC") && spec.when != null) {
      notes.add(
          new ConversionNote(
              spec.where, spec.xlsName, "condition \"" + spec.when + "\" dropped: " + p.message()));
      spec.when = null;
    } else if (p.code() == ErrorCode.INVALID_FILLS) {
      notes.add(new ConversionNote(spec.where, spec.xlsName, "fills dropped: " + p.message()));
      spec.fills.clear();
    } else {
      notes.add(new ConversionNote(spec.where, spec.xlsName, "not carried over: " + p.message()));
      for (FormReader.SectionSpec s : sections) {
        s.items().remove(spec);
      }
    }
  }

  private Instrument build(List<FormReader.SectionSpec> specs) {
    List<Section> sections = new ArrayList<>();
    for (FormReader.SectionSpec s : specs) {
      List<Item> items = new ArrayList<>();
      for (ItemSpec i : s.items()) {
        items.add(item(i));
      }
      if (!items.isEmpty()) {
        sections.add(new Section(s.id(), s.title(), items));
      }
    }
    return new Instrument(id, group, version, title, languages, sections, fileName);
  }

  private Item item(ItemSpec i) {
    List<Option> options = new ArrayList<>();
    if (i.type != ItemType.YES_NO && i.type != ItemType.PROVINCE) {
      for (ItemSpec.OptionSpec o : i.options) {
        options.add(
            new Option(
                o.code,
                o.label,
                o.exclusive,
                o.score,
                condition(o.when, o.where, i.xlsName),
                o.missing));
      }
    }
    if (i.when != null && condition(i.when, i.where, i.xlsName) == null) {
      i.when = null;
    }
    return new Item(
        i.id,
        i.type,
        i.label,
        i.type == ItemType.NOTE ? LocalizedText.EMPTY : i.help,
        options,
        i.required,
        i.when == null ? null : Conditions.parse(i.when),
        i.range,
        i.fills,
        null,
        i.calculation == null ? null : Calculations.parse(i.calculation));
  }

  private boolean calculationFails(ItemSpec spec) {
    if (spec.calculation == null) {
      return false;
    }
    try {
      Calculations.parse(spec.calculation);
      return false;
    } catch (TripartException e) {
      notes.add(
          new ConversionNote(
              spec.where,
              spec.xlsName,
              "calculation \""
                  + spec.calculation
                  + "\" not carried over, nor its question: "
                  + e.getMessage()));
      return true;
    }
  }

  private Condition condition(String text, String where, String subject) {
    if (text == null) {
      return null;
    }
    try {
      return Conditions.parse(text);
    } catch (TripartException e) {
      notes.add(
          new ConversionNote(
              where, subject, "condition \"" + text + "\" dropped: " + e.getMessage()));
      return null;
    }
  }
}
