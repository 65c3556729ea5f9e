package org.tripart.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;
import org.tripart.network.Nomination;
import org.tripart.network.Organisation;
import org.tripart.network.UnmatchedPartner;

/**
 * A SYNTHETIC collaboration network's inputs for the network benchmark: organisations, the
 * respondents' nominations and their free-text partners, made up from a seed.
 *
 * <p>Organisations: 55% hospitals (12% of them tertiary, 35% secondary, 33% primary, 20% ungraded),
 * 15% research institutions, 30% companies, ids {@code SYN-H-00001}, {@code SYN-I-00001}, {@code
 * SYN-C-00001}. Hospitals are spread over the 31 provinces by population (2020 census, rounded to
 * millions); institutions and companies too, with four times the weight in Beijing, Shanghai,
 * Jiangsu, Zhejiang and Guangdong. Each organisation has an activity: a Pareto draw (shape 1.6,
 * companies 1.1: a few hub companies), capped at 200, times 8 for a tertiary hospital, 2 secondary,
 * 3 institution, 1 company, 0.5 other hospitals.
 *
 * <p>Respondents ({@code SYNTHETIC-R000001}) work in an organisation drawn by activity and name
 * between 0 and 10 partners (3% none; then 1 + a geometric count, mean about {@value
 * #MEAN_EXTRA_PARTNERS} more). Each partner is, in this order of chances: free text (3%, from 400
 * made-up names); an organisation that earlier named the respondent's own (15%, a reciprocated
 * tie); one a colleague of the same organisation already named (25%, the tie's weight grows);
 * otherwise a new draw by activity in the sector the respondent's sector tends to name, in the own
 * province 40% of the time. Nobody names the own organisation or one partner twice. Every
 * nomination has one or two of five tie kinds. The result depends only on the three arguments.
 * Stateless and thread-safe.
 */
public final class NetworkBenchmarkData {
  static final double MEAN_EXTRA_PARTNERS = 2.3;
  static final List<String> KINDS =
      List.of("data_sharing", "annotation", "joint_project", "deployment", "coauthored_paper");
  private static final double[][] PARTNER_SECTOR = {
    {0.25, 0.30, 0.45}, {0.55, 0.15, 0.30}, {0.60, 0.30, 0.10}
  };
  private static final String[] POPULATION = {
    "11:22", "12:14", "13:75", "14:35", "15:24", "21:43", "22:24", "23:32", "31:25", "32:85",
    "33:65", "34:61", "35:42", "36:45", "37:102", "41:99", "42:58", "43:66", "44:126", "45:50",
    "46:10", "50:32", "51:84", "52:39", "53:47", "54:4", "61:40", "62:25", "63:6", "64:7", "65:26"
  };
  private static final Set<String> HUB_PROVINCES = Set.of("11", "31", "32", "33", "44");

  /**
   * The generated inputs.
   *
   * @param respondents the number of respondents, also those who named nobody
   */
  public record Inputs(
      List<Organisation> organisations,
      List<Nomination> nominations,
      List<UnmatchedPartner> unmatched,
      int respondents) {}

  private NetworkBenchmarkData() {}

