package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;

/**
 * What the command tests that hold {@code analyze}'s CSV against R's reference CSVs share: the
 * estimands CSV's header, a reference file's rows of one case, the output row of an expected
 * estimand row, and a comparison to R's number within a relative (or, near zero, an absolute)
 * tolerance. Stateless.
 */
final class EstimandCsv {
  /** The header of {@code analyze --format csv}'s estimands table. */
  static final String HEADER =
      "estimand,item,option,detail,estimate,se,ci_low,ci_high,df,deff,n,t,p_value";

  private EstimandCsv() {}

  /** The rows of a run that succeeded and printed the estimands table. */
  static List<CSVRecord> rows(CommandLineRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(HEADER);
    return CommandLineRun.records(run.out());
  }

  /** The rows of {@code reference} whose {@code case} is {@code caseName}: at least one. */
  static List<CSVRecord> expected(Path reference, String caseName) throws IOException {
    return expected(reference, caseName, r -> true);
  }

  /** The rows of {@code caseName} in {@code reference} that {@code keep} keeps: at least one. */
  static List<CSVRecord> expected(Path reference, String caseName, Predicate<CSVRecord> keep)
      throws IOException {
    List<CSVRecord> rows =
        CommandLineRun.records(Files.readString(reference)).stream()
            .filter(r -> r.get("case").equals(caseName) && keep.test(r))
            .toList();
    assertThat(rows).as(caseName + " in " + reference).isNotEmpty();
    return rows;
  }

  /** The output row with the expected row's estimand, item, option and detail. */
  static CSVRecord rowFor(List<CSVRecord> out, CSVRecord e, String what) {
    return out.stream()
        .filter(
            r ->
                r.get("estimand").equals(e.get("estimand"))
                    && r.get("item").equals(e.get("item"))
                    && r.get("option").equals(e.get("option"))
                    && r.get("detail").equals(e.get("detail")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no output row for " + what));
  }

  /** The printed number is R's within {@code rel} relative, or {@code abs} where that is larger. */
  static void close(String what, String actual, double expected, double rel, double abs) {
    double a = Double.parseDouble(actual);
    assertThat(Math.abs(a - expected))
        .as(what + ": " + actual + " against R's " + expected)
        .isLessThanOrEqualTo(Math.max(rel * Math.abs(expected), abs));
  }
}
