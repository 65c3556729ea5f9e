package org.tripart.study;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;
import org.tripart.instrument.Sector;

/**
 * The SYNTHETIC answers to a roster's tie questions {@code kind}, {@code since} and {@code
 * satisfaction} for one partner (rules in DECISIONS.md, "Collaboration network"). Stateless.
 */
final class TieAnswers {
  static final String KIND = "kind";
  static final String SINCE = "since";
  static final String SATISFACTION = "satisfaction";

  /** The kinds in the order of the bundled rosters' options. */
  static final String[] KINDS = {
    "data_sharing", "annotation", "joint_project", "deployment", "coauthored_paper"
  };

  /** The year the synthetic questionnaires were completed, the latest {@code since}. */
  static final int SURVEY_YEAR = 2023;

  /** {@code since} is {@code SURVEY_YEAR - k} with weight {@code 0.75^k}, k = 0..13. */
  static final int OLDEST = 13;

  static final double SINCE_BLANK = 0.05;
  static final double SATISFACTION_BLANK = 0.08;

  /** Satisfaction 1..5 in percent, for ties without a respondent-level rating. */
  static final double[] SATISFACTION_SHARES = {3, 12, 40, 35, 10};

  private TieAnswers() {}

  /**
   * The chance of each kind, {@link #KINDS} order, for a tie from a respondent of sector {@code
   * from} to a partner of sector {@code to}.
   */
  static double[] kindChances(Sector from, Sector to) {
    return switch (from) {
      case HOSPITAL ->
          to == Sector.COMPANY
              ? new double[] {.55, .45, .25, .40, .10}
              : new double[] {.40, .20, .50, .05, .45};
      case INSTITUTION ->
          to == Sector.HOSPITAL
              ? new double[] {.60, .30, .50, .10, .45}
              : new double[] {.30, .15, .50, .25, .20};
      case COMPANY ->
          to == Sector.HOSPITAL
              ? new double[] {.55, .40, .30, .50, .15}
              : new double[] {.25, .15, .60, .10, .35};
    };
  }

  /**
   * The tie answers for one partner.
   *
   * @param roster the roster item, whose ties are checked to have the three ids
   * @param noDataSharing true when the respondent obtains no hospital data (industry), so that no
   *     tie is data sharing
   * @param rating the respondent's own 0-based rating of such collaborations (industry's {@code
   *     collaboration_satisfaction}), -1 when there is none
   */
  static Map<String, Answer> of(
      Item roster,
      Sector from,
      Sector to,
      boolean noDataSharing,
      int rating,
      SplittableRandom rng) {
    check(roster);
    double[] chances = kindChances(from, to);
    Set<String> kinds = new LinkedHashSet<>();
    int likeliest = -1;
    for (int k = 0; k < KINDS.length; k++) {
      boolean allowed = !(noDataSharing && k == 0);
      if (rng.nextDouble() < chances[k] && allowed) {
        kinds.add(KINDS[k]);
      }
      if (allowed && (likeliest < 0 || chances[k] > chances[likeliest])) {
        likeliest = k;
      }
    }
    if (kinds.isEmpty()) {
      kinds.add(KINDS[likeliest]);
    }
    Map<String, Answer> out = new LinkedHashMap<>();
    out.put(KIND, new Answer.Choices(kinds));
    double blankSince = rng.nextDouble();
    int year = SURVEY_YEAR - since(rng);
    if (blankSince >= SINCE_BLANK) {
      out.put(SINCE, new Answer.Number(year));
    }
    double blankRating = rng.nextDouble();
    int level = rating >= 0 ? around(rating, rng) : pick(SATISFACTION_SHARES, rng);
    if (blankRating >= SATISFACTION_BLANK) {
      out.put(SATISFACTION, new Answer.Choice(Integer.toString(level + 1)));
    }
    return out;
  }

  private static int since(SplittableRandom rng) {
    double[] w = new double[OLDEST + 1];
    for (int k = 0; k <= OLDEST; k++) {
      w[k] = Math.pow(0.75, k);
    }
    return pick(w, rng);
  }

  /** The rating itself with chance 1/2, one step lower or higher with 1/4 each, kept in 0..4. */
  private static int around(int rating, SplittableRandom rng) {
    double u = rng.nextDouble();
    int level = u < 0.25 ? rating - 1 : u < 0.75 ? rating : rating + 1;
    return Math.max(0, Math.min(SATISFACTION_SHARES.length - 1, level));
  }

  /** An index drawn with probability in proportion to {@code weights}. */
  static int pick(double[] weights, SplittableRandom rng) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static void check(Item roster) {
    for (String tie : new String[] {KIND, SINCE, SATISFACTION}) {
      if (roster.roster().tie(tie).isEmpty()) {
        throw new TripartException(
            ErrorCode.SYNTHESIS_SETTINGS,
            String.valueOf(roster.location()),
            "roster " + roster.id() + " needs the tie question '" + tie + "' for synthetic ties");
      }
    }
    Item kind = roster.roster().tie(KIND).orElseThrow();
    for (String k : KINDS) {
      if (kind.optionIndex(k) < 0) {
        throw new TripartException(
            ErrorCode.SYNTHESIS_SETTINGS,
            String.valueOf(kind.location()),
            "tie question kind of roster " + roster.id() + " needs the option '" + k + "'");
      }
    }
  }
}
