package org.tripart.web;

import java.util.ArrayList;
import java.util.List;
import org.tripart.dataset.Dataset;

/**
 * Valid final submissions of the bundled study's SYNTHETIC research respondents, partner rosters
 * included, as the respondent API's JSON bodies; for benchmarks outside this package.
 */
public final class SoakAnswers {
  private SoakAnswers() {}

  /** One JSON body per SYNTHETIC research respondent. */
  public static List<String> research() {
    Dataset d = Fixture.research();
    List<String> out = new ArrayList<>();
    for (int row = 0; row < d.size(); row++) {
      out.add(Fixture.answers(row));
    }
    return out;
  }
}
