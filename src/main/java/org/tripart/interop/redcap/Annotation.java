package org.tripart.interop.redcap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tripart.json.StrictJson;

/**
 * A REDCap Field Annotation split into Tripart's own {@code @TRIPART-NAME=JSON} tags, which carry
 * what REDCap cannot say, and REDCap's action tags ({@code @HIDDEN}, {@code @CALCTEXT}...), which
 * Tripart does not carry over. Immutable.
 *
 * @param tripart the Tripart tags by name without the prefix ({@code TYPE}, {@code OPTIONS})
 * @param actionTags the other action tags, in order, as written ({@code @HIDDEN})
 * @param problems Tripart tags whose value is not JSON, as written
 */
record Annotation(Map<String, JsonNode> tripart, List<String> actionTags, List<String> problems) {
  static final String PREFIX = "@TRIPART-";
  static final ObjectMapper JSON = StrictJson.newMapper();
  private static final ObjectReader VALUE = StrictJson.treeOfMany(JSON);
  private static final Pattern TAG = Pattern.compile("@TRIPART-([A-Z]+)=");
  private static final Pattern ACTION = Pattern.compile("(?<![\\w@])@[A-Z][A-Z0-9_-]*");

  static Annotation parse(String cell) {
    Map<String, JsonNode> tags = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    String s = cell == null ? "" : cell;
    int from = 0;
    Matcher m = TAG.matcher(s);
    while (m.find(from)) {
      rest.append(s, from, m.start());
      int valueStart = m.end();
      try (JsonParser parser = JSON.createParser(s.substring(valueStart))) {
        JsonNode value = VALUE.readTree(parser);
        tags.put(m.group(1), value);
        from = valueStart + (int) parser.currentLocation().getCharOffset();
      } catch (IOException e) {
        problems.add("@TRIPART-" + m.group(1));
        from = valueStart;
      }
    }
    rest.append(s.substring(from));
    List<String> actions = new ArrayList<>();
    Matcher a = ACTION.matcher(rest);
    while (a.find()) {
      actions.add(a.group());
    }
    return new Annotation(tags, List.copyOf(actions), List.copyOf(problems));
  }

  JsonNode get(String name) {
    return tripart.get(name);
  }

  /** The tag's text value, or null when absent or not a string. */
  String text(String name) {
    JsonNode n = tripart.get(name);
    return n != null && n.isTextual() ? n.asText() : null;
  }
}
