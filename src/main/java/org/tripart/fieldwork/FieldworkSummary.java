package org.tripart.fieldwork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fieldwork progress by one dimension (stakeholder group, province or tier): one row per value with
 * invited, started, completed and partial counts and the AAPOR rates, and a total row. Built from
 * invitation rows ({@link #of}) or from counts the database has already grouped ({@link
 * #fromCounts}). Immutable.
 *
 * @param dimension what the rows are split by
 * @param rows one row per value, in order (groups and provinces by key, tiers primary to other),
 *     with {@link #NOT_RECORDED} last
 * @param total all invitations together
 */
public record FieldworkSummary(Dimension dimension, List<Row> rows, Row total) {
  /** The key of the row of invitations that lack the dimension's value. */
  public static final String NOT_RECORDED = "(not recorded)";

  /** What a summary can be split by. */
  public enum Dimension {
    GROUP,
    PROVINCE,
    TIER
  }

  /**
   * One row of the summary. Immutable.
   *
   * @param key the group id, province code or tier name, or {@link #NOT_RECORDED}
   * @param counts the dispositions of the row's invitations
   */
  public record Row(String key, Counts counts) {
    public long invited() {
      return counts.invited();
    }

    /** Invitees who opened the questionnaire: I + P + R. */
    public long started() {
      return counts.started();
    }

    public long completed() {
      return counts.complete();
    }

    public long partial() {
      return counts.partial();
    }

    public ResponseRates rates() {
      return ResponseRates.compute(counts);
    }

    public Rate rr1() {
      return rates().rr1();
    }

    public Rate rr2() {
      return rates().rr2();
    }
  }

  public FieldworkSummary {
    rows = List.copyOf(rows);
  }

  /**
   * The summary of these invitations.
   *
   * @param partialThreshold the share of applicable required items from which a started,
   *     unsubmitted questionnaire counts as partial; {@link Disposition#DEFAULT_PARTIAL_THRESHOLD}
   *     by default
   */
  public static FieldworkSummary of(
      Collection<InvitationStatus> invitations, Dimension dimension, double partialThreshold) {
    Map<String, Counts> byKey = new TreeMap<>();
    for (InvitationStatus s : invitations) {
      byKey.merge(
          key(s, dimension), Counts.ZERO.plus(s.disposition(partialThreshold), 1), Counts::plus);
    }
    return fromCounts(dimension, byKey);
  }

  /** The summary of counts already grouped by the dimension's value (null key: not recorded). */
  public static FieldworkSummary fromCounts(Dimension dimension, Map<String, Counts> countsByKey) {
    List<Row> rows = new ArrayList<>();
    Counts total = Counts.ZERO;
    for (Map.Entry<String, Counts> e : countsByKey.entrySet()) {
      String key = e.getKey() == null ? NOT_RECORDED : e.getKey();
      rows.add(new Row(key, e.getValue()));
      total = total.plus(e.getValue());
    }
    rows.sort(Comparator.comparing(Row::key, order(dimension)));
    return new FieldworkSummary(dimension, rows, new Row("total", total));
  }

  private static String key(InvitationStatus s, Dimension dimension) {
    String key;
    switch (dimension) {
      case GROUP:
        key = s.group();
        break;
      case PROVINCE:
        key = s.provinceCode();
        break;
      default:
        key = s.tier() == null ? null : s.tier().fileName();
    }
    return key == null ? NOT_RECORDED : key;
  }

  private static Comparator<String> order(Dimension dimension) {
    Comparator<String> byValue =
        dimension == Dimension.TIER
            ? Comparator.comparing(
                    (String k) -> Tier.fromFileName(k).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder())
            : Comparator.naturalOrder();
    return Comparator.comparing((String k) -> k.equals(NOT_RECORDED)).thenComparing(byValue);
  }
}
