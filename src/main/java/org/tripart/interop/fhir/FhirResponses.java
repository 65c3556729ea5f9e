package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.RecordsImport;
import org.tripart.interop.RecordsImporter;

/**
 * Reads FHIR R4 QuestionnaireResponses (one resource, a Bundle of them, or NDJSON with one per
 * line) as one data set, {@code responses}, of an instrument imported by {@link FhirQuestionnaire}.
 * Each answer is checked against the instrument; answers to unknown linkIds, codes that are no
 * option, numbers out of range and answers to items whose skip logic does not hold are left out,
 * each with a note naming the response id and linkId. Calculated items are recomputed from the
 * answers, and a stored value that disagrees is noted. Immutable and thread-safe.
 */
public final class FhirResponses implements RecordsImporter {
  private final FhirIds ids;

  /** Matches linkIds and codes as they are, or as made safe (responses to Tripart's own export). */
  public FhirResponses() {
    this(FhirIds.NONE);
  }

  /** Matches linkIds and codes through the mapping of {@link FhirQuestionnaire#convert}. */
  public FhirResponses(FhirIds ids) {
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * The answers of one response as Tripart answers by item id, each checked against the instrument;
   * every answer left out is reported to {@code problems} as (linkId, message). Stored values of
   * calculated items are not among them (Tripart computes those).
   */
  public static Map<String, Answer> answers(
      Instrument instrument,
      QuestionnaireResponse response,
      FhirIds ids,
      java.util.function.BiConsumer<String, String> problems) {
    return new ResponseAnswers(instrument, ids, problems::accept).read(response).answers;
  }

  @Override
  public RecordsImport read(Instrument instrument, byte[] content, String fileName) {
    try {
      return readChecked(instrument, content, fileName);
    } catch (TripartException e) {
      throw e;
    } catch (RuntimeException e) {
      throw FhirQuestionnaire.malformed(fileName, e);
    }
  }

  private RecordsImport readChecked(Instrument instrument, byte[] content, String fileName) {
    List<ConversionNote> notes = new ArrayList<>();
    List<Located> responses = responses(content, fileName, notes);
    DatasetBuilder b = new DatasetBuilder(instrument, responses.size());
    b.provenance(fileName);
    List<Item> items = instrument.items();
    for (Located l : responses) {
      QuestionnaireResponse r = l.response();
      String rid = respondentId(r, b.size() + 1);
      ResponseAnswers ra;
      try {
        ra =
            new ResponseAnswers(
                    instrument,
                    ids,
                    (linkId, message) ->
                        notes.add(
                            new ConversionNote(
                                l.where(), "response " + rid + " linkId " + linkId, message)))
                .read(r);
      } catch (TripartException e) {
        throw e;
      } catch (RuntimeException e) {
        throw FhirQuestionnaire.malformed(l.where() + " response " + rid, e);
      }
      Map<String, Answer> answers = complete(items, ra, l.where(), rid, notes);
      int row = b.addRow(rid);
      answers.forEach((id, a) -> set(b, row, b.itemIndex(id), a));
    }
    Map<String, Dataset> out = new LinkedHashMap<>();
    out.put("responses", b.build());
    return new RecordsImport(out, notes);
  }

  /**
   * In display order: drops answers whose item's skip logic does not hold, and works out each
   * calculated item, noting a stored value that disagrees.
   */
  private static Map<String, Answer> complete(
      List<Item> items, ResponseAnswers ra, String where, String rid, List<ConversionNote> notes) {
    Map<String, Answer> kept = new LinkedHashMap<>();
    for (Item item : items) {
      boolean applies = item.when() == null || item.when().test(kept::get);
      if (item.type() == ItemType.CALCULATED) {
        OptionalDouble v =
            applies ? item.calculation().evaluate(kept::get) : OptionalDouble.empty();
        v.ifPresent(d -> kept.put(item.id(), new Answer.Number(d)));
        Double stored = ra.stored.get(item.id());
        if (stored != null && (v.isEmpty() || Math.abs(v.getAsDouble() - stored) > 1e-9)) {
          notes.add(
              new ConversionNote(
                  where,
                  "response " + rid + " item " + item.id(),
                  "the stored value "
                      + ResponseAnswers.plain(stored)
                      + (v.isPresent()
                          ? " differs from the recomputed " + ResponseAnswers.plain(v.getAsDouble())
                          : " cannot be recomputed from the answers")
                      + " ("
                      + item.calculation().source()
                      + "); the recomputed value is kept"));
        }
        continue;
      }
      Answer a = ra.answers.get(item.id());
      if (a == null) {
        continue;
      }
      if (!applies) {
        notes.add(
            new ConversionNote(
                where,
                "response " + rid + " item " + item.id(),
                "answered although its condition \""
                    + item.when().source()
                    + "\" does not hold; the answer is left out"));
        continue;
      }
      kept.put(item.id(), a);
    }
    return kept;
  }

  static void set(DatasetBuilder b, int row, int col, Answer a) {
    Item item = b.item(col);
    if (a instanceof Answer.Choice c) {
      b.setChoice(row, col, item.optionIndex(c.code()));
    } else if (a instanceof Answer.Choices c) {
      b.setAnswered(row, col);
      for (String code : c.codes()) {
        b.setSelected(row, col, item.optionIndex(code), true);
      }
    } else if (a instanceof Answer.Number n) {
      b.setNumber(row, col, n.value());
    } else if (a instanceof Answer.Text t) {
      b.setText(row, col, t.value());
    }
  }

  private static String respondentId(QuestionnaireResponse r, int n) {
    if (r.hasIdentifier() && r.getIdentifier().hasValue()) {
      return r.getIdentifier().getValue();
    }
    if (r.hasIdElement() && r.getIdElement().getIdPart() != null) {
      return r.getIdElement().getIdPart();
    }
    return Integer.toString(n);
  }

  private record Located(QuestionnaireResponse response, String where) {}

  private static List<Located> responses(
      byte[] content, String fileName, List<ConversionNote> notes) {
    List<FhirJson.Value> values = FhirJson.values(content, fileName);
    List<Located> out = new ArrayList<>();
    for (FhirJson.Value v : values) {
      String where = fileName + ":" + v.line();
      IBaseResource res = FhirJson.resource(v.node(), where);
      if (res instanceof QuestionnaireResponse qr) {
        out.add(new Located(qr, where));
      } else if (res instanceof Bundle bundle) {
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
          String at = fileName + " $.entry[" + i + "]";
          if (entries.get(i).getResource() instanceof QuestionnaireResponse qr) {
            out.add(new Located(qr, at));
          } else {
            String type =
                entries.get(i).hasResource() ? entries.get(i).getResource().fhirType() : "nothing";
            notes.add(
                new ConversionNote(
                    at, "", "the entry holds " + type + ", not a QuestionnaireResponse; skipped"));
          }
        }
      } else if (values.size() == 1) {
        throw new TripartException(
            ErrorCode.IMPORT_UNREADABLE,
            fileName,
            "$.resourceType is "
                + res.fhirType()
                + "; expected QuestionnaireResponse or a Bundle of them");
      } else {
        notes.add(
            new ConversionNote(
                where, "", "the line holds " + res.fhirType() + ", not a QuestionnaireResponse"));
      }
    }
    return out;
  }
}
