package org.tripart.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Calculations;

/**
 * The shared calculation cases of {@code calculation-cases.json}, which the Java evaluator and
 * survey.js must both give: an expression, answers (a number, a code, or a list of codes) and the
 * value worked out by hand (null when it has none). Codes count as themselves when numbers, yes as
 * 1 and no as 0, as {@link Calculations#parse} says for calculations outside an instrument.
 */
record CalculationCases(List<CalculationCases.Case> cases, String json) {
  record Case(int index, String expression, JsonNode answers, Double expected) {}

  static CalculationCases load() {
    try (InputStream in = CalculationCases.class.getResourceAsStream("calculation-cases.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Case> cases = new ArrayList<>();
      for (JsonNode c : new ObjectMapper().readTree(json)) {
        JsonNode expected = c.get("expected");
        cases.add(
            new Case(
                cases.size(),
                c.get("expression").asText(),
                c.get("answers"),
                expected.isNull() ? null : expected.asDouble()));
      }
      return new CalculationCases(cases, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the Java evaluator gives for this case, null when no value. */
  static Double javaOutcome(Case c) {
    Map<String, Answer> answers = new HashMap<>();
    c.answers().fields().forEachRemaining(e -> answers.put(e.getKey(), answer(e.getValue())));
    OptionalDouble v = Calculations.parse(c.expression()).evaluate(answers::get);
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static Answer answer(JsonNode value) {
    if (value.isArray()) {
      Set<String> codes = new HashSet<>();
      value.forEach(v -> codes.add(v.asText()));
      return new Answer.Choices(codes);
    }
    if (value.isNumber()) {
      return new Answer.Number(value.asDouble());
    }
    return new Answer.Choice(value.asText());
  }
}
