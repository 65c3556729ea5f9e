package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.web.pages.Pages.fieldset;
import static org.tripart.web.pages.Pages.model;
import static org.tripart.web.pages.Pages.tags;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/** Notes, calculated items and option conditions on the respondent page (computed.yaml). */
class DisplayItemsPageTest {
  private static final Instrument COMPUTED =
      InstrumentReader.readResource("org/tripart/web/pages/computed.yaml");

  private static String render(Map<String, Answer> answers) {
    return RespondentPage.render(model(COMPUTED, "en", answers, List.of(), Map.of()));
  }

  private static String block(String html, String itemId) {
    int start = html.indexOf("<div id=\"item-" + itemId + "\"");
    assertThat(start).as("block of " + itemId).isNotNegative();
    return html.substring(start, html.indexOf("</div>", start) + "</div>".length());
  }

  @Test
  void noteRendersAsEscapedTextWithoutInputs() {
    String note = block(render(Map.of()), "intro");

    assertThat(note)
        .isEqualTo(
            "<div id=\"item-intro\" class=\"item note-item\" data-item=\"intro\""
                + " data-type=\"note\">\n<p class=\"note-text\">Answer &lt;honestly&gt; &amp;"
                + " fully.</p>\n</div>");
    assertThat(render(Map.of())).doesNotContain("name=\"intro\"", "<fieldset id=\"item-intro\"");
  }

  @Test
  void conditionalNoteIsHiddenUntilItsConditionHolds() {
    // a 3 + b 2 = 5, no mood: total = 5 * 2 = 10 >= 10, so the note shows; a 1 alone: total 2.
    String high = render(Map.of("a", new Answer.Number(3), "b", new Answer.Number(2)));
    String low = render(Map.of("a", new Answer.Number(1)));

    assertThat(tags(block(high, "high_note"), "div"))
        .singleElement()
        .asString()
        .contains("data-when=\"total &gt;= 10\"")
        .doesNotContain("hidden");
    assertThat(tags(block(low, "high_note"), "div"))
        .singleElement()
        .asString()
        .endsWith(" hidden>");
    assertThat(tags(fieldset(low, "follow_up"), "fieldset"))
        .singleElement()
        .asString()
        .contains("hidden disabled");
  }

  @Test
  void calculatedItemShowsItsValueReadOnlyAndIsNeverAnInput() {
    // a 3 + b 2 + mood high (score 2) = 7, times 2 = 14.
    String html =
        render(
            Map.of(
                "a", new Answer.Number(3),
                "b", new Answer.Number(2),
                "mood", new Answer.Choice("high")));

    assertThat(block(html, "total"))
        .isEqualTo(
            "<div id=\"item-total\" class=\"item calculated-item\" data-item=\"total\""
                + " data-type=\"calculated\" data-calculate=\"sum(a, b, mood) * 2\">\n"
                + "<p class=\"calculated\"><span id=\"item-total-label\">Total</span> <output"
                + " id=\"value-total\" aria-labelledby=\"item-total-label\">14</output></p>\n"
                + "</div>");
    assertThat(html).doesNotContain("name=\"total\"");
  }

  @Test
  void calculatedItemWithoutValueShowsAnEmptyOutput() {
    assertThat(block(render(Map.of()), "total")).contains("></output>");
  }

  @Test
  void choiceInputsCarryTheNumberTheyCountForInCalculations() {
    String mood = fieldset(render(Map.of()), "mood");

    assertThat(tags(mood, "input"))
        .containsExactly(
            "<input type=\"radio\" id=\"input-mood-0\" name=\"mood\" value=\"low\""
                + " data-value=\"0\">",
            "<input type=\"radio\" id=\"input-mood-1\" name=\"mood\" value=\"high\""
                + " data-value=\"2\">",
            "<input type=\"radio\" id=\"input-mood-2\" name=\"mood\" value=\"unsure\">");
  }

  @Test
  void optionOutsideItsConditionIsHiddenAndDisabled() {
    String low = fieldset(render(Map.of("mood", new Answer.Choice("low"))), "city");
    String high = fieldset(render(Map.of("mood", new Answer.Choice("high"))), "city");

    assertThat(tags(low, "label").get(0))
        .isEqualTo(
            "<label class=\"choice\" for=\"input-city-0\" data-when=\"mood = 'high'\" hidden>");
    assertThat(tags(low, "input").get(0)).endsWith(" disabled>");
    assertThat(tags(high, "label").get(0))
        .isEqualTo("<label class=\"choice\" for=\"input-city-0\" data-when=\"mood = 'high'\">");
    assertThat(tags(high, "input").get(0)).doesNotContain("disabled");
    assertThat(tags(low, "label").get(1))
        .isEqualTo("<label class=\"choice\" for=\"input-city-1\">");
  }
}
