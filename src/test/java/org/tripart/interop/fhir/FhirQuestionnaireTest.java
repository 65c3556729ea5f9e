package org.tripart.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;
import org.tripart.instrument.Conditions;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.interop.ConversionNote;

/**
 * Imports of the real Questionnaires in {@code shared/interop/fhir/}. Expected values were worked
 * out by reading the files with {@code python3 -m json.tool}, as each test says.
 */
class FhirQuestionnaireTest {
  static final String PHQ9 = "hl7-sdc__questionnaire-sdc-profile-example-PHQ9.json";
  static final String ALL_TYPES = "hl7-sdc__questionnaire-sdc-test-all-data-types.json";
  static final String ENABLE_WHEN = "hl7-sdc__questionnaire-sdc-test-enablewhen.json";
  static final String LFORMS = "lhncbc-lforms__phq9.json";
  static final String GAD7 = "stanfordbdhg-researchkitonfhir__GAD-7.json";
  static final String BROKEN =
      "stanfordbdhg-researchkitonfhir__SkipLogicExample.INVALID-trailing-comma.json";

  static FhirQuestionnaire.Result convert(String file) {
    return FhirQuestionnaire.convert(InteropFiles.bytes(file), file);
  }

  static String when(Item item) {
    return item.when() == null ? null : Conditions.canonical(item.when());
  }

  static List<String> messages(List<ConversionNote> notes) {
    return notes.stream().map(ConversionNote::line).toList();
  }

  @Test
  void containedValueSetGivesPhq9ItsScoresAndTheOrdinalSumBecomesACalculation() {
    // The file: one group H1/T1 with 9 choice items H1/T1/Q1..Q9, each answerValueSet #VSPHQ9,
    // and a quantity H1/TS with calculatedExpression %resource.answers().value.ordinal().sum().
    // #VSPHQ9 has 4 concepts with ordinalValue 0, 1, 2, 3.
    FhirQuestionnaire.Result r = convert(PHQ9);
    Instrument in = r.imported().instrument();

    assertThat(in.sections()).hasSize(1);
    assertThat(in.sections().get(0).id()).isEqualTo("h1_t1");
    assertThat(in.items()).hasSize(10);
    List<Item> questions = in.items().subList(0, 9);
    assertThat(questions).extracting(Item::type).containsOnly(ItemType.SINGLE);
    assertThat(questions.get(0).id()).isEqualTo("h1_t1_q1");
    assertThat(questions.get(0).options())
        .extracting(Option::code, Option::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("not_at_all", 0.0),
            org.assertj.core.groups.Tuple.tuple("several_days", 1.0),
            org.assertj.core.groups.Tuple.tuple("more_than_half_the_days", 2.0),
            org.assertj.core.groups.Tuple.tuple("nearly_every_day", 3.0));
    Item total = in.item("h1_ts");
    assertThat(total.type()).isEqualTo(ItemType.CALCULATED);
    assertThat(total.calculation().source())
        .isEqualTo(
            "sum(h1_t1_q1, h1_t1_q2, h1_t1_q3, h1_t1_q4, h1_t1_q5, h1_t1_q6, h1_t1_q7, h1_t1_q8,"
                + " h1_t1_q9)");
    assertThat(r.ids().itemId("H1/T1/Q5")).isEqualTo("h1_t1_q5");
    assertThat(r.ids().code("h1_t1_q5", "More than half the days"))
        .isEqualTo("more_than_half_the_days");
    assertThat(messages(r.imported().notes()))
        .contains(PHQ9 + " $.item[0].item[0] linkId H1/T1/Q1: becomes item id h1_t1_q1")
        .anyMatch(l -> l.contains("answer codes made safe: Not-at-all -> not_at_all"));
  }

