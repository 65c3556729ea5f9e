package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Section;
import org.tripart.interop.ConversionNote;

/**
 * Writes Tripart instruments as FHIR R4 Questionnaires and answers as QuestionnaireResponses (JSON,
 * a Bundle, or NDJSON). What FHIR cannot say natively is carried in extensions under {@code
 * https://tripart.org/fhir/StructureDefinition/}, so that {@link FhirQuestionnaire} and {@link
 * FhirResponses} read back exactly what was written. Stateless and thread-safe; arguments must not
 * be null.
 */
public final class FhirExport {
  private FhirExport() {}

  /** A questionnaire and what a tool other than Tripart will not see of the instrument. */
  public record QuestionnaireExport(Questionnaire questionnaire, List<ConversionNote> notes) {
    public QuestionnaireExport {
      notes = List.copyOf(notes);
    }

    /** The questionnaire as pretty-printed FHIR JSON. */
    public String json() {
      return FhirJson.write(questionnaire);
    }
  }

  /** The instrument as a Questionnaire (id: the instrument id with {@code -} for {@code _}). */
  public static QuestionnaireExport questionnaire(Instrument instrument) {
    QuestionnaireWriter w = new QuestionnaireWriter(instrument);
    Questionnaire q = w.write();
    return new QuestionnaireExport(q, w.notes());
  }

  /**
   * One respondent's answers as a completed QuestionnaireResponse, items nested in the section
   * groups as in the Questionnaire; items without an answer are left out.
   *
   * @param id the respondent id, kept as the identifier and, made a FHIR id, as the resource id;
   *     null for none
   * @param questionnaire the canonical URL or reference of the Questionnaire; null for none
   */
  public static QuestionnaireResponse response(
      Instrument instrument, Map<String, Answer> answers, String id, String questionnaire) {
    QuestionnaireResponse r = new QuestionnaireResponse();
    if (id != null) {
      r.setId(fhirId(id));
      r.getIdentifier().setValue(id);
    }
    if (questionnaire != null) {
      r.setQuestionnaire(questionnaire);
    }
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    for (Section s : instrument.sections()) {
      QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent();
      group.setLinkId(s.id());
      for (Item item : s.items()) {
        Answer a = answers.get(item.id());
        if (a != null && item.type().hasData()) {
          group.addItem(answer(item, a));
        }
      }
      if (group.hasItem()) {
        r.addItem(group);
      }
    }
    return r;
  }

  private static QuestionnaireResponseItemComponent answer(Item item, Answer a) {
    QuestionnaireResponseItemComponent ri = new QuestionnaireResponseItemComponent();
    ri.setLinkId(item.id());
    if (a instanceof Answer.Choice c) {
      if (item.type() == ItemType.YES_NO) {
        ri.addAnswer().setValue(new BooleanType(c.code().equals("yes")));
      } else {
        ri.addAnswer().setValue(coding(item, c.code()));
      }
    } else if (a instanceof Answer.Choices c) {
      for (var o : item.options()) {
        if (c.codes().contains(o.code())) {
          ri.addAnswer().setValue(coding(item, o.code()));
        }
      }
    } else if (a instanceof Answer.Number n) {
      ri.addAnswer()
          .setValue(
              item.type() == ItemType.INTEGER
                  ? new IntegerType((int) n.value())
                  : new DecimalType(n.value()));
    } else if (a instanceof Answer.Text t) {
      ri.addAnswer()
          .setValue(
              item.type() == ItemType.DATE ? new DateType(t.value()) : new StringType(t.value()));
    }
    return ri;
  }

  private static Coding coding(Item item, String code) {
    int i = item.optionIndex(code);
    Coding c = new Coding().setCode(code);
    if (i >= 0) {
      c.setDisplay(item.options().get(i).label().in(""));
    }
    return c;
  }

  /** Every row of a data set as QuestionnaireResponses, the respondent ids as resource ids. */
  public static List<QuestionnaireResponse> responses(Dataset data) {
    Instrument in = data.instrument();
    String ref = "Questionnaire/" + in.id().replace('_', '-');
    List<QuestionnaireResponse> out = new ArrayList<>();
    for (int row = 0; row < data.size(); row++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      for (Map.Entry<String, Column> e : data.columns().entrySet()) {
        Answer a = e.getValue().answer(row);
        if (a != null) {
          answers.put(e.getKey(), a);
        }
      }
      out.add(response(in, answers, data.respondentIds().get(row), ref));
    }
    return out;
  }

  /** A data set as a Bundle (type collection) of QuestionnaireResponses, as JSON. */
  public static String bundleJson(Dataset data) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (QuestionnaireResponse r : responses(data)) {
      b.addEntry().setResource(r);
    }
    return FhirJson.write(b);
  }

  /** A data set as NDJSON: one QuestionnaireResponse per line. */
  public static String ndjson(Dataset data) {
    StringBuilder out = new StringBuilder();
    for (QuestionnaireResponse r : responses(data)) {
      out.append(FhirJson.writeLine(r)).append('\n');
    }
    return out.toString();
  }

  /** A respondent id as a FHIR id: letters, digits, {@code -} and {@code .}, at most 64. */
  static String fhirId(String id) {
    String s = id.replaceAll("[^A-Za-z0-9.-]", "-");
    return s.length() > 64 ? s.substring(0, 64) : s;
  }
}
