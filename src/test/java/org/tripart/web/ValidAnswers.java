package org.tripart.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Valid final answers of the bundled study's research questionnaire as JSON bodies of the
 * respondent API, for benchmarks outside this package: the rows of {@link Fixture#answers}, with
 * their institutions and partner rosters. Thread-safe.
 */
public final class ValidAnswers {
  private ValidAnswers() {}

  /** One body per SYNTHETIC research respondent, each on one line. */
  public static List<String> research() {
    List<String> out = new ArrayList<>();
    for (int row = 0; row < Fixture.research().size(); row++) {
      out.add(Fixture.answers(row));
    }
    return out;
  }
}