  @Test
  void lformsPhq9AnswerOptionsAndASumOfNamedVariablesBecomeTheSameScore() {
    // The file: 11 top-level items, no group. /44250-9 .. /44260-8 are 9 choice items with 4
    // answerOptions (LOINC LA6568-5 .. LA6571-9, ordinalValue 0..3), required except /44260-8;
    // /44261-6 is the total, iif(...) over the variables q1_value..q9_value; /69722-7 is an
    // optional choice whose options carry no ordinalValue.
    FhirQuestionnaire.Result r = convert(LFORMS);
    Instrument in = r.imported().instrument();

    assertThat(in.items()).hasSize(11);
    assertThat(in.items().stream().filter(Item::required).count()).isEqualTo(8);
    Item first = in.item("q44250_9");
    assertThat(first.options())
        .extracting(Option::code)
        .containsExactly("la6568_5", "la6569_3", "la6570_1", "la6571_9");
    assertThat(first.options()).extracting(Option::score).containsExactly(0.0, 1.0, 2.0, 3.0);
    assertThat(in.item("q44261_6").calculation().source())
        .isEqualTo(
            "sum(q44250_9, q44255_8, q44259_0, q44254_1, q44251_7, q44258_2, q44252_5, q44253_3,"
                + " q44260_8)");
    assertThat(in.item("q69722_7").options()).extracting(Option::score).containsOnlyNulls();
    assertThat(in.item("q69722_7").required()).isFalse();
    assertThat(messages(r.imported().notes()))
        .anyMatch(
            l -> l.contains("/44250-9: extensions not carried over: questionnaire-minOccurs"));
  }

  @Test
  void everyDataTypeMapsAndUnresolvableExternalValueSetsAreReportedNotFatal() {
    // The file: one group with 15 items: string, display x2, text, boolean, date, dateTime, time,
    // integer, decimal, attachment, choice x3 and open-choice, the 4 choices on ValueSets at
    // sqlonfhir-r4.azurewebsites.net. Attachment is dropped, so 14 items remain.
    FhirQuestionnaire.Result r = convert(ALL_TYPES);
    Instrument in = r.imported().instrument();

    Map<ItemType, Long> types =
        in.items().stream().collect(Collectors.groupingBy(Item::type, Collectors.counting()));
    assertThat(in.items()).hasSize(14);
    assertThat(types)
        .containsEntry(ItemType.TEXT, 8L)
        .containsEntry(ItemType.NOTE, 2L)
        .containsEntry(ItemType.YES_NO, 1L)
        .containsEntry(ItemType.DATE, 1L)
        .containsEntry(ItemType.INTEGER, 1L)
        .containsEntry(ItemType.DECIMAL, 1L);
    List<String> lines = messages(r.imported().notes());
    assertThat(lines.stream().filter(l -> l.contains("cannot be resolved offline"))).hasSize(4);
    assertThat(lines)
        .anyMatch(l -> l.contains("linkId id-attachment: attachment items are not carried over"))
        .anyMatch(l -> l.contains("linkId id-datetime: dateTime is kept as a text item"))
        .anyMatch(l -> l.contains("linkId id-time: time is kept as a text item"));
  }

