package org.tripart.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * The consistency audit of a published table. Four checks, each reporting only what the printed
 * figures themselves show (notes are never read):
 *
 * <ol>
 *   <li>{@link FindingKind#SUM_NOT_100}: the rows of a single-choice item (same group and item) are
 *       summed; a value printed with d decimals stands for a true value within ±0.5·10^-d, so the
 *       true sum lies within the printed sum ± the sum of those half-widths. A block is flagged
 *       when 100 lies outside that interval (its ends count as inside).
 *   <li>{@link FindingKind#GRANULARITY}: each table and narrative percentage is checked against the
 *       group size N: it is flagged when no whole count x in 0..N gives 100·x/N rounding half-up to
 *       it. Multi-select and yes/no rows use the same N.
 *   <li>{@link FindingKind#JOINT_GRANULARITY}: a single-choice block whose rows are each achievable
 *       and whose sum is within rounding, but for which no whole counts out of N give every row at
 *       once, because the counts each row allows cannot add up to N (with N = 120, 47%, 46% and 7%
 *       allow only 56, 55 and 8 respondents: 119).
 *   <li>{@link FindingKind#TABLE_TEXT_MISMATCH}: rows whose narrative figure differs from the
 *       table's.
 * </ol>
 *
 * <p>Stateless and thread-safe; no side effects.
 */
public final class Audit {
  /**
   * The respondents per group of the bundled study (5,142 clinicians, 120 researchers), used for a
   * group when the caller gives no size for it.
   */
  public static final Map<String, Integer> STUDY_GROUP_SIZES =
      Map.of("clinician", 5142, "research", 120);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Audit() {}

  /**
   * Runs the four checks. Findings come ordered by kind (in {@link FindingKind} order), then by
   * their first row in the file.
   *
   * @param rows the published rows, never null
   * @param groupSizes respondents per group, never null; a group missing here falls back to {@link
   *     #STUDY_GROUP_SIZES}, and its granularity findings say so
   * @throws TripartException {@link ErrorCode#AUDIT_GROUP_SIZE} when a group has no size here nor
   *     in the study, or a size is not positive
   */
  public static List<Finding> run(List<PublishedRow> rows, Map<String, Integer> groupSizes) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(groupSizes, "groupSizes");
    List<Finding> findings = new ArrayList<>(sums(rows));
    findings.addAll(granularity(rows, groupSizes));
    findings.addAll(jointGranularity(rows, groupSizes));
    findings.sort(Comparator.comparing(Finding::kind));
    findings.addAll(mismatches(rows));
    return List.copyOf(findings);
  }

  private static List<Finding> sums(List<PublishedRow> rows) {
    List<Finding> findings = new ArrayList<>();
    for (List<PublishedRow> block : singleChoiceBlocks(rows)) {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal slack = BigDecimal.ZERO;
      for (PublishedRow row : block) {
        sum = sum.add(Granularity.printed(row.tablePct()));
        slack = slack.add(HALF.movePointLeft(Granularity.decimals(row.tablePct())));
      }
      BigDecimal low = sum.subtract(slack);
      BigDecimal high = sum.add(slack);
      if (HUNDRED.compareTo(low) >= 0 && HUNDRED.compareTo(high) <= 0) {
        continue;
      }
      BigDecimal gap = HUNDRED.subtract(sum);
      BigDecimal beyond = gap.signum() > 0 ? HUNDRED.subtract(high) : low.subtract(HUNDRED);
      String missing =
          gap.signum() > 0
              ? plain(gap) + " points unaccounted for"
              : plain(gap.negate()) + " points too many";
      PublishedRow first = block.get(0);
      findings.add(
          new Finding(
              first.group(),
              first.item(),
              FindingKind.SUM_NOT_100,
              ("table %s, %d options printed summing to %s%%; rounding allows only [%s, %s], which"
                      + " excludes 100: %s, at least %s beyond rounding (lines %d-%d)")
                  .formatted(
                      first.table(),
                      block.size(),
                      plain(sum),
                      plain(low),
                      plain(high),
                      missing,
                      plain(beyond),
                      first.line(),
                      block.get(block.size() - 1).line())));
    }
    return findings;
  }

  private static List<Finding> granularity(
      List<PublishedRow> rows, Map<String, Integer> groupSizes) {
    List<Finding> findings = new ArrayList<>();
    for (PublishedRow row : rows) {
      int n = size(row.group(), groupSizes);
      String assumed =
          groupSizes.containsKey(row.group())
              ? ""
              : "; N=%d assumed, the study's %s group, as no size was given"
                  .formatted(n, row.group());
      Stream.of(new Printed("table", row.tablePct()), new Printed("text", row.textPct()))
          .filter(p -> p.value() != null)
          .filter(p -> p.source().equals("table") || !p.value().equals(row.tablePct()))
          .forEach(
              p ->
                  impossible(row, p, n)
                      .ifPresent(
                          d ->
                              findings.add(
                                  new Finding(
                                      row.group(),
                                      row.item(),
                                      FindingKind.GRANULARITY,
                                      d + assumed))));
    }
    return findings;
  }

  private record Printed(String source, Double value) {}

  /** The rows of each single-choice item (same group and item), in file order. */
  private static java.util.Collection<List<PublishedRow>> singleChoiceBlocks(
      List<PublishedRow> rows) {
    Map<String, List<PublishedRow>> blocks = new LinkedHashMap<>();
    for (PublishedRow row : rows) {
      if (row.kind() == Kind.SINGLE) {
        blocks
            .computeIfAbsent(row.group() + "\u0000" + row.item(), k -> new ArrayList<>())
            .add(row);
      }
    }
    return blocks.values();
  }

  private static List<Finding> jointGranularity(
      List<PublishedRow> rows, Map<String, Integer> groupSizes) {
    List<Finding> findings = new ArrayList<>();
    for (List<PublishedRow> block : singleChoiceBlocks(rows)) {
      PublishedRow first = block.get(0);
      int n = size(first.group(), groupSizes);
      long low = 0;
      long high = 0;
      boolean each = true;
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal slack = BigDecimal.ZERO;
      for (PublishedRow row : block) {
        BigDecimal value = Granularity.printed(row.tablePct());
        sum = sum.add(value);
        slack = slack.add(HALF.movePointLeft(Granularity.decimals(row.tablePct())));
        Optional<long[]> range = Granularity.counts(value, n);
        if (range.isEmpty()) {
          each = false;
          break;
        }
        low += range.get()[0];
        high += range.get()[1];
      }
      boolean sumWithinRounding =
          HUNDRED.compareTo(sum.subtract(slack)) >= 0 && HUNDRED.compareTo(sum.add(slack)) <= 0;
      if (!each || !sumWithinRounding || (low <= n && n <= high)) {
        continue;
      }
      String direction =
          high < n
              ? "at most %d of the %d respondents; %d unaccounted for, as if an option were unlisted or some did not answer"
                  .formatted(high, n, n - high)
              : "at least %d respondents, more than the %d there are".formatted(low, n);
      findings.add(
          new Finding(
              first.group(),
              first.item(),
              FindingKind.JOINT_GRANULARITY,
              ("table %s, the %d options together: each printed percentage is some x/%d, but the"
                      + " counts they allow add up to %s (lines %d-%d)")
                  .formatted(
                      first.table(),
                      block.size(),
                      n,
                      direction,
                      first.line(),
                      block.get(block.size() - 1).line())));
    }
    return findings;
  }

  private static Optional<String> impossible(PublishedRow row, Printed printed, int n) {
    BigDecimal value = Granularity.printed(printed.value());
    if (Granularity.count(value, n).isPresent()) {
      return Optional.empty();
    }
    List<Granularity.Share> nearest =
        Stream.of(Granularity.below(value, n), Granularity.above(value, n))
            .flatMap(Optional::stream)
            .sorted(Comparator.comparing(s -> s.percent().subtract(value).abs()))
            .toList();
    String near = String.join(" and ", nearest.stream().map(Granularity.Share::describe).toList());
    String smaller =
        Granularity.largestSmallerDenominator(value, n)
            .map(s -> " (the largest is %d: %s)".formatted(s.denominator(), s.describe()))
            .orElse("");
    return Optional.of(
        ("table %s, option %s: %s%% (%s, line %d) is not x/%d for any whole x; nearest achievable"
                + " %s. A denominator below %d, from item non-response, could explain it%s")
            .formatted(
                row.table(),
                row.option(),
                value.toPlainString(),
                printed.source(),
                row.line(),
                n,
                near,
                n,
                smaller));
  }

  private static List<Finding> mismatches(List<PublishedRow> rows) {
    List<Finding> findings = new ArrayList<>();
    for (PublishedRow row : rows) {
      if (row.textPct() != null && row.textPct().compareTo(row.tablePct()) != 0) {
        findings.add(
            new Finding(
                row.group(),
                row.item(),
                FindingKind.TABLE_TEXT_MISMATCH,
                "table %s, option %s (%s): table %s%%, text %s%% (line %d)"
                    .formatted(
                        row.table(),
                        row.option(),
                        row.optionLabel(),
                        Granularity.printed(row.tablePct()).toPlainString(),
                        Granularity.printed(row.textPct()).toPlainString(),
                        row.line())));
      }
    }
    return findings;
  }

  private static int size(String group, Map<String, Integer> groupSizes) {
    Integer n =
        groupSizes.containsKey(group) ? groupSizes.get(group) : STUDY_GROUP_SIZES.get(group);
    if (n == null) {
      throw new TripartException(
          ErrorCode.AUDIT_GROUP_SIZE,
          "group " + group,
          "the number of respondents is needed for the granularity check and was not given");
    }
    if (n <= 0) {
      throw new TripartException(
          ErrorCode.AUDIT_GROUP_SIZE,
          "group " + group,
          "the number of respondents must be positive, not " + n);
    }
    return n;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