  /**
   * Generates the inputs.
   *
   * @throws IllegalArgumentException when there are fewer than 3 organisations or no respondent
   */
  public static Inputs generate(int organisations, int respondents, long seed) {
    if (organisations < 3 || respondents < 1) {
      throw new IllegalArgumentException(
          "needs at least 3 organisations and 1 respondent, got "
              + organisations
              + " and "
              + respondents);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Organisation> orgs = organisations(organisations, random);
    int n = orgs.size();
    double[] activity = new double[n];
    int[] sector = new int[n];
    int[] province = new int[n];
    List<String> codes = Provinces.all().stream().map(Province::code).toList();
    for (int v = 0; v < n; v++) {
      Organisation o = orgs.get(v);
      sector[v] = o.sector().ordinal();
      province[v] = codes.indexOf(o.provinceCode());
      double pareto = Math.pow(1 - random.nextDouble(), -1 / (sector[v] == 2 ? 1.1 : 1.6));
      activity[v] = Math.min(200, pareto) * factor(o);
    }
    Sampler everyone = new Sampler(activity, v -> true);
    Sampler[] bySector = new Sampler[3];
    Sampler[][] byProvince = new Sampler[3][codes.size()];
    for (int s = 0; s < 3; s++) {
      int sec = s;
      bySector[s] = new Sampler(activity, v -> sector[v] == sec);
      for (int p = 0; p < codes.size(); p++) {
        int prov = p;
        byProvince[s][p] = new Sampler(activity, v -> sector[v] == sec && province[v] == prov);
      }
    }
    IntLists namedBy = new IntLists(n);
    IntLists named = new IntLists(n);
    List<Nomination> nominations = new ArrayList<>();
    List<UnmatchedPartner> unmatched = new ArrayList<>();
    int[] chosen = new int[10];
    for (int r = 0; r < respondents; r++) {
      String id = String.format(Locale.ROOT, "SYNTHETIC-R%06d", r + 1);
      int ego = everyone.pick(random);
      int partners = random.nextDouble() < 0.03 ? 0 : 1 + geometric(random);
      int count = 0;
      for (int slot = 0; slot < partners; slot++) {
        double u = random.nextDouble();
        if (u < 0.03) {
          unmatched.add(new UnmatchedPartner(id, orgs.get(ego).id(), freeText(random)));
          continue;
        }
        int alter;
        if (u < 0.11 && namedBy.size(ego) > 0) {
          alter = namedBy.pick(ego, random);
        } else if (u < 0.23 && named.size(ego) > 0) {
          alter = named.pick(ego, random);
        } else {
          int s = draw(PARTNER_SECTOR[sector[ego]], random);
          Sampler local = byProvince[s][province[ego]];
          Sampler national = bySector[s].isEmpty() ? everyone : bySector[s];
          alter = (random.nextDouble() < 0.4 && !local.isEmpty() ? local : national).pick(random);
        }
        if (alter == ego || contains(chosen, count, alter)) {
          continue;
        }
        chosen[count++] = alter;
        nominations.add(
            new Nomination(id, orgs.get(ego).id(), orgs.get(alter).id(), kinds(random)));
        named.add(ego, alter);
        namedBy.add(alter, ego);
      }
    }
    return new Inputs(orgs, List.copyOf(nominations), List.copyOf(unmatched), respondents);
  }

  private static List<Organisation> organisations(int total, SplittableRandom random) {
    int hospitals = (int) Math.round(total * 0.55);
    int institutions = (int) Math.round(total * 0.15);
    int companies = total - hospitals - institutions;
    double[] people = new double[POPULATION.length];
    double[] hubs = new double[POPULATION.length];
    String[] code = new String[POPULATION.length];
    for (int p = 0; p < POPULATION.length; p++) {
      String[] parts = POPULATION[p].split(":");
      code[p] = parts[0];
      people[p] = Double.parseDouble(parts[1]);
      hubs[p] = people[p] * (HUB_PROVINCES.contains(code[p]) ? 4 : 1);
    }
    List<Organisation> out = new ArrayList<>(total);
    for (int i = 0; i < hospitals; i++) {
      double t = random.nextDouble();
      Tier tier =
          t < 0.12
              ? Tier.TERTIARY
              : t < 0.47 ? Tier.SECONDARY : t < 0.80 ? Tier.PRIMARY : Tier.OTHER;
      out.add(organisation("H", "hospital", i, Sector.HOSPITAL, code[draw(people, random)], tier));
    }
    for (int i = 0; i < institutions; i++) {
      out.add(
          organisation(
              "I", "institution", i, Sector.INSTITUTION, code[draw(hubs, random)], Tier.OTHER));
    }
    for (int i = 0; i < companies; i++) {
      out.add(
          organisation("C", "company", i, Sector.COMPANY, code[draw(hubs, random)], Tier.OTHER));
    }
    return List.copyOf(out);
  }

  private static Organisation organisation(
      String letter, String kind, int i, Sector sector, String province, Tier tier) {
    return new Organisation(
        String.format(Locale.ROOT, "SYN-%s-%05d", letter, i + 1),
        String.format(Locale.ROOT, "SYNTHETIC %s %d", kind, i + 1),
        sector,
        province,
        tier);
  }

  private static double factor(Organisation o) {
    return switch (o.sector()) {
      case INSTITUTION -> 3;
      case COMPANY -> 1;
      case HOSPITAL ->
          switch (o.tier()) {
            case TERTIARY -> 8;
            case SECONDARY -> 2;
            default -> 0.5;
          };
    };
  }

  private static int geometric(SplittableRandom random) {
    double p = 1 / (1 + MEAN_EXTRA_PARTNERS);
    int k = (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    return Math.min(9, k);
  }

  private static int draw(double[] weights, SplittableRandom random) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static Set<String> kinds(SplittableRandom random) {
    String first = KINDS.get(random.nextInt(KINDS.size()));
    if (random.nextDouble() < 0.3) {
      String second = KINDS.get(random.nextInt(KINDS.size()));
      return second.equals(first) ? Set.of(first) : Set.of(first, second);
    }
    return Set.of(first);
  }

  private static String freeText(SplittableRandom random) {
    return String.format(Locale.ROOT, "SYNTHETIC unlisted partner %03d", random.nextInt(400) + 1);
  }

  private static boolean contains(int[] values, int count, int v) {
    for (int i = 0; i < count; i++) {
      if (values[i] == v) {
        return true;
      }
    }
    return false;
  }

  /** Draws an index in proportion to its weight among the indexes kept. Immutable. */
  private static final class Sampler {
    private final int[] index;
    private final double[] cumulative;

    Sampler(double[] weight, java.util.function.IntPredicate keep) {
      int[] kept = java.util.stream.IntStream.range(0, weight.length).filter(keep).toArray();
      index = kept;
      cumulative = new double[kept.length];
      double sum = 0;
      for (int i = 0; i < kept.length; i++) {
        sum += weight[kept[i]];
        cumulative[i] = sum;
      }
    }

    boolean isEmpty() {
      return index.length == 0;
    }

    int pick(SplittableRandom random) {
      double u = random.nextDouble() * cumulative[cumulative.length - 1];
      int k = Arrays.binarySearch(cumulative, u);
      k = k < 0 ? -k - 1 : k + 1;
      return index[Math.min(k, index.length - 1)];
    }
  }

  /** One growing list of ints per organisation. Confined to one thread. */
  private static final class IntLists {
    private final int[][] values;
    private final int[] sizes;

    IntLists(int n) {
      values = new int[n][];
      sizes = new int[n];
    }

    void add(int list, int v) {
      if (values[list] == null) {
        values[list] = new int[4];
      } else if (sizes[list] == values[list].length) {
        values[list] = Arrays.copyOf(values[list], sizes[list] * 2);
      }
      values[list][sizes[list]++] = v;
    }

    int size(int list) {
      return sizes[list];
    }

    int pick(int list, SplittableRandom random) {
      return values[list][random.nextInt(sizes[list])];
    }
  }
}