  @Test
  void enableWhenOperatorsAndAnswerTypesBecomeSkipLogicOrAreReported() {
    // The file: 19 items carry 20 enableWhen conditions (the group "8 and 4" has two, behaviour
    // all). 14 can be said in Tripart: boolean =, choice = / != by answerString, answerCoding,
    // answerInteger, answerDecimal < and >= over the codes 1.1/2.2/3.3, and a repeating choice.
    // 6 cannot: 2 answerCoding on an item whose ValueSet is external (kept as text), 2 answerDate
    // and 2 answerTime comparisons. Groups are flattened: their condition moves to the child.
    FhirQuestionnaire.Result r = convert(ENABLE_WHEN);
    Instrument in = r.imported().instrument();
    FhirIds ids = r.ids();
    String q1 = ids.itemId("83d5c1a6-5dc3-44d0-9d9e-d687c72e143e");
    String q2 = ids.itemId("fe0106a5-0e25-43a4-9820-7acb7e74d9d7");
    String radio7 = ids.itemId("5e1209b7-c9e0-4bf4-b228-fr096s903m25");
    String dropdown = ids.itemId("5e1209b7-c9e0-4bf4-b228-c6591b540qmo");

    assertThat(when(in.item(ids.itemId("e5da17a7-7546-45c5-9bcd-d0b09a74cc14"))))
        .isEqualTo(q1 + " = 'yes'");
    assertThat(when(in.item(ids.itemId("e5da17a7-7546-45c5-9bcd-d0b09a74ty76"))))
        .isEqualTo("s1_radio = '2'");
    assertThat(when(in.item(ids.itemId("65578509-21ae-4a48-94de-e46b1e54kjui"))))
        .isEqualTo(q1 + " = 'yes'");
    assertThat(when(in.item(ids.itemId("65578509-21ae-4a48-94de-e46b1e10ghqn"))))
        .isEqualTo(q2 + " = 'no'");
    assertThat(when(in.item(ids.itemId("65578509-21ae-sdj4-98s2-emhaskjh12"))))
        .isEqualTo(dropdown + " = '4'");
    assertThat(when(in.item(ids.itemId("65578509-21ae-234vy-slo4-eddfjqwwr2"))))
        .isEqualTo(radio7 + " != '7'");
    assertThat(when(in.item(ids.itemId("3cf51112-6896-4076-8994-b6ff3e52f359"))))
        .isEqualTo(radio7 + " = '8' and " + dropdown + " = '4'");
    assertThat(when(in.item(ids.itemId("840c08ad-4b27-4c1d-9d6e-824202519kied"))))
        .isEqualTo("s3_radio = '1_1'");
    assertThat(when(in.item(ids.itemId("e70a3a50-e646-4831-a00d-4d6fbdaajn84"))))
        .isEqualTo("s3_radio in ('2_2', '3_3')");
    assertThat(when(in.item(ids.itemId("840c08ad-4b27-4c1d-9d6e-82420251hg12"))))
        .isEqualTo("s4_radio = '2'");
    assertThat(when(in.item(ids.itemId("e70a3a50-e646-4831-a00d-4d6fbdaaefc3"))))
        .isEqualTo("s4_radio != '3'");
    assertThat(in.item("bc029").type()).isEqualTo(ItemType.MULTIPLE);
    assertThat(when(in.item("bowoptoth"))).isEqualTo("bc029 has '9'");
    assertThat(in.items().stream().filter(i -> i.when() != null)).hasSize(13);
    assertThat(in.item("date_greater_2000_01_01").when()).isNull();

    List<String> dropped =
        messages(r.imported().notes()).stream()
            .filter(l -> l.contains("cannot be said in Tripart skip logic"))
            .toList();
    assertThat(dropped).hasSize(6);
    assertThat(dropped)
        .anyMatch(l -> l.contains("date_of_birth_question > date 2000-01-01"))
        .anyMatch(l -> l.contains("datetime_question <= time 11:11:11"))
        .anyMatch(l -> l.contains("!= code ASKU"));
  }

  @Test
  void gad7UuidLinkIdsGetShortIdsWithTheMappingInTheNotes() {
    // The file: one group (UUID linkId, required) with 7 required choice items, UUID linkIds,
    // answerValueSet #VSGAD7 (ordinalValue 0..3), no calculated total.
    FhirQuestionnaire.Result r = convert(GAD7);
    Instrument in = r.imported().instrument();

    assertThat(in.sections()).extracting(s -> s.id()).containsExactly("s1");
    assertThat(in.items())
        .extracting(Item::id)
        .containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7");
    assertThat(in.items()).allMatch(Item::required);
    assertThat(in.items())
        .allMatch(i -> i.options().size() == 4 && i.options().get(3).score() == 3.0);
    assertThat(r.ids().itemId("2bab9480-5251-4997-8a2e-937a1701cfe9")).isEqualTo("q1");
    assertThat(messages(r.imported().notes()))
        .contains(
            GAD7
                + " $.item[0].item[6] linkId 8c6a877a-3867-4b36-c097-2b342649cadb: becomes item id"
                + " q7")
        .anyMatch(l -> l.contains("required on a group is not carried over"));
  }

