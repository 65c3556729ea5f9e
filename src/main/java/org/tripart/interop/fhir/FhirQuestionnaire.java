package org.tripart.interop.fhir;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Calculations;
import org.tripart.instrument.Conditions;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.instrument.InvalidInstrumentException;
import org.tripart.instrument.Item;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;
import org.tripart.interop.InstrumentImporter;

/**
 * Reads a FHIR R4 Questionnaire (JSON) as a Tripart instrument; see {@code mapping.md} beside this
 * class for what maps to what. The instrument is written as Tripart YAML and read back through
 * {@link InstrumentReader}, so it is exactly what {@code tripart validate} accepts. Stateless and
 * thread-safe; arguments must not be null.
 */
public final class FhirQuestionnaire implements InstrumentImporter {

  /** An import together with the linkId and code mapping that responses to it need. */
  public record Result(InstrumentImport imported, FhirIds ids) {}

  @Override
  public InstrumentImport read(byte[] content, String fileName) {
    return convert(content, fileName).imported();
  }

  /**
   * The instrument, its notes and the id mapping for {@link FhirResponses#FhirResponses(FhirIds)}.
   *
   * @throws TripartException IMPORT_UNREADABLE with {@code FILE:LINE:COL} for a JSON syntax error,
   *     or naming the file when it is not one Questionnaire
   */
  public static Result convert(byte[] content, String fileName) {
    List<FhirJson.Value> values = FhirJson.values(content, fileName);
    if (values.size() != 1) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName + ":" + values.get(1).line(),
          "expected one Questionnaire, found a second JSON object");
    }
    FhirJson.Value v = values.get(0);
    IBaseResource resource = FhirJson.resource(v.node(), fileName + ":" + v.line());
    if (!(resource instanceof Questionnaire q)) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName,
          "$.resourceType is " + resource.fhirType() + "; expected Questionnaire");
    }
    return convert(q, fileName);
  }

  /**
   * The refusal of an element that is not well-formed FHIR, found only when it is converted: a
   * required element missing (an item without {@code linkId}, an {@code enableWhen} without its
   * question or answer, an answer without its value) or an extension given twice that FHIR allows
   * once. HAPI's parser accepts these, so the conversion meets them as runtime failures.
   */
  static TripartException malformed(String where, RuntimeException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new TripartException(
        ErrorCode.IMPORT_UNREADABLE,
        where,
        "is not well-formed FHIR that Tripart can convert (a required element such as linkId,"
            + " type, or an enableWhen's question and answer missing, or an extension given more"
            + " than once): "
            + detail);
  }

  /** The instrument of an already parsed Questionnaire. */
  public static Result convert(Questionnaire q, String fileName) {
    try {
      return convertChecked(q, fileName);
    } catch (TripartException e) {
      throw e;
    } catch (RuntimeException e) {
      throw malformed(fileName, e);
    }
  }

  private static Result convertChecked(Questionnaire q, String fileName) {
    QuestionnaireReader reader = new QuestionnaireReader(fileName, q);
    reader.read();
    List<ConversionNote> notes = new ArrayList<>(reader.notes);
    if (reader.sections.stream().allMatch(s -> s.items().isEmpty())) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, fileName, "the Questionnaire has no item Tripart can ask");
    }
    Instrument built = assemble(q, reader, notes, fileName);
    Instrument checked;
    try {
      checked = InstrumentReader.read(new StringReader(InstrumentWriter.write(built)), fileName);
    } catch (InvalidInstrumentException e) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName,
          "the questionnaire does not convert into a valid instrument: " + e.getMessage());
    }
    return new Result(new InstrumentImport(checked, notes), reader.ids());
  }

  private static Instrument assemble(
      Questionnaire q, QuestionnaireReader r, List<ConversionNote> notes, String fileName) {
    List<String> languages = languages(q, r.texts);
    Map<String, Integer> filled = new LinkedHashMap<>();
    Localizer loc = new Localizer(languages, filled);
    List<Section> sections = new ArrayList<>();
    for (QuestionnaireReader.SectionDraft s : r.sections) {
      if (s.items().isEmpty()) {
        continue;
      }
      List<Item> items = new ArrayList<>();
      for (Draft d : s.items()) {
        items.add(item(d, loc));
      }
      sections.add(new Section(s.id(), loc.text(s.title()), items));
    }
    filled.forEach(
        (lang, n) ->
            notes.add(
                new ConversionNote(
                    fileName,
                    "language " + lang,
                    n
                        + " texts have no "
                        + lang
                        + " translation; the "
                        + languages.get(0)
                        + " text is used")));
    String name = q.hasName() ? q.getName() : q.getIdElement().getIdPart();
    String id = FhirIds.safeId(name == null || name.isBlank() ? stem(fileName) : name);
    String group = TripartExtensions.string(q, TripartExtensions.GROUP);
    int version = 1;
    if (q.hasVersion()) {
      try {
        version = Math.max(1, Integer.parseInt(q.getVersion().trim()));
      } catch (NumberFormatException e) {
        notes.add(
            new ConversionNote(
                fileName,
                "version " + q.getVersion(),
                "not a whole number; the instrument is version 1"));
      }
    }
    Map<String, String> title = r.texts.of(q.getTitleElement());
    if (title.isEmpty()) {
      title.put(languages.get(0), name == null ? id : name);
    }
    return new Instrument(
        id,
        group == null ? FhirIds.safeId(id) : group,
        version,
        loc.text(title),
        languages,
        sections,
        fileName);
  }

  private static List<String> languages(Questionnaire q, Texts texts) {
    String declared = TripartExtensions.string(q, TripartExtensions.LANGUAGES);
    List<String> seen = texts.languages();
    if (declared == null) {
      return seen;
    }
    List<String> out = new ArrayList<>(List.of(declared.split(",")));
    seen.stream().filter(l -> !out.contains(l)).forEach(out::add);
    return out;
  }

  private static Item item(Draft d, Localizer loc) {
    List<Option> options = new ArrayList<>();
    for (Draft.OptionDraft o : d.options) {
      options.add(
          new Option(
              o.code,
              loc.text(o.label),
              o.exclusive,
              o.score,
              o.when == null ? null : Conditions.parse(o.when),
              o.missing));
    }
    return new Item(
        d.id,
        d.type,
        loc.text(d.label),
        d.help.isEmpty() ? LocalizedText.EMPTY : loc.text(d.help),
        options,
        d.required,
        d.when == null ? null : Conditions.parse(d.when),
        d.range,
        d.fills,
        null,
        d.calculate == null ? null : Calculations.parse(d.calculate));
  }

  private static String stem(String fileName) {
    String base = fileName.replaceAll(".*[/\\\\]", "");
    int dot = base.indexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /** Gives every text all the languages, counting the fill-ins with the default language. */
  private record Localizer(List<String> languages, Map<String, Integer> filled) {
    LocalizedText text(Map<String, String> texts) {
      Map<String, String> out = new LinkedHashMap<>();
      String fallback =
          texts.getOrDefault(languages.get(0), texts.values().stream().findFirst().orElse(""));
      for (String lang : languages) {
        String t = texts.get(lang);
        if (t == null || t.isBlank()) {
          t = fallback;
          filled.merge(lang, 1, Integer::sum);
        }
        out.put(lang, t);
      }
      return new LocalizedText(out);
    }
  }
}
