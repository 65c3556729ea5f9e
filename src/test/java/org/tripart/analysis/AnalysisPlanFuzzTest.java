package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;

/**
 * Fuzzes the analysis plan ({@code --plan}) and the margins files ({@code --rake}, {@code
 * --poststratify}). The plan's folder holds a valid {@code margins.csv} for plans that name it.
 */
class AnalysisPlanFuzzTest {
  private static final Path DIR = FuzzContract.folder("plan");
  private static final Path PLAN = DIR.resolve("plan.yaml");
  private static final Path MARGINS = DIR.resolve("fuzz-margins.csv");

  static {
    FuzzContract.write(
        DIR.resolve("margins.csv"),
        "column,value,population\ntier,tertiary,3000\ntier,secondary,2000\n".getBytes());
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyPlanIsReadOrRefused(byte[] data) {
    FuzzContract.holds(() -> AnalysisPlanReader.read(FuzzContract.write(PLAN, data)));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyMarginsFileIsReadOrRefused(byte[] data) {
    FuzzContract.holds(() -> MarginsFile.read(FuzzContract.write(MARGINS, data)));
  }

  @Test
  void anEmptyKeyOrValueIsReportedWithItsKey() {
    // Found while fuzzing: YAML's null as a key, a domain value or an inline population, and (by
    // reading the code) as a list entry, ended in NullPointerExceptions.
    assertRefused("null: beta\n", PLAN + " the plan: a key is empty (null)");
    assertRefused("domain: {education: null}\n", PLAN + " domain.education: expected a value");
    assertRefused(
        "weighting:\n  poststratify:\n    tier: {tertiary: 3000, secondary: null}\n",
        PLAN + " weighting.poststratify.tier.secondary: population 'null' is not a positive");
    assertRefused("items: [a, null]\n", PLAN + " items: an entry of the list is empty (null)");
  }

  @Test
  void anAliasThatHoldsItselfIsRefused() {
    // Found by reading the code while fuzzing: a value holding itself through an alias recursed
    // until a StackOverflowError when it was turned into text.
    assertRefused("domain: &a {x: [*a]}\n", PLAN + ": an alias (*name) refers to a value");
    assertRefused("ci: &c [[*c]]\n", PLAN + ": an alias (*name) refers to a value");
  }

  @Test
  void aMarginsFileNameThatIsNoPathIsReportedWithItsKey() {
    // Found by reading the code while fuzzing: a NUL in the name threw an InvalidPathException.
    assertRefused("weighting: {rake: \"a\\0b\"}\n", PLAN + " weighting.rake: 'a");
  }

  private static void assertRefused(String plan, String message) {
    assertThatThrownBy(() -> AnalysisPlanReader.read(FuzzContract.write(PLAN, plan.getBytes())))
        .hasMessageStartingWith("TRP-0501 " + message);
  }
}