  @Test
  void aTrailingCommaIsUnreadableAtItsLineAndColumn() {
    // The file has "}," then "]" at line 82, column 7: strict JSON refuses the trailing comma.
    assertThatThrownBy(() -> convert(BROKEN))
        .isInstanceOf(TripartException.class)
        .hasMessageStartingWith("TRP-1000 " + BROKEN + ":82:7: invalid JSON");
  }

  @Test
  void somethingElseThanAQuestionnaireIsUnreadable() {
    byte[] json = "{\"resourceType\": \"Patient\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FhirQuestionnaire.convert(json, "p.json"))
        .hasMessage("TRP-1000 p.json: $.resourceType is Patient; expected Questionnaire");
  }

  @Test
  void translationsOpenChoiceExistsLaterReferencesAndAnyBehaviour() {
    String json =
        """
        {"resourceType": "Questionnaire", "name": "mini", "language": "en", "status": "draft",
         "item": [
          {"linkId": "smoke", "type": "boolean", "text": "Do you smoke?", "required": true,
           "_text": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/translation",
             "extension": [{"url": "lang", "valueCode": "zh"},
                           {"url": "content", "valueString": "您吸烟吗？"}]}]}},
          {"linkId": "age", "type": "integer", "text": "Age",
           "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 18},
                         {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 99}],
           "enableWhen": [{"question": "smoke", "operator": "exists", "answerBoolean": true}]},
          {"linkId": "brand", "type": "open-choice", "text": "Brand",
           "answerOption": [{"valueString": "Camel"}, {"valueString": "Other brand"}],
           "enableWhen": [{"question": "age", "operator": ">=", "answerInteger": 21},
                          {"question": "later", "operator": "exists", "answerBoolean": false}],
           "enableBehavior": "all"},
          {"linkId": "why", "type": "string", "text": "Why?",
           "enableWhen": [{"question": "smoke", "operator": "=", "answerBoolean": true},
                          {"question": "later", "operator": "exists", "answerBoolean": true}],
           "enableBehavior": "any"},
          {"linkId": "later", "type": "string", "text": "Later"}
         ]}
        """;
    FhirQuestionnaire.Result r =
        FhirQuestionnaire.convert(json.getBytes(StandardCharsets.UTF_8), "mini.json");
    Instrument in = r.imported().instrument();

    assertThat(in.languages()).containsExactly("en", "zh");
    assertThat(in.item("smoke").label().in("zh")).isEqualTo("您吸烟吗？");
    assertThat(in.item("smoke").required()).isTrue();
    assertThat(in.item("age").label().in("zh")).isEqualTo("Age");
    assertThat(in.item("age").range().min()).isEqualTo(18.0);
    assertThat(in.item("age").range().max()).isEqualTo(99.0);
    assertThat(when(in.item("age"))).isEqualTo("answered(smoke)");
    assertThat(when(in.item("brand"))).isEqualTo("age >= 21");
    assertThat(in.item("brand").options())
        .extracting(Option::code)
        .containsExactly("camel", "other_brand");
    assertThat(in.item("brand_other").type()).isEqualTo(ItemType.TEXT);
    assertThat(r.ids().other()).containsEntry("brand", "brand_other");
    assertThat(in.item("why").when()).isNull();
    assertThat(messages(r.imported().notes()))
        .anyMatch(l -> l.contains("enableWhen reads later, which comes later"))
        .anyMatch(l -> l.contains("linkId why: enableBehavior any with a condition that could not"))
        .anyMatch(
            l ->
                l.contains("language zh: ")
                    && l.contains("texts have no zh translation; the en text is used"));
  }
}
