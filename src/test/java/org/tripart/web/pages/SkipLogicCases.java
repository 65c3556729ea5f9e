package org.tripart.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * The shared skip-logic cases of {@code skiplogic-cases.json}: each an expression, answers (item id
 * to a code, a list of codes, a number or a text) and the expected outcome worked out by hand.
 */
record SkipLogicCases(List<SkipLogicCases.Case> cases, String json) {
  record Case(int index, String expression, JsonNode answers, boolean expected) {}

  /** The items the expressions may read, each with its type, as instrument YAML. */
  private static final String ITEMS =
      """
      instrument: cases
      group: clinician
      version: 1
      languages: [en]
      title: {en: "Skip logic cases"}
      sections:
        - id: base
          title: {en: "Base"}
          items:
            - {id: role, type: single, label: {en: Role}, options: [{code: student, label: {en: S}}, {code: resident, label: {en: R}}, {code: attending, label: {en: A}}]}
            - {id: uses_ai, type: yesno, label: {en: Uses AI}}
            - {id: years, type: integer, label: {en: Years}}
            - {id: score, type: decimal, label: {en: Score}}
            - {id: tools, type: multiple, label: {en: Tools}, options: [{code: triage, label: {en: T}}, {code: detection, label: {en: D}}, {code: none, label: {en: N}, exclusive: true}]}
            - {id: hospital, type: institution, label: {en: Hospital}}
            - {id: note, type: text, label: {en: Note}}
            - {id: province, type: province, label: {en: Province}}
            - {id: total, type: calculated, label: {en: Total}, calculate: "years * 2"}
        - id: cases
          title: {en: "Cases"}
          items:
      """;

  static SkipLogicCases load() {
    try (InputStream in = SkipLogicCases.class.getResourceAsStream("skiplogic-cases.json")) {
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      JsonNode root = new ObjectMapper().readTree(json);
      List<Case> cases = new ArrayList<>();
      for (JsonNode c : root) {
        cases.add(
            new Case(
                cases.size(),
                c.get("expression").asText(),
                c.get("answers"),
                c.get("expected").asBoolean()));
      }
      return new SkipLogicCases(cases, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An instrument with the base items and one text item {@code case_N} per case, when: its case.
   */
  Instrument instrument() {
    StringBuilder yaml = new StringBuilder(ITEMS);
    Set<String> seen = new HashSet<>();
    for (Case c : cases) {
      if (!seen.add(c.expression())) {
        continue;
      }
      yaml.append("        - {id: case_")
          .append(c.index())
          .append(", type: text, label: {en: Case}, when: \"")
          .append(c.expression())
          .append("\"}\n");
    }
    return InstrumentReader.read(new StringReader(yaml.toString()), "skiplogic-cases.yaml");
  }

  /** What the Java {@code Condition} of this case's expression says for its answers. */
  static boolean javaOutcome(Instrument instrument, Case c) {
    Item carrier =
        instrument.items().stream()
            .filter(i -> i.when() != null && i.when().source().equals(c.expression()))
            .findFirst()
            .orElseThrow();
    Map<String, Answer> answers = new HashMap<>();
    c.answers()
        .fields()
        .forEachRemaining(
            e -> answers.put(e.getKey(), answer(instrument.item(e.getKey()), e.getValue())));
    return carrier.when().test(answers::get);
  }

  private static Answer answer(Item item, JsonNode value) {
    if (value.isArray()) {
      Set<String> codes = new HashSet<>();
      value.forEach(v -> codes.add(v.asText()));
      return new Answer.Choices(codes);
    }
    if (value.isNumber()) {
      return new Answer.Number(value.asDouble());
    }
    if (item.type().isCoded() && item.type() != ItemType.MULTIPLE) {
      return new Answer.Choice(value.asText());
    }
    return new Answer.Text(value.asText());
  }
}
