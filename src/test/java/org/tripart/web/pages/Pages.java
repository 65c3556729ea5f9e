package org.tripart.web.pages;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tripart.capture.Violation;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/** Test fixtures: the all-types instrument and models of it. */
final class Pages {
  private Pages() {}

  static Instrument allTypes() {
    return InstrumentReader.readResource("org/tripart/web/pages/all-types.yaml");
  }

  static PageModel model(
      Instrument instrument,
      String language,
      Map<String, Answer> answers,
      List<Violation> violations,
      Map<String, String> institutions) {
    return new PageModel(
        instrument,
        language,
        "National AI survey",
        "/s/TOKEN",
        "/s/TOKEN/draft",
        "/s/TOKEN?lang=",
        answers,
        violations,
        "csrf-value",
        false,
        institutions);
  }

  /** The HTML of the fieldset of one item, from its start tag to its end tag. */
  static String fieldset(String html, String itemId) {
    int start = html.indexOf("<fieldset id=\"item-" + itemId + "\"");
    if (start < 0) {
      throw new AssertionError("no fieldset for " + itemId);
    }
    return html.substring(start, html.indexOf("</fieldset>", start) + "</fieldset>".length());
  }

  /** Every start tag of this element name. */
  static List<String> tags(String html, String element) {
    Matcher m = Pattern.compile("<" + element + "\\b[^>]*>").matcher(html);
    return m.results().map(r -> r.group()).toList();
  }
}
