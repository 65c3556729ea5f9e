package org.tripart.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;

class ResultsTextTest {
  private final ResultsText text = new ResultsText(PublicationSettings.defaults());

  @Test
  void describesDenominatorAndLargestOptionsWithWilsonIntervalsAsRComputesThem() {
    // secondary 30/30, tertiary 18/22: overall not involved 48/100, participated 52/100.
    // R prop.test(52, 100, correct = FALSE): 42.3166-61.5354 -> 42-62; (48, 100): 38.4646-57.6834
    Dataset data = TestData.tierByResearch(new int[][] {{30, 30}, {18, 22}}, 0);

    assertThat(text.describe(Frequencies.of(data, "research")))
        .containsExactly(
            "100 respondents answered the question “Involvement in AI research”.",
            "The most common answer was “Participated” (52%, 95% CI 42–62%), followed by"
                + " “Not involved” (48%, 95% CI 38–58%).");
  }

  @Test
  void nonResponseIsCountedAgainstThoseAsked() {
    // two more secondary respondents left research blank: 2 of 102 = 1.96% -> 2.0
    Dataset data = TestData.tierByResearch(new int[][] {{30, 30}, {18, 22}}, 2);

    assertThat(text.describe(Frequencies.of(data, "research")).get(0))
        .isEqualTo(
            "100 respondents answered the question “Involvement in AI research”; 2 (2.0%) of the"
                + " 102 asked did not.");
  }

  @Test
  void noDifferenceIsPhrasedAsNotSignificantWithTheTest() {
    // R: chisq.test(matrix(c(30, 30, 18, 22), 2), correct = FALSE): X-squared 0.2404, p 0.6239
    Dataset data = TestData.tierByResearch(new int[][] {{30, 30}, {18, 22}}, 0);

    assertThat(text.compare(CrossTabs.of(data, "research", "tier", 0.95)))
        .containsExactly("Answers did not differ significantly by tier (χ²(1) = 0.2, p = 0.62).");
  }

  @Test
  void changingTheDataChangesEveryNumberOfTheText() {
    // tertiary now 30 not involved, 10 participated. R: chisq.test(matrix(c(30, 30, 30, 10), 2,
    // byrow = TRUE), correct = FALSE): X-squared 6.25, p 0.01242. prop.test(30, 60): 37.74-62.26;
    // prop.test(30, 40): 59.81-85.81; overall 60/100: 50.20-69.06, 40/100: 30.94-49.80.
    Dataset data = TestData.tierByResearch(new int[][] {{30, 30}, {30, 10}}, 0);

    List<String> described = text.describe(Frequencies.of(data, "research"));
    List<String> compared = text.compare(CrossTabs.of(data, "research", "tier", 0.95));

    assertThat(described.get(1))
        .isEqualTo(
            "The most common answer was “Not involved” (60%, 95% CI 50–69%), followed by"
                + " “Participated” (40%, 95% CI 31–50%).");
    assertThat(compared)
        .containsExactly(
            "Answers differed significantly by tier (χ²(1) = 6.3, p = 0.01): “Not involved” was"
                + " chosen by 50% (95% CI 38–62%) in “Secondary” and 75% (95% CI 60–86%) in"
                + " “Tertiary”.");
    assertThat(String.join(" ", compared).toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("because", "due to", "caus", "effect", "led to", "result in");
  }

  @Test
  void multipleChoiceNamesTheMostChosenAndWithholdsSmallCounts() {
    // ct 87/100, xray 25/100, ultrasound 3/100 (withheld below 5). R prop.test(87, 100):
    // 79.0-92.2 -> 79-92; (25, 100): 17.5-34.3 -> 18-34.
    String s = String.join(" ", text.describe(Frequencies.of(TestData.tools(), "tools")));

    assertThat(s)
        .contains(
            "Several answers were possible; the most often chosen were “CT & MRI” (87%, 95% CI"
                + " 79–92%) and “X-ray” (25%, 95% CI 18–34%).")
        .doesNotContain("Ultrasound");
  }
}
